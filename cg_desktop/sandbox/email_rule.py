"""Laravel's `email` rule: egulias/EmailValidator 3's RFCValidation, reimplemented.

RFCValidation is loose: `a@b`, `"john doe"@example.com`, `a@[127.0.0.1]`, `josé@exämple.com`
and `john(comment)@example.com` pass; it fails only on *errors*, never on warnings (no TLD,
too-long local part, deprecated forms). What it refuses, and so do we:
- any character in a Unicode Symbol or Other category (control, format such as U+200B,
  emoji) anywhere, which its lexer marks invalid;
- no local part, no domain, a second `@`;
- in the local part: a leading, trailing or doubled dot; `, [ ] < > : ;`; a quoted
  string not at the end of the local part or glued between atoms; an unclosed quote or
  comment; a space (or tab, CR, LF) followed by a letter/digit; a backslash before one;
- in the domain: anything but letters/digits (any script), `-` and `.`; a leading,
  trailing or doubled dot; a hyphen at the start, before a dot or at the end; a label
  over 63 octets (non-ASCII ones counted after IDNA encoding); over 253 characters in
  all; a bad domain literal.

Deliberately simpler than egulias in corners nobody types: comments are not allowed in
the domain, and a domain literal must be the whole domain.
"""

from __future__ import annotations

import unicodedata
from encodings.idna import nameprep

# Characters egulias' lexer knows by name; everything else in ASCII is a letter/digit.
_SPECIAL = frozenset("{}()<>[]:;@\\/,.'`\"- \t\r\n*!&^$%~|_=+?#")
_LOCAL_FORBIDDEN = frozenset(",[]<>:;")
_FOLDING_SPACE = frozenset(" \t\r\n")
_LABEL_MAX = 63
_DOMAIN_MAX = 253


def _is_generic(char: str) -> bool:
    """An "atom" character to egulias: ASCII letter/digit, or non-ASCII that isn't invalid."""
    if char.isascii():
        return char.isalnum()
    return not _is_invalid(char)


def _is_invalid(char: str) -> bool:
    """egulias' INVALID token: a Symbol or Other (control, format, unassigned) character."""
    if char in _SPECIAL or char == "\0" or (char.isascii() and char.isalnum()):
        return False
    return unicodedata.category(char)[0] in "SC"


def is_valid_email(value: object) -> bool:
    """True when Laravel's `email` rule (RFC validation) accepts `value`."""
    if not isinstance(value, str) or not value:
        return False
    if any(_is_invalid(char) for char in value):
        return False
    at = _end_of_local_part(value)
    if at is None or at == 0:
        return False
    return _local_part_ok(value[:at]) and _domain_ok(value[at + 1 :])


def _end_of_local_part(text: str) -> int | None:
    """Index of the `@` that ends the local part (quotes may hide others), or None."""
    index = 0
    while index < len(text):
        char = text[index]
        if char == '"':
            closing = _closing_quote(text, index)
            if closing is None:
                return None
            index = closing
        elif char == "@":
            return index
        index += 1
    return None


def _closing_quote(text: str, opening: int) -> int | None:
    """Index of the unescaped `"` closing the quoted string opened at `opening`."""
    index = opening + 1
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text[index] == '"':
            return index
        index += 1
    return None


def _local_part_ok(local: str) -> bool:
    """The local part (before the `@`) is free of egulias errors."""
    if local.startswith(".") or local.endswith(".") or ".." in _unquoted(local):
        return False
    index = 0
    while index < len(local):
        char = local[index]
        after = local[index + 1] if index + 1 < len(local) else ""
        if char == '"':
            return _quoted_tail_ok(local, index)
        if char == "(":
            # egulias swallows everything up to the `@` as a comment; only the
            # parentheses must balance (and a trailing dot is still an error).
            rest = local[index:]
            return rest.count("(") == rest.count(")")
        if char == ")" or char in _LOCAL_FORBIDDEN:
            return False
        if char == "\\":
            if _is_generic(after):
                return False
            if after in (" ", "\t"):
                index += 2  # an escaped space is not folding white space
                continue
        elif char in _FOLDING_SPACE and not _folding_space_ok(local, index):
            return False
        index += 1
    return True


def _folding_space_ok(local: str, index: int) -> bool:
    """Folding white space in the local part: only before a non-atom character."""
    char = local[index]
    after = local[index + 1] if index + 1 < len(local) else ""
    if char == "\r":
        return after == "\n" and local[index + 2 : index + 3] in (" ", "\t")
    if char == "\n":
        return local[index - 1 : index] == "\r" and after in (" ", "\t")
    return not _is_generic(after)


def _quoted_tail_ok(local: str, opening: int) -> bool:
    """A quoted string must close, end the local part, and not sit between two atoms."""
    before = local[opening - 1] if opening else ""
    after = local[opening + 1] if opening + 1 < len(local) else ""
    if before and _is_generic(before) and _is_generic(after):
        return False  # "quoted string should be a unit"
    closing = _closing_quote(local, opening)
    if closing is None or closing != len(local) - 1:
        return False
    index = opening + 1
    while index < closing:
        if local[index] == "\\":
            index += 2
            continue
        if local[index] in "\0\t\r\n":
            return False
        index += 1
    return True


def _unquoted(local: str) -> str:
    """The local part up to its first quoted string or comment (for the dot checks)."""
    ends = [i for i in (local.find('"'), local.find("(")) if i != -1]
    return local[: min(ends)] if ends else local


def _domain_ok(domain: str) -> bool:
    """The domain (after the `@`) is free of egulias errors."""
    if not domain:
        return False
    if domain.startswith("["):
        return _domain_literal_ok(domain)
    if domain[0] in ".-" or domain[-1] in ".-" or ".." in domain or "-." in domain:
        return False
    if any(not (_is_generic(char) or char in "-.") for char in domain):
        return False
    if len(domain.encode("utf-8")) > _DOMAIN_MAX:
        return False
    return all(_octets(label) <= _LABEL_MAX for label in domain.split("."))


def _octets(label: str) -> int:
    """A label's length after IDNA conversion (egulias measures the ASCII form)."""
    if label.isascii():
        return len(label)
    try:  # ToASCII: nameprep, then punycode with its "xn--" prefix (unless now ASCII)
        prepared = nameprep(label)
        return len(prepared) if prepared.isascii() else len(b"xn--" + prepared.encode("punycode"))
    except UnicodeError:
        return 0  # not convertible here: left to the length of the whole domain


def _domain_literal_ok(domain: str) -> bool:
    """`[...]`: closed, and no NUL, `[`, backslash or bare CR inside."""
    if not domain.endswith("]") or len(domain) < 2:
        return False
    inside = domain[1:-1]
    return not any(char in inside for char in "\0[]\\\r")
