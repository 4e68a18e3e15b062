"""Writing a profile without JSON: the draft, every finding at once, templates and pasting."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
        # A webhook's URL is read back to its id; one of another region, or another
        # host, is refused (the webhook's password would go there).
        (
            contacts(
                FieldDraft("Email", type="email"),
                transport="webhook",
                webhook_id="https://hooks.eu.customergauge.com/abc",
            ),
            [],
        ),
        (
            contacts(
                FieldDraft("Email", type="email"),
                transport="webhook",
                webhook_id="https://hooks.us.customergauge.com/abc",
            ),
            [("problem", None, "webhook_id")],
        ),
        (
            contacts(
                FieldDraft("Email", type="email"),
                transport="webhook",
                webhook_id="https://hooks.eu.customergauge.com.evil.example/abc",
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


_names = st.sampled_from(["Email", "Phone", "First Name", "email", " Code", "Code", "", "A[b]"])
_fields = st.builds(
    FieldDraft,
    name=_names,
    label=st.sampled_from(["", "Label"]),
    type=st.sampled_from(["text", "email", "phone", "date", "datetime", "number", "choice"]),
    required=st.booleans(),
    max_length=st.sampled_from([None, -1, 0, 1, 3, 100]),
    choices=st.lists(st.sampled_from(["Yes", "No", "Yes ", "", " "]), max_size=3),
    default=st.sampled_from(["", "  ", "Yes", "abcdef", "2024-06-30", "12", "a@b.co", "x y"]),
    hidden=st.booleans(),
    sticky=st.booleans(),
    help=st.sampled_from(["", "help"]),
)
_drafts = st.builds(
    ProfileDraft,
    name=st.sampled_from(["Desk", "", " "]),
    region=st.sampled_from(["eu", "us", "au", "sandbox"]),
    data_type=st.sampled_from(["accounts", "contacts", "surveys", "multi-object"]),
    configuration=st.sampled_from([REFERENCE, "", "ref-1"]),
    transport=st.sampled_from(["api", "webhook"]),
    method=st.sampled_from(["PUT", "POST"]),
    format=st.sampled_from(["json", "form"]),
    webhook_id=st.sampled_from(
        [
            "",
            "abc123",
            "https://x/y",
            "https://hooks.eu.customergauge.com/a1",
            "http://hooks.eu.customergauge.com/a1",
            "hooks.au.customergauge.com/a1/",
            "https://hooks.us.customergauge.com/a1?x=1",
        ]
    ),
    fields=st.lists(_fields, max_size=4),
)


@settings(max_examples=400)
@given(_drafts)
def test_a_draft_the_editor_lets_save_is_one_the_parser_accepts(draft: ProfileDraft) -> None:
    """No problem found means saving works: the editor never lets a broken profile through."""
    if not problems(check_draft(draft)):
        draft.to_profile()


def test_heading_words_are_names_too_below_the_first_line() -> None:
    assert names_from_pasted("Name\nType\nCompany  Size\n") == ["Name", "Type", "Company  Size"]
    assert names_from_pasted("Name\tType\nName\tText\n") == ["Name"]


@pytest.mark.parametrize(
    "name", ["Email Opt-in", "Mobile Opt In", "Phone Consent", "Score Comment"]
)
def test_a_field_about_an_address_is_plain_text(name: str) -> None:
    assert guess_type(name) == "text"
