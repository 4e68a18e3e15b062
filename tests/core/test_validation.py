"""Validation mirrors the Laravel server exactly, and never refuses what it accepts."""

from __future__ import annotations

import datetime
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cg_desktop.core.profiles.files import load_demo_profile
from cg_desktop.core.profiles.laravel import (
    LARAVEL_TRIM_CHARS,
    is_laravel_email,
    is_numeric,
    is_valid_date,
    laravel_trim,
    laravel_value,
    phone_chars_ok,
    php_loose_equals,
)
from cg_desktop.core.profiles.model import FieldSpec, Profile
from cg_desktop.core.profiles.rules import build_record, first_error_message, validate_record

EITHER = (
    "The Email field is required when Phone is not present.",
    "The Phone field is required when Email is not present.",
)
DATE_MESSAGE = "The field {} must be a valid date with format YYYY-MM-DD HH:MM:SS or YYYY-MM-DD."


def profile(*fields: FieldSpec, data_type: str = "contacts") -> Profile:
    """A profile with these fields (plus Email, for a contacts profile, if missing)."""
    return Profile("t", "sandbox", "9dd58237-c913-4073-9c76-07da0b49ff50", data_type, fields)


def errors_for(field: FieldSpec, value: str) -> list[str]:
    """The errors a single value of `field` gets, with the contact rule satisfied."""
    if field.name in ("Email", "Phone"):
        return validate_record(profile(field), {field.name: value}).get(field.name, [])
    p = profile(FieldSpec("Phone", "Phone", "phone"), field)
    return validate_record(p, {"Phone": "123", field.name: value}).get(field.name, [])


# --- laravel.py: trimming ---------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "trimmed"),
    [
        ("  a  ", "a"),
        ("\t\n\x0b\x0c\ra\r\n", "a"),
        ("\u200ba\u200b", "a"),  # zero-width space: trimmed by Laravel, not by str.strip
        ("\ufeffa", "a"),  # byte-order mark
        ("\xa0a\xa0", "a"),  # no-break space
        ("\u3000a\u2028\u2029\u202f\u205f", "a"),
        ("\x85a\u1680\u180e", "a"),  # NEL, ogham space, Mongolian vowel separator (PCRE \h)
        ("\u2000\u200aa", "a"),
        ("\x1ca\x1f", "\x1ca\x1f"),  # str.strip() would remove these; Laravel doesn't
        ("\x00a\x00", "\x00a\x00"),  # NUL is not trimmed
        ("\u200ca\u200d", "\u200ca\u200d"),  # zero-width (non-)joiner: not whitespace
        (" a  b ", "a  b"),  # inside is kept
    ],
)
def test_laravel_trim(raw: str, trimmed: str) -> None:
    assert laravel_trim(raw) == trimmed


@pytest.mark.parametrize("raw", ["", " ", "\u200b", "\ufeff\u200b \xa0", "\t\r\n"])
def test_blank_values_are_absent(raw: str) -> None:
    assert laravel_value(raw) is None


def test_trim_set_is_pcre_ucp_space_plus_bom_and_zwsp() -> None:
    z_chars = {
        chr(c)
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) in ("Zs", "Zl", "Zp")
    }
    h_v = set("\t\n\x0b\x0c\r\x85\u180e")  # PCRE2's \h and \v lists beyond Z
    assert set(LARAVEL_TRIM_CHARS) == z_chars | h_v | {"\ufeff", "\u200b"}


# --- laravel.py: is_numeric, dates, phone, email ----------------------------


@pytest.mark.parametrize(
    "value",
    ["0", "12", "-0", "+1.5e-3", "1e3", "1E3", ".5", "12.", " 12", "12 ", "\t12\n", "-.5", "1e+5"],
)
def test_is_numeric_accepts_php_numbers(value: str) -> None:
    assert is_numeric(value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        " ",
        "1_000",
        "nan",
        "NaN",
        "inf",
        "-inf",
        "0x1A",
        "1,5",
        ".",
        "e5",
        "1e",
        "1e+",
        "١٢",
        "１２",
        "1 2",
        "+",
        "-",
        "+-1",
        "1.2.3",
        "12abc",
        "\x0012",
    ],
)
def test_is_numeric_refuses_what_php_refuses(value: str) -> None:
    assert not is_numeric(value)


