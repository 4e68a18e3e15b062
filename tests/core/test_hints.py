"""Hints: doubts about values the server accepts; they never block and never are errors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cg_desktop.core.profiles.files import load_demo_profile
from cg_desktop.core.profiles.hints import email_hints, phone_hints, record_hints, suggest_domain
from cg_desktop.core.profiles.model import FieldSpec, Profile
from cg_desktop.core.profiles.rules import validate_record

DEMO = load_demo_profile()


def hints_and_errors(
    values: dict[str, str], region: str | None = "GB", profile: Profile = DEMO
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The hints and the errors for the same values (First Name filled in)."""
    values = {"First Name": "Jo", **values}
    return record_hints(profile, values, region), validate_record(profile, values)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("gmial.com", "gmail.com"),
        ("gamil.com", "gmail.com"),
        ("gmail.con", "gmail.com"),
        ("gmail.co", "gmail.com"),
        ("GMAIL.CON", "gmail.com"),
        ("gmial.con", "gmail.com"),
        ("hotmial.com", "hotmail.com"),
        ("hotmail.co", "hotmail.com"),
        ("yaho.com", "yahoo.com"),
        ("outlok.com", "outlook.com"),
        ("icloud.cmo", "icloud.com"),
        ("acme.con", "acme.com"),
        ("gmail", "gmail.com"),
        ("hotmail", "hotmail.com"),
    ],
)
def test_mistyped_domains(typed: str, meant: str) -> None:
    assert suggest_domain(typed) == meant


@pytest.mark.parametrize(
    "domain",
    [
        "gmail.com",
        "mail.com",
        "email.com",
        "ymail.com",
        "hotmail.co.uk",
        "gmx.de",
        "acme.com",
        "acme.co",
        "example.org",
        "intranet",
        "aol.com",
        "aok.com",
    ],
)
def test_real_domains_are_left_alone(domain: str) -> None:
    assert suggest_domain(domain) is None


def test_email_hints() -> None:
    assert email_hints("jo@gmial.com") == ["Did you mean jo@gmail.com?"]
    assert email_hints("jo@gmail") == ["Did you mean jo@gmail.com?"]
    assert email_hints("jo@intranet") == [
        'The part after @ ("intranet") has no dot (like example.com) — check the address.'
    ]
    assert email_hints("jo@example.com") == []
    assert "unusual" in email_hints('"jo smith"@example.com')[0]
    assert "unusual" in email_hints("jo@[127.0.0.1]")[0]
    # (Emoji and invisible characters are refused outright; a hint, should one be asked.)
    assert "unusual" in email_hints("jo😀@example.com")[0]
    assert "unusual" in email_hints("jo\u200bhn@example.com")[0]


@pytest.mark.parametrize(
    ("value", "region", "word"),
    [
        ("020 7946 095", "GB", "for GB"),  # a digit short
        ("7946 0958", "GB", "incomplete for GB"),  # no area code
        ("0201 234", "GB", "doesn't look right for GB"),
        ("020 7946 0958 1234", "GB", "too long for GB"),
        ("020 7946 0958 1234 5678", "GB", "too long"),
        ("+1 555", None, "incomplete for +1"),
        ("+44 20 7946 095", None, "+44"),
        ("+999 1234567", None, "country code"),
        ("+", None, "doesn't look like a phone number"),
        ("12", "de", "incomplete for DE"),  # region codes in any case
    ],
)
def test_phone_hints(value: str, region: str | None, word: str) -> None:
    hints = phone_hints(value, region, server_checked=True)
    assert len(hints) == 1 and word in hints[0]


def test_phone_hint_suggests_the_country_code() -> None:
    (hint,) = phone_hints("020 7946 095", "GB", server_checked=True)
    assert hint.endswith("or add the country code (+44…).")


@pytest.mark.parametrize(
    ("value", "region"),
    [
        ("020 7946 0958", "GB"),
        ("+44 20 7946 0958", None),
        ("+44 20 7946 0958", "US"),  # an international number ignores the desk's country
        ("(02) 9876 5432", "AU"),
        ("12345", None),  # no country to judge by: only +numbers are checked
        ("12345", "XX"),  # an unknown region code: the same
    ],
)
def test_phone_without_hints(value: str, region: str | None) -> None:
    assert phone_hints(value, region, server_checked=True) == []


def test_other_phone_fields_get_a_hint_where_phone_gets_an_error() -> None:
    mobile = FieldSpec("Mobile", "Mobile", "phone")
    p = Profile(
        "p",
        "eu",
        "9dd58237-c913-4073-9c76-07da0b49ff50",
        "contacts",
        (FieldSpec("Phone", "Phone", "phone"), mobile),
    )
    hints, errors = hints_and_errors({"Phone": "0800 CALL ME", "Mobile": "0800 CALL ME"}, profile=p)
    assert errors == {"Phone": ["The Phone format is invalid."]}
    assert "Phone" not in hints  # the error says more than a hint would
    assert hints["Mobile"] == [
        "This number has characters other than digits, spaces, ( ) - and + — check it."
    ]


def test_record_hints_on_the_demo() -> None:
    hints, errors = hints_and_errors(
        {"Email": " jo@gmial.com ", "Phone": "020 7946 095", "Secondary Email": "jo@hotmial.com"}
    )
    assert errors == {}  # hints are never errors
    assert hints["Email"] == ["Did you mean jo@gmail.com?"]
    assert "for GB" in hints["Phone"][0]
    assert hints["Secondary Email"] == ["Did you mean jo@hotmail.com?"]


def test_no_hints_for_good_or_empty_values() -> None:
    hints, errors = hints_and_errors({"Email": "jo@example.com", "Phone": "+44 20 7946 0958"})
    assert hints == {} and errors == {}
    assert record_hints(DEMO, {}) == {}


def test_fields_with_errors_get_no_hints() -> None:
    hints, errors = hints_and_errors({"Email": "jo@gmial..com"})
    assert "Email" in errors and hints == {}


def test_hidden_fields_get_no_hints() -> None:
    hidden = FieldSpec("Email", "Email", "email", default="desk@gmial.com", hidden=True)
    p = Profile("p", "eu", "9dd58237-c913-4073-9c76-07da0b49ff50", "contacts", (hidden,))
    assert record_hints(p, {}) == {}


@pytest.mark.parametrize(
    "values",
    [
        {"Email": "jo@gmail", "Phone": "0201 234"},
        {"Email": '"jo"@example.con', "Phone": "+1 555"},
        {"Email": "jo@yaho.com", "Phone": "12"},
    ],
)
def test_hints_never_appear_among_errors(values: dict[str, str]) -> None:
    hints, errors = hints_and_errors(values)
    assert hints
    hint_texts = {h for texts in hints.values() for h in texts}
    error_texts = {e for texts in errors.values() for e in texts}
    assert not hint_texts & error_texts
    assert errors == {}


@given(
    st.dictionaries(st.sampled_from([f.name for f in DEMO.fields]), st.text(max_size=40)),
    st.none() | st.sampled_from(["GB", "US", "AU", "DE", "xx", ""]),
)
def test_hints_never_crash_and_never_touch_fields_with_errors(
    values: dict[str, str], region: str | None
) -> None:
    hints = record_hints(DEMO, values, region)
    errors = validate_record(DEMO, values)
    assert not set(hints) & set(errors)
    assert all(isinstance(h, str) and h for texts in hints.values() for h in texts)
