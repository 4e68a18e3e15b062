"""Reading a profile from decoded JSON: each problem a ProfileError naming file and problem.

The file format is described in `cg_desktop.core.profiles.model`. Defaults are checked
with the server's own rules (`rules.format_errors`), so a profile can't fix a value
CustomerGauge would refuse.
"""

from __future__ import annotations

import json

from cg_desktop.core.profiles import rules
from cg_desktop.core.profiles.laravel import laravel_trim
from cg_desktop.core.profiles.model import (
    DATA_TYPES,
    FIELD_TYPES,
    FORMATS,
    METHODS,
    REGIONS,
    SCHEMA_VERSION,
    TRANSPORTS,
    UPGRADERS,
    FieldSpec,
    Profile,
    ProfileError,
)
from cg_desktop.core.profiles.webhook_address import WebhookAddressError, webhook_id_from

MAX_FILE_BYTES = 1024 * 1024  # far above any real profile: stops a wrong file early
_SECRET_WORDS = ("secret", "password", "passwd", "token", "api_key", "apikey")


def _show(value: object) -> str:
    """A short JSON rendering of a wrong value, for a message."""
    try:
        # Replacing lone surrogates keeps the message itself printable.
        shown = json.dumps(value, ensure_ascii=False).encode("utf-8", "replace").decode("utf-8")
    except (TypeError, ValueError, RecursionError):
        shown = type(value).__name__
    return shown if len(shown) <= 40 else shown[:37] + "..."


class _Reader:
    """Reads one JSON object of a profile; its errors say where the problem is."""

    def __init__(self, source: str, data: dict[object, object], where: str) -> None:
        self.source, self.data, self.where = source, data, where

    def fail(self, problem: str) -> ProfileError:
        """The error to raise for a problem in this object."""
        return ProfileError(self.source, f"{self.where} {problem}")

    def text(self, key: str, default: str | None = None) -> str:
        """A string; null counts as missing, and `default` None means required."""
        value = self.data.get(key)
        if value is None:
            if default is None:
                raise self.fail(f'has no "{key}"; add it.')
            return default
        if not isinstance(value, str):
            raise self.fail(f'has "{key}": {_show(value)}, which should be text in quotes.')
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            # A lone surrogate (a "\\ud800" escape) could never be saved or sent.
            raise self.fail(f'has "{key}" with a broken character (a lone \\u escape).') from None
        return value

    def optional_text(self, key: str) -> str | None:
        """A string, or None for missing/null."""
        return None if self.data.get(key) is None else self.text(key)

    def flag(self, key: str) -> bool:
        """true/false (false when missing); 1, "yes" and the like are refused."""
        value = self.data.get(key, False)
        if type(value) is not bool:
            raise self.fail(f'has "{key}": {_show(value)}; use true or false.')
        return value

    def one_of(self, key: str, options: tuple[str, ...], default: str | None = None) -> str:
        """One of fixed options, matched regardless of case, returned as spelled in options."""
        value = self.text(key, default)
        for option in options:
            if value.strip().lower() == option.lower():
                return option
        kind = "type" if key == "type" else key.replace("_", " ")
        raise self.fail(f'has unknown {kind} "{value}"; use one of {", ".join(options)}.')


def _parse_choices(r: _Reader, type_: str) -> tuple[str, ...]:
    """The "choices" list of a field: texts, unique, not empty, not padded."""
    raw = r.data.get("choices")
    raw = [] if raw is None else raw
    if not isinstance(raw, list):
        raise r.fail(f'has "choices": {_show(raw)}; use a list of texts, like ["A", "B"].')
    choices: list[str] = []
    seen: set[str] = set()  # tens of thousands of choices: each checked in constant time
    for item in raw:
        choice = _Reader(r.source, {"choice": item}, r.where).text("choice")
        if not laravel_trim(choice):
            raise r.fail("has an empty choice.")
        if laravel_trim(choice) != choice:
            # The server trims what is sent, so a padded choice could never match.
            raise r.fail(f'has the choice "{choice}" with spaces at the start or end.')
        if choice in seen:
            raise r.fail(f'has the choice "{choice}" twice.')
        seen.add(choice)
        choices.append(choice)
    if type_ == "choice" and not choices:
        raise r.fail('is of type "choice" but has no "choices"; list the allowed values.')
    if type_ != "choice" and choices:
        raise r.fail(f'has "choices" but its type is "{type_}"; use type "choice".')
    return tuple(choices)