def test_php_loose_equals_compares_numeric_strings_as_numbers() -> None:
    assert php_loose_equals("1.0", "1")
    assert php_loose_equals("1e1", "10")
    assert not php_loose_equals("abc", "ABC")
    assert not php_loose_equals("1", "1a")


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2024-02-03", True),
        ("2024-02-29", True),
        ("2000-02-29", True),
        ("0000-02-29", True),  # year 0 is a leap year in PHP's proleptic calendar
        ("0000-01-01", True),
        ("9999-12-31 23:59:59", True),
        ("2024-06-30 00:00:00", True),
        ("2023-02-29", False),
        ("1900-02-29", False),
        ("2024-02-30", False),
        ("2024-04-31", False),
        ("2024-13-01", False),
        ("2024-00-10", False),
        ("2024-01-00", False),
        ("2024-2-3", False),
        ("24-02-03", False),
        ("12024-02-03", False),
        ("2024-02-03 24:00:00", False),
        ("2024-02-03 23:60:00", False),
        ("2024-02-03 23:59:60", False),
        ("2024-02-03 1:02:03", False),
        ("2024-02-03T10:00:00", False),
        ("2024-02-03 10:00", False),
        ("٢٠٢٤-٠٢-٠٣", False),  # other scripts' digits
        ("2024/02/03", False),
        ("", False),
    ],
)
def test_is_valid_date(value: str, ok: bool) -> None:
    assert is_valid_date(value) is ok


@given(st.dates())
def test_every_real_date_is_valid(day: datetime.date) -> None:
    assert is_valid_date(day.isoformat())
    assert is_valid_date(f"{day.isoformat()} 12:34:56")


@given(st.integers(1, 9999), st.integers(0, 13), st.integers(0, 32))
def test_dates_agree_with_the_calendar(year: int, month: int, day: int) -> None:
    try:
        datetime.date(year, month, day)
        real = True
    except ValueError:
        real = False
    assert is_valid_date(f"{year:04d}-{month:02d}-{day:02d}") is real


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("+55 (62) 01234-56789", True),
        ("0123456789", True),
        ("+44 20 7946 0958", True),
        ("---", True),
        ("0800 CALL ME", False),
        ("123.456", False),
        ("123/456", False),
        ("12 ext 3", False),
        ("١٢٣", False),
        ("123\t456", False),
    ],
)
def test_phone_chars(value: str, ok: bool) -> None:
    assert phone_chars_ok(value) is ok


@pytest.mark.parametrize(
    "value",
    [
        "a@b",
        "john.doe@example.com",
        "john+tag@example.co.uk",
        '"john doe"@example.com',
        '"a@b"@example.com',
        '"with \\" quote"@example.com',
        "a@[127.0.0.1]",
        "a@[IPv6:2001:db8::1]",
        "jöhn@exämple.de",
        "用户@例子.广告",
        "!#$%&'*+-/=?^_`{|}~@example.com",
        "john @example.com",  # space before the @: egulias only warns
        "john.(comment)@example.com",
        "john(comment)@example.com",
        "a@1.2.3.4",
        "a@x.-y.com",  # egulias only checks a hyphen before a dot
        "a\x00b@example.com",  # NUL in the local part is not refused by the lexer
        "x" * 64 + "@example.com",
        "a@" + "b" * 63 + ".com",
        "jo\x01hn@example.com",  # a few ASCII controls are read as text
        # A non-ASCII label is measured after IDNA encoding: this one is 23 octets.
        "a@" + "".join(chr(0x4E00 + i * 7) for i in range(10)) + ".com",
    ],
)
def test_email_accepts_what_the_server_accepts(value: str) -> None:
    assert is_laravel_email(value)


