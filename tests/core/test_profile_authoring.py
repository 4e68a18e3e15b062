"""Writing a profile without JSON: the draft, every finding at once, templates and pasting."""

from __future__ import annotations

import pytest

from cg_desktop.core.profiles.checks import Finding, check_draft, problems
from cg_desktop.core.profiles.draft import FieldDraft, ProfileDraft
from cg_desktop.core.profiles.fast_start import (
    fields_from_pasted,
    guess_type,
    names_from_pasted,
    template,
)
from cg_desktop.core.profiles.files import load_demo_profile
from cg_desktop.core.profiles.model import ProfileError

REFERENCE = "9dd58237-c913-4073-9c76-07da0b49ff50"


def contacts(*fields: FieldDraft, **settings: str) -> ProfileDraft:
    """A Contacts draft with a good name and reference, and these fields."""
    draft = ProfileDraft(name="Spring fair", configuration=REFERENCE, fields=list(fields))
    for key, value in settings.items():
        setattr(draft, key, value)
    return draft


def where(findings: list[Finding]) -> list[tuple[str, int | None, str]]:
    """Each finding as (severity, field index, part)."""
    return [(f.severity, f.field, f.part) for f in findings]


def test_a_good_draft_has_no_findings_and_becomes_the_profile_it_describes() -> None:
    draft = contacts(*template("contacts"))
    assert check_draft(draft) == []
    profile = draft.to_profile()
    assert [f.name for f in profile.fields] == ["Email", "Phone", "First Name", "Last Name"]
    assert profile.field("First Name") is not None and profile.field("First Name").required


def test_an_existing_profile_round_trips_through_a_draft() -> None:
    demo = load_demo_profile()
    assert ProfileDraft.from_profile(demo).to_profile() == demo
    copy = ProfileDraft.from_profile(demo).copy()
    copy.fields[0].choices.append("x")
    assert ProfileDraft.from_profile(demo).fields[0].choices == []


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        # Duplicate keys, and keys differing only in case.
        (
            contacts(FieldDraft("Email", type="email"), FieldDraft("Email", type="email")),
            [("problem", 1, "key")],
        ),
        (
            contacts(FieldDraft("Email", type="email"), FieldDraft("EMAIL", type="email")),
            [("problem", 1, "key")],
        ),
        # A Contacts profile without Email or Phone.
        (contacts(FieldDraft("First Name")), [("problem", None, "fields")]),
        # ... whose "email" is the wrong case: said at that field.
        (contacts(FieldDraft("email", type="email")), [("problem", 0, "key")]),
        # A choice field without choices.
        (
            contacts(FieldDraft("Email", type="email"), FieldDraft("Where", type="choice")),
            [("problem", 1, "choices")],
        ),
        # Keys with spaces around them.
        (
            contacts(FieldDraft("Email", type="email"), FieldDraft(" First Name")),
            [("problem", 1, "key")],
        ),
        # An empty key.
        (contacts(FieldDraft("Email", type="email"), FieldDraft("")), [("problem", 1, "key")]),
        # A hidden field with no value to send.
        (
            contacts(FieldDraft("Email", type="email"), FieldDraft("Source", hidden=True)),
            [("problem", 1, "default")],
        ),
        # A fixed value the server would refuse.
        (
            contacts(
                FieldDraft("Email", type="email"),
                FieldDraft("Visit Date", type="date", default="30/06"),
            ),
            [("problem", 1, "default")],
        ),
        # No name, no reference, no fields.
        (
            ProfileDraft(),
            [
                ("problem", None, "name"),
                ("problem", None, "configuration"),
                ("problem", None, "fields"),
            ],
        ),
        # A reference that isn't UUID-shaped: a warning only (references are opaque).
        (
            contacts(FieldDraft("Email", type="email"), configuration="12305294-0b20-4009"),
            [("warning", None, "configuration")],
        ),
        # An Accounts profile needs Account Name.
        (
            contacts(FieldDraft("Email", type="email"), data_type="accounts"),
            [("problem", None, "fields")],
        ),
        # A webhook needs its id, not a whole URL.
        (
            contacts(
                FieldDraft("Email", type="email"),
                transport="webhook",
                webhook_id="https://hooks.eu.customergauge.com/abc",
            ),
            [("problem", None, "webhook_id")],
        ),
    ],
)
def test_each_problem_is_found_where_it_is(
    draft: ProfileDraft, expected: list[tuple[str, int | None, str]]
) -> None:
    found = check_draft(draft)
    assert where(found) == expected, found
    if problems(found):
        with pytest.raises(ProfileError):
            draft.to_profile()  # what the editor stops, the parser refuses too


def test_all_problems_are_listed_at_once_in_order() -> None:
    draft = contacts(FieldDraft("First Name "), FieldDraft("Where", type="choice"))
    draft.name = ""
    assert where(check_draft(draft)) == [
        ("problem", None, "name"),
        ("problem", None, "fields"),
        ("problem", 0, "key"),
        ("problem", 1, "choices"),
    ]


def test_a_name_already_taken_is_a_problem_whatever_its_case() -> None:
    draft = contacts(*template("contacts"))
    found = check_draft(draft, taken_names=frozenset({"SPRING FAIR"}))
    assert where(found) == [("problem", None, "name")]
    assert "already a profile" in found[0].text


@pytest.mark.parametrize("data_type", ["accounts", "contacts", "surveys", "multi-object"])
def test_every_template_is_a_valid_profile(data_type: str) -> None:
    draft = contacts(*template(data_type), data_type=data_type)
    assert check_draft(draft) == []
    assert draft.to_profile().data_type == data_type


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Email", "email"),
        ("Secondary Email", "email"),
        ("Phone", "phone"),
        ("Mobile", "phone"),
        ("Visit Date", "date"),
        ("Date of Birth", "date"),
        ("Created Date Time", "datetime"),
        ("Company Size", "number"),
        ("Account Number", "text"),  # an id, not an amount
        ("First Name", "text"),
        ("Touchpoint", "text"),
    ],
)
def test_a_field_name_suggests_its_type(name: str, kind: str) -> None:
    assert guess_type(name) == kind


def test_six_names_pasted_one_per_line_make_a_contacts_profile() -> None:
    pasted = "Email\nPhone\nFirst Name\nLast Name\nAccount Name\nVisit Date\n"
    fields = fields_from_pasted(pasted)
    assert [(f.name, f.type, f.label) for f in fields] == [
        ("Email", "email", "Email"),
        ("Phone", "phone", "Phone"),
        ("First Name", "text", "First name"),
        ("Last Name", "text", "Last name"),
        ("Account Name", "text", "Account name"),
        ("Visit Date", "date", "Visit date"),
    ]
    assert check_draft(contacts(*fields)) == []


def test_a_copied_table_gives_its_first_column_without_the_heading() -> None:
    table = "Field Name\tType\tRequired\nEmail\tText\tNo\nVAT ID\tText\tNo\n\nEmail\tText\tNo\n"
    assert names_from_pasted(table) == ["Email", "VAT ID"]
    assert [f.label for f in fields_from_pasted(table)] == ["Email", "VAT ID"]
    # A ruled plain-text table (| separators) too.
    ruled = "| Field Name | Type |\n|---|---|\n| First Name | Text |\n"
    assert names_from_pasted(ruled) == ["First Name"]
