"""What importing a profile would change when one of the same name is already there, in words.

Shown before "Replace profile?" is answered, so nobody replaces a desk's form blindly:
"Region: Europe → Australia", "Added field: Visit Date (date)", "Removed field: Phone".
"""

from __future__ import annotations

from cg_desktop.core.api.regions import region_label
from cg_desktop.core.profiles.model import FieldSpec, Profile

_FIELD_SETTINGS: tuple[tuple[str, str], ...] = (
    ("label", "label"),
    ("type", "type"),
    ("required", "required"),
    ("max_length", "maximum length"),
    ("choices", "choices"),
    ("default", "value"),
    ("hidden", "hidden"),
    ("sticky", "kept for the next person"),
    ("help", "help text"),
)


def _shown(value: object) -> str:
    """A setting's value for a person."""
    if value is None or value == "" or value == ():
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def profile_changes(old: Profile, new: Profile) -> list[str]:
    """Each difference between the profile kept here (old) and the one coming in (new)."""
    changes: list[str] = []

    def compare(what: str, before: object, after: object) -> None:
        if before != after:
            changes.append(f"{what}: {_shown(before)} → {_shown(after)}")

    compare("Name", old.name, new.name)
    compare("Region", region_label(old.region), region_label(new.region))
    compare("Data type", old.data_type, new.data_type)
    compare("Mapping reference", old.configuration, new.configuration)
    compare("Sent through", old.transport, new.transport)
    compare("Webhook", old.webhook_id, new.webhook_id)
    compare("Webhook user", old.webhook_user, new.webhook_user)
    compare("Method", old.method, new.method)
    compare("Body format", old.format, new.format)
    before = {f.name: f for f in old.fields}
    after = {f.name: f for f in new.fields}
    for spec in new.fields:
        if spec.name not in before:
            changes.append(f"Added field: {spec.name} ({spec.type})")
    for spec in old.fields:
        if spec.name not in after:
            changes.append(f"Removed field: {spec.name}")
    for spec in new.fields:
        if spec.name in before:
            changes += _field_changes(before[spec.name], spec)
    kept = [f.name for f in old.fields if f.name in after]
    if kept != [f.name for f in new.fields if f.name in before]:
        changes.append("The fields are in another order.")
    return changes


def _field_changes(old: FieldSpec, new: FieldSpec) -> list[str]:
    """One field's changed settings: "First Name: required no → yes"."""
    return [
        f"{new.name}: {words} {_shown(getattr(old, attribute))} → {_shown(getattr(new, attribute))}"
        for attribute, words in _FIELD_SETTINGS
        if getattr(old, attribute) != getattr(new, attribute)
    ]
