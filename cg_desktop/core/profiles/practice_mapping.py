"""A profile as the practice sandbox's Inbound Mapping, so that it can be tried end to end.

The sandbox reads an account file (its shape is documented at the top of
``cg_desktop/sandbox/account.py``). These functions write, as plain JSON data, the part
of one that a profile implies: the mapping its keys and rules describe, the value lists
its choice fields restrict to, and the webhook a webhook profile names. Core never
imports the sandbox (nor the sandbox core): JSON is the only thing they share.
"""

from __future__ import annotations

import copy
from typing import Any

from cg_desktop.core.profiles.model import FieldSpec, Profile
from cg_desktop.core.profiles.rules import ACCOUNT_NAME, EMAIL, PHONE

# The sandbox knows text, email, phone, date and number. Its date rule takes both of
# the server's formats, so a datetime is a date there; a choice is text restricted to
# a value list (CustomerGauge's "restrict new values on upload").
SANDBOX_TYPES = {
    "text": "text",
    "email": "email",
    "phone": "phone",
    "date": "date",
    "datetime": "date",
    "number": "number",
    "choice": "text",
}
# Value lists of the tried profile are named apart from the account's own ones.
LIST_PREFIX = "tried profile / "
# When the account has no webhook to copy them from (the demo account has one).
DEFAULT_HOOK_USER, DEFAULT_HOOK_PASSWORD = "sandbox-hook", "sandbox-hook-secret"


def list_name(field: FieldSpec) -> str:
    """The name of the value list a choice field is restricted to."""
    return LIST_PREFIX + field.name


def mapping_reference(profile: Profile) -> str:
    """The reference the tried mapping has: the profile's, or one for a webhook profile."""
    # A webhook is bound to its mapping, so a webhook profile needs no reference.
    return profile.configuration.strip() or f"webhook {profile.webhook_id or ''}".strip()


def _sandbox_field(field: FieldSpec) -> dict[str, Any]:
    """One profile field as the mapping's field, with the rules the server would apply."""
    kind = SANDBOX_TYPES[field.type]
    # The server checks these two by their names, whatever type a profile gives them.
    if field.name == EMAIL:
        kind = "email"
    elif field.name == PHONE:
        kind = "phone"
    entry: dict[str, Any] = {"name": field.name, "type": kind}
    if field.required:
        entry["required"] = True
    if field.max_length is not None and kind != "number":  # a number has no length
        entry["max_length"] = field.max_length
    if field.type == "choice" and field.choices:
        entry["restricted_to"] = list_name(field)
    return entry


def sandbox_mapping(profile: Profile) -> dict[str, Any]:
    """The Inbound Mapping a profile's keys and rules describe, in the account file's shape.

    Hidden fields are part of it (they are sent). The sandbox, like the server, needs an
    Email and a Phone field in a mapping that names a contact, and Account Name in an
    accounts mapping: a missing one is added, optional, at the end (the server's mapping
    has it even when the desk's form doesn't show it).
    """
    fields = [_sandbox_field(field) for field in profile.fields]
    names = {field.name for field in profile.fields}
    if profile.sends_survey:
        fields += [{"name": n, "type": n.lower()} for n in (EMAIL, PHONE) if n not in names]
    elif ACCOUNT_NAME not in names:
        fields.append({"name": ACCOUNT_NAME, "type": "text"})
    return {
        "reference": mapping_reference(profile),
        "name": f"Tried profile: {profile.name}",
        "data_type": profile.data_type,
        "fields": fields,
    }


def value_lists(profile: Profile) -> dict[str, list[str]]:
    """The value lists the profile's choice fields are restricted to, by list name."""
    return {
        list_name(field): list(field.choices)
        for field in profile.fields
        if field.type == "choice" and field.choices
    }


def with_tried_profile(account: dict[str, Any], profile: Profile) -> dict[str, Any]:
    """A copy of `account` (account-file JSON) that also serves `profile`'s mapping.

    A mapping of the account with the same reference is replaced (the tried profile is
    what is being practised), as is a webhook with the same id; a webhook profile's
    webhook signs in with the profile's webhook user (else the account's first webhook's
    user) and that webhook's password.
    """
    result = copy.deepcopy(account)
    mapping = sandbox_mapping(profile)
    others = [m for m in result.get("mappings", []) if m.get("reference") != mapping["reference"]]
    result["mappings"] = [mapping, *others]
    result["value_lists"] = {**result.get("value_lists", {}), **value_lists(profile)}
    if profile.transport == "webhook" and profile.webhook_id:
        hooks = list(result.get("webhooks", []))
        model = hooks[0] if hooks else {}
        hook = {
            "id": profile.webhook_id,
            "username": profile.webhook_user or model.get("username", DEFAULT_HOOK_USER),
            "password": model.get("password", DEFAULT_HOOK_PASSWORD),
            "mapping": mapping["reference"],
        }
        result["webhooks"] = [hook, *(h for h in hooks if h.get("id") != profile.webhook_id)]
    return result
