"""WebhookClient against the sandbox's incoming webhook: Basic auth, flat JSON body."""

from __future__ import annotations

from cg_desktop.core.api.outcomes import OutcomeKind
from cg_desktop.core.api.records_client import WebhookClient
from cg_desktop.sandbox import Sandbox


def hook(sandbox: Sandbox, password: str = "sandbox-hook-secret") -> WebhookClient:
    return WebhookClient(
        sandbox.hook_url("demo-webhook"),
        "sandbox-hook",
        password,
        where="CustomerGauge (practice sandbox)",
    )


def test_webhook_delivers_a_flat_record(sandbox: Sandbox) -> None:
    record = {"Email": "ann@example.com", "First Name": "Ann"}
    assert hook(sandbox).send(record).kind is OutcomeKind.DELIVERED
    (accepted,) = sandbox.accepted
    assert accepted.via == "hook" and accepted.record == record


def test_webhook_wrong_password_needs_sign_in(sandbox: Sandbox) -> None:
    outcome = hook(sandbox, "nope").send({"Email": "ann@example.com", "First Name": "Ann"})
    assert outcome.kind is OutcomeKind.NEEDS_SIGN_IN
    assert sandbox.accepted == []


def test_webhook_field_errors_and_duplicates(sandbox: Sandbox) -> None:
    client = hook(sandbox)
    rejected = client.send({"Email": "ann@", "First Name": "Ann"})
    assert rejected.kind is OutcomeKind.REJECTED
    assert rejected.field_errors == {"Email": ("The Email field must be a valid email address.",)}
    assert (
        client.send({"Email": "ann@example.com", "First Name": "Ann"}).kind is OutcomeKind.DELIVERED
    )
    assert client.send({"Phone": "1", "Email": "ANN@example.com", "First Name": "A"}).kind is (
        OutcomeKind.DUPLICATE
    )


def test_webhook_repr_hides_the_password(sandbox: Sandbox) -> None:
    assert "sandbox-hook-secret" not in repr(hook(sandbox))
