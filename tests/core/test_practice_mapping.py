"""A profile tried in practice mode: the sandbox's mapping it implies, checked by the sandbox.

The sandbox's own account parser is the judge: every account these functions write must
load there, and the mapping loaded must apply the profile's rules.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest
from hypothesis import given, settings
from test_profiles import valid_profiles

from cg_desktop.core.profiles.model import FieldSpec, Profile
from cg_desktop.core.profiles.practice_mapping import (
    sandbox_mapping,
    value_lists,
    with_tried_profile,
)
from cg_desktop.core.store.details import keys_sent
from cg_desktop.sandbox.account import parse_account

REFERENCE = "1c0ffee0-0000-4000-8000-000000000001"
DEMO_A = "9dd58237-c913-4073-9c76-07da0b49ff50"


def demo_account() -> dict[str, Any]:
    """The shipped demo account's JSON."""
    path = resources.files("cg_desktop.resources") / "sandbox" / "demo_account.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def profile(*fields: FieldSpec, data_type: str = "contacts", **settings: Any) -> Profile:
    """A profile with these fields."""
    return Profile(
        name="Contacts desk",
        region="eu",
        configuration=settings.pop("configuration", REFERENCE),
        data_type=data_type,
        fields=fields,
        **settings,
    )


def field(name: str, type_: str = "text", **more: Any) -> FieldSpec:
    """A field whose label is its key."""
    return FieldSpec(name=name, label=name, type=type_, **more)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (field("Email", "email"), {"name": "Email", "type": "email"}),
        (
            field("Phone", "phone", required=True),
            {"name": "Phone", "type": "phone", "required": True},
        ),
        (field("Visit Date", "date"), {"name": "Visit Date", "type": "date"}),
        (field("Arrived", "datetime"), {"name": "Arrived", "type": "date"}),
        (field("Size", "number", max_length=5), {"name": "Size", "type": "number"}),
        (field("Company", max_length=80), {"name": "Company", "type": "text", "max_length": 80}),
        (
            field("Touchpoint", "choice", choices=("Fair", "Call")),
            {"name": "Touchpoint", "type": "text", "restricted_to": "tried profile / Touchpoint"},
        ),
        # The server checks Email and Phone by name, whatever type a profile gave them.
        (field("Email", "text"), {"name": "Email", "type": "email"}),
        (
            field("Code", hidden=True, default="X1"),
            {"name": "Code", "type": "text"},
        ),
    ],
)
def test_each_field_becomes_the_mapping_field_the_server_would_have(
    spec: FieldSpec, expected: dict[str, Any]
) -> None:
    mapping = sandbox_mapping(profile(field("Email", "email"), spec))
    assert expected in mapping["fields"]
    assert mapping["reference"] == REFERENCE and mapping["data_type"] == "contacts"


def test_a_contact_mapping_gets_the_email_or_phone_the_form_lacks() -> None:
    only_email = sandbox_mapping(profile(field("Email", "email"), field("First Name")))
    assert [f["name"] for f in only_email["fields"]] == ["Email", "First Name", "Phone"]
    assert only_email["fields"][-1] == {"name": "Phone", "type": "phone"}  # optional
    only_phone = sandbox_mapping(profile(field("Phone", "phone")))
    assert [f["name"] for f in only_phone["fields"]] == ["Phone", "Email"]


def test_an_accounts_mapping_gets_account_name_when_missing() -> None:
    accounts = sandbox_mapping(profile(field("Industry"), data_type="accounts"))
    assert [f["name"] for f in accounts["fields"]] == ["Industry", "Account Name"]


def test_choices_become_a_value_list_the_sandbox_restricts_to() -> None:
    tried = profile(field("Email", "email"), field("Touchpoint", "choice", choices=("Fair",)))
    assert value_lists(tried) == {"tried profile / Touchpoint": ["Fair"]}
    account = parse_account(with_tried_profile(demo_account(), tried))
    mapping = account.mapping(REFERENCE)
    assert mapping is not None
    touchpoint = mapping.field("Touchpoint")
    assert touchpoint is not None and touchpoint.choices == ("Fair",)


def test_the_tried_mapping_comes_first_and_the_demo_stays() -> None:
    account = parse_account(with_tried_profile(demo_account(), profile(field("Email", "email"))))
    assert account.mappings[0].reference == REFERENCE
    assert account.mapping(DEMO_A) is not None  # the usual practice profiles still work


def test_a_profile_with_a_demo_reference_replaces_that_mapping() -> None:
    tried = profile(field("Email", "email"), field("Badge"), configuration=DEMO_A)
    account = parse_account(with_tried_profile(demo_account(), tried))
    assert [m.reference for m in account.mappings].count(DEMO_A) == 1
    mapping = account.mapping(DEMO_A)
    assert mapping is not None and mapping.field("Badge") is not None


def test_a_webhook_profile_gets_its_webhook_with_the_demo_sign_in() -> None:
    tried = profile(
        field("Email", "email"), configuration="", transport="webhook", webhook_id="spring-hook"
    )
    account = parse_account(with_tried_profile(demo_account(), tried))
    hook = account.webhook("spring-hook")
    demo_hook = account.webhook("demo-webhook")
    assert hook is not None and demo_hook is not None
    assert (hook.username, hook.password) == (demo_hook.username, demo_hook.password)
    assert account.mapping(hook.mapping) is not None


def test_the_account_given_is_not_changed() -> None:
    demo = demo_account()
    before = json.dumps(demo, sort_keys=True)
    with_tried_profile(demo, profile(field("Email", "email"), field("T", "choice", choices=("a",))))
    assert json.dumps(demo, sort_keys=True) == before


@settings(max_examples=80)
@given(valid_profiles())
def test_every_valid_profile_can_be_tried(tried: Profile) -> None:
    account = parse_account(with_tried_profile(demo_account(), tried), "tried")
    mapping = account.mappings[0]
    assert mapping.data_type == tried.data_type
    for spec in tried.fields:  # every key the form sends, hidden ones too, with its rules
        served = mapping.field(spec.name)
        assert served is not None
        assert served.required == spec.required
        if spec.type == "choice":
            assert served.choices == spec.choices
        if spec.max_length is not None and served.type != "number":
            assert served.max_length == spec.max_length


def test_the_keys_sent_are_shown_exactly_spaces_and_case_included() -> None:
    record = {"Email": "a@b.co", " Code": "X1", "first name": "Ann\nLee"}
    assert keys_sent(record).splitlines() == [
        '"Email":      "a@b.co"',
        '" Code":      "X1"',
        '"first name": "Ann\\nLee"',
    ]
    assert keys_sent(record, columns=False).splitlines()[0] == '"Email": "a@b.co"'
    assert keys_sent({}) == ""
