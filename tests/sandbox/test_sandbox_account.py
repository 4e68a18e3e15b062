"""Account files: the demo account's content, custom accounts, and clear load errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests
from sandbox_helpers import TIMEOUT

from cg_desktop.sandbox import Sandbox
from cg_desktop.sandbox.account import AccountError, default_account_path, load_account


def test_the_demo_account_ships_as_a_package_resource() -> None:
    assert default_account_path().is_file()


def test_demo_account_content() -> None:
    account = load_account()
    assert (account.client_id, account.client_secret) == ("sandbox-client", "sandbox-secret")
    assert account.token_lifetime == 3600
    a, b, c = account.mappings
    assert a.reference == "9dd58237-c913-4073-9c76-07da0b49ff50"
    assert a.data_type == "multi-object" and a.sends_survey and a.needs_contact
    assert [f.name for f in a.fields] == [
        "Email",
        "Phone",
        "First Name",
        "Last Name",
        "Account Name",
        "Touchpoint",
        "Visit Date",
        "Company Size",
        "Secondary Email",
    ]
    touchpoint = a.field("Touchpoint")
    assert touchpoint is not None
    assert touchpoint.choices == ("Trade Show", "Webinar", "Customer Success Call")
    assert b.reference == "53505294-0b20-2509-b15d-c8e377701d66"
    assert b.data_type == "accounts" and not b.sends_survey
    assert [f.name for f in b.fields] == ["Account Name", "Industry", "Employees"]
    # SPEC.md's form example names a reference that is no valid UUID: it works all the same.
    assert c.reference == "12305294-0b20-4009-b95d-c8123301d66"
    assert c.data_type == "accounts" and c.fields == b.fields
    (hook,) = account.webhooks
    assert (hook.id, hook.username, hook.password, hook.mapping) == (
        "demo-webhook",
        "sandbox-hook",
        "sandbox-hook-secret",
        a.reference,
    )
    assert account.duplication_rule.days == 30


def small_account(**changes: Any) -> dict[str, Any]:
    """A minimal valid account, with top-level keys replaced."""
    account: dict[str, Any] = {
        "client_id": "id",
        "client_secret": "secret",
        "value_lists": {"colours": ["red", "green"]},
        "mappings": [
            {
                "reference": "m1",
                "data_type": "contacts",
                "fields": [
                    {"name": "Email", "type": "email"},
                    {"name": "Phone", "type": "phone"},
                    {"name": "Code", "type": "email", "max_length": 6, "restricted_to": "colours"},
                ],
            }
        ],
    }
    account.update(changes)
    return account


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "account.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_custom_account_and_a_field_failing_three_rules(tmp_path: Path) -> None:
    path = write(tmp_path, small_account(token_lifetime_seconds=90))
    with Sandbox(path) as sandbox, requests.Session() as http:
        token = http.post(
            sandbox.token_url,
            data={"grant_type": "client_credentials", "client_id": "id", "client_secret": "secret"},
            timeout=TIMEOUT,
        ).json()
        assert token["expires_in"] == 90
        response = http.put(
            sandbox.records_url,
            json={"configuration": "m1", "record": {"Phone": "1", "Code": "not an email"}},
            headers={"Authorization": f"Bearer {token['access_token']}"},
            timeout=TIMEOUT,
        )
    assert response.json() == {
        "message": "The Code must be a valid email address. (and 2 more errors)",
        "errors": {
            "Code": [
                "The Code must be a valid email address.",
                "The Code field is invalid.",
                "The Code must not be greater than 6 characters.",
            ]
        },
    }


BROKEN = [
    ("[]", "top level: must be a JSON object"),
    (small_account(client_id=""), "client_id: must be a non-empty string"),
    (small_account(schema_version=2), "schema_version: 2 is not supported"),
    (small_account(mappings=[]), "mappings: must list at least one mapping"),
    (
        small_account(mappings=[{"reference": "m", "data_type": "leads", "fields": []}]),
        "mappings[0].data_type: must be one of",
    ),
    (
        small_account(mappings=[{"reference": "m", "data_type": "surveys", "fields": []}]),
        "mappings[0]: a surveys mapping needs an Email and a Phone field",
    ),
    (
        small_account(mappings=[{"reference": "m", "data_type": "accounts", "fields": []}]),
        "mappings[0]: an accounts mapping needs an Account Name field",
    ),
    (
        small_account(
            mappings=[
                {"reference": "m", "data_type": "accounts", "fields": [
                    {"name": "Account Name", "restricted_to": "sizes"}
                ]}
            ]
        ),
        "mappings[0].fields[0].restricted_to: no value list named 'sizes'",
    ),
    (
        small_account(
            mappings=[
                {"reference": "m", "data_type": "accounts", "fields": [
                    {"name": "Account Name"}, {"name": "Email", "type": "text"}
                ]}
            ]
        ),
        "mappings[0].fields[1].type: the Email field must be of type email",
    ),
    (
        small_account(webhooks=[{"id": "h", "username": "u", "password": "p", "mapping": "zz"}]),
        "webhooks[0].mapping: no mapping with reference 'zz'",
    ),
    (
        small_account(webhooks=[{"id": "a/b", "username": "u", "password": "p", "mapping": "m1"}]),
        "webhooks[0].id: must not contain",
    ),
    (small_account(token_lifetime_seconds=True), "token_lifetime_seconds: must be a positive"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "problem"), BROKEN, ids=[p for _, p in BROKEN])
def test_broken_account_files_name_the_file_and_the_place(
    tmp_path: Path, data: object, problem: str
) -> None:
    path = tmp_path / "account.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    with pytest.raises(AccountError) as caught:
        load_account(path)
    assert str(caught.value).startswith(f"{path}: {problem}")


def test_a_missing_account_file(tmp_path: Path) -> None:
    with pytest.raises(AccountError, match="can't be read"):
        Sandbox(tmp_path / "nope.json")
