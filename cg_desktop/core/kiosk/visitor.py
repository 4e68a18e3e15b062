"""How a kiosk addresses a visitor: by first name only (never the email or phone)."""

from __future__ import annotations

from collections.abc import Mapping

from cg_desktop.core.profiles.model import Profile

_FIRST = ("firstname", "givenname", "forename")
_WHOLE = ("name", "fullname", "contactname")


def _plain(key: str) -> str:
    """A key compared loosely: "First Name", "first_name" and "FirstName" are the same."""
    return "".join(ch for ch in key.lower() if ch.isalnum())


def first_name_of(profile: Profile, values: Mapping[str, str]) -> str:
    """The visitor's first name from the form's values ("" when the form has none).

    A first-name field is used as typed (its first word); else the first word of a
    whole-name field. Never an email address, a phone number or a company.
    """
    keys = {_plain(field.name): field.name for field in profile.fields}
    for wanted in (_FIRST, _WHOLE):
        for plain in wanted:
            words = values.get(keys.get(plain, ""), "").split()
            if words:
                return words[0]
    return ""
