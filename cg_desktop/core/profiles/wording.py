"""CustomerGauge's error texts told in the form's own terms, with the field's label.

The server says "The field Visit Date must be a valid date with format YYYY-MM-DD
HH:MM:SS or YYYY-MM-DD." under a field the person knows as "Date of the visit". Each
documented 422 text (SPEC.md, "The documented 422 bodies") has a sentence here that
uses the label and says what to do; the exact text stays with the error (details,
tooltip). A text not recognised is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cg_desktop.core.profiles.model import FieldSpec
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

# A survey goes to an email address or a phone number: one sentence for both fields.
CONTACT_NEEDED = Words(
    QT_TRANSLATE_NOOP(
        "core",
        "Give an email address or a phone number (or both): the survey is sent to one of them.",
    )
)

_Rule = tuple[re.Pattern[str], Callable[[re.Match[str], str, str], str]]


def _rules() -> list[_Rule]:
    """(pattern of a server text, our sentence from the match, the label, a date example)."""
    return [
        (
            re.compile(r"The (?P<f>.+) field is required\."),
            lambda _m, label, _date: Words(
                QT_TRANSLATE_NOOP("core", "{label} is needed: fill it in."), label=label
            ),
        ),
        (
            re.compile(r"The (?P<f>.+?) (field )?must be a valid email address\."),
            lambda _m, label, _date: Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{label}: this is not a complete email address. "
                    "Check it (like name@example.com).",
                ),
                label=label,
            ),
        ),
        (
            re.compile(r"The field (?P<f>.+) must be a valid date with format .+\."),
            lambda _m, label, date: Words(
                QT_TRANSLATE_NOOP("core", "{label}: use a date like {date}."),
                label=label,
                date=date,
            ),
        ),
        (
            re.compile(r"The (?P<f>.+) must be a number\."),
            # No grouping in the example: "1,200" is 1.2 where "," is the decimal point.
            lambda _m, label, _date: Words(
                QT_TRANSLATE_NOOP("core", "{label}: use a number, like 250 or 1200."), label=label
            ),
        ),
        (
            re.compile(r"The (?P<f>.+) must not be greater than (?P<x>\d+) characters\."),
            lambda m, label, _date: Words(
                QT_TRANSLATE_NOOP("core", "{label}: at most {count} characters. Shorten it."),
                label=label,
                count=m["x"],
            ),
        ),
        (
            re.compile(r"The (?P<f>.+) field is invalid\."),
            lambda _m, label, _date: Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{label}: CustomerGauge does not know this value. Choose one from the "
                    "list, or ask your administrator to add it.",
                ),
                label=label,
            ),
        ),
        (
            re.compile(r"The (?P<f>.+) format is invalid\."),
            lambda _m, label, _date: Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{label}: use only digits, spaces, brackets, - and +, like +44 20 7946 0958.",
                ),
                label=label,
            ),
        ),
    ]


_RULES = _rules()
_CONTACT = re.compile(r"The (Email|Phone) field is required when (Phone|Email) is not present\.")


def in_our_words(message: str, field: FieldSpec | None, *, day_first: bool = True) -> str:
    """The form's sentence for a server's error text about `field` (the text itself if
    it isn't one of the documented ones)."""
    text = message.strip()
    if _CONTACT.fullmatch(text):
        return CONTACT_NEEDED
    if field is None:
        return message  # about a field the form doesn't show: keep the exact words
    date = "30/06/2024" if day_first else "06/30/2024"
    for pattern, sentence in _RULES:
        match = pattern.fullmatch(text)
        if match is not None:
            return sentence(match, field.label, date)
    return message
