"""A mapping's field rules applied to one record, with SPEC.md's exact messages.

Per field, rules run in order: presence (required / Email-or-Phone), then the type
rule (email, phone, date, number), the restricted value list, the maximum length.
As in Laravel without `bail`, every failing format rule adds its message, but a failed
presence rule stops that field.
"""

from __future__ import annotations

from collections.abc import Mapping

from cg_desktop.sandbox import laravel_rules as rules
from cg_desktop.sandbox.account import FieldSpec, MappingSpec
from cg_desktop.sandbox.email_rule import is_valid_email

Errors = dict[str, list[str]]


def required_message(field: str) -> str:
    """`required` failed."""
    return f"The {field} field is required."


def required_without_message(field: str, other: str) -> str:
    """Email-or-Phone: neither was given."""
    return f"The {field} field is required when {other} is not present."


def type_message(spec: FieldSpec) -> str:
    """The message for a value that fails the field's type rule."""
    if spec.type == "email":
        if spec.name == "Email":  # SPEC.md: only the field named exactly Email says "field"
            return "The Email field must be a valid email address."
        return f"The {spec.name} must be a valid email address."
    if spec.type == "phone":
        return f"The {spec.name} format is invalid."  # SPEC.md assumption 3
    if spec.type == "date":
        return (
            f"The field {spec.name} must be a valid date with format "
            "YYYY-MM-DD HH:MM:SS or YYYY-MM-DD."
        )
    return f"The {spec.name} must be a number."


def _passes_type(spec: FieldSpec, value: object) -> bool:
    """Whether `value` passes the field's type rule (text has none)."""
    if spec.type == "email":
        return is_valid_email(value)
    if spec.type == "phone":
        return rules.is_phone(value)
    if spec.type == "date":
        return rules.is_valid_date(value)
    if spec.type == "number":
        return rules.is_numeric(value)
    return True


def _presence_error(
    mapping: MappingSpec, spec: FieldSpec, record: Mapping[str, object]
) -> str | None:
    """The message of a failed presence rule for this field, if one fails."""
    value = record.get(spec.name)
    if mapping.needs_contact and spec.name in ("Email", "Phone"):
        other = "Phone" if spec.name == "Email" else "Email"
        if not rules.is_filled(record.get(other)) and not rules.is_filled(value):
            return required_without_message(spec.name, other)
        return None
    must = spec.required or (mapping.data_type == "accounts" and spec.name == "Account Name")
    if must and not rules.is_filled(value):
        return required_message(spec.name)
    return None


def field_errors(mapping: MappingSpec, spec: FieldSpec, record: Mapping[str, object]) -> list[str]:
    """Every message this field earns in `record` (empty when it passes)."""
    presence = _presence_error(mapping, spec, record)
    if presence is not None:
        return [presence]
    if spec.name not in record:
        return []
    value = record[spec.name]
    if rules.is_blank_for_optional_rules(value):
        return []
    messages: list[str] = []
    if not _passes_type(spec, value):
        messages.append(type_message(spec))
    if spec.choices is not None and not rules.is_in(value, spec.choices):
        messages.append(f"The {spec.name} field is invalid.")
    if spec.max_length is not None and not rules.is_within_max(value, spec.max_length):
        messages.append(f"The {spec.name} must not be greater than {spec.max_length} characters.")
    return messages


def validate_record(mapping: MappingSpec, record: Mapping[str, object]) -> Errors:
    """All field errors of `record`, keyed by field name in the mapping's order."""
    errors: Errors = {}
    for spec in mapping.fields:
        messages = field_errors(mapping, spec, record)
        if messages:
            errors[spec.name] = messages
    return errors


def known_and_ignored(
    mapping: MappingSpec, record: Mapping[str, object]
) -> tuple[dict[str, object], tuple[str, ...]]:
    """The record split into the mapping's fields and the keys the server ignores."""
    known = {key: value for key, value in record.items() if mapping.field(key) is not None}
    ignored = tuple(key for key in record if mapping.field(key) is None)
    return known, ignored
