"""Webhook sends: the address an administrator pastes, and their own lane in the outbox
(real sandbox over loopback, real SQLite)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cg_desktop.core.api.outcomes import OutcomeKind
from cg_desktop.core.api.regions import sandbox_region
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.delivery import Account, Deliverer, HookAccount
from cg_desktop.core.lanes import Lane, lane_of, parse_lane
from cg_desktop.core.profiles.webhook_address import WebhookAddressError, webhook_id_from
from cg_desktop.core.store.sends import Status, Store
from cg_desktop.sandbox import Sandbox

MAPPING_A = "9dd58237-c913-4073-9c76-07da0b49ff50"
HOOK_LANE = "sandbox/hook/demo-webhook"


@pytest.mark.parametrize(
    ("pasted", "region", "hook_id"),
    [
        ("a1b2c3", "eu", "a1b2c3"),
        ("https://hooks.eu.customergauge.com/a1b2c3", "eu", "a1b2c3"),
        ("  https://hooks.us.customergauge.com/a1b2c3/  ", "us", "a1b2c3"),
        ("HTTPS://HOOKS.AU.CUSTOMERGAUGE.COM/Ab-9", "au", "Ab-9"),
        ("hooks.eu.customergauge.com/x_1", "eu", "x_1"),  # copied without the scheme
        ("https://hooks.eu.customergauge.com:443/a1", "eu", "a1"),
    ],
)
def test_a_pasted_webhook_url_or_id_gives_the_id(pasted: str, region: str, hook_id: str) -> None:
    assert webhook_id_from(pasted, region) == hook_id


@pytest.mark.parametrize(
    ("pasted", "region", "reason"),
    [
        ("", "eu", "Give the webhook's URL"),
        ("http://hooks.eu.customergauge.com/a1", "eu", "use https://"),
        ("https://hooks.example.com/a1", "eu", "not a CustomerGauge webhook address"),
        ("https://hooks.eu.customergauge.com.evil.example/a1", "eu", "not a CustomerGauge"),
        ("https://evil.example/hooks.eu.customergauge.com/a1", "eu", "not a CustomerGauge"),
        ("https://imports.api.eu.customergauge.com/records/", "eu", "not a CustomerGauge"),
        ("https://hooks.us.customergauge.com/a1", "eu", "in the United States region"),
        ("https://hooks.xx.customergauge.com/a1", "eu", "not a CustomerGauge region's"),
        ("https://hooks.eu.customergauge.com:8443/a1", "eu", "without a port"),
        ("https://me:pw@hooks.eu.customergauge.com/a1", "eu", "without a port or a user"),
        ("https://hooks.eu.customergauge.com/a1?Email=x", "eu", "without anything after ?"),
        ("https://hooks.eu.customergauge.com/", "eu", "should end with the webhook's id"),
        ("https://hooks.eu.customergauge.com/a/b", "eu", "should end with the webhook's id"),
        ("https://hooks.eu.customergauge.com/a%2Fb", "eu", "Give only the id"),
        ("a b", "eu", "Give only the id"),
        ("https://hooks.eu.customergauge.com/a1", "sandbox", "by its id only"),
        ("https://hooks.eu.customergauge.com:abc/x", "eu", "isn't a web address"),
        ("https://hooks.eu.customergauge.com:99999/x", "eu", "isn't a web address"),
        ("https://[x/a", "eu", "isn't a web address"),
        ("https://hooks.eu.customergauge\uff03.com/a", "eu", "isn't a web address|not a"),
        ("https://hooks.eu.customergauge.com/..", "eu", "Give only the id"),
        ("https://hooks.eu.customergauge.com/%2e%2e", "eu", "Give only the id"),
        ("a\x00b", "eu", "Give only the id"),
        ("a\u200bb", "eu", "Give only the id"),
    ],
)
def test_a_webhook_address_pointing_elsewhere_is_refused_with_its_reason(
    pasted: str, region: str, reason: str
) -> None:
    with pytest.raises(WebhookAddressError, match=reason.replace("?", r"\?")):
        webhook_id_from(pasted, region)


def test_lane_names_read_back() -> None:
    for lane in (Lane("eu"), Lane("eu", "a1"), Lane("sandbox", "demo-webhook")):
        assert parse_lane(lane.name) == lane
    assert lane_of("eu", "webhook", "a1").name == "eu/hook/a1"
    assert lane_of("eu", "api", "a1").name == "eu"


def test_a_webhook_and_the_records_api_of_one_region_are_signed_in_apart(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    region = sandbox_region(sandbox.base_url)
    with Store(tmp_path / "sends.db") as store:
        deliverer = Deliverer(store)
        hooked = store.enqueue(
            profile="Hook",
            region="sandbox",
            configuration="",
            record={"Email": "ann@example.com", "First Name": "Ann"},
            lane=HOOK_LANE,
        )
        api = store.enqueue(
            profile="Api",
            region="sandbox",
            configuration=MAPPING_A,
            record={"Email": "bob@example.com", "First Name": "Bob"},
        )
        # Wrong webhook password: that lane pauses, the region's Records API goes on.
        deliverer.set_account(HookAccount(region, "demo-webhook", "sandbox-hook", "wrong"))
        deliverer.set_account(
            Account(region, ClientCredentials("sandbox-client", "sandbox-secret"))
        )
        first = deliverer.step()
        assert first is not None and first.outcome.kind is OutcomeKind.NEEDS_SIGN_IN
        assert "webhook's user or password" in first.outcome.message
        assert "wrong" not in first.outcome.server_answer
        assert deliverer.active_lanes() == ["sandbox"]
        second = deliverer.step()
        assert second is not None and second.send.id == api
        assert second.outcome.kind is OutcomeKind.DELIVERED
        assert deliverer.step() is None  # the webhook's send waits for its sign-in
        # Send now with the same refused password does not try again; a new one sends.
        wrong = HookAccount(region, "demo-webhook", "sandbox-hook", "wrong")
        assert deliverer.send_one(hooked, wrong) is None
        right = HookAccount(region, "demo-webhook", "sandbox-hook", "sandbox-hook-secret")
        third = deliverer.send_one(hooked, right)
        assert third is not None and third.outcome.kind is OutcomeKind.DELIVERED
        assert store.get(hooked).status is Status.DELIVERED  # type: ignore[union-attr]
        deliverer.close()
    assert [(a.via, a.record["Email"]) for a in sandbox.accepted] == [
        ("records", "bob@example.com"),
        ("hook", "ann@example.com"),
    ]


def test_a_webhook_profile_in_form_format_sends_query_parameters(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    region = sandbox_region(sandbox.base_url)
    with Store(tmp_path / "sends.db") as store:
        deliverer = Deliverer(store)
        send_id = store.enqueue(
            profile="Hook",
            region="sandbox",
            configuration="",
            record={"Email": "cy@example.com", "First Name": "Cy Ö"},
            options={"format": "form", "method": "PUT"},
            lane=HOOK_LANE,
        )
        account = HookAccount(region, "demo-webhook", "sandbox-hook", "sandbox-hook-secret")
        attempt = deliverer.send_one(send_id, account)
        deliverer.close()
    assert attempt is not None and attempt.outcome.kind is OutcomeKind.DELIVERED
    (accepted,) = sandbox.accepted
    assert accepted.content_type == "query"
    assert accepted.record == {"Email": "cy@example.com", "First Name": "Cy Ö"}


def test_a_profile_file_gives_the_webhook_once() -> None:
    from cg_desktop.core.profiles.files import load_practice_profiles, profile_to_dict
    from cg_desktop.core.profiles.model import ProfileError
    from cg_desktop.core.profiles.parsing import parse_profile

    data = profile_to_dict(load_practice_profiles()[2])
    data.update(region="eu", webhook_id=None, webhook_url="https://hooks.eu.customergauge.com/q1")
    assert parse_profile(data).webhook_id == "q1"  # the URL, read back to its id
    data["webhook_id"] = "q2"
    with pytest.raises(ProfileError, match='both "webhook_id" and "webhook_url"'):
        parse_profile(data)
    data.update(webhook_id=None, webhook_url="https://hooks.eu.customergauge.com:x/q1")
    with pytest.raises(ProfileError, match="isn't a web address"):
        parse_profile(data)  # a ProfileError naming the file, never a ValueError


def test_offered_again_unchanged_refused_credentials_stay_paused(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    region = sandbox_region(sandbox.base_url)
    wrong = HookAccount(region, "demo-webhook", "sandbox-hook", "wrong")
    with Store(tmp_path / "sends.db") as store:
        deliverer = Deliverer(store)
        store.enqueue(
            profile="Hook", region="sandbox", configuration="", record={"Email": "a@b.co"},
            lane=HOOK_LANE,
        )  # fmt: skip
        deliverer.set_account(wrong)
        first = deliverer.step()
        assert first is not None and first.outcome.kind is OutcomeKind.NEEDS_SIGN_IN
        deliverer.set_account(wrong)  # a profile switch offers the same again
        assert deliverer.active_lanes() == [] and deliverer.step() is None
        deliverer.set_account(wrong, resume=True)  # a person saved them in the dialog
        assert deliverer.active_lanes() == [HOOK_LANE]
        deliverer.close()
