"""What is wrong with a profile being written: every finding at once, each where it is.

The parser stops at the first problem of a file (parsing.py); an editor needs them all,
beside the field they are about, while the administrator types. Problems stop saving;
warnings only say something looks odd (a mapping reference is opaque: never refused).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cg_desktop.core.profiles import rules
from cg_desktop.core.profiles.draft import FieldDraft, ProfileDraft
from cg_desktop.core.profiles.laravel import laravel_trim
from cg_desktop.core.profiles.model import FieldSpec, looks_like_uuid
from cg_desktop.core.profiles.webhook_address import WebhookAddressError, webhook_id_from
from cg_desktop.core.profiles.wording import in_our_words
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

Severity = Literal["problem", "warning"]
# Whole sentences per data type (an article and a word order each language makes its own).
_CONTACT_NEEDED = {
    "contacts": QT_TRANSLATE_NOOP(
        "core",
        "A Contacts profile needs a field with the key “{email}” or “{phone}”: it is who "
        "gets the survey.",
    ),
    "surveys": QT_TRANSLATE_NOOP(
        "core",
        "A Surveys profile needs a field with the key “{email}” or “{phone}”: it is who "
        "gets the survey.",
    ),
    "multi-object": QT_TRANSLATE_NOOP(
        "core",
        "A Multi-Object profile needs a field with the key “{email}” or “{phone}”: it is who "
        "gets the survey.",
    ),
}


@dataclass(frozen=True)
class Finding:
    """One thing the editor shows: about the profile (field None) or one field (its index)."""

    severity: Severity
    text: str
    field: int | None = None
    part: str = ""  # which input it is about: "name", "key", "choices", "configuration", …


def check_draft(draft: ProfileDraft, taken_names: frozenset[str] = frozenset()) -> list[Finding]:
    """Every problem and warning, the profile's first, then field by field in order.

    `taken_names`: the other profiles' names (a second profile of the same name would
    replace the first on import).
    """
    found = _check_profile(draft, taken_names)
    found += _check_keys_across(draft)
    for index, spec in enumerate(draft.fields):
        found += _check_field(index, spec, draft.format)
    return found


def problems(findings: list[Finding]) -> list[Finding]:
    """The findings that stop saving."""
    return [f for f in findings if f.severity == "problem"]


def _check_profile(draft: ProfileDraft, taken: frozenset[str]) -> list[Finding]:
    """The profile's own settings."""
    found: list[Finding] = []
    name = draft.name.strip()
    if not name:
        found.append(
            Finding(
                "problem",
                Words(QT_TRANSLATE_NOOP("core", "Give the profile a name people will recognise.")),
                None,
                "name",
            )
        )
    elif name.casefold() in {n.casefold() for n in taken}:
        found.append(
            Finding(
                "problem",
                Words(
                    QT_TRANSLATE_NOOP("core", "There is already a profile called “{name}”."),
                    name=name,
                ),
                None,
                "name",
            )
        )
    if draft.transport == "api":
        reference = draft.configuration.strip()
        if not reference:
            found.append(
                Finding(
                    "problem",
                    Words(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "Paste the mapping's reference (CustomerGauge: Data → Rest APIs → "
                            "Inbound Mapping, column Reference).",
                        )
                    ),
                    None,
                    "configuration",
                )
            )
        elif not looks_like_uuid(reference):
            found.append(
                Finding(
                    "warning",
                    Words(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "This doesn't look like the usual reference (like "
                            "9dd58237-c913-4073-9c76-07da0b49ff50). Check it in CustomerGauge.",
                        )
                    ),
                    None,
                    "configuration",
                )
            )
    else:
        try:
            webhook_id_from(draft.webhook_id, draft.region)
        except WebhookAddressError as exc:
            found.append(Finding("problem", exc.args[0], None, "webhook_id"))
    if not draft.fields:
        found.append(
            Finding(
                "problem",
                Words(QT_TRANSLATE_NOOP("core", "Add the form's fields.")),
                None,
                "fields",
            )
        )
    return found


def _check_keys_across(draft: ProfileDraft) -> list[Finding]:
    """Rules across fields: each key once, and the keys the data type needs."""
    found: list[Finding] = []
    first_of: dict[str, int] = {}
    for index, spec in enumerate(draft.fields):
        key = spec.name.strip().casefold()
        if not key:
            continue
        if key in first_of:
            other = draft.fields[first_of[key]].name
            template = (
                QT_TRANSLATE_NOOP(
                    "core",
                    "The key “{key}” is also field {number} (“{other}”): each key may appear once.",
                )
                if other.strip() == spec.name.strip()
                else QT_TRANSLATE_NOOP(
                    "core",
                    "The key “{key}” differs only in case from field {number} (“{other}”): "
                    "each key may appear once.",
                )
            )
            found.append(
                Finding(
                    "problem",
                    Words(
                        template,
                        key=spec.name.strip(),
                        number=first_of[key] + 1,
                        other=other.strip(),
                    ),
                    index,
                    "key",
                )
            )
        else:
            first_of[key] = index
    if not draft.fields:
        return found
    keys = {spec.name for spec in draft.fields}
    needed = (rules.ACCOUNT_NAME,) if draft.data_type == "accounts" else rules.CONTACT_KEYS
    if not keys & set(needed):
        folded = {n.casefold(): n for n in needed}
        near = [
            (i, s.name, folded[s.name.strip().casefold()])
            for i, s in enumerate(draft.fields)
            if s.name.strip().casefold() in folded
        ]
        if near:
            index, typed, exact = near[0]
            found.append(
                Finding(
                    "problem",
                    Words(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "Keys are case-sensitive: CustomerGauge's key is “{exact}”, "
                            "not “{typed}”.",
                        ),
                        exact=exact,
                        typed=typed,
                    ),
                    index,
                    "key",
                )
            )
        else:
            found.append(
                Finding(
                    "problem",
                    _key_needed(draft.data_type),
                    None,
                    "fields",
                )
            )
    return found


