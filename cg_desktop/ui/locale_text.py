"""Dates and times shown the way the language in use writes them (sent in the server's form).

The language's locale is the default QLocale (ui/language.py sets it). A date a person
typed is shown back in words ("Monday, 3 June 2024"): no day/month doubt is left.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_SERVER_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?")


def shown_date(value: str) -> str | None:
    """A server-form date (YYYY-MM-DD[ HH:MM:SS]) in the locale's long words; None if not one."""
    match = _SERVER_DATE.fullmatch(value)
    if match is None:
        return None
    year, month, day = (int(part) for part in match.group(1, 2, 3))
    date = QDate(year, month, day)
    if not date.isValid():
        return None
    locale = QLocale()
    text = locale.toString(date, QLocale.FormatType.LongFormat)
    if match.group(4) is not None:
        hour, minute, second = (int(part) for part in match.group(4, 5, 6))
        time = QTime(hour, minute, second)
        text = f"{text} {locale.toString(time, QLocale.FormatType.ShortFormat)}"
    return text


def shown_time(stamp: float, *, with_date: bool = True) -> str:
    """A moment (seconds since the epoch) in the locale's short form, in local time."""
    moment = QDateTime.fromSecsSinceEpoch(int(stamp))
    locale = QLocale()
    clock = locale.toString(moment.time(), _seconds_format(locale))
    if not with_date:
        return clock
    return f"{locale.toString(moment.date(), QLocale.FormatType.ShortFormat)} {clock}"


def _seconds_format(locale: QLocale) -> str:
    """The locale's time format with seconds, without a time zone (history rows)."""
    long = locale.timeFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"\s*t+\s*", " ", long).strip()
