"""What the computer's locale says about the desk: its country, how it writes dates and numbers."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from cg_desktop.core.profiles.understand import Reading


def desk_country(locale: QLocale | None = None) -> str | None:
    """The desk's country (from the system locale), for phone-number hints: "GB", "US"…"""
    name = (locale or QLocale.system()).name()  # e.g. "en_GB"
    country = name.split("_")[1] if "_" in name else ""
    return country if len(country) == 2 and country.isalpha() else None


def desk_reading(locale: QLocale | None = None) -> Reading:
    """How the locale writes dates (day or month first) and numbers (its separators)."""
    chosen = locale or QLocale.system()
    short = chosen.dateFormat(QLocale.FormatType.ShortFormat)
    day, month = short.find("d"), short.find("M")
    day_first = day < month if day >= 0 and month >= 0 else True
    return Reading(
        day_first=day_first,
        group_separator=chosen.groupSeparator(),
        decimal_point=chosen.decimalPoint(),
    )