@pytest.mark.parametrize(
    "value",
    [
        "plainaddress",
        "@example.com",
        "john@",
        "john doe@example.com",
        "john,doe@example.com",
        "john<doe@example.com",
        "<john@example.com>",
        "john>@example.com",
        "john(doe@example.com",
        "john)doe@example.com",
        "john;doe@example.com",
        "john:doe@example.com",
        "john[doe@example.com",
        "john\\doe@example.com",
        ".john@example.com",
        "john.@example.com",
        "john..doe@example.com",
        '"unclosed@example.com',
        "john@example..com",
        "john@.example.com",
        "john@example.com.",
        "john@-example.com",
        "john@example-.com",
        "john@exa mple.com",
        "john@exam_ple.com",
        "john@example.com@other.com",
        "john@@example.com",
        "john@exa+mple.com",
        "john@[127.0.0.1",
        "jo\x10hn@example.com",  # ASCII 0x10-0x1F: invalid tokens in every egulias version
        '"jo\x1fhn"@example.com',  # even quoted
        "john 😀@example.com",  # after white space, any reading of a symbol fails
        "jo\nhn@example.com",
        "john@" + "b" * 64 + ".com",
        "john@" + ("b" * 60 + ".") * 5 + "com",
        # The versions CustomerGauge runs refuse symbols (emoji) and format characters
        # (invisible ones such as U+200B), in the local part and anywhere else.
        "john😀@example.com",
        "john\u200b@example.com",
        "john@exämple😀.com",
        # Thirty CJK characters: 71 octets after IDNA encoding, past the label limit.
        "a@" + "".join(chr(0x4E00 + i * 97) for i in range(30)) + ".com",
    ],
)
def test_email_refuses_what_the_server_refuses(value: str) -> None:
    assert not is_laravel_email(value)


@given(st.text())
def test_primitives_never_crash(value: str) -> None:
    is_laravel_email(value)
    is_valid_date(value)
    phone_chars_ok(value)
    if is_numeric(value):
        float(value.strip(" \t\n\r\x0b\x0c"))  # PHP numeric strings are Python floats too


# --- validate_record: one rule at a time, in the server's words ---------------


def test_neither_email_nor_phone() -> None:
    p = profile(FieldSpec("Email", "Email", "email"), FieldSpec("Phone", "Phone", "phone"))
    assert validate_record(p, {}) == {"Email": [EITHER[0]], "Phone": [EITHER[1]]}
    assert validate_record(p, {"Email": " ", "Phone": "\u200b"}) == {
        "Email": [EITHER[0]],
        "Phone": [EITHER[1]],
    }
    assert validate_record(p, {"Email": "a@b.com"}) == {}
    assert validate_record(p, {"Phone": "123"}) == {}


@pytest.mark.parametrize("data_type", ["contacts", "surveys", "multi-object"])
def test_contact_rule_names_both_keys_even_if_the_profile_has_one(data_type: str) -> None:
    p = profile(FieldSpec("Phone", "Phone", "phone"), data_type=data_type)
    assert validate_record(p, {}) == {"Email": [EITHER[0]], "Phone": [EITHER[1]]}
    # The server's own keys come first when the profile lacks them.
    p = profile(FieldSpec("X", "X", "text", required=True), FieldSpec("Email", "E", "email"))
    assert list(validate_record(p, {})) == ["Phone", "X", "Email"]


def test_accounts_need_account_name_not_a_contact() -> None:
    p = profile(FieldSpec("Account Name", "Company", "text"), data_type="accounts")
    assert validate_record(p, {}) == {"Account Name": ["The Account Name field is required."]}
    assert validate_record(p, {"Account Name": "ACME"}) == {}


def test_required() -> None:
    field = FieldSpec("First Name", "First", "text", required=True)
    assert errors_for(field, "") == ["The First Name field is required."]
    assert errors_for(field, " \u200b\xa0") == ["The First Name field is required."]
    assert errors_for(field, "Jo") == []


