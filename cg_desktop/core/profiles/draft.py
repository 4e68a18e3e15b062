"""A profile being written in the editor: every value as typed, possibly not valid yet.

The editor changes a ProfileDraft; `checks.check_draft` says what is wrong with it, field
by field; `to_profile` turns a good one into a Profile through the same parser every
profile file goes through, so an edited profile and an imported one obey the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from cg_desktop.core.profiles.model import SCHEMA_VERSION, FieldSpec, Profile
from cg_desktop.core.profiles.parsing import parse_profile
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words


@dataclass
class FieldDraft:
    """One field as the editor holds it: `name` is the exact key, spaces and case kept."""

    name: str = ""
    label: str = ""
    type: str = "text"
    required: bool = False
    max_length: int | None = None
    choices: list[str] = field(default_factory=list)
    default: str = ""  # the fixed value of a hidden field, or a suggested value
    hidden: bool = False
    sticky: bool = False
    help: str = ""

    @classmethod
    def from_spec(cls, spec: FieldSpec) -> FieldDraft:
        """A draft of an existing field."""
        return cls(
            name=spec.name,
            label="" if spec.label == spec.name else spec.label,
            type=spec.type,
            required=spec.required,
            max_length=spec.max_length,
            choices=list(spec.choices),
            default=spec.default or "",
            hidden=spec.hidden,
            sticky=spec.sticky,
            help=spec.help,
        )

    def to_dict(self) -> dict[str, object]:
        """The field as a profile file holds it."""
        return {
            "name": self.name,
            "label": self.label.strip() or self.name.strip(),
            "type": self.type,
            "required": self.required,
            "max_length": self.max_length,
            "choices": [c for c in self.choices if c.strip()] if self.type == "choice" else [],
            "default": self.default if self.default.strip() else None,
            "hidden": self.hidden,
            "sticky": self.sticky,
            "help": self.help.strip(),
        }


@dataclass
class ProfileDraft:
    """A whole profile as the editor holds it."""

    name: str = ""
    region: str = "eu"
    data_type: str = "contacts"
    configuration: str = ""
    transport: str = "api"
    method: str = "PUT"
    format: str = "json"
    webhook_id: str = ""  # as typed: the id, or the webhook's whole URL
    webhook_user: str = ""
    fields: list[FieldDraft] = field(default_factory=list)
    # Kiosk settings the editor doesn't show yet: kept as loaded, so saving keeps them.
    scan_fields: dict[str, str] = field(default_factory=dict)
    send_on_scan: bool = False

    @classmethod
    def from_profile(cls, profile: Profile) -> ProfileDraft:
        """A draft of an existing profile (editing it, or duplicating it)."""
        return cls(
            name=profile.name,
            region=profile.region,
            data_type=profile.data_type,
            configuration=profile.configuration,
            transport=profile.transport,
            method=profile.method,
            format=profile.format,
            webhook_id=profile.webhook_id or "",
            webhook_user=profile.webhook_user or "",
            fields=[FieldDraft.from_spec(spec) for spec in profile.fields],
            scan_fields=dict(profile.scan_fields),
            send_on_scan=profile.send_on_scan,
        )

    def copy(self) -> ProfileDraft:
        """An independent copy (the fields too)."""
        fields = [replace(f, choices=list(f.choices)) for f in self.fields]
        return replace(self, fields=fields, scan_fields=dict(self.scan_fields))

    def to_dict(self) -> dict[str, object]:
        """The profile as its file holds it (no secrets: a profile never has any)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "name": self.name.strip(),
            "region": self.region,
            "configuration": self.configuration.strip(),
            "data_type": self.data_type,
            "format": self.format,
            "method": self.method,
            "transport": self.transport,
            "webhook_id": self.webhook_id.strip() or None,
            "webhook_user": self.webhook_user.strip() or None,
            "fields": [f.to_dict() for f in self.fields],
            # A field renamed or removed in the editor takes its badge mapping with it: the
            # editor has no place yet to fix a mapping, so keeping it would block saving.
            "scan_fields": {
                prop: key
                for prop, key in self.scan_fields.items()
                if key in {f.name for f in self.fields}
            },
            "send_on_scan": self.send_on_scan,
        }

    def to_profile(self) -> Profile:
        """The profile, checked as a profile file is; raises ProfileError if it isn't valid."""
        return parse_profile(
            self.to_dict(), self.name.strip() or Words(QT_TRANSLATE_NOOP("core", "new profile"))
        )
