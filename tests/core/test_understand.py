"""Dates and numbers as people type them become what CustomerGauge reads (tables)."""

from __future__ import annotations

import pytest

from cg_desktop.core.profiles.laravel import is_numeric, is_valid_date
from cg_desktop.core.profiles.understand import Reading, understand_date, understand_number

EUROPE = Reading(day_first=True, group_separator=".", decimal_point=",")
UK = Reading(day_first=True, group_separator=",", decimal_point=".")
US = Reading(day_first=False, group_separator=",", decimal_point=".")

DATES = [
    # (typed, reading, understood)
    ("30/06/2024", UK, "2024-06-30"),
    ("30/06/2024", US, "2024-06-30"),  # only one way to read it
    ("06/30/2024", UK, "2024-06-30"),
    ("03/06/2024", UK, "2024-06-03"),  # the locale settles 3 June / 6 March
    ("03/06/2024", US, "2024-03-06"),
    ("30.06.2024", EUROPE, "2024-06-30"),
    ("30-06-2024", EUROPE, "2024-06-30"),
    ("2024-6-3", US, "2024-06-03"),  # year first is always year, month, day
    ("2024/06/30", UK, "2024-06-30"),
    ("2024.6.30", EUROPE, "2024-06-30"),
    ("June 30 2024", UK, "2024-06-30"),
    ("June 30, 2024", US, "2024-06-30"),
    ("jun 30 2024", US, "2024-06-30"),
    ("30 June 2024", UK, "2024-06-30"),
    ("30th June 2024", UK, "2024-06-30"),
    ("1 Sept 2024", UK, "2024-09-01"),
    ("  29/02/2024 ", UK, "2024-02-29"),
]
NOT_DATES = [
    ("2024-06-30", UK),  # already the server's form: nothing to understand
    ("31/06/2024", UK),  # no such day
    ("29/02/2023", UK),
    ("13/13/2024", UK),
    ("30/06/24", UK),  # a two-digit year could be 1924 or 2024: not guessed
    ("Juneteenth 2024", US),
    ("yesterday", UK),
    ("30/06/2024 14:30", UK),  # a time in a date-only field is not dropped silently
    ("", UK),
]


@pytest.mark.parametrize(("typed", "reading", "understood"), DATES)
def test_dates_people_type_become_the_servers_form(
    typed: str, reading: Reading, understood: str
) -> None:
    assert understand_date(typed, reading) == understood
    assert is_valid_date(understood)


@pytest.mark.parametrize(("typed", "reading"), NOT_DATES)
def test_what_is_not_surely_a_date_is_left_as_typed(typed: str, reading: Reading) -> None:
    assert understand_date(typed, reading) is None


def test_a_date_time_keeps_its_time() -> None:
    assert understand_date("30/06/2024 14:30", UK, with_time=True) == "2024-06-30 14:30:00"
    assert understand_date("2024-6-3 9:05:07", UK, with_time=True) == "2024-06-03 09:05:07"
    assert understand_date("30/06/2024 25:00", UK, with_time=True) is None


NUMBERS = [
    ("1,200", UK, "1200"),
    ("1.200", EUROPE, "1200"),
    ("1 200", UK, "1200"),
    ("1\u00a0200", EUROPE, "1200"),
    ("12,345,678", US, "12345678"),
    ("1.200,5", EUROPE, "1200.5"),
    ("1,5", EUROPE, "1.5"),
    ("-1,200", UK, "-1200"),
]
NOT_NUMBERS = [
    ("1200", UK),  # already a number
    ("1.5", UK),  # already a number (the UK's decimal point)
    ("12,00", UK),  # not grouping in threes: which did they mean?
    ("1,2,3", UK),
    ("about 50", UK),
    ("1e3", UK),
]


@pytest.mark.parametrize(("typed", "reading", "understood"), NUMBERS)
def test_numbers_with_the_locales_grouping_become_plain_numbers(
    typed: str, reading: Reading, understood: str
) -> None:
    assert understand_number(typed, reading) == understood
    assert is_numeric(understood)


@pytest.mark.parametrize(("typed", "reading"), NOT_NUMBERS)
def test_what_is_not_surely_a_number_is_left_as_typed(typed: str, reading: Reading) -> None:
    assert understand_number(typed, reading) is None


def test_a_decimal_comma_is_read_as_the_locale_writes_it() -> None:
    assert understand_number("1,200", EUROPE) == "1.200"
