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
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

MAX_FILE_BYTES = 1024 * 1024  # far above any real profile: stops a wrong file early
_SECRET_WORDS = ("secret", "password", "passwd", "token", "api_key", "apikey")
# A setting chosen from fixed options, as a message names it.
_KIND_WORDS = {
    "type": Words(QT_TRANSLATE_NOOP("core", "type")),
    "region": Words(QT_TRANSLATE_NOOP("core", "region")),
    "data_type": Words(QT_TRANSLATE_NOOP("core", "data type")),
    "format": Words(QT_TRANSLATE_NOOP("core", "format")),
    "method": Words(QT_TRANSLATE_NOOP("core", "method")),
    "transport": Words(QT_TRANSLATE_NOOP("core", "transport")),
}


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

    def fail(self, template: str, /, **values: object) -> ProfileError:
        """The error to raise for a problem in this object: `template` has {where} first."""
        return ProfileError(self.source, Words(template, where=self.where, **values))

    def text(self, key: str, default: str | None = None) -> str:
        """A string; null counts as missing, and `default` None means required."""
        value = self.data.get(key)
        if value is None:
            if default is None:
                raise self.fail(
                    QT_TRANSLATE_NOOP("core", '{where} has no "{key}"; add it.'), key=key
                )
            return default
        if not isinstance(value, str):
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "core", '{where} has "{key}": {value}, which should be text in quotes.'
                ),
                key=key,
                value=_show(value),
            )
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            # A lone surrogate (a "\\ud800" escape) could never be saved or sent.
            raise self.fail(
                QT_TRANSLATE_NOOP(
                    "core", '{where} has "{key}" with a broken character (a lone \\u escape).'
                ),
                key=key,
            ) from None
        return value

    def optional_text(self, key: str) -> str | None:
        """A string, or None for missing/null."""
        return None if self.data.get(key) is None else self.text(key)

    def flag(self, key: str) -> bool:
        """true/false (false when missing); 1, "yes" and the like are refused."""
        value = self.data.get(key, False)
        if type(value) is not bool:
            raise self.fail(
                QT_TRANSLATE_NOOP("core", '{where} has "{key}": {value}; use true or false.'),
                key=key,
                value=_show(value),
            )
        return value

    def one_of(self, key: str, options: tuple[str, ...], default: str | None = None) -> str:
        """One of fixed options, matched regardless of case, returned as spelled in options."""
        value = self.text(key, default)
        for option in options:
            if value.strip().lower() == option.lower():
                return option
        raise self.fail(
            QT_TRANSLATE_NOOP(
                "core", '{where} has unknown {kind} "{value}"; use one of {options}.'
            ),
            kind=_KIND_WORDS.get(key, key.replace("_", " ")),
            value=value,
            options=", ".join(options),
        )


def _parse_choices(r: _Reader, type_: str) -> tuple[str, ...]:
    """The "choices" list of a field: texts, unique, not empty, not padded."""
    raw = r.data.get("choices")
    raw = [] if raw is None else raw
    if not isinstance(raw, list):
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core", '{where} has "choices": {value}; use a list of texts, like ["A", "B"].'
            ),
            value=_show(raw),
        )
    choices: list[str] = []
    seen: set[str] = set()  # tens of thousands of choices: each checked in constant time
    for item in raw:
        choice = _Reader(r.source, {"choice": item}, r.where).text("choice")
        if not laravel_trim(choice):
            raise r.fail(QT_TRANSLATE_NOOP("core", "{where} has an empty choice."))
        if laravel_trim(choice) != choice:
            # The server trims what is sent, so a padded choice could never match.
            raise r.fail(
                QT_TRANSLATE_NOOP(
                    "core", '{where} has the choice "{choice}" with spaces at the start or end.'
                ),
                choice=choice,
            )
        if choice in seen:
            raise r.fail(
                QT_TRANSLATE_NOOP("core", '{where} has the choice "{choice}" twice.'), choice=choice
            )
        seen.add(choice)
        choices.append(choice)
    if type_ == "choice" and not choices:
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core", '{where} is of type "choice" but has no "choices"; list the allowed values.'
            )
        )
    if type_ != "choice" and choices:
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core", '{where} has "choices" but its type is "{type}"; use type "choice".'
            ),
            type=type_,
        )
    return tuple(choices)


