"""Dates and times shown as the language in use writes them; sent in the server's form."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from cg_desktop.ui.locale_text import shown_date, shown_time


@pytest.fixture
def dutch() -> Iterator[None]:
    """Dutch as the default locale (what ui/language.py sets for a Dutch desk)."""
    before = QLocale()
    QLocale.setDefault(QLocale("nl_NL"))
    yield
    QLocale.setDefault(before)


def test_a_date_is_shown_in_the_languages_words(dutch: None) -> None:
    assert shown_date("2024-06-03") == "maandag 3 juni 2024"
    assert shown_date("2024-06-03 14:05:00") == "maandag 3 juni 2024 14:05"
    assert shown_date("2024-02-30") is None  # no such day: shown as typed, not invented
    assert shown_date("3/6/2024") is None


def test_a_moment_is_shown_day_first_in_dutch(dutch: None) -> None:
    shown = shown_time(1_717_416_000)  # 2024-06-03 12:00 UTC
    assert shown.startswith("03-06-2024 ") and shown.count(":") == 2, shown
    assert shown_time(1_717_416_000, with_date=False).count(":") == 2
