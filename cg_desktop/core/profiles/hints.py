"""Doubts about a record that the server would accept: shown beside a field, never blocking.

Validation (validation.py) says what the server will refuse; a hint says "this is
allowed, but check it": a phone number too short for the country, a mistyped email
domain. A field that already has an error gets no hint: the error says more.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cg_desktop.core.profiles.laravel import email_is_unusual, laravel_value, phone_chars_ok
from cg_desktop.core.profiles.model import FieldSpec, Profile
from cg_desktop.core.profiles.rules import EMAIL, PHONE, validate_record
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

# Domains people really use; an exact match is never "mistyped".
_KNOWN_DOMAINS = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.co.uk",
        "hotmail.fr",
        "hotmail.de",
        "hotmail.it",
        "hotmail.es",
        "outlook.com",
        "outlook.de",
        "outlook.fr",
        "live.com",
        "live.co.uk",
        "msn.com",
        "yahoo.com",
        "yahoo.co.uk",
        "yahoo.fr",
        "yahoo.de",
        "ymail.com",
        "rocketmail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "gmx.de",
        "gmx.net",
        "gmx.com",
        "web.de",
        "t-online.de",
        "mail.com",
        "email.com",
        "protonmail.com",
        "proton.me",
        "btinternet.com",
        "bigpond.com",
        "comcast.net",
        "verizon.net",
        "att.net",
        "sbcglobal.net",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "libero.it",
        "zoho.com",
        "yandex.ru",
        "mail.ru",
        "qq.com",
        "163.com",
        "naver.com",
        "fastmail.com",
    ]
)
# The ones typos are measured against: long enough that one slip is not another real name;
# ".com" first, so "hotmail" alone suggests hotmail.com rather than hotmail.co.uk.
_TYPO_TARGETS = tuple(
    sorted((d for d in _KNOWN_DOMAINS if len(d) >= 8), key=lambda d: (not d.endswith(".com"), d))
)
# Endings that are no top-level domain at all, and what was surely meant.
_TLD_TYPOS = {
    "con": "com", "cmo": "com", "ocm": "com", "cpm": "com", "xom": "com", "vom": "com",
    "comm": "com", "coom": "com", "c0m": "com", "nte": "net", "nett": "net", "ogr": "org",
    "orgg": "org",
}  # fmt: skip


def _distance(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbours as one slip (optimal string alignment)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            current[j] = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)
            )
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def suggest_domain(domain: str) -> str | None:
    """The domain probably meant, when this one looks like a typo of a common one."""
    lowered = domain.lower()
    if lowered in _KNOWN_DOMAINS:
        return None
    base, dot, tld = lowered.rpartition(".")
    if not dot:
        # "gmail" alone: the part before the first dot of a known domain.
        known = next((d for d in _TYPO_TARGETS if d.split(".")[0] == lowered), None)
        if known is not None:
            return known
        # "examplecom": ".com" with its dot left out (not "net": intranet is a word).
        if lowered.endswith("com") and len(lowered) >= 6:
            return f"{lowered[:-3]}.com"
        return None
    fixed = f"{base}.{_TLD_TYPOS[tld]}" if tld in _TLD_TYPOS else lowered
    if fixed in _KNOWN_DOMAINS:
        return fixed
    close = [d for d in _TYPO_TARGETS if _distance(fixed, d) == 1]
    if len(close) == 1:
        return close[0]
    return fixed if fixed != lowered else None


def email_hints(value: str) -> list[str]:
    """Doubts about an email address the server accepts."""
    if email_is_unusual(value):
        return [
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This address has unusual parts (quotes, brackets, spaces, symbols or "
                    "invisible characters). The server may accept it, but check it is what "
                    "the person wrote.",
                )
            )
        ]
    local, _, domain = value.rpartition("@")
    suggestion = suggest_domain(domain)
    if suggestion is not None:
        return [
            Words(
                QT_TRANSLATE_NOOP("core", "Did you mean {address}?"),
                address=f"{local}@{suggestion}",
            )
        ]
    if "." not in domain:
        return [
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    'The part after @ ("{domain}") has no dot (like example.com) — '
                    "check the address.",
                ),
                domain=domain,
            )
        ]
    return []


def phone_hints(value: str, region_hint: str | None, server_checked: bool) -> list[str]:
    """Doubts about a phone number, for the desk's country (a region code like "GB")."""
    if not server_checked and not phone_chars_ok(value):
        # Only the Phone field has the server's character rule; elsewhere it's a doubt.
        return [
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This number has characters other than digits, spaces, ( ) - and + — check it.",
                )
            )
        ]
    import phonenumbers  # slow to import, and only needed once someone types a number

    region = (region_hint or "").strip().upper() or None
    if region is not None and not phonenumbers.country_code_for_region(region):
        region = None  # an unknown region code: judge only full international numbers
    if region is None and not value.startswith("+"):
        return []
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as exc:
        if exc.error_type == exc.TOO_LONG:
            return [
                Words(
                    QT_TRANSLATE_NOOP(
                        "core", "This phone number looks far too long — check it for extra digits."
                    )
                )
            ]
        if exc.error_type == exc.INVALID_COUNTRY_CODE:
            return [
                Words(
                    QT_TRANSLATE_NOOP(
                        "core", "The country code of this number is not one in use — check it."
                    )
                )
            ]
        return [
            Words(QT_TRANSLATE_NOOP("core", "This doesn't look like a phone number — check it."))
        ]
    where = region if region and not value.startswith("+") else f"+{number.country_code}"
    local = not value.startswith("+")  # no country code typed: say it may be added
    code = f"+{number.country_code}"
    reason = phonenumbers.is_possible_number_with_reason(number)
    result = phonenumbers.ValidationResult
    if reason in (result.TOO_SHORT, result.INVALID_LENGTH, result.IS_POSSIBLE_LOCAL_ONLY):
        template = (
            QT_TRANSLATE_NOOP(
                "core",
                "This phone number looks incomplete for {where} — check it, "
                "or add the country code ({code}…).",
            )
            if local
            else QT_TRANSLATE_NOOP(
                "core", "This phone number looks incomplete for {where} — check it."
            )
        )
        return [Words(template, where=where, code=code)]
    if reason == result.TOO_LONG:
        return [
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "This phone number looks too long for {where} — check it for extra digits.",
                ),
                where=where,
            )
        ]
    if reason == result.INVALID_COUNTRY_CODE:
        return [
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "The country code {code} is not one in use — check the number."
                ),
                code=code,
            )
        ]
    if not phonenumbers.is_valid_number(number):
        template = (
            QT_TRANSLATE_NOOP(
                "core",
                "This phone number doesn't look right for {where} — check it, "
                "or add the country code ({code}…).",
            )
            if local
            else QT_TRANSLATE_NOOP(
                "core", "This phone number doesn't look right for {where} — check it."
            )
        )
        return [Words(template, where=where, code=code)]
    return []