def _parse_field(source: str, index: int, data: object, profile_format: str) -> FieldSpec:
    """One entry of "fields", checked on its own."""
    if not isinstance(data, dict):
        raise ProfileError(
            source,
            Words(
                QT_TRANSLATE_NOOP("core", "field {index} is {value}, not an object {{...}}."),
                index=index,
                value=_show(data),
            ),
        )
    shown_name = data.get("name")
    named = isinstance(shown_name, str) and shown_name.strip()
    where = (
        Words(QT_TRANSLATE_NOOP("core", 'field {index} ("{name}")'), index=index, name=shown_name)
        if named
        else Words(QT_TRANSLATE_NOOP("core", "field {index}"), index=index)
    )
    r = _Reader(source, data, where)
    name = r.text("name")
    if not name.strip():
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core", "{where} has an empty name; give the exact key the mapping expects."
            )
        )
    if name != name.strip():
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core",
                "{where} has spaces at the start or end of its name; keys must match exactly.",
            )
        )
    if profile_format == "form" and ("[" in name or "]" in name):
        # record[a]b] would reach the server as another key.
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core",
                '{where} has [ or ] in its name, which the form format can\'t send; use "json".',
            )
        )
    type_ = r.one_of("type", FIELD_TYPES)
    max_length = data.get("max_length")
    if max_length is not None and (type(max_length) is not int or max_length < 1):
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core", '{where} has "max_length": {value}; use a whole number above 0, or null.'
            ),
            value=_show(max_length),
        )
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
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core",
                '{where} is hidden but has no "default"; a hidden field sends a fixed value.',
            )
        )
    if default is not None and choices and default not in choices:
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core", '{where} has the default "{value}", which is not one of its choices.'
            ),
            value=default,
        )
    problems = rules.format_errors(spec, laravel_trim(default)) if default else []
    if problems:
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core", '{where} has the default "{value}", which the server would refuse: {reason}'
            ),
            value=default,
            reason=problems[0],
        )
    return spec


def _check_fields(r: _Reader, fields: tuple[FieldSpec, ...], data_type: str) -> None:
    """Rules across fields: each key once, and the keys the data type needs."""
    seen: dict[str, int] = {}
    for index, spec in enumerate(fields, start=1):
        other = seen.setdefault(spec.name.casefold(), index)
        if other != index:
            first = fields[other - 1].name
            template = (
                QT_TRANSLATE_NOOP(
                    "core",
                    'field {index} ("{name}") repeats field {other} ("{first}"); '
                    "each key may appear once.",
                )
                if first == spec.name
                else QT_TRANSLATE_NOOP(
                    "core",
                    'field {index} ("{name}") differs only in case from field {other} ("{first}"); '
                    "each key may appear once.",
                )
            )
            raise ProfileError(
                r.source, Words(template, index=index, name=spec.name, other=other, first=first)
            )
    needed = (rules.ACCOUNT_NAME,) if data_type == "accounts" else rules.CONTACT_KEYS
    if not {spec.name for spec in fields} & set(needed):
        folded = {n.casefold() for n in needed}
        near = [s.name for s in fields if s.name.casefold() in folded]
        wanted = (
            Words(
                QT_TRANSLATE_NOOP("core", '"{first}" or "{second}"'),
                first=needed[0],
                second=needed[1],
            )
            if len(needed) == 2
            else f'"{needed[0]}"'
        )
        if near:
            raise r.fail(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{where} is for "{data_type}", which needs a field named {wanted} '
                    '(there is "{near}", but names are case-sensitive).',
                ),
                data_type=data_type,
                wanted=wanted,
                near=near[0],
            )
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core", '{where} is for "{data_type}", which needs a field named {wanted}.'
            ),
            data_type=data_type,
            wanted=wanted,
        )


def _parse_scan_fields(r: _Reader, fields: tuple[FieldSpec, ...]) -> tuple[tuple[str, str], ...]:
    """The optional "scan_fields" object: badge property -> an existing field key."""
    raw = r.data.get("scan_fields")
    if raw is None:
        return ()
    example = '{"ORG": "Account Name"}'
    if not isinstance(raw, dict):
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core",
                '{where} has "scan_fields": {value}; use an object of texts, like {example}.',
            ),
            value=_show(raw),
            example=example,
        )
    names = {spec.name for spec in fields}
    pairs: list[tuple[str, str]] = []
    for prop, key in raw.items():
        if not isinstance(prop, str) or not prop.strip() or not isinstance(key, str):
            raise r.fail(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{where} has "scan_fields" with {value}; use an object of texts, '
                    "like {example}.",
                ),
                value=_show({prop: key}),
                example=example,
            )
        if key not in names:
            near = [n for n in names if n.casefold() == key.casefold()]
            if near:
                raise r.fail(
                    QT_TRANSLATE_NOOP(
                        "core",
                        '{where} has "scan_fields" sending "{prop}" to "{key}", but it has no '
                        'field named so (there is "{near}", but names are case-sensitive).',
                    ),
                    prop=prop,
                    key=key,
                    near=near[0],
                )
            raise r.fail(
                QT_TRANSLATE_NOOP(
                    "core",
                    '{where} has "scan_fields" sending "{prop}" to "{key}", but it has no '
                    "field named so.",
                ),
                prop=prop,
                key=key,
            )
        pairs.append((prop, key))
    return tuple(pairs)


