"""The sandbox's account: credentials, Inbound Mappings, webhooks and the duplication rule.

An account file is JSON of this shape (``resources/sandbox/demo_account.json`` is the
default)::

    {
      "schema_version": 1,
      "name": "Sandbox demo account",                  # optional, for people
      "client_id": "sandbox-client",                   # OAuth2 Connected App
      "client_secret": "sandbox-secret",
      "token_lifetime_seconds": 3600,                  # optional, default 3600
      "value_lists": {"touchpoints": ["Trade Show", ...]},   # optional
      "duplication_rule": {"days": 30, "match_on": ["Email", "Phone"]},  # optional
      "mappings": [
        {
          "reference": "9dd58237-...",                 # what `configuration` names
          "name": "Mapping A",                          # optional
          "data_type": "multi-object",                 # accounts|contacts|surveys|multi-object
          "fields": [                                   # in rule order
            {"name": "Email", "type": "email"},
            {"name": "First Name", "type": "text", "required": true, "max_length": 50},
            {"name": "Touchpoint", "type": "text", "restricted_to": "touchpoints"}
          ]
        }
      ],
      "webhooks": [                                     # optional
        {"id": "demo-webhook", "username": "...", "password": "...", "mapping": "9dd58237-..."}
      ]
    }

Field ``type`` is one of text, email, phone, date, number. ``restricted_to`` names a
list in ``value_lists`` (the "restrict new values on upload" setting). A field named
``Email`` must be of type email and one named ``Phone`` of type phone. Mappings whose
data type identifies a contact (contacts, surveys, multi-object) must have both an
``Email`` and a ``Phone`` field; an accounts mapping must have ``Account Name``.
``match_on`` names the fields compared by the duplication rule: email fields ignore
case, phone fields compare digits only, others compare exactly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
DATA_TYPES = ("accounts", "contacts", "surveys", "multi-object")
FIELD_TYPES = ("text", "email", "phone", "date", "number")
# Data types whose records name a contact (Email or Phone required) and those that
# send a survey (so the duplication rule applies and a CG-ID is given).
CONTACT_DATA_TYPES = frozenset({"contacts", "surveys", "multi-object"})
SURVEY_DATA_TYPES = frozenset({"surveys", "multi-object"})
DEFAULT_TOKEN_LIFETIME = 3600


class AccountError(ValueError):
    """An account file that can't be used; the message names the file and the problem."""


@dataclass(frozen=True)
class FieldSpec:
    """One field of an Inbound Mapping, with the rules the server applies to it."""

    name: str
    type: str
    required: bool = False
    max_length: int | None = None
    choices: tuple[str, ...] | None = None


@dataclass(frozen=True)
class MappingSpec:
    """An Inbound Mapping: the reference a call names in `configuration`, and its fields."""

    reference: str
    name: str
    data_type: str
    fields: tuple[FieldSpec, ...]

    @property
    def needs_contact(self) -> bool:
        """True when Email or Phone is required (contacts, surveys, multi-object)."""
        return self.data_type in CONTACT_DATA_TYPES

    @property
    def sends_survey(self) -> bool:
        """True when an accepted record sends a survey (duplication rule, CG-ID)."""
        return self.data_type in SURVEY_DATA_TYPES

    def field(self, name: str) -> FieldSpec | None:
        """The field with exactly this (case-sensitive) name, if the mapping has one."""
        for spec in self.fields:
            if spec.name == name:
                return spec
        return None


@dataclass(frozen=True)
class WebhookSpec:
    """An Incoming Webhook: its id, HTTP Basic credentials and the mapping it feeds."""

    id: str
    username: str
    password: str
    mapping: str


@dataclass(frozen=True)
class DuplicationRule:
    """Within `days`, a survey-sending record matching an earlier one on a field is refused."""

    days: int
    match_on: tuple[str, ...]


