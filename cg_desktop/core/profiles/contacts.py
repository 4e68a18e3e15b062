"""Who a record is about, for the history and the success banner; masked once purged."""

from __future__ import annotations

from collections.abc import Mapping


def contact_of(record: Mapping[str, str]) -> str:
    """The contact a person recognises: Email, else Phone, else a name, else Account Name."""
    for key in ("Email", "Phone"):
        if record.get(key):
            return record[key]
    name = " ".join(record[k] for k in ("First Name", "Last Name") if record.get(k))
    return name or record.get("Account Name", "")


def display_name(record: Mapping[str, str]) -> str:
    """How the success banner names the contact: "Joe Doe (joe@example.com)"."""
    name = " ".join(record[k] for k in ("First Name", "Last Name") if record.get(k))
    contact = record.get("Email") or record.get("Phone") or ""
    if name and contact:
        return f"{name} ({contact})"
    return name or contact or record.get("Account Name", "the contact")


def same_contact(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    """True when two records share an Email or a Phone (any case): the same survey taker."""
    return any(
        bool(a.get(key)) and a.get(key, "").strip().lower() == b.get(key, "").strip().lower()
        for key in ("Email", "Phone")
    )


def same_person(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    """True when two records share an Email, a Phone, or a full name (any case)."""
    if same_contact(a, b):
        return True
    keys = ("First Name", "Last Name")
    first, second = (tuple(r.get(k, "").strip().lower() for k in keys) for r in (a, b))
    return any(first) and first == second