def _check_version(source: str, data: dict[object, object]) -> dict[object, object]:
    """Refuse versions from the future; bring older ones up to SCHEMA_VERSION."""
    version = data.get("schema_version", 1)
    if type(version) is not int or version < 1:
        raise ProfileError(
            source,
            Words(
                QT_TRANSLATE_NOOP("core", '"schema_version" is {value}; it should be 1.'),
                value=_show(version),
            ),
        )
    if version > SCHEMA_VERSION:
        raise ProfileError(
            source,
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the profile was made by a newer cg-desktop (schema_version {version}; "
                    "this version reads up to {known}); update cg-desktop to use it.",
                ),
                version=version,
                known=SCHEMA_VERSION,
            ),
        )
    while version < SCHEMA_VERSION:
        newer = UPGRADERS[version]({str(k): v for k, v in data.items()})
        data = {k: v for k, v in newer.items()}
        version += 1
    return data


def parse_profile(data: object, source: str = "<profile>") -> Profile:
    """A Profile from decoded JSON, or ProfileError saying what is wrong."""
    if not isinstance(data, dict):
        raise ProfileError(
            source,
            Words(
                QT_TRANSLATE_NOOP("core", "the file holds {value}, not a profile object {{...}}."),
                value=_show(data),
            ),
        )
    for key in data:
        if isinstance(key, str) and any(word in key.lower() for word in _SECRET_WORDS):
            raise ProfileError(
                source,
                Words(
                    QT_TRANSLATE_NOOP(
                        "core",
                        'the profile has "{key}", but secrets never go in a profile file '
                        "(it is handed around); remove it and sign in within the app instead.",
                    ),
                    key=key,
                ),
            )
    r = _Reader(
        source, _check_version(source, data), Words(QT_TRANSLATE_NOOP("core", "the profile"))
    )
    name = r.text("name")
    if not name.strip():
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core", '{where} has an empty "name"; give it a name people will recognise.'
            )
        )
    region = r.one_of("region", REGIONS)
    data_type = r.one_of("data_type", DATA_TYPES)
    profile_format = r.one_of("format", FORMATS, "json")
    method = r.one_of("method", METHODS, "PUT")
    transport = r.one_of("transport", TRANSPORTS, "api")
    # A webhook is bound to its mapping, so only the api needs the reference.
    configuration = r.text("configuration", None if transport == "api" else "")
    if transport == "api" and not configuration.strip():
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core",
                '{where} has an empty "configuration"; copy the Inbound Mapping reference into it.',
            )
        )
    webhook_id = r.optional_text("webhook_id")
    if transport == "webhook":
        # Written by hand, a file may give the webhook's URL instead of its id.
        url = r.optional_text("webhook_url")
        if webhook_id and url:
            raise r.fail(
                QT_TRANSLATE_NOOP(
                    "core", '{where} gives both "webhook_id" and "webhook_url"; keep one of them.'
                )
            )
        given = webhook_id or url or ""
        try:
            webhook_id = webhook_id_from(given, region)
        except WebhookAddressError as exc:
            key = "webhook_id" if webhook_id or not given else "webhook_url"
            raise r.fail(
                QT_TRANSLATE_NOOP(
                    "core", '{where} uses a webhook, but its "{key}" can\'t be used: {reason}'
                ),
                key=key,
                reason=exc.args[0],
            ) from None
    webhook_user = (r.optional_text("webhook_user") or "").strip() or None
    raw_fields = r.data.get("fields")
    if not isinstance(raw_fields, list) or not raw_fields:
        raise r.fail(
            QT_TRANSLATE_NOOP(
                "core", '{where} needs a non-empty "fields" list [...]: the form\'s fields.'
            )
        )
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