@dataclass(frozen=True)
class Account:
    """Everything the sandbox serves: credentials, mappings, webhooks, duplication rule."""

    name: str
    client_id: str
    client_secret: str
    token_lifetime: int
    mappings: tuple[MappingSpec, ...]
    webhooks: tuple[WebhookSpec, ...]
    duplication_rule: DuplicationRule

    def mapping(self, reference: object) -> MappingSpec | None:
        """The mapping whose reference is exactly `reference` (any JSON value), or None."""
        for mapping in self.mappings:
            if isinstance(reference, str) and mapping.reference == reference:
                return mapping
        return None

    def webhook(self, hook_id: str) -> WebhookSpec | None:
        """The webhook with this id, or None."""
        for hook in self.webhooks:
            if hook.id == hook_id:
                return hook
        return None


def default_account_path() -> Traversable:
    """Where the demo account ships: cg_desktop.resources/sandbox/demo_account.json."""
    return resources.files("cg_desktop.resources") / "sandbox" / "demo_account.json"


def load_account(path: Path | Traversable | None = None) -> Account:
    """Read and check an account file (the demo account when `path` is None)."""
    source = default_account_path() if path is None else path
    label = str(source)
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise AccountError(f"{label}: can't be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise AccountError(f"{label}: is not UTF-8 text") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AccountError(f"{label}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    return parse_account(data, label)


def parse_account(data: object, label: str = "account") -> Account:
    """Turn decoded account JSON into an Account, or raise AccountError naming `label`."""
    return _Parser(label).account(data)


class _Parser:
    """Checks account JSON piece by piece so each error names where it is."""

    def __init__(self, label: str) -> None:
        self.label = label

    def fail(self, where: str, problem: str) -> AccountError:
        """An AccountError for `where` in the file."""
        return AccountError(f"{self.label}: {where}: {problem}")

    def obj(self, value: object, where: str) -> dict[str, Any]:
        """`value` as a JSON object."""
        if not isinstance(value, dict):
            raise self.fail(where, "must be a JSON object")
        return value

    def text(self, value: object, where: str) -> str:
        """`value` as a non-empty string."""
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "must be a non-empty string")
        return value

    def positive_int(self, value: object, where: str) -> int:
        """`value` as an integer > 0 (JSON booleans are not integers here)."""
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise self.fail(where, "must be a positive integer")
        return value

    def items(self, value: object, where: str) -> list[Any]:
        """`value` as a JSON list."""
        if not isinstance(value, list):
            raise self.fail(where, "must be a JSON list")
        return value

    def account(self, data: object) -> Account:
        """The whole file."""
        top = self.obj(data, "top level")
        version = top.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise self.fail("schema_version", f"{version!r} is not supported (expected 1)")
        lists = self.value_lists(top.get("value_lists", {}))
        mappings = tuple(
            self.mapping(item, f"mappings[{i}]", lists)
            for i, item in enumerate(self.items(top.get("mappings"), "mappings"))
        )
        references = [m.reference for m in mappings]
        if not mappings:
            raise self.fail("mappings", "must list at least one mapping")
        if len(set(references)) != len(references):
            raise self.fail("mappings", "two mappings have the same reference")
        webhooks = tuple(
            self.webhook(item, f"webhooks[{i}]", set(references))
            for i, item in enumerate(self.items(top.get("webhooks", []), "webhooks"))
        )
        if len({h.id for h in webhooks}) != len(webhooks):
            raise self.fail("webhooks", "two webhooks have the same id")
        lifetime = top.get("token_lifetime_seconds", DEFAULT_TOKEN_LIFETIME)
        return Account(
            name=str(top.get("name", "sandbox account")),
            client_id=self.text(top.get("client_id"), "client_id"),
            client_secret=self.text(top.get("client_secret"), "client_secret"),
            token_lifetime=self.positive_int(lifetime, "token_lifetime_seconds"),
            mappings=mappings,
            webhooks=webhooks,
            duplication_rule=self.duplication_rule(top.get("duplication_rule")),
        )

    def value_lists(self, value: object) -> dict[str, tuple[str, ...]]:
        """The named value lists that restricted fields refer to."""
        lists: dict[str, tuple[str, ...]] = {}
        for name, entries in self.obj(value, "value_lists").items():
            where = f"value_lists.{name}"
            lists[name] = tuple(self.text(e, where) for e in self.items(entries, where))
        return lists

    def duplication_rule(self, value: object) -> DuplicationRule:
        """The duplication rule (30 days on Email and Phone when absent)."""
        if value is None:
            return DuplicationRule(days=30, match_on=("Email", "Phone"))
        rule = self.obj(value, "duplication_rule")
        fields = self.items(rule.get("match_on", []), "duplication_rule.match_on")
        return DuplicationRule(
            days=self.positive_int(rule.get("days"), "duplication_rule.days"),
            match_on=tuple(self.text(f, "duplication_rule.match_on") for f in fields),
        )

    def mapping(self, value: object, where: str, lists: dict[str, tuple[str, ...]]) -> MappingSpec:
        """One mapping and its fields."""
        item = self.obj(value, where)
        data_type = item.get("data_type")
        if data_type not in DATA_TYPES:
            raise self.fail(f"{where}.data_type", f"must be one of {', '.join(DATA_TYPES)}")
        fields = tuple(
            self.field(f, f"{where}.fields[{i}]", lists)
            for i, f in enumerate(self.items(item.get("fields"), f"{where}.fields"))
        )
        names = [f.name for f in fields]
        if len(set(names)) != len(names):
            raise self.fail(f"{where}.fields", "two fields have the same name")
        if data_type in CONTACT_DATA_TYPES and not {"Email", "Phone"} <= set(names):
            raise self.fail(where, f"a {data_type} mapping needs an Email and a Phone field")
        if data_type == "accounts" and "Account Name" not in names:
            raise self.fail(where, "an accounts mapping needs an Account Name field")
        reference = self.text(item.get("reference"), f"{where}.reference")
        return MappingSpec(
            reference=reference,
            name=str(item.get("name", reference)),
            data_type=str(data_type),
            fields=fields,
        )

    def field(self, value: object, where: str, lists: dict[str, tuple[str, ...]]) -> FieldSpec:
        """One field of a mapping."""
        item = self.obj(value, where)
        name = self.text(item.get("name"), f"{where}.name")
        kind = item.get("type", "text")
        if kind not in FIELD_TYPES:
            raise self.fail(f"{where}.type", f"must be one of {', '.join(FIELD_TYPES)}")
        # The server always checks these two by name, so the file must agree.
        if name == "Email" and kind != "email":
            raise self.fail(f"{where}.type", "the Email field must be of type email")
        if name == "Phone" and kind != "phone":
            raise self.fail(f"{where}.type", "the Phone field must be of type phone")
        required = item.get("required", False)
        if not isinstance(required, bool):
            raise self.fail(f"{where}.required", "must be true or false")
        max_length = item.get("max_length")
        if max_length is not None:
            if kind == "number":
                raise self.fail(f"{where}.max_length", "a number field has no maximum length")
            max_length = self.positive_int(max_length, f"{where}.max_length")
        choices: tuple[str, ...] | None = None
        list_name = item.get("restricted_to")
        if list_name is not None:
            if list_name not in lists:
                raise self.fail(f"{where}.restricted_to", f"no value list named {list_name!r}")
            choices = lists[list_name]
        return FieldSpec(str(name), str(kind), required, max_length, choices)

    def webhook(self, value: object, where: str, references: set[str]) -> WebhookSpec:
        """One webhook, which must feed a mapping of this account."""
        item = self.obj(value, where)
        mapping = self.text(item.get("mapping"), f"{where}.mapping")
        if mapping not in references:
            raise self.fail(f"{where}.mapping", f"no mapping with reference {mapping!r}")
        hook_id = self.text(item.get("id"), f"{where}.id")
        if "/" in hook_id or "?" in hook_id or "#" in hook_id:
            raise self.fail(f"{where}.id", "must not contain '/', '?' or '#' (it is a URL path)")
        return WebhookSpec(
            id=hook_id,
            username=self.text(item.get("username"), f"{where}.username"),
            password=self.text(item.get("password"), f"{where}.password"),
            mapping=mapping,
        )
