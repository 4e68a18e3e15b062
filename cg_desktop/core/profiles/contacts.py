"""Who a record is about, for the history and the success banner; masked once purged."""

from __future__ import annotations

from collections.abc import Mapping


def full_name(record: Mapping[str, str]) -> str:
    """First and last name as typed ("" when there is neither)."""
    return " ".join(record[k] for k in ("First Name", "Last Name") if record.get(k))


def contact_of(record: Mapping[str, str]) -> str:
    """The contact a person recognises: Email, else Phone, else a name, else Account Name."""
    for key in ("Email", "Phone"):
        if record.get(key):
            return record[key]
    return full_name(record) or record.get("Account Name", "")


def display_name(record: Mapping[str, str]) -> str:
    """How the success banner names the contact: "Joe Doe (joe@example.com)"."""
    name = full_name(record)
    contact = record.get("Email") or record.get("Phone") or ""
    if name and contact:
        return f"{name} ({contact})"
    return name or contact or record.get("Account Name", "the contact")


def same_contact(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    """True when two records go to the same survey taker: the same Email (any case), or,
    for records without one, the same Phone (colleagues may share a switchboard)."""
    a_email, b_email = (r.get("Email", "").strip().lower() for r in (a, b))
    if a_email or b_email:
        return a_email == b_email
    a_phone, b_phone = (r.get("Phone", "").strip() for r in (a, b))
    return bool(a_phone) and a_phone == b_phone


def same_person(a: Mapping[str, str], b: Mapping[str, str]) -> bool:
    """True when two records go to the same survey taker (same_contact) or share a full
    name (any case): a corrected email still names the same person."""
    if same_contact(a, b):
        return True
    keys = ("First Name", "Last Name")
    first, second = (tuple(r.get(k, "").strip().lower() for k in keys) for r in (a, b))
    return any(first) and first == second
