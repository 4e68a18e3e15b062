"""Laravel's input handling: TrimStrings, ConvertEmptyStringsToNull, bracket form bodies."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sandbox_helpers import MAPPING_A, Api

from cg_desktop.sandbox import Sandbox
from cg_desktop.sandbox.laravel_input import clean, laravel_trim, parse_php_query, php_array

# Every character Laravel 9's TrimStrings removes at either end (PCRE2 \s with UCP,
# plus U+FEFF and U+200B).
TRIMMED = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u180e"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
    + "\u2028\u2029\u202f\u205f\u3000\ufeff\u200b"
)
# Characters Python's str.strip() removes (or that look blank) that Laravel keeps.
KEPT = "\x00\x1c\x1d\x1e\x1f\u200c\u200d\u2060"


@pytest.mark.parametrize("char", list(TRIMMED), ids=lambda c: f"U+{ord(c):04X}")
def test_laravel_trims(char: str) -> None:
    assert laravel_trim(f"{char}{char}x y{char}") == "x y"


@pytest.mark.parametrize("char", list(KEPT), ids=lambda c: f"U+{ord(c):04X}")
def test_laravel_keeps(char: str) -> None:
    assert laravel_trim(f"{char}x{char}") == f"{char}x{char}"


def test_inner_whitespace_is_kept() -> None:
    assert laravel_trim(" a \u200b b ") == "a \u200b b"


@given(st.text())
def test_trim_is_idempotent_and_only_removes_ends(text: str) -> None:
    trimmed = laravel_trim(text)
    assert laravel_trim(trimmed) == trimmed
    assert trimmed in text


def test_clean_converts_empty_strings_to_null_at_any_depth() -> None:
    data = {"a": "  ", "b": {"c": "\u200b", "d": [" x ", ""]}, "e": 0, "f": False}
    assert clean(data) == {"a": None, "b": {"c": None, "d": ["x", None]}, "e": 0, "f": False}


def test_clean_leaves_top_level_passwords_alone() -> None:
    data = {"password": " s ", "record": {"password": " s "}}
    assert clean(data) == {"password": " s ", "record": {"password": "s"}}


def test_php_array_cast() -> None:
    assert php_array(None) == {}
    assert php_array(["a", "b"]) == {"0": "a", "1": "b"}
    assert php_array("x") == {"0": "x"}
    assert php_array({"k": 1}) == {"k": 1}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("a=1&b=2", {"a": "1", "b": "2"}),
        ("record%5BFirst+Name%5D=Joe", {"record": {"First Name": "Joe"}}),
        (
            "record[First%20Name]=Jo+e&record[Email]=a%40b",
            {"record": {"First Name": "Jo e", "Email": "a@b"}},
        ),
        ("l[]=a&l[]=b", {"l": {"0": "a", "1": "b"}}),
        ("l[5]=a&l[]=b", {"l": {"5": "a", "6": "b"}}),
        ("a[b][c]=1", {"a": {"b": {"c": "1"}}}),
        ("a[b]junk=1", {"a": {"b": "1"}}),
        ("a=1&a=2", {"a": "2"}),
        ("r=x&r[k]=1", {"r": {"k": "1"}}),
        ("r[k]=1&r=x", {"r": "x"}),
        ("flag", {"flag": ""}),
        ("[x]=1&=2&&", {}),
        ("a[b=1", {"a[b": "1"}),
    ],
)
def test_parse_php_query(query: str, expected: dict[str, object]) -> None:
    assert parse_php_query(query) == expected


# codec="utf-8" leaves out lone surrogates, which no form body can carry.
field_names = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="[]"), min_size=1)


@given(st.dictionaries(field_names, st.text(alphabet=st.characters(codec="utf-8"))))
def test_bracket_encoding_round_trips(record: dict[str, str]) -> None:
    query = urlencode({f"record[{k}]": v for k, v in record.items()})
    parsed = parse_php_query(query)
    assert parsed.get("record", {}) == record


# -- the same over HTTP: what a whitespace-only value means -----------------------------------


@pytest.mark.parametrize("blank", ["   ", "\u200b", "\ufeff\u3000", "\t\n", "\x00"])
def test_blank_first_name_is_required(api: Api, blank: str) -> None:
    response = api.send({"Email": "joe@example.com", "First Name": blank})
    assert response.json()["errors"] == {"First Name": ["The First Name field is required."]}


def test_value_padded_with_x1c_is_not_trimmed(api: Api, sandbox: Sandbox) -> None:
    response = api.send({"Email": "joe@example.com", "First Name": "\x1cJoe\x1c"})
    assert response.status_code == 200
    assert sandbox.accepted[0].record["First Name"] == "\x1cJoe\x1c"


def test_values_are_stored_trimmed(api: Api, sandbox: Sandbox) -> None:
    record = {"Email": "\u200b joe@example.com \ufeff", "First Name": "\u00a0Joe\u3000"}
    assert api.send(record).status_code == 200
    assert sandbox.accepted[0].record == {"Email": "joe@example.com", "First Name": "Joe"}


def test_trim_happens_before_max_length(api: Api) -> None:
    assert api.send({"Email": "a@b.c", "First Name": f"  {'x' * 50}  "}).status_code == 200


def test_form_empty_value_is_null(api: Api) -> None:
    body = urlencode(
        {"configuration": MAPPING_A, "record[Email]": "", "record[Phone]": " ", "record[x]": "1"}
    )
    response = api.put_raw(body, "application/x-www-form-urlencoded")
    assert response.json()["errors"]["Email"] == [
        "The Email field is required when Phone is not present."
    ]


def test_form_record_list_is_an_array(api: Api) -> None:
    body = urlencode({"configuration": MAPPING_A, "record[]": "joe@example.com"})
    response = api.put_raw(body, "application/x-www-form-urlencoded")
    assert "record" not in response.json()["errors"]
    assert "Email" in response.json()["errors"]


def test_form_record_scalar_is_not_an_array(api: Api) -> None:
    body = urlencode({"configuration": MAPPING_A, "record": "joe@example.com"})
    response = api.put_raw(body, "application/x-www-form-urlencoded")
    assert response.json()["errors"] == {"record": ["The record must be an array."]}
