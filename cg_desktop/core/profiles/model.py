"""Profiles: a locally saved Inbound Mapping, handed from an administrator to each desk.

A profile file is UTF-8 JSON of this shape (schema_version 1)::

    {
      "schema_version": 1,
      "name": "Trade show desk",
      "region": "eu",                    # eu | us | au | sandbox
      "configuration": "9dd58237-...",   # the Inbound Mapping reference (required for api)
      "data_type": "multi-object",       # accounts | contacts | surveys | multi-object
      "format": "json",                  # json | form            (default json)
      "method": "PUT",                   # PUT | POST             (default PUT)
      "transport": "api",                # api | webhook          (default api)
      "webhook_id": null,                # the id in https://hooks.{region}.customergauge.com/{id}
                                         # (or "webhook_url": that whole URL, read back to the id)
      "webhook_user": null,              # the webhook's user (its password is in the keyring)
      "fields": [
        {"name": "Email", "label": "Email address", "type": "email", "required": false,
         "max_length": null, "choices": [], "default": null, "hidden": false,
         "sticky": false, "help": ""},
        ...
      ],
      "scan_fields": {"ORG": "Account Name"},  # optional: a scanned badge's vCard property
                                         # (FN, N.given, N.family, EMAIL, TEL, ORG, TITLE,
                                         # or a key of a key=value/JSON badge) -> field key
      "send_on_scan": false              # optional: kiosk sends at once after a good scan
    }

Per field only `name` (the exact, case-sensitive key the mapping expects) and `type`
are needed; `label` defaults to the name. Unknown keys are tolerated (files from a
newer app that only add keys still load). A profile never holds a secret: top-level
keys that look like one are refused. Every problem is a ProfileError naming the file
and the problem in one sentence, never another exception.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from cg_desktop.core.api.regions import REGION_CODES, SANDBOX
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

FIELD_TYPES = ("text", "email", "phone", "date", "datetime", "number", "choice")
DATA_TYPES = ("accounts", "contacts", "surveys", "multi-object")
REGIONS = (*REGION_CODES, SANDBOX)
FORMATS = ("json", "form")
METHODS = ("PUT", "POST")
TRANSPORTS = ("api", "webhook")

SCHEMA_VERSION = 1
# Upgraders turn a profile dict of version N into version N + 1 (none needed yet).
UPGRADERS: dict[int, Callable[[dict[str, object]], dict[str, object]]] = {}

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def looks_like_uuid(reference: str) -> bool:
    """Whether a mapping reference has the usual form (they are opaque: only a hint)."""
    return _UUID.fullmatch(reference.strip()) is not None


@dataclass(frozen=True)
class FieldSpec:
    """One field of the form; `name` is the exact key the mapping expects (case-sensitive)."""

    name: str
    label: str
    type: str
    required: bool = False
    max_length: int | None = None
    choices: tuple[str, ...] = ()
    default: str | None = None
    hidden: bool = False
    sticky: bool = False
    help: str = ""


@dataclass(frozen=True)
class Profile:
    """A locally saved Inbound Mapping profile: where to send, and the form's fields."""

    name: str
    region: str
    configuration: str
    data_type: str
    fields: tuple[FieldSpec, ...]
    format: str = "json"
    method: str = "PUT"
    transport: str = "api"
    webhook_id: str | None = None
    webhook_user: str | None = None  # fills in the credentials dialog; not a secret
    # (badge property, field key) pairs, in the file's order: overrides the kiosk's guesses.
    scan_fields: tuple[tuple[str, str], ...] = ()
    send_on_scan: bool = False
    schema_version: int = SCHEMA_VERSION

    def field(self, name: str) -> FieldSpec | None:
        """The field with exactly this name, or None."""
        return next((f for f in self.fields if f.name == name), None)

    @property
    def visible_fields(self) -> tuple[FieldSpec, ...]:
        """The fields shown on the form, in order."""
        return tuple(f for f in self.fields if not f.hidden)

    @property
    def hidden_fields(self) -> tuple[FieldSpec, ...]:
        """The fixed-value fields, sent but not shown."""
        return tuple(f for f in self.fields if f.hidden)

    @property
    def sends_survey(self) -> bool:
        """True when a send surveys a contact (so Email or Phone is needed)."""
        return self.data_type != "accounts"

    def configuration_warning(self) -> str | None:
        """A sentence for a person when the reference doesn't look like a UUID, else None."""
        if self.transport != "api" or _UUID.fullmatch(self.configuration.strip()):
            return None
        # Only a warning: references are opaque, and SPEC.md's own examples aren't all UUIDs.
        return Words(
            QT_TRANSLATE_NOOP(
                "core",
                'The configuration reference "{reference}" doesn\'t look like the usual kind '
                "(like 9dd58237-c913-4073-9c76-07da0b49ff50); check it in CustomerGauge under "
                "Data → Rest APIs → Inbound Mapping, column Reference.",
            ),
            reference=self.configuration,
        )


class ProfileError(Exception):
    """A profile file that can't be used; the message names the file and the problem.

    `problem` (and `message`, the two together) are Words when core wrote them: the window
    says them with said().
    """

    def __init__(self, source: str, problem: str) -> None:
        self.message = Words(
            QT_TRANSLATE_NOOP("core", 'Profile "{source}": {problem}'),
            source=source,
            problem=problem,
        )
        super().__init__(self.message)
        self.source, self.problem = source, problem