def test_required_email_reports_the_contact_rule_only() -> None:
    # Laravel stops at a field's first failed "required"-kind rule.
    p = profile(FieldSpec("Email", "E", "email", required=True), FieldSpec("Phone", "P", "phone"))
    assert validate_record(p, {}) == {"Email": [EITHER[0]], "Phone": [EITHER[1]]}
    assert validate_record(p, {"Phone": "1"}) == {"Email": ["The Email field is required."]}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        (
            FieldSpec("Email", "E", "email"),
            "john",
            "The Email field must be a valid email address.",
        ),
        (FieldSpec("Email", "E", "text"), "john", "The Email field must be a valid email address."),
        (
            FieldSpec("Work Email", "W", "email"),
            "a b@c",
            "The Work Email must be a valid email address.",
        ),
        (FieldSpec("Phone", "P", "phone"), "0800 CALL", "The Phone format is invalid."),
        (FieldSpec("Phone", "P", "text"), "12#3", "The Phone format is invalid."),
        (FieldSpec("T", "T", "choice", choices=("Webinar",)), "webinar", "The T field is invalid."),
        (FieldSpec("Visit Date", "V", "date"), "2024-2-3", DATE_MESSAGE.format("Visit Date")),
        (FieldSpec("When", "W", "datetime"), "2024-02-03 25:00:00", DATE_MESSAGE.format("When")),
        (FieldSpec("Size", "S", "number"), "1_000", "The Size must be a number."),
        (FieldSpec("Size", "S", "number"), "١٢", "The Size must be a number."),
        (
            FieldSpec("N", "N", "text", max_length=3),
            "abcd",
            "The N must not be greater than 3 characters.",
        ),
    ],
)
def test_format_messages(field: FieldSpec, value: str, message: str) -> None:
    assert errors_for(field, value) == [message]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (FieldSpec("Email", "E", "email"), "a@b"),
        (FieldSpec("Phone", "P", "phone"), "+55 (62) 01234-56789"),
        (FieldSpec("Mobile", "M", "phone"), "0800 CALL ME"),  # a hint, not an error
        (FieldSpec("T", "T", "choice", choices=("Webinar",)), " Webinar "),
        (FieldSpec("Q", "Q", "choice", choices=("1", "2")), "1.0"),  # PHP's loose ==
        (FieldSpec("D", "D", "date"), "2024-02-29"),
        (FieldSpec("D", "D", "date"), "2024-02-29 23:59:59"),
        (FieldSpec("D", "D", "datetime"), "2024-02-29"),
        (FieldSpec("Size", "S", "number"), "1e3"),
        (FieldSpec("Size", "S", "number", max_length=2), "12345"),  # max on a number: a value
        (FieldSpec("Notes", "N", "text"), "anything \x00 at ☃ all"),
    ],
)
def test_accepted_values(field: FieldSpec, value: str) -> None:
    assert errors_for(field, value) == []


def test_a_value_can_have_several_errors_in_rule_order() -> None:
    field = FieldSpec("Work Email", "W", "email", max_length=5)
    assert errors_for(field, "not an email") == [
        "The Work Email must be a valid email address.",
        "The Work Email must not be greater than 5 characters.",
    ]


def test_length_counts_code_points() -> None:
    field = FieldSpec("N", "N", "text", max_length=50)
    assert errors_for(field, "😀" * 50) == []
    assert errors_for(field, "😀" * 51) == ["The N must not be greater than 50 characters."]
    combining = "e\u0301" * 25  # 25 visible letters, 50 code points
    assert errors_for(field, combining) == []
    assert errors_for(field, combining + "e") != []
    assert errors_for(field, "  " + "a" * 50 + "  ") == []  # trimmed first


def test_errors_follow_profile_order() -> None:
    p = load_demo_profile()
    values = {
        "Secondary Email": "x",
        "Company Size": "many",
        "Visit Date": "soon",
        "Touchpoint": "Party",
        "First Name": "",
        "Phone": "call me",
        "Email": "nope",
    }
    assert list(validate_record(p, values)) == [
        "Email",
        "Phone",
        "First Name",
        "Touchpoint",
        "Visit Date",
        "Company Size",
        "Secondary Email",
    ]


def test_hidden_fields_send_their_fixed_value() -> None:
    hidden = FieldSpec("Touchpoint", "T", "choice", choices=("A", "B"), default="B", hidden=True)
    p = profile(FieldSpec("Email", "E", "email"), hidden)
    assert build_record(p, {"Email": "a@b"}) == {"Email": "a@b", "Touchpoint": "B"}
    # The form can't change a fixed value, even if it sends one.
    assert build_record(p, {"Email": "a@b", "Touchpoint": "A"})["Touchpoint"] == "B"
    assert validate_record(p, {"Email": "a@b", "Touchpoint": "nonsense"}) == {}


