"""Check a record the way the server will, in the server's own words (SPEC.md, Field rules).

Errors come back as the server's 422 `errors` object would: field name → messages,
fields in profile order, and per field required first, then format. Values are
trimmed like Laravel first, and an empty value counts as not given. These checks
only help: anything the server accepts must pass here too (core/laravel.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cg_desktop.core.profiles.laravel import (
    is_laravel_email,
    is_numeric,
    is_valid_date,
    laravel_value,
    phone_chars_ok,
    php_loose_equals,
)
from cg_desktop.core.profiles.model import FieldSpec, Profile

EMAIL, PHONE, ACCOUNT_NAME = "Email", "Phone", "Account Name"
# A survey needs a contact: one of these keys (SPEC.md, Field rules).
CONTACT_KEYS = (EMAIL, PHONE)

# The server's texts, exactly (SPEC.md, "The documented 422 bodies").
EMAIL_WITHOUT_PHONE = "The Email field is required when Phone is not present."
PHONE_WITHOUT_EMAIL = "The Phone field is required when Email is not present."
EMAIL_INVALID = "The Email field must be a valid email address."


def required_message(field: str) -> str:
    """The server's text for a required field left empty."""
    return f"The {field} field is required."


def _email_message(field: str) -> str:
    return f"The {field} must be a valid email address."


def _format_message(field: str) -> str:
    # Laravel's text for a failed `regex` rule, with the attribute's name (Assumption 3).
    return f"The {field} format is invalid."


def _choice_message(field: str) -> str:
    return f"The {field} field is invalid."


def _date_message(field: str) -> str:
    return f"The field {field} must be a valid date with format YYYY-MM-DD HH:MM:SS or YYYY-MM-DD."


def _number_message(field: str) -> str:
    return f"The {field} must be a number."


def _max_message(field: str, limit: int) -> str:
    return f"The {field} must not be greater than {limit} characters."


def format_errors(field: FieldSpec, value: str) -> list[str]:
    """The server's messages for a given (trimmed, non-empty) value of one field."""
    name = field.name
    errors: list[str] = []
    if name == EMAIL:
        # The server always checks Email as an address, whatever type the profile says.
        if not is_laravel_email(value):
            errors.append(EMAIL_INVALID)
    elif field.type == "email" and not is_laravel_email(value):
        errors.append(_email_message(name))
    # Only the server's Phone field has the character rule; other phone-typed fields
    # are plain text on the server, so their doubts are hints (hints.py), not errors.
    if name == PHONE and not phone_chars_ok(value):
        errors.append(_format_message(name))
    if field.type in ("date", "datetime") and not is_valid_date(value):
        errors.append(_date_message(name))
    elif field.type == "number" and not is_numeric(value):
        errors.append(_number_message(name))
    elif field.type == "choice" and not any(php_loose_equals(value, c) for c in field.choices):
        errors.append(_choice_message(name))
    # Laravel's `max` on a numeric field compares the number, not its length, so a
    # length limit means nothing on a number field; mb_strlen counts code points.
    if field.max_length is not None and field.type != "number" and len(value) > field.max_length:
        errors.append(_max_message(name, field.max_length))
    return errors


# PHP's trim() strips these (and only these) by default.
PHP_TRIM_CHARS = " \t\n\r\0\x0b"


def build_record(profile: Profile, values: Mapping[str, str]) -> dict[str, str]:
    """The record to send (and to check): profile order, trimmed, no empties, hidden fixed."""
    record: dict[str, str] = {}
    for field in profile.fields:
        # A hidden field is a fixed value: what the form holds for it doesn't count.
        raw = field.default if field.hidden else values.get(field.name)
        value = laravel_value(raw) if isinstance(raw, str) else None
        if value is not None:
            record[field.name] = value
    return record


def _missing_messages(profile: Profile, name: str, record: Mapping[str, str]) -> list[str]:
    """The required-kind message for an absent field, or none."""
    if profile.sends_survey and name in (EMAIL, PHONE) and not record.keys() & {EMAIL, PHONE}:
        return [EMAIL_WITHOUT_PHONE if name == EMAIL else PHONE_WITHOUT_EMAIL]
    if profile.data_type == "accounts" and name == ACCOUNT_NAME:
        return [required_message(name)]
    field = profile.field(name)
    if field is not None and field.required:
        return [required_message(name)]
    return []


def validate_record(profile: Profile, values: Mapping[str, str]) -> dict[str, list[str]]:
    """The errors the server would answer for these raw form values ({} when none)."""
    record = build_record(profile, values)
    # The server's own rules (Email/Phone, Account Name) hold even for a field the
    # profile lacks; such keys come first, as the server's base rules do.
    base = (EMAIL, PHONE) if profile.sends_survey else (ACCOUNT_NAME,)
    names = [n for n in base if profile.field(n) is None]
    names += [field.name for field in profile.fields]
    errors: dict[str, list[str]] = {}
    # Laravel's validator skips a value that PHP's trim() empties (it strips NUL, which the
    # trim middleware keeps): for `required` and Email-or-Phone it counts as missing.
    present = {key: value for key, value in record.items() if value.strip(PHP_TRIM_CHARS)}
    for name in names:
        value = present.get(name)
        field = profile.field(name)
        if value is None:
            # Laravel stops at the first failed "required"-kind rule of a field.
            messages = _missing_messages(profile, name, present)
        else:
            messages = format_errors(field, value) if field is not None else []
        if messages:
            errors[name] = messages
    return errors


def first_error_message(errors: Mapping[str, Sequence[str]]) -> str:
    """The 422 `message` the server builds: the first error, plus how many more."""
    messages = [message for field_messages in errors.values() for message in field_messages]
    if not messages:
        return ""
    more = len(messages) - 1
    if more == 0:
        return messages[0]
    return f"{messages[0]} (and {more} more {'error' if more == 1 else 'errors'})"