def _key_needed(data_type: str) -> Words:
    """The sentence for a profile without the key its data type needs."""
    if data_type == "accounts":
        return Words(
            QT_TRANSLATE_NOOP("core", "An Accounts profile needs a field with the key “{key}”."),
            key=rules.ACCOUNT_NAME,
        )
    template = _CONTACT_NEEDED.get(
        data_type,
        QT_TRANSLATE_NOOP(
            "core",
            "This profile needs a field with the key “{email}” or “{phone}”: it is who gets "
            "the survey.",
        ),
    )
    return Words(template, email=rules.EMAIL, phone=rules.PHONE)


def _refusal(message: str, field: FieldSpec, value: str) -> Words:
    """A value the server would refuse, in the editor's words (its date is the server's kind)."""
    if "must be a valid date" in message:
        reason: str = Words(
            QT_TRANSLATE_NOOP("core", "use a date like 2024-06-30 (or 2024-06-30 14:30:00).")
        )
    else:
        reason = in_our_words(message, field)
    return Words(
        QT_TRANSLATE_NOOP("core", "CustomerGauge would refuse “{value}”: {reason}"),
        value=value,
        reason=reason,
    )


def _check_field(index: int, spec: FieldDraft, profile_format: str) -> list[Finding]:
    """One field's own settings."""
    found: list[Finding] = []

    def add(severity: Severity, text: str, part: str) -> None:
        found.append(Finding(severity, text, index, part))

    if not spec.name.strip():
        add(
            "problem",
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "Give the exact key the mapping expects (as in Field Settings)."
                )
            ),
            "key",
        )
    elif spec.name != spec.name.strip():
        add(
            "problem",
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The key starts or ends with a space; keys must match CustomerGauge's exactly.",
                )
            ),
            "key",
        )
    if profile_format == "form" and ("[" in spec.name or "]" in spec.name):
        add(
            "problem",
            Words(
                QT_TRANSLATE_NOOP("core", "The form format can't send a key with [ or ]; use JSON.")
            ),
            "key",
        )
    choices = [c for c in spec.choices if c.strip()]
    if spec.type == "choice" and not choices:
        add(
            "problem",
            Words(QT_TRANSLATE_NOOP("core", "A choice field needs its choices, one per line.")),
            "choices",
        )
    if spec.type == "choice" and any(c != laravel_trim(c) for c in choices):
        add(
            "problem",
            Words(QT_TRANSLATE_NOOP("core", "A choice starts or ends with a space; remove it.")),
            "choices",
        )
    if spec.type == "choice" and len(set(choices)) != len(choices):
        add(
            "problem",
            Words(QT_TRANSLATE_NOOP("core", "A choice appears twice; keep one.")),
            "choices",
        )
    if spec.max_length is not None and spec.max_length < 1:
        add(
            "problem",
            Words(QT_TRANSLATE_NOOP("core", "The maximum length must be 1 or more (or none).")),
            "max_length",
        )
    if spec.hidden and not spec.default.strip():
        add(
            "problem",
            Words(QT_TRANSLATE_NOOP("core", "A hidden field sends a fixed value: give it one.")),
            "default",
        )
    if spec.default.strip() and spec.type == "choice" and choices and spec.default not in choices:
        add(
            "problem",
            Words(
                QT_TRANSLATE_NOOP("core", "The value “{value}” is not one of the choices."),
                value=spec.default,
            ),
            "default",
        )
    value = laravel_trim(spec.default)
    if value and spec.type != "choice" and spec.name.strip():
        # A fixed or suggested value the server would refuse is caught here, in its words
        # (the whole field, as the parser checks it: its maximum length too).
        shape = FieldSpec(
            name=spec.name.strip(),
            label=spec.name,
            type=spec.type,
            max_length=spec.max_length if (spec.max_length or 0) >= 1 else None,
        )
        refused = rules.format_errors(shape, value)
        if refused:
            add("problem", _refusal(refused[0], shape, value), "default")
    if spec.hidden and spec.required:
        add(
            "warning",
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "A hidden field is always sent; “required” changes nothing."
                )
            ),
            "required",
        )
    return found
