"""What a keyboard-wedge badge scanner typed: parsed into a Scan, then into form values.

`parse_scan` recognises, in this order: a vCard (3.0/4.0), a MECARD, a JSON object of
texts, a bare email, a bare phone number, and `key=value` pairs (separated by `;`, `&`
or line ends, URL-decoded). Anything else is None: the text was typed by a person, or
is a badge format we don't know, and the kiosk leaves it where it was typed.
`fill_fields` turns a Scan into the values of a profile's visible fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from urllib.parse import unquote_plus

from cg_desktop.core.kiosk.cards import read_mecard, read_vcard
from cg_desktop.core.kiosk.keys import BADGE_KEYS, FIELD_DEFAULTS, normalised_key
from cg_desktop.core.profiles import rules
from cg_desktop.core.profiles.laravel import laravel_trim
from cg_desktop.core.profiles.model import FieldSpec, Profile

KINDS = ("vcard", "mecard", "email", "phone", "pairs", "json")
_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class Scan:
    """One badge's contact details, as the badge gave them (untrimmed, unvalidated)."""

    full_name: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    title: str = ""
    # Every key of a key=value or JSON badge, spelled as given (the profile may map them).
    extra: Mapping[str, str] = field(default_factory=lambda: _EMPTY, hash=False)
    kind: str = "pairs"

    @property
    def display_name(self) -> str:
        """Who this is, for a person: "John Doe", else the email, else the phone."""
        given = " ".join(f"{self.first_name.strip()} {self.last_name.strip()}".split())
        return self.full_name.strip() or given or self.email.strip() or self.phone.strip()


# Loose on purpose: the server's email rule is far looser than any library (PITFALLS.md),
# and a form shows the scanned value for the person to check.
_EMAIL = re.compile(r"[^\s@;&=,<>\"']+@[^\s@;&=,<>\"']+")
_PHONE = re.compile(r"\+?[0-9 ()\-+]+")
_MIN_PHONE_DIGITS = 6
# One line of a vCard on its own ("EMAIL;TYPE=work:ann@example.com"): read as a card's,
# so the property's name never becomes part of the value.
_CARD_LINE = re.compile(r"(?:FN|N|EMAIL|TEL|ORG|TITLE)(?:;[^:\n]*)?:[^\n]*", re.IGNORECASE)


def _scan(found: Mapping[str, str], kind: str, extra: Mapping[str, str] = _EMPTY) -> Scan:
    """A Scan of these attribute values (keys as Scan's attribute names)."""
    return Scan(
        full_name=found.get("full_name", ""),
        first_name=found.get("first_name", ""),
        last_name=found.get("last_name", ""),
        email=found.get("email", ""),
        phone=found.get("phone", ""),
        organisation=found.get("organisation", ""),
        title=found.get("title", ""),
        extra=extra,
        kind=kind,
    )


def _from_keys(items: Mapping[str, str], kind: str) -> Scan | None:
    """A Scan from a badge's own keys (JSON or key=value), or None when it has none."""
    if not items:
        return None
    known: dict[str, str] = {}
    for key, value in items.items():
        attribute = BADGE_KEYS.get(normalised_key(key))
        if attribute and value.strip():
            known.setdefault(attribute, value)
    return _scan(known, kind, MappingProxyType(dict(items)))


def _parse_json(text: str) -> Scan | None:
    """A JSON object: its text values (numbers and nested values are not a badge's)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # ValueError also covers absurdly long numbers
        return None
    if not isinstance(data, dict):
        return None
    items = {str(k): v for k, v in data.items() if isinstance(v, str)}
    return _from_keys(items, "json")


def _parse_pairs(text: str) -> Scan | None:
    """`key=value` pairs separated by ; & or line ends; every part must be a pair."""
    items: dict[str, str] = {}
    for part in re.split(r"[;&\n]", text.lstrip("?")):
        if not part.strip():
            continue
        key, equals, value = part.partition("=")
        key = unquote_plus(key).strip()
        if not equals or not key:
            return None
        items.setdefault(key, unquote_plus(value).strip())
    return _from_keys(items, "pairs")


def _card(found: dict[str, str], kind: str) -> Scan | None:
    """A Scan from a card's findings, or None when it held nothing usable."""
    if not any(value.strip() for value in found.values()):
        return None
    return _scan(found, kind)