def _parse_field(source: str, index: int, data: object, profile_format: str) -> FieldSpec:
    """One entry of "fields", checked on its own."""
    if not isinstance(data, dict):
        raise ProfileError(source, f"field {index} is {_show(data)}, not an object {{...}}.")
    shown_name = data.get("name")
    named = isinstance(shown_name, str) and shown_name.strip()
    r = _Reader(source, data, f'field {index} ("{shown_name}")' if named else f"field {index}")
    name = r.text("name")
    if not name.strip():
        raise r.fail("has an empty name; give the exact key the mapping expects.")
    if name != name.strip():
        raise r.fail("has spaces at the start or end of its name; keys must match exactly.")
    if profile_format == "form" and ("[" in name or "]" in name):
        # record[a]b] would reach the server as another key.
        raise r.fail('has [ or ] in its name, which the form format can\'t send; use "json".')
    type_ = r.one_of("type", FIELD_TYPES)
    max_length = data.get("max_length")
    if max_length is not None and (type(max_length) is not int or max_length < 1):
        raise r.fail(f'has "max_length": {_show(max_length)}; use a whole number above 0, or null.')
    choices = _parse_choices(r, type_)
    default = r.optional_text("default")
    if default is not None and not laravel_trim(default):
        default = None  # an empty default is no default: the server would get nothing
    spec = FieldSpec(
        name=name,
        label=r.text("label", "") or name,
        type=type_,
        required=r.flag("required"),
        max_length=max_length,
        choices=choices,
        default=default,
        hidden=r.flag("hidden"),
        sticky=r.flag("sticky"),
        help=r.text("help", ""),
    )
    if spec.hidden and default is None:
        raise r.fail('is hidden but has no "default"; a hidden field sends a fixed value.')
    if default is not None and choices and default not in choices:
        raise r.fail(f'has the default "{default}", which is not one of its choices.')
    problems = rules.format_errors(spec, laravel_trim(default)) if default else []
    if problems:
        raise r.fail(f'has the default "{default}", which the server would refuse: {problems[0]}')
    return spec


def _check_fields(r: _Reader, fields: tuple[FieldSpec, ...], data_type: str) -> None:
    """Rules across fields: each key once, and the keys the data type needs."""
    seen: dict[str, int] = {}
    for index, spec in enumerate(fields, start=1):
        other = seen.setdefault(spec.name.casefold(), index)
        if other != index:
            first = fields[other - 1].name
            how = "repeats" if first == spec.name else "differs only in case from"
            raise ProfileError(
                r.source,
                f'field {index} ("{spec.name}") {how} field {other} ("{first}"); '
                "each key may appear once.",
            )
    needed = (rules.ACCOUNT_NAME,) if data_type == "accounts" else rules.CONTACT_KEYS
    if not {spec.name for spec in fields} & set(needed):
        folded = {n.casefold() for n in needed}
        near = [s.name for s in fields if s.name.casefold() in folded]
        hint = f' (there is "{near[0]}", but names are case-sensitive)' if near else ""
        wanted = " or ".join(f'"{n}"' for n in needed)
        raise r.fail(f'is for "{data_type}", which needs a field named {wanted}{hint}.')


def _parse_scan_fields(r: _Reader, fields: tuple[FieldSpec, ...]) -> tuple[tuple[str, str], ...]:
    """The optional "scan_fields" object: badge property -> an existing field key."""
    raw = r.data.get("scan_fields")
    if raw is None:
        return ()
    example = '{"ORG": "Account Name"}'
    if not isinstance(raw, dict):
        raise r.fail(f'has "scan_fields": {_show(raw)}; use an object of texts, like {example}.')
    names = {spec.name for spec in fields}
    pairs: list[tuple[str, str]] = []
    for prop, key in raw.items():
        if not isinstance(prop, str) or not prop.strip() or not isinstance(key, str):
            raise r.fail(
                f'has "scan_fields" with {_show({prop: key})}; use an object of texts, '
                f"like {example}."
            )
        if key not in names:
            near = [n for n in names if n.casefold() == key.casefold()]
            hint = f' (there is "{near[0]}", but names are case-sensitive)' if near else ""
            raise r.fail(
                f'has "scan_fields" sending "{prop}" to "{key}", but it has no field '
                f"named so{hint}."
            )
        pairs.append((prop, key))
    return tuple(pairs)


