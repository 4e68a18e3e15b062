"""Badge scans: every payload format parsed, any text safe, and a profile's form filled."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cg_desktop.core.kiosk.scan import Scan, fill_fields, parse_scan
from cg_desktop.core.profiles.parsing import parse_profile

VCARD3 = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;John;Q.;Dr.;Jr.\r\nFN:John Doe\r\n"
    "ORG:ACME\\, Inc.;Sales\r\nTITLE:Head of Things\r\n"
    "EMAIL;TYPE=INTERNET;TYPE=WORK:john.doe@example.com\r\n"
    "EMAIL;TYPE=HOME:jd@home.example\r\n"
    "TEL;TYPE=WORK,VOICE:+1 (555) 010-2030\r\nEND:VCARD\r\n"
)
VCARD4 = (
    "BEGIN:VCARD\nVERSION:4.0\nFN:Jane Roe\nN:Roe;Jane;;;\n"
    'TEL;VALUE=uri;TYPE="voice,work":tel:+44-20-7946-0958;ext=12\n'
    "EMAIL;PREF=1:jane@example.org\nitem1.ORG:Widgets Ltd\nEND:VCARD\n"
)


def test_vcard_3_with_params_escapes_and_crlf() -> None:
    scan = parse_scan(VCARD3)
    assert scan == Scan(
        full_name="John Doe",
        first_name="John",
        last_name="Doe",
        email="john.doe@example.com",
        phone="+1 (555) 010-2030",
        organisation="ACME, Inc.",
        title="Head of Things",
        kind="vcard",
    )
    assert scan.display_name == "John Doe"


def test_vcard_4_with_tel_uri_and_groups() -> None:
    scan = parse_scan(VCARD4)
    assert scan is not None and scan.kind == "vcard"
    assert (scan.phone, scan.email, scan.organisation) == (
        "+44-20-7946-0958",
        "jane@example.org",
        "Widgets Ltd",
    )
    assert (scan.first_name, scan.last_name) == ("Jane", "Roe")


@pytest.mark.parametrize("end", ["\r\n", "\n", "\r"])
def test_vcard_line_ends_and_folding(end: str) -> None:
    text = end.join(
        [
            "BEGIN:VCARD",
            "VERSION:3.0",
            "FN:Maria-Luisa von",
            "  Habsburg",  # folded: the first space is the fold, the second is content
            "NOTE:line one\\nline two\\; not a separator",
            "TITLE:Chief\\nExplorer",
            "EMAIL:maria",
            "\t@example.com",
            "END:VCARD",
        ]
    )
    scan = parse_scan(text + end)
    assert scan is not None
    assert scan.full_name == "Maria-Luisa von Habsburg"
    assert scan.email == "maria@example.com"
    assert scan.title == "Chief\nExplorer"


def test_vcard_cut_short_still_gives_what_it_had() -> None:
    scan = parse_scan("BEGIN:VCARD\nVERSION:3.0\nFN:Cut Short\nEMAIL:cut@example.com")
    assert scan is not None and scan.email == "cut@example.com"


def test_vcard_with_nothing_usable_is_none() -> None:
    assert parse_scan("BEGIN:VCARD\nVERSION:3.0\nPHOTO:xyz\nEND:VCARD") is None


def test_mecard() -> None:
    scan = parse_scan("MECARD:N:Doe,John;EMAIL:j@x.com;TEL:+15550100;ORG:ACME\\; Co\\:;;\n")
    assert scan == Scan(
        first_name="John",
        last_name="Doe",
        email="j@x.com",
        phone="+15550100",
        organisation="ACME; Co:",
        kind="mecard",
    )
    assert scan.display_name == "John Doe"


def test_mecard_name_without_comma_is_a_full_name() -> None:
    scan = parse_scan("MECARD:N:Ann Lee\\, PhD;TITLE:CTO;;")
    assert scan is not None and scan.full_name == "Ann Lee, PhD" and scan.title == "CTO"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("john.doe@example.com\n", Scan(email="john.doe@example.com", kind="email")),
        ("mailto:a@b", Scan(email="a@b", kind="email")),
        ("+55 (62) 01234-56789", Scan(phone="+55 (62) 01234-56789", kind="phone")),
        ("tel:0612345678", Scan(phone="0612345678", kind="phone")),
    ],
)
def test_bare_email_and_phone(text: str, expected: Scan) -> None:
    assert parse_scan(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "   \n", "hello world", "12345", "12-34", "the quick brown fox", "a@b c@d", "{]", "[1]"],
)
def test_not_a_payload(text: str) -> None:
    assert parse_scan(text) is None


def test_one_card_line_on_its_own_gives_its_value_not_its_property_name() -> None:
    assert parse_scan("EMAIL:ann@example.com") == Scan(email="ann@example.com", kind="vcard")
    assert parse_scan("EMAIL;TYPE=work:a@b.co").email == "a@b.co"  # type: ignore[union-attr]
    assert parse_scan("TEL;TYPE=cell:+44 20 7946 0958").phone == "+44 20 7946 0958"  # type: ignore[union-attr]


def test_key_value_pairs_url_decoded() -> None:
    scan = parse_scan("first_name=Zo%C3%AB&Last+Name=M%C3%BCller;email=zoe%40example.com\nBadge=42")
    assert scan is not None and scan.kind == "pairs"
    assert (scan.first_name, scan.last_name, scan.email) == ("Zoë", "Müller", "zoe@example.com")
    assert dict(scan.extra) == {
        "first_name": "Zoë",
        "Last Name": "Müller",
        "email": "zoe@example.com",
        "Badge": "42",
    }
    assert parse_scan("a=1;just words") is None  # every part must be a pair


def test_json_object_of_strings() -> None:
    scan = parse_scan('{"name": "Ann Lee", "Company": "ACME", "badge": 7, "Email": "a@x.io"}')
    assert scan is not None and scan.kind == "json"
    assert (scan.full_name, scan.organisation, scan.email) == ("Ann Lee", "ACME", "a@x.io")
    assert dict(scan.extra) == {"name": "Ann Lee", "Company": "ACME", "Email": "a@x.io"}
    assert parse_scan('{"badge": 7}') is None
    assert parse_scan("{" * 100_000) is None


def test_display_name_falls_back() -> None:
    assert Scan(email="x@y.z").display_name == "x@y.z"
    assert Scan(phone="0612345678").display_name == "0612345678"
    assert Scan(first_name=" Ann ", email="x@y.z").display_name == "Ann"


@given(st.text())
def test_any_text_is_a_scan_or_none(text: str) -> None:
    assert parse_scan(text) is None or isinstance(parse_scan(text), Scan)


prefixes = st.sampled_from(["BEGIN:VCARD\n", "MECARD:", "{", "a=", "tel:", "mailto:", ""])
pieces = st.sampled_from(["\\", ";", ":", ",", "\n", "\r", " ", "=", "%", "@", '"', "N:", "TEL"])


@given(prefixes, st.lists(pieces | st.text(max_size=4), max_size=30))
def test_payload_like_junk_never_raises(prefix: str, parts: list[str]) -> None:
    result = parse_scan(prefix + "".join(parts))
    assert result is None or isinstance(result, Scan)


# --- filling a form -----------------------------------------------------------


def profile(*fields: dict[str, Any], scan_fields: dict[str, str] | None = None) -> Any:
    """A contacts profile with these fields (plus nothing else)."""
    data: dict[str, Any] = {
        "name": "Desk",
        "region": "eu",
        "configuration": "9dd58237-c913-4073-9c76-07da0b49ff50",
        "data_type": "multi-object",
        "fields": list(fields),
    }
    if scan_fields is not None:
        data["scan_fields"] = scan_fields
    return parse_profile(data)


DESK = profile(
    {"name": "Email", "type": "email"},
    {"name": "Secondary Email", "type": "email"},
    {"name": "Phone", "type": "phone"},
    {"name": "First Name", "type": "text"},
    {"name": "last_name", "type": "text"},
    {"name": "Account Name", "type": "text", "max_length": 5},
    {"name": "Job Title", "type": "text"},
    {
        "name": "Touchpoint",
        "type": "choice",
        "choices": ["Fair"],
        "default": "Fair",
        "hidden": True,
    },
)


def test_fill_by_type_and_key() -> None:
    scan = Scan(
        full_name="John  Doe",
        email=" john@x.com ",
        phone="+1 555 0100",
        organisation="ACME",
        title="CTO\nand founder",
    )
    assert fill_fields(DESK, scan) == {
        "Email": "john@x.com",
        "Phone": "+1 555 0100",
        "First Name": "John",
        "last_name": "Doe",
        "Account Name": "ACME",
        "Job Title": "CTO and founder",
    }


def test_too_long_values_hidden_fields_and_unknown_keys_are_left_out() -> None:
    scan = Scan(
        first_name="Ann",
        organisation="Far Too Long Ltd",
        extra={"Touchpoint": "Other", "Nope": "x"},
        kind="json",
    )
    assert fill_fields(DESK, scan) == {"First Name": "Ann"}


def test_email_goes_to_one_field_the_servers_own_key_first() -> None:
    p = profile({"name": "Work Email", "type": "email"}, {"name": "Email", "type": "email"})
    assert fill_fields(p, Scan(email="a@b.c")) == {"Email": "a@b.c"}
    p = profile(
        {"name": "Phone", "type": "phone"},
        {"name": "Work Email", "type": "email"},
        {"name": "Home Email", "type": "email"},
    )
    assert fill_fields(p, Scan(email="a@b.c")) == {"Work Email": "a@b.c"}


def test_extra_keys_fill_fields_of_that_exact_key() -> None:
    p = profile({"name": "Email", "type": "email"}, {"name": "Badge ID", "type": "number"})
    scan = parse_scan('{"badge id": "1234", "email": "a@b.c"}')
    assert scan is not None
    assert fill_fields(p, scan) == {"Email": "a@b.c", "Badge ID": "1234"}
    wrong = parse_scan('{"Badge ID": "not a number", "email": "a@b.c"}')
    assert wrong is not None and fill_fields(p, wrong) == {"Email": "a@b.c"}


def test_mapping_overrides_the_defaults() -> None:
    p = profile(
        {"name": "Email", "type": "email"},
        {"name": "Company", "type": "text"},
        {"name": "Role", "type": "text"},
        {"name": "Visitor", "type": "text"},
    )
    scan = Scan(full_name="Ann Lee", email="a@b.c", organisation="ACME", title="CTO")
    assert fill_fields(p, scan) == {"Email": "a@b.c", "Company": "ACME"}
    mapping = {"org": "Role", "TITLE": "Company", "N.family": "Visitor", "EMAIL": "Missing"}
    assert fill_fields(p, scan, mapping) == {"Role": "ACME", "Company": "CTO", "Visitor": "Lee"}


def test_the_profiles_scan_fields_are_the_default_mapping() -> None:
    p = profile(
        {"name": "Email", "type": "email"},
        {"name": "Stand", "type": "text"},
        scan_fields={"ORG": "Stand"},
    )
    scan = Scan(email="a@b.c", organisation="ACME")
    assert fill_fields(p, scan) == {"Email": "a@b.c", "Stand": "ACME"}
    assert fill_fields(p, scan, {}) == {"Email": "a@b.c"}


def test_choice_fields_take_only_their_choices() -> None:
    p = profile(
        {"name": "Email", "type": "email"},
        {"name": "Title", "type": "choice", "choices": ["Mr", "Ms", "Dr"]},
    )
    assert fill_fields(p, Scan(email="a@b.c", title="dr")) == {"Email": "a@b.c", "Title": "Dr"}
    assert fill_fields(p, Scan(email="a@b.c", title="CTO")) == {"Email": "a@b.c"}


def test_a_scanned_vcard_fills_the_demo_profile() -> None:
    from cg_desktop.core.profiles.files import load_demo_profile

    demo = load_demo_profile()
    scan = parse_scan(VCARD3)
    assert scan is not None
    values = fill_fields(demo, scan)
    assert values["Email"] == "john.doe@example.com"
    assert values["First Name"] == "John" and values["Last Name"] == "Doe"
    assert set(values) <= {f.name for f in demo.visible_fields}