def parse_scan(text: str) -> Scan | None:
    """The contact details in a scanner's text, or None when it is not a badge's payload."""
    # Scanners end lines with Enter: the app may have collected CRLF, LF or CR.
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip().lstrip("\ufeff").strip()
    if not text:
        return None
    head = text[:12].upper()
    if head.startswith("BEGIN:VCARD"):
        return _card(read_vcard(text), "vcard")
    if head.startswith("MECARD:"):
        return _card(read_mecard(text), "mecard")
    if text.startswith("{"):
        return _parse_json(text)
    if _CARD_LINE.fullmatch(text) and text[:4].lower() != "tel:":
        return _card(read_vcard(f"BEGIN:VCARD\n{text}\nEND:VCARD"), "vcard")
    if text[:7].lower() == "mailto:" and _EMAIL.fullmatch(text[7:].strip()):
        return Scan(email=text[7:].strip(), kind="email")
    if _EMAIL.fullmatch(text):
        return Scan(email=text, kind="email")
    phone = text[4:].strip() if text[:4].lower() == "tel:" else text
    if _PHONE.fullmatch(phone) and sum(c.isdigit() for c in phone) >= _MIN_PHONE_DIGITS:
        return Scan(phone=phone, kind="phone")
    if "=" in text:
        return _parse_pairs(text)
    return None


# --- filling a profile's form ---------------------------------------------------------

PROPERTIES = ("FN", "N.given", "N.family", "EMAIL", "TEL", "ORG", "TITLE")
# Types whose values a badge's text can't be trusted to fit: a value their rules refuse is
# left out rather than shown as an error the visitor didn't make.
_STRICT_TYPES = ("date", "datetime", "number")


def _properties(scan: Scan) -> dict[str, str]:
    """The Scan as vCard properties; names fall back on each other (FN <-> N)."""
    words = scan.full_name.split()
    given = scan.first_name.strip() or (words[0] if words else "")
    family = scan.last_name.strip() or " ".join(words[1:])
    joined = " ".join(f"{scan.first_name} {scan.last_name}".split())
    return {
        "FN": scan.full_name.strip() or joined,
        "N.given": given,
        "N.family": family,
        "EMAIL": scan.email,
        "TEL": scan.phone,
        "ORG": scan.organisation,
        "TITLE": scan.title,
    }


def _fitted(spec: FieldSpec, value: str) -> str | None:
    """The value as this field can take it, or None to leave the field alone."""
    # A badge value is one line: a vCard's escaped line breaks become spaces.
    value = laravel_trim(re.sub(r"[\r\n]+", " ", value).strip())
    if not value or (spec.max_length is not None and len(value) > spec.max_length):
        return None
    if spec.type == "choice":
        return next((c for c in spec.choices if c.casefold() == value.casefold()), None)
    if spec.type in _STRICT_TYPES and rules.format_errors(spec, value):
        return None
    return value


def _contact_field(fields: tuple[FieldSpec, ...], prop: str, type_: str) -> FieldSpec | None:
    """The one field an email (or phone) goes to: the server's own key first, else the first."""
    server_key = "Email" if prop == "EMAIL" else "Phone"
    candidates = [
        f for f in fields if f.type == type_ or FIELD_DEFAULTS.get(normalised_key(f.name)) == prop
    ]
    exact = [f for f in candidates if f.name == server_key]
    return next(iter(exact or candidates), None)


def fill_fields(
    profile: Profile, scan: Scan, mapping: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Values for the profile's visible fields from a scan: {field key: trimmed value}.

    In order, the first value that fits a field wins: `mapping` (vCard property such as
    "ORG", "N.given", or a badge's own key -> field key; None means the profile's own
    `scan_fields`), then badge keys equal to a field's key (case-insensitive), then the
    defaults: the email to one email field, the phone to one phone field, and names,
    organisation and title by the field's key. A property the mapping names doesn't also
    go to its default field. Hidden fields, unknown keys, values longer than a field's
    max_length and values outside a choice list are left out.
    """
    chosen = dict(profile.scan_fields) if mapping is None else dict(mapping)
    fields = profile.visible_fields
    by_name = {spec.name: spec for spec in fields}
    by_fold = {spec.name.casefold(): spec for spec in fields}
    props = _properties(scan)
    props_by_fold = {p.casefold(): p for p in PROPERTIES}
    result: dict[str, str] = {}

    def offer(spec: FieldSpec | None, value: str) -> None:
        """Fill the field with the value, unless it is filled already or the value can't fit."""
        if spec is not None and spec.name not in result:
            fitted = _fitted(spec, value)
            if fitted is not None:
                result[spec.name] = fitted

    mapped: set[str] = set()
    for prop, key in chosen.items():
        known = props_by_fold.get(prop.strip().casefold())
        if known is not None:
            mapped.add(known)
            offer(by_name.get(key), props[known])
        else:
            wanted = prop.strip().casefold()
            given = next((v for k, v in scan.extra.items() if k.strip().casefold() == wanted), "")
            offer(by_name.get(key), given)
    for key, value in scan.extra.items():
        offer(by_fold.get(key.strip().casefold()), value)
    for prop, type_ in (("EMAIL", "email"), ("TEL", "phone")):
        if prop not in mapped:
            offer(_contact_field(fields, prop, type_), props[prop])
    for spec in fields:
        prop = FIELD_DEFAULTS.get(normalised_key(spec.name), "")
        if prop in props and prop not in mapped and prop not in ("EMAIL", "TEL"):
            offer(spec, props[prop])
    return result