def _check_version(source: str, data: dict[object, object]) -> dict[object, object]:
    """Refuse versions from the future; bring older ones up to SCHEMA_VERSION."""
    version = data.get("schema_version", 1)
    if type(version) is not int or version < 1:
        raise ProfileError(source, f'"schema_version" is {_show(version)}; it should be 1.')
    if version > SCHEMA_VERSION:
        raise ProfileError(
            source,
            f"the profile was made by a newer cg-desktop (schema_version {version}; "
            f"this version reads up to {SCHEMA_VERSION}); update cg-desktop to use it.",
        )
    while version < SCHEMA_VERSION:
        newer = UPGRADERS[version]({str(k): v for k, v in data.items()})
        data = {k: v for k, v in newer.items()}
        version += 1
    return data


def parse_profile(data: object, source: str = "<profile>") -> Profile:
    """A Profile from decoded JSON, or ProfileError saying what is wrong."""
    if not isinstance(data, dict):
        raise ProfileError(source, f"the file holds {_show(data)}, not a profile object {{...}}.")
    for key in data:
        if isinstance(key, str) and any(word in key.lower() for word in _SECRET_WORDS):
            raise ProfileError(
                source,
                f'the profile has "{key}", but secrets never go in a profile file '
                "(it is handed around); remove it and sign in within the app instead.",
            )
    r = _Reader(source, _check_version(source, data), "the profile")
    name = r.text("name")
    if not name.strip():
        raise r.fail('has an empty "name"; give it a name people will recognise.')
    region = r.one_of("region", REGIONS)
    data_type = r.one_of("data_type", DATA_TYPES)
    profile_format = r.one_of("format", FORMATS, "json")
    method = r.one_of("method", METHODS, "PUT")
    transport = r.one_of("transport", TRANSPORTS, "api")
    # A webhook is bound to its mapping, so only the api needs the reference.
    configuration = r.text("configuration", None if transport == "api" else "")
    if transport == "api" and not configuration.strip():
        raise r.fail('has an empty "configuration"; copy the Inbound Mapping reference into it.')
    webhook_id = r.optional_text("webhook_id")
    if transport == "webhook":
        # Written by hand, a file may give the webhook's URL instead of its id.
        url = r.optional_text("webhook_url")
        if webhook_id and url:
            raise r.fail('gives both "webhook_id" and "webhook_url"; keep one of them.')
        given = webhook_id or url or ""
        try:
            webhook_id = webhook_id_from(given, region)
        except WebhookAddressError as exc:
            key = "webhook_id" if webhook_id or not given else "webhook_url"
            raise r.fail(f'uses a webhook, but its "{key}" can\'t be used: {exc}') from None
    webhook_user = (r.optional_text("webhook_user") or "").strip() or None
    raw_fields = r.data.get("fields")
    if not isinstance(raw_fields, list) or not raw_fields:
        raise r.fail('needs a non-empty "fields" list [...]: the form\'s fields.')
    fields = tuple(
        _parse_field(source, i, item, profile_format) for i, item in enumerate(raw_fields, start=1)
    )
    _check_fields(r, fields, data_type)
    scan_fields = _parse_scan_fields(r, fields)
    send_on_scan = r.flag("send_on_scan")
    return Profile(
        name=name,
        region=region,
        configuration=configuration,
        data_type=data_type,
        fields=fields,
        format=profile_format,
        method=method,
        transport=transport,
        webhook_id=webhook_id,
        webhook_user=webhook_user,
        scan_fields=scan_fields,
        send_on_scan=send_on_scan,
    )
