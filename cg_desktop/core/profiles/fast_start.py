"""A profile's fields without typing each one: a template per data type, or the field names
pasted from CustomerGauge's Field Settings page, each with a guessed type to confirm."""

from __future__ import annotations

import re

from cg_desktop.core.profiles.draft import FieldDraft
from cg_desktop.core.profiles.rules import ACCOUNT_NAME, EMAIL, PHONE

# Field Settings' own column headings, when a whole table was copied with its header.
_HEADINGS = {"field name", "field", "name", "label", "key", "type", "field type", "api name"}
# Words that mean a number of something (not an id: "Account Number" stays text).
_NUMBER_WORDS = re.compile(r"\b(count|amount|size|revenue|quantity|employees|seats|score)\b", re.I)
_DATETIME_WORDS = re.compile(r"\b(date ?time|timestamp)\b", re.I)
_DATE_WORDS = re.compile(r"\b(date|day)\b", re.I)
# Words that make a field about an address or number rather than the thing itself.
_NOT_A_VALUE = re.compile(r"\b(opt[- ]?in|opt[- ]?out|consent|comments?|notes?|reason)\b", re.I)


def _contact_fields() -> list[FieldDraft]:
    """Who gets the survey, and who they are."""
    return [
        FieldDraft(EMAIL, "Email address", "email"),
        FieldDraft(PHONE, "Phone number", "phone"),
        FieldDraft("First Name", "First name", "text", required=True),
        FieldDraft("Last Name", "Last name", "text"),
    ]


def template(data_type: str) -> list[FieldDraft]:
    """A starting set of fields for a data type (keys as CustomerGauge names them)."""
    if data_type == "accounts":
        return [
            FieldDraft(ACCOUNT_NAME, "Company", "text", required=True),
            FieldDraft("Account ID", "Account ID", "text"),
        ]
    if data_type == "multi-object":
        return [*_contact_fields(), FieldDraft(ACCOUNT_NAME, "Company", "text")]
    return _contact_fields()


def guess_type(name: str) -> str:
    """The field type a field name suggests (to confirm): Email → email, "Visit Date" → date."""
    words = name.strip()
    lowered = words.casefold()
    if _NOT_A_VALUE.search(words):
        return "text"  # "Email Opt-in", "Phone Consent", "Score Comment": about it, not it
    if "email" in lowered or "e-mail" in lowered:
        return "email"
    if re.search(r"\b(phone|mobile|telephone|tel)\b", lowered):
        return "phone"
    if _DATETIME_WORDS.search(words):
        return "datetime"
    if _DATE_WORDS.search(words):
        return "date"
    if _NUMBER_WORDS.search(words):
        return "number"
    return "text"


def names_from_pasted(text: str) -> list[str]:
    """The field names in pasted text: one per line, or the first column of a copied table.

    Header rows, empty lines and repeats are left out; names keep their exact spelling
    and case (keys are case-sensitive), only the spaces around them go.
    """
    names: list[str] = []
    seen: set[str] = set()
    first = True
    for line in text.splitlines():
        # Tabs (a copied web table) and | (a plain-text table) separate cells; spaces
        # don't: "Company  Size" is one name.
        cells = [c.strip() for c in re.split(r"\t|\|", line)]
        cells = [c for c in cells if c]
        if not cells:
            continue
        name = cells[0]
        heading = first and name.casefold() in _HEADINGS and len(cells) > 1
        first = False
        if heading or set(name) <= set("-=:+ "):
            continue  # the table's heading row (only ever the first), or a ruling line
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def fields_from_pasted(text: str) -> list[FieldDraft]:
    """A field per pasted name, with a guessed type and a label from the name."""
    return [FieldDraft(name, _label(name), guess_type(name)) for name in names_from_pasted(text)]


def _label(name: str) -> str:
    """A label for the form: the key in sentence case ("First Name" → "First name")."""
    words = name.split()
    if not words:
        return name
    # Only words in title case are lowered: "VAT ID" and "NPS" stay as they are.
    rest = [w.lower() if w[:1].isupper() and w[1:].islower() else w for w in words[1:]]
    return " ".join([words[0], *rest])
