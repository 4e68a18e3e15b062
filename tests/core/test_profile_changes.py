"""What an import would change, in words, before "Replace profile?" is answered."""

from __future__ import annotations

from dataclasses import replace

from cg_desktop.core.profiles.changes import profile_changes
from cg_desktop.core.profiles.files import load_demo_profile
from cg_desktop.core.profiles.model import FieldSpec


def test_the_same_profile_changes_nothing() -> None:
    demo = load_demo_profile()
    assert profile_changes(demo, demo) == []


def test_every_kind_of_change_is_named() -> None:
    old = load_demo_profile()
    fields = list(old.fields)
    first = next(i for i, f in enumerate(fields) if f.name == "First Name")
    fields[first] = replace(fields[first], required=False, label="Given name")
    fields = [f for f in fields if f.name != "Phone"]
    fields.append(FieldSpec(name="Badge Number", label="Badge", type="text"))
    new = replace(
        old, region="au", configuration="53505294-0b20-2509-b15d-c8e377701d66", fields=tuple(fields)
    )
    changes = profile_changes(old, new)
    assert "Region: Practice (sandbox) → Australia" in changes
    assert any(c.startswith("Mapping reference: 9dd58237") for c in changes)
    assert "Added field: Badge Number (text)" in changes
    assert "Removed field: Phone" in changes
    assert "First Name: label First name → Given name" in changes
    assert "First Name: required yes → no" in changes
    assert "The fields are in another order." not in changes


def test_a_new_order_is_said_once() -> None:
    old = load_demo_profile()
    new = replace(old, fields=tuple(reversed(old.fields)))
    assert profile_changes(old, new) == ["The fields are in another order."]


def test_a_renamed_profile_is_a_change() -> None:
    old = load_demo_profile()
    assert profile_changes(old, replace(old, name="Spring fair")) == [
        "Name: Demo (practice) → Spring fair"
    ]