def test_build_record() -> None:
    p = load_demo_profile()
    record = build_record(
        p,
        {
            "Phone": " 0123 ",
            "Email": "\u200b",
            "First Name": "\xa0Jo",
            "Unknown": "x",
            "Visit Date": "",
        },
    )
    assert record == {"Phone": "0123", "First Name": "Jo"}


@pytest.mark.parametrize(
    ("counts", "suffix"),
    [
        ((1,), ""),
        ((2,), " (and 1 more error)"),
        ((1, 1), " (and 1 more error)"),
        ((2, 1, 3), " (and 5 more errors)"),
    ],
)
def test_first_error_message(counts: tuple[int, ...], suffix: str) -> None:
    errors = {f"f{i}": [f"m{i}.{j}" for j in range(n)] for i, n in enumerate(counts)}
    assert first_error_message(errors) == "m0.0" + suffix


def test_first_error_message_matches_the_documented_example() -> None:
    p = profile(FieldSpec("Email", "E", "email"), FieldSpec("Phone", "P", "phone"))
    message = first_error_message(validate_record(p, {}))
    assert message == "The Email field is required when Phone is not present. (and 1 more error)"
    assert first_error_message({}) == ""


# --- properties ---------------------------------------------------------------

DEMO = load_demo_profile()
DEMO_NAMES = [f.name for f in DEMO.fields]
trim_chars = st.text(alphabet=LARAVEL_TRIM_CHARS, max_size=4)
form_values = st.dictionaries(st.sampled_from([*DEMO_NAMES, "Other"]), st.text(max_size=60))


@given(form_values)
def test_validate_never_crashes(values: dict[str, str]) -> None:
    errors = validate_record(DEMO, values)
    assert all(isinstance(m, str) and m for messages in errors.values() for m in messages)
    total = sum(len(m) for m in errors.values())
    message = first_error_message(errors)
    if total > 1:
        more = total - 1
        assert message.endswith(f" (and {more} more error{'s' if more > 1 else ''})")
    elif total == 1:
        assert "(and" not in message


@given(form_values, st.data())
def test_surrounding_whitespace_never_changes_the_errors(
    values: dict[str, str], data: st.DataObject
) -> None:
    padded = {k: data.draw(trim_chars) + v + data.draw(trim_chars) for k, v in values.items()}
    assert validate_record(DEMO, padded) == validate_record(DEMO, values)
    assert build_record(DEMO, padded) == build_record(DEMO, values)


@given(st.text(alphabet=LARAVEL_TRIM_CHARS, max_size=8))
def test_blank_required_field_gets_exactly_the_required_error(blank: str) -> None:
    errors = validate_record(DEMO, {"Email": "a@b.com", "First Name": blank})
    assert errors == {"First Name": ["The First Name field is required."]}


@given(form_values)
def test_build_record_is_clean(values: dict[str, str]) -> None:
    record = build_record(DEMO, values)
    assert set(record) <= set(DEMO_NAMES)
    assert list(record) == [n for n in DEMO_NAMES if n in record]  # profile order
    for name, value in record.items():
        assert value
        assert value == laravel_trim(value)
        assert value == laravel_trim(values[name])


@pytest.mark.parametrize("blank", ["\x00", " \x00 ", "\x00\u200b", "\ufeff\x00"])
def test_a_value_php_trim_empties_counts_as_missing_like_the_server(blank: str) -> None:
    # The trim middleware keeps NUL, but the validator's own emptiness test is PHP's
    # trim(), which strips it: such a value skips format rules and fails `required`.
    demo = load_demo_profile()
    assert validate_record(demo, {"Email": blank, "Phone": "", "First Name": "Jo"}) == {
        "Email": ["The Email field is required when Phone is not present."],
        "Phone": ["The Phone field is required when Email is not present."],
    }
    assert (
        validate_record(
            demo, {"Email": "a@b.c", "First Name": "Jo", "Company Size": blank, "Visit Date": blank}
        )
        == {}
    )