def _is_email(field: FieldSpec) -> bool:
    return field.name == EMAIL or field.type == "email"


def _is_phone(field: FieldSpec) -> bool:
    return field.name == PHONE or field.type == "phone"


def record_hints(
    profile: Profile, values: Mapping[str, str], region_hint: str | None = None
) -> dict[str, list[str]]:
    """Non-blocking doubts per field name, for fields without errors; {} when none."""
    errors = validate_record(profile, values)
    hints: dict[str, list[str]] = {}
    for field in profile.visible_fields:
        raw = values.get(field.name)
        value = laravel_value(raw) if isinstance(raw, str) else None
        if value is None or field.name in errors:
            continue
        found: list[str] = []
        if _is_email(field):
            found += email_hints(value)
        if _is_phone(field):
            found += phone_hints(value, region_hint, server_checked=field.name == PHONE)
        if found:
            hints[field.name] = found
    return hints


@dataclass(frozen=True)
class Doubt:
    """An address the server accepts but that is almost surely a typo: Enter asks once."""

    message: str
    replacement: str | None  # the address probably meant, when there is a good guess


def email_doubt(value: str) -> Doubt | None:
    """A likely typo in an email address (no dot after @, a misspelt provider or ending)."""
    local, at, domain = value.rpartition("@")
    if not at or email_is_unusual(value):
        return None
    suggestion = suggest_domain(domain)
    if suggestion is not None:
        meant = f"{local}@{suggestion}"
        return Doubt(
            Words(QT_TRANSLATE_NOOP("core", "Did you mean {address}?"), address=meant), meant
        )
    if "." not in domain:
        return Doubt(
            Words(
                QT_TRANSLATE_NOOP(
                    "core", 'The part after @ ("{domain}") has no dot, like example.com.'
                ),
                domain=domain,
            ),
            None,
        )
    return None


def record_doubts(profile: Profile, values: Mapping[str, str]) -> dict[str, Doubt]:
    """Likely typos per email field, for fields the server would accept as they are."""
    errors = validate_record(profile, values)
    doubts: dict[str, Doubt] = {}
    for field in profile.visible_fields:
        raw = values.get(field.name)
        value = laravel_value(raw) if isinstance(raw, str) else None
        if value is None or field.name in errors or not _is_email(field):
            continue
        doubt = email_doubt(value)
        if doubt is not None:
            doubts[field.name] = doubt
    return doubts
