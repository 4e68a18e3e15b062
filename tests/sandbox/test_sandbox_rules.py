"""Laravel rules with PHP semantics: is_numeric, date_format round trip, max, in."""

from __future__ import annotations

import pytest
from sandbox_helpers import MAPPING_B, Api, joe

from cg_desktop.sandbox.laravel_rules import (
    is_filled,
    is_in,
    is_numeric,
    is_phone,
    is_valid_date,
    is_within_max,
    php_string,
    summarize,
)

NUMERIC: list[object] = [
    0, -3, 1.5, 1e300, "0", "12", "-12", "+12", "1.5", ".5", "12.", "-.5", "+.5e3", "1e3",
    "1E3", "1e+3", "1e-3", " 12", "12 ", "\t12\n", "\x0b12\x0c", "007", "1.5e10",
]  # fmt: skip
NOT_NUMERIC: list[object] = [
    True, False, None, [], {}, "", " ", ".", "-", "+", "e3", "1e", "1e+", "1_000", "1,5",
    "nan", "NaN", "inf", "-Infinity", "0x1A", "0b11", "0o7", "١٢", "１２", "12abc",
    "1 2", "--1", "1.2.3", "\u00a012", "12\x00", "1e3.5",
]  # fmt: skip


@pytest.mark.parametrize("value", NUMERIC, ids=repr)
def test_is_numeric(value: object) -> None:
    assert is_numeric(value)


@pytest.mark.parametrize("value", NOT_NUMERIC, ids=repr)
def test_is_not_numeric(value: object) -> None:
    assert not is_numeric(value)


VALID_DATES = [
    "2024-02-03", "2024-02-29", "2000-02-29", "0000-02-29", "0000-01-01", "9999-12-31",
    "2024-12-31 23:59:59", "2024-01-01 00:00:00", "1970-01-01",
]  # fmt: skip
INVALID_DATES: list[object] = [
    "2024-2-3", "2024-02-3", "2024-02-30", "2023-02-29", "1900-02-29", "2024-13-01",
    "2024-00-10", "2024-01-00", "24-01-01", "12024-01-01", "2024-01-01 24:00:00",
    "2024-01-01 23:60:00", "2024-01-01 23:59:60", "2024-01-01T10:00:00", "2024-01-01 10:00",
    "2024/01/01", "2024-01-01 ", "01-01-2024", "2024-01-01 1:00:00", "", 20240101,
    "２０２４-01-01", "-2024-01-01", "+2024-01-01",
]  # fmt: skip


@pytest.mark.parametrize("value", VALID_DATES)
def test_valid_date(value: str) -> None:
    assert is_valid_date(value)


@pytest.mark.parametrize("value", INVALID_DATES, ids=repr)
def test_invalid_date(value: object) -> None:
    assert not is_valid_date(value)


def test_required_uses_php_trim() -> None:
    assert not is_filled(None) and not is_filled({}) and not is_filled([])
    assert not is_filled("\x00 \x0b")  # PHP's trim() strips NUL and VT
    assert is_filled(0) and is_filled(False) and is_filled("\x1c")


def test_max_counts_code_points() -> None:
    assert is_within_max("😀" * 50, 50)
    assert not is_within_max("😀" * 51, 50)
    assert is_within_max("e\u0301" * 25, 50)  # combining marks count as code points
    assert not is_within_max("e\u0301" * 26, 50)
    assert is_within_max(12345, 5) and not is_within_max(123456, 5)


def test_phone_characters() -> None:
    assert is_phone("+55 (62) 01234-56789") and is_phone(5551234) and is_phone("0")
    assert not is_phone("555 1234 x2") and not is_phone(True) and not is_phone("١٢٣")


def test_in_uses_php_loose_numeric_comparison() -> None:
    assert is_in("Webinar", ["Webinar"]) and not is_in("webinar", ["Webinar"])
    assert is_in("1e1", ["10"]) and is_in(10, ["10"]) and not is_in(["Webinar"], ["Webinar"])


def test_php_string_cast() -> None:
    assert [php_string(v) for v in (True, False, 2.0, 1.5, 7)] == ["1", "", "2", "1.5", "7"]


def test_summarize_counts_every_message() -> None:
    assert summarize({"a": ["A."]}) == "A."
    assert summarize({"a": ["A."], "b": ["B."]}) == "A. (and 1 more error)"
    assert summarize({"a": ["A.", "A2."], "b": ["B."]}) == "A. (and 2 more errors)"


# -- over HTTP -------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [12, 0, -1, 1.5, "12", " 12 ", "1e3", ".5", "12."], ids=repr)
def test_number_field_accepts(api: Api, size: object) -> None:
    assert api.send(joe(**{"Company Size": size})).status_code == 200


@pytest.mark.parametrize("size", ["1_000", "nan", "inf", "0x1A", "1,5", "١٢", True], ids=repr)
def test_number_field_refuses(api: Api, size: object) -> None:
    response = api.send(joe(**{"Company Size": size}))
    assert response.json()["errors"] == {"Company Size": ["The Company Size must be a number."]}


@pytest.mark.parametrize("date", ["2024-02-29", "2024-02-29 13:45:00", " 2024-02-29 "])
def test_date_field_accepts(api: Api, date: str) -> None:
    assert api.send(joe(**{"Visit Date": date})).status_code == 200


@pytest.mark.parametrize("date", ["2024-2-3", "2024-02-30", "2024-02-29T13:45:00", 20240229])
def test_date_field_refuses(api: Api, date: object) -> None:
    response = api.send(joe(**{"Visit Date": date}))
    assert list(response.json()["errors"]) == ["Visit Date"]


def test_fifty_emoji_pass_and_fifty_one_fail(api: Api) -> None:
    assert api.send(joe(**{"First Name": "😀" * 50})).status_code == 200
    response = api.send(joe(Email="other@example.com", **{"First Name": "😀" * 51}))
    assert response.json()["errors"] == {
        "First Name": ["The First Name must not be greater than 50 characters."]
    }


def test_mapping_b_errors(api: Api) -> None:
    response = api.send({"Account Name": "A", "Industry": "x" * 51, "Employees": "many"}, MAPPING_B)
    assert response.json() == {
        "message": "The Industry must not be greater than 50 characters. (and 1 more error)",
        "errors": {
            "Industry": ["The Industry must not be greater than 50 characters."],
            "Employees": ["The Employees must be a number."],
        },
    }


def test_a_json_number_as_a_phone_is_judged_by_its_php_string_form() -> None:
    # PHP casts 1e30 to "1.0E+30": the E and the dot fail the phone pattern.
    assert not is_phone(1e30)
    assert is_phone(12345)  # "12345"
    assert is_phone(123.0)  # "123"
