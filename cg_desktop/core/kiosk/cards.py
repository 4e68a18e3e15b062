"""Reading the two contact-card formats badges carry: vCard (3.0 and 4.0) and MECARD.

Both give a plain dict of what they held (keys as in `Scan`); `scan.parse_scan` decides
which format a text is in. Nothing here raises on any text.
"""

from __future__ import annotations

import re

_VCARD_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}
_MECARD_ESCAPES = {";": ";", ":": ":", ",": ",", "\\": "\\", '"': '"'}


def split_unescaped(value: str, separator: str) -> list[str]:
    """Split at each `separator` not escaped by a backslash; escapes are kept for later."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def unescape(value: str, escapes: dict[str, str]) -> str:
    """Undo backslash escapes; an unknown escape keeps its backslash (it was meant)."""
    out: list[str] = []
    chars = iter(value)
    for char in chars:
        if char != "\\":
            out.append(char)
            continue
        following = next(chars, None)
        if following is None:
            out.append("\\")
        elif following in escapes:
            out.append(escapes[following])
        else:
            out.append("\\" + following)
    return "".join(out)


def _unfolded_lines(text: str) -> list[str]:
    """The logical lines of a vCard: a line starting with a space or tab continues the last."""
    lines: list[str] = []
    for line in text.split("\n"):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def _split_content_line(line: str) -> tuple[str, str] | None:
    """(property name in capitals, value) of `group.NAME;PARAM=x:value`, or None."""
    in_quotes = False
    for index, char in enumerate(line):
        if char == '"':
            in_quotes = not in_quotes
        elif char == ":" and not in_quotes:
            head, value = line[:index], line[index + 1 :]
            name = head.split(";", 1)[0].rsplit(".", 1)[-1].strip().upper()
            return (name, value) if name else None
    return None


def _telephone(value: str) -> str:
    """A TEL value without a vCard 4.0 `tel:` URI's scheme and parameters (`;ext=`)."""
    value = value.strip()
    if value[:4].lower() == "tel:":
        value = value[4:].split(";", 1)[0]
    return value.strip()


def _email(value: str) -> str:
    """An EMAIL value, without a `mailto:` some generators put in front."""
    value = value.strip()
    return value[7:].strip() if value[:7].lower() == "mailto:" else value


def read_vcard(text: str) -> dict[str, str]:
    """What a vCard holds (text has "\\n" line ends and starts with BEGIN:VCARD).

    The first EMAIL and TEL are taken (a card lists the one its owner prefers first); a
    card cut short before END:VCARD still gives what it had.
    """
    found: dict[str, str] = {}
    for line in _unfolded_lines(text)[1:]:
        split = _split_content_line(line)
        if split is None:
            continue
        name, value = split
        if name == "END":
            break
        if name == "FN":
            found.setdefault("full_name", unescape(value, _VCARD_ESCAPES))
        elif name == "N":
            parts = [unescape(p, _VCARD_ESCAPES) for p in split_unescaped(value, ";")]
            found.setdefault("last_name", parts[0])
            found.setdefault("first_name", parts[1] if len(parts) > 1 else "")
        elif name == "EMAIL":
            found.setdefault("email", _email(unescape(value, _VCARD_ESCAPES)))
        elif name == "TEL":
            found.setdefault("phone", _telephone(unescape(value, _VCARD_ESCAPES)))
        elif name == "ORG":
            found.setdefault(
                "organisation", unescape(split_unescaped(value, ";")[0], _VCARD_ESCAPES)
            )
        elif name == "TITLE":
            found.setdefault("title", unescape(value, _VCARD_ESCAPES))
    return found


_MECARD_KEY = re.compile(r"[A-Z\-]+")


def read_mecard(text: str) -> dict[str, str]:
    """What a MECARD holds (text starts with MECARD:); N is "family,given"."""
    found: dict[str, str] = {}
    for part in split_unescaped(text.split(":", 1)[1], ";"):
        key, colon, value = part.strip().partition(":")
        key = key.strip().upper()
        if not colon or not _MECARD_KEY.fullmatch(key):
            continue
        if key == "N":
            names = [unescape(n, _MECARD_ESCAPES) for n in split_unescaped(value, ",")]
            if len(names) > 1:
                found.setdefault("last_name", names[0])
                found.setdefault("first_name", ",".join(names[1:]))
            else:
                # Without a comma there is no telling family from given name.
                found.setdefault("full_name", names[0])
            continue
        target = {"EMAIL": "email", "TEL": "phone", "ORG": "organisation", "TITLE": "title"}
        if key in target:
            found.setdefault(target[key], unescape(value, _MECARD_ESCAPES))
    return found
