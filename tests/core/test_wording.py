"""Every documented 422 text about a field is told in the form's own words, with its label."""

from __future__ import annotations

import pytest

from cg_desktop.core.profiles.model import FieldSpec
from cg_desktop.core.profiles.wording import CONTACT_NEEDED, in_our_words

VISIT = FieldSpec(name="Visit Date", label="Date of the visit", type="date")
SIZE = FieldSpec(name="Company Size", label="Company size", type="number")
COMPANY = FieldSpec(name="Account Name", label="Company", type="text", max_length=100)
SECOND = FieldSpec(name="Secondary Email", label="Second email address", type="email")
EMAIL = FieldSpec(name="Email", label="Email address", type="email")
PLACE = FieldSpec(name="Touchpoint", label="Where we met", type="choice", choices=("Web",))
FIRST = FieldSpec(name="First Name", label="First name", type="text", required=True)
PHONE = FieldSpec(name="Phone", label="Phone number", type="phone")

# (SPEC's exact text, the field, what the person reads)
TEXTS = [
    (
        "The field Visit Date must be a valid date with format YYYY-MM-DD HH:MM:SS or YYYY-MM-DD.",
        VISIT,
        "Date of the visit: use a date like 30/06/2024.",
    ),
    ("The Company Size must be a number.", SIZE, "Company size: use a number, like 250 or 1200."),
    (
        "The Account Name must not be greater than 100 characters.",
        COMPANY,
        "Company: at most 100 characters. Shorten it.",
    ),
    (
        "The Secondary Email must be a valid email address.",
        SECOND,
        "Second email address: this is not a complete email address. Check it (like "
        "name@example.com).",
    ),
    (
        "The Email field must be a valid email address.",
        EMAIL,
        "Email address: this is not a complete email address. Check it (like name@example.com).",
    ),
    ("The First Name field is required.", FIRST, "First name is needed: fill it in."),
    (
        "The Touchpoint field is invalid.",
        PLACE,
        "Where we met: CustomerGauge does not know this value. Choose one from the list, or "
        "ask your administrator to add it.",
    ),
    ("The Email field is required when Phone is not present.", EMAIL, CONTACT_NEEDED),
    ("The Phone field is required when Email is not present.", PHONE, CONTACT_NEEDED),
    (
        "The Phone format is invalid.",
        PHONE,
        "Phone number: use only digits, spaces, brackets, - and +, like +44 20 7946 0958.",
    ),
]


@pytest.mark.parametrize(("exact", "field", "ours"), TEXTS)
def test_each_documented_text_has_the_forms_words(exact: str, field: FieldSpec, ours: str) -> None:
    assert in_our_words(exact, field) == ours


def test_the_date_example_follows_the_desks_order() -> None:
    exact = TEXTS[0][0]
    assert "06/30/2024" in in_our_words(exact, VISIT, day_first=False)


def test_an_unknown_text_or_field_keeps_the_exact_words() -> None:
    assert in_our_words("Something new from the server.", SIZE) == "Something new from the server."
    assert in_our_words("The Company Size must be a number.", None) == (
        "The Company Size must be a number."
    )
