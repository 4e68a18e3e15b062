"""Understand dates and numbers as people type them; send them as CustomerGauge reads them.

The server takes dates as YYYY-MM-DD (with HH:MM:SS for a date-time) and numbers as PHP's
is_numeric reads them. People type 30/06/2024, 2024-6-3, June 30 2024, 1,200 or 1.200.
What is understood is shown beside the field; what is sent is always the server's form.
Nothing is guessed that could be read two ways the locale doesn't settle.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from cg_desktop.core.profiles.laravel import is_numeric, is_valid_date
from cg_desktop.core.profiles.model import Profile

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

_TIME = r"(?:[ T]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?"
_NUMERIC_YEAR_FIRST = re.compile(r"(?P<y>\d{4})[-/.](?P<a>\d{1,2})[-/.](?P<b>\d{1,2})" + _TIME)
_NUMERIC_YEAR_LAST = re.compile(r"(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4})" + _TIME)
_MONTH_NAME_FIRST = re.compile(
    r"(?P<m>[a-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"
)
_DAY_FIRST_NAME = re.compile(
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?P<m>[a-z]+)\.?,?\s+(?P<y>\d{4})"
)


@dataclass(frozen=True)
class Reading:
    """How this computer's locale writes dates and numbers."""

    day_first: bool = True  # 30/06/2024 (most of the world) rather than 06/30/2024
    group_separator: str = ","
    decimal_point: str = "."


def understand_date(text: str, reading: Reading, *, with_time: bool = False) -> str | None:
    """The server's form of a typed date (YYYY-MM-DD[ HH:MM:SS]); None if not understood."""
    if is_valid_date(text.strip()):
        return None  # already the server's form
    typed = " ".join(text.strip().lower().split())
    parts = _date_parts(typed, reading)
    if parts is None:
        return None
    year, month, day, clock = parts
    try:
        day_text = date(year, month, day).isoformat()
    except ValueError:
        return None
    if clock is None:
        return day_text
    hour, minute, second = clock
    if hour > 23 or minute > 59 or second > 59 or not with_time:
        return None
    return f"{day_text} {hour:02d}:{minute:02d}:{second:02d}"


def _date_parts(
    typed: str, reading: Reading
) -> tuple[int, int, int, tuple[int, int, int] | None] | None:
    """(year, month, day, time or None) of a typed date, before checking the calendar."""
    match = _NUMERIC_YEAR_FIRST.fullmatch(typed)
    if match:  # 2024-6-3, 2024/06/30: year, month, day everywhere
        return int(match["y"]), int(match["a"]), int(match["b"]), _clock(match)
    match = _NUMERIC_YEAR_LAST.fullmatch(typed)
    if match:
        a, b = int(match["a"]), int(match["b"])
        if a > 12 >= b:
            day, month = a, b  # 30/06: only one way to read it
        elif b > 12 >= a:
            day, month = b, a
        else:
            day, month = (a, b) if reading.day_first else (b, a)
        return int(match["y"]), month, day, _clock(match)
    for pattern in (_MONTH_NAME_FIRST, _DAY_FIRST_NAME):
        match = pattern.fullmatch(typed)
        if match and match["m"] in MONTHS:
            return int(match["y"]), MONTHS[match["m"]], int(match["d"]), None
    return None


def _clock(match: re.Match[str]) -> tuple[int, int, int] | None:
    """The time typed after a date, if any."""
    if match["h"] is None:
        return None
    return int(match["h"]), int(match["mi"]), int(match["s"] or 0)


def understand_number(text: str, reading: Reading) -> str | None:
    """A typed number in the server's form (1,200 → 1200; 1,5 → 1.5 where , is the decimal
    point); None when it isn't one or already is in the server's form."""
    typed = text.strip()
    if not typed:
        return None
    # Read as the locale writes it, even where the server would read it too: at a Dutch
    # desk 1.200 is twelve hundred, never one point two.
    group, point = reading.group_separator, reading.decimal_point
    groups = {group, " ", "\u00a0", "\u202f"} if group else {" ", "\u00a0", "\u202f"}
    whole, _, fraction = typed.partition(point) if point and point in typed else (typed, "", "")
    sign = ""
    if whole[:1] in "+-" and whole:
        sign, whole = whole[0], whole[1:]
    pieces = re.split("|".join(re.escape(g) for g in groups), whole)
    # Grouping is in threes after the first piece (1,200,300; never 12,00).
    if len(pieces) < 2 and not fraction:
        return None
    if not pieces[0].isdigit() or not all(p.isdigit() and len(p) == 3 for p in pieces[1:]):
        return None
    if fraction and not fraction.isdigit():
        return None
    result = sign + "".join(pieces) + (f".{fraction}" if fraction else "")
    return result if is_numeric(result) and result != typed else None


def understood_values(
    profile: Profile, values: Mapping[str, str], reading: Reading
) -> dict[str, str]:
    """The form's values with dates and numbers in the server's form where understood."""
    result = dict(values)
    for field in profile.visible_fields:
        typed = values.get(field.name, "")
        if field.type in ("date", "datetime"):
            better = understand_date(typed, reading, with_time=field.type == "datetime")
        elif field.type == "number":
            better = understand_number(typed, reading)
        else:
            better = None
        if better is not None:
            result[field.name] = better
    return result
