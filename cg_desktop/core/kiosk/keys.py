"""Matching keys loosely: a badge's own key names and a profile's field keys.

Badges and mappings spell the same thing many ways ("First Name", "first_name",
"givenName"): keys are compared case-folded, without spaces, underscores or hyphens.
"""

from __future__ import annotations

import re


def normalised_key(key: str) -> str:
    """A key as matched loosely: case-folded, without spaces, underscores and hyphens."""
    return re.sub(r"[\s_\-]+", "", key).casefold()


def _table(groups: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """{alias: target} from {target: aliases}, aliases normalised."""
    return {
        normalised_key(alias): target for target, aliases in groups.items() for alias in aliases
    }


# A key=value or JSON badge's key -> the Scan attribute it fills.
BADGE_KEYS = _table(
    {
        "email": ("email", "e-mail", "email address", "mail"),
        "phone": ("phone", "phone number", "tel", "telephone", "mobile"),
        "first_name": ("first name", "given name", "first", "firstName"),
        "last_name": ("last name", "family name", "surname", "last"),
        "full_name": ("name", "full name", "fn"),
        "organisation": ("company", "organisation", "organization", "org", "account name"),
        "title": ("title", "job title"),
    }
)

# A profile field's key -> the vCard property that fills it when nothing says otherwise.
FIELD_DEFAULTS = _table(
    {
        "N.given": ("First Name", "Given Name"),
        "N.family": ("Last Name", "Family Name", "Surname"),
        "FN": ("Name", "Full Name"),
        "ORG": ("Account Name", "Company", "Organisation", "Organization"),
        "TITLE": ("Job Title", "Title"),
        "EMAIL": ("Email", "E-mail", "Email Address"),
        "TEL": ("Phone", "Telephone", "Mobile", "Phone Number"),
    }
)
