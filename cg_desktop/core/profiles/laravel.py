"""Models of how CustomerGauge's server (Laravel 9) reads and checks a value.

The server is the authority: these functions must never refuse what it accepts,
because a client check stricter than the server blocks a real person. Where the
model is unsure it accepts, and the doubt becomes a hint (hints.py) instead.
"""

from __future__ import annotations

import re
import unicodedata
from encodings.idna import nameprep

# PHP's preg \s with the /u flag (PCRE2_UCP): \h, \v and every Unicode Z character.
# \h includes U+180E (PCRE2 keeps it although Unicode no longer calls it a space).
_PCRE_UCP_SPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u180e"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
# TrimStrings adds the BOM and the zero-width space to \s.
LARAVEL_TRIM_CHARS = _PCRE_UCP_SPACE + "\ufeff\u200b"

# PHP's is_numeric (PHP 8): whitespace allowed on both sides, ASCII digits only.
# [0-9], never \d: in Python \d also matches other scripts' digits.
_NUMERIC = re.compile(
    r"[ \t\n\r\x0b\x0c]*[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[ \t\n\r\x0b\x0c]*"
)
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?: ([0-9]{2}):([0-9]{2}):([0-9]{2}))?")
_PHONE = re.compile(r"[0-9 ()+\-]+")

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def laravel_trim(value: str) -> str:
    """Trim a value the way Laravel 9's TrimStrings middleware does."""
    # str.strip(chars) strips exactly this set: not Python's own idea of whitespace,
    # which also strips \x1c-\x1f and keeps U+200B/U+FEFF. NUL is never trimmed.
    return value.strip(LARAVEL_TRIM_CHARS)


def laravel_value(value: str) -> str | None:
    """The value the server validates: trimmed, and None (absent) when empty."""
    trimmed = laravel_trim(value)
    # ConvertEmptyStringsToNull: whitespace-only counts as not given at all.
    return trimmed or None


def is_numeric(value: str) -> bool:
    """PHP 8's is_numeric() on a string (Laravel's `numeric` rule)."""
    return _NUMERIC.fullmatch(value) is not None


def php_loose_equals(a: str, b: str) -> bool:
    """PHP 8's `==` between two strings, as Laravel's `in` rule compares them."""
    if a == b:
        return True
    # Two numeric strings compare as numbers in PHP 8 ("1.0" == "1", "1e1" == "10").
    if is_numeric(a) and is_numeric(b):
        return float(a.strip(" \t\n\r\x0b\x0c")) == float(b.strip(" \t\n\r\x0b\x0c"))
    return False


def _is_leap(year: int) -> bool:
    """Gregorian leap year (proleptic, so year 0 is a leap year)."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def is_valid_date(value: str) -> bool:
    """`YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` that round-trips through PHP's date_format."""
    match = _DATE.fullmatch(value)
    if match is None:
        return False
    # Calendar maths by hand: Python's date can't hold year 0, which PHP accepts.
    year, month, day = (int(match.group(i)) for i in (1, 2, 3))
    if not 1 <= month <= 12:
        return False
    days = 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month - 1]
    if not 1 <= day <= days:
        return False
    if match.group(4) is None:
        return True
    hour, minute, second = (int(match.group(i)) for i in (4, 5, 6))
    return hour <= 23 and minute <= 59 and second <= 59


def phone_chars_ok(value: str) -> bool:
    """True when the value has only digits 0-9, space, (, ), - and +."""
    return _PHONE.fullmatch(value) is not None


# --- email: a model of egulias/EmailValidator's RFCValidation (Laravel's `email`) ---

_INVALID, _GENERIC, _UNKNOWN, _SPECIAL = "invalid", "generic", "unknown", "special"
# Every egulias version marks ASCII 0x10-0x1F as an INVALID token (so does any UTF-16
# surrogate, which can't even be sent), and the versions CustomerGauge runs refuse
# symbols (emoji), other controls, format characters (U+200B, invisible) and unassigned
# ones too: all INVALID here. A few ASCII controls are "unknown" (refused in most places).
_ASCII_INVALID = frozenset(chr(c) for c in range(0x10, 0x20))
_ASCII_UNKNOWN = frozenset(chr(c) for c in (*range(1, 9), 11, 12, 14, 15, 127))
_LOCAL_FORBIDDEN = frozenset(",[]<>:;")


def _char_class(char: str) -> str:
    """How egulias' lexer sees one character: generic text, invalid, special, or unknown."""
    if char.isascii():
        if char in _ASCII_INVALID:
            return _INVALID
        if char in _ASCII_UNKNOWN:
            return _UNKNOWN
        return _GENERIC if char.isalnum() else _SPECIAL
    if char in "¿¡":
        return _SPECIAL  # the lexer gives these two their own token types
    category = unicodedata.category(char)
    if category == "Cn":
        # Unassigned in this Python's Unicode, perhaps a letter in the server's newer one:
        # never refused here (a client check stricter than the server is a bug).
        return _UNKNOWN
    if category[0] in "SC":
        return _INVALID
    return _GENERIC


def _is_text(char: str) -> bool:
    """A character the parser reads as (or refuses as) part of an atom, in any version."""
    # After white space or a backslash, both readings of an "unknown" character fail.
    return _char_class(char) in (_GENERIC, _UNKNOWN)


def _split_at(value: str) -> tuple[str, str] | None:
    """Split at the first @ outside a quoted string; None when no such @ (or quote unclosed)."""
    in_quote = escaped = False
    for index, char in enumerate(value):
        if in_quote:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_quote = False
        elif char == '"':
            in_quote = True
        elif char == "@":
            return value[:index], value[index + 1 :]
    return None


def _local_part_ok(local: str) -> bool:
    """The local part (before @) as egulias' LocalPart parser judges it, erring to accept."""
    if '"' in local:
        return True  # quoted strings: balanced (checked by _split_at); the rest is accepted
    paren = next((i for i, c in enumerate(local) if c in "()"), None)
    if paren is None:
        if local.endswith("."):
            return False  # a dot just before the @
    else:
        # A comment runs on to the @: it must open first and balance out; the parser
        # looks no further inside it.
        comment = local[paren:]
        if comment[0] == ")" or comment.count("(") != comment.count(")"):
            return False
        local = local[:paren]
    if local.startswith(".") or ".." in local or _LOCAL_FORBIDDEN.intersection(local):
        return False
    for index, char in enumerate(local):
        after = local[index + 1] if index + 1 < len(local) else ""
        if char in " \t" and after and _is_text(after):
            return False  # folding white space followed by text ("john doe")
        if char == "\\" and after and _is_text(after):
            return False  # an escaped letter or digit outside quotes
        if char == "\n" and (index == 0 or local[index - 1] != "\r"):
            return False  # a bare line feed
        if char == "\r" and (after != "\n" or local[index + 2 : index + 3] not in (" ", "\t")):
            return False  # CR must be CRLF, and CRLF must fold (be followed by space or tab)
    return True


def _domain_literal_ok(literal: str) -> bool:
    """A domain literal from its `[`: it must close, with no NUL, backslash, CR or second `[`."""
    end = literal.find("]")
    if end == -1:
        return False
    return not any(c in literal[1:end] for c in "\x00\\[\r")


def _domain_ok(domain: str) -> bool:
    """The domain (after @) as egulias' DomainPart parser judges it, erring to accept."""
    if not domain or domain[0] in ".-@":
        return False
    cut = next((i for i, c in enumerate(domain) if c in "[()"), len(domain))
    head = domain[:cut]
    # Only letters, digits, - and . (no _ + space, second @ ...) before any literal/comment.
    if any(_char_class(c) == _SPECIAL and c not in ".-" for c in head) or ".." in head:
        return False
    if cut < len(domain):
        if domain[cut] == "[":
            return _domain_literal_ok(domain[cut:])
        # Comments must open before they close; finer rules are left to the server.
        return domain[cut] == "(" and ")" in domain[cut:]
    if "-." in domain or domain[-1] in ".-":
        return False
    if len(domain.encode("utf-8")) > 253:
        return False
    return all(_label_length(label) <= 63 for label in domain.split("."))


def _label_length(label: str) -> int:
    """A domain label's length as the server counts it: in octets after IDNA encoding.

    A label Python's IDNA codec can't encode is not judged (0): the server's converter
    may well manage, and a client check must never be stricter than the server.
    """
    if label.isascii():
        return len(label)
    try:  # what IDNA's ToASCII makes of it, without the codec's own 63-octet refusal
        prepared = nameprep(label)
        if prepared.isascii():  # e.g. fullwidth letters: plain ASCII after nameprep
            return len(prepared)
        return len(b"xn--" + prepared.encode("punycode"))
    except UnicodeError:
        return 0


def is_laravel_email(value: str) -> bool:
    """Laravel's `email` rule with its default RFC validation (egulias RFCValidation)."""
    # The lexer refuses the whole address if any character is INVALID, quoted or not.
    if any(_char_class(c) == _INVALID for c in value):
        return False
    if value.startswith("@"):
        return False
    parts = _split_at(value)
    if parts is None:
        return False
    local, domain = parts
    return _local_part_ok(local) and _domain_ok(domain)


def email_is_unusual(value: str) -> bool:
    """True for addresses people rarely mean: quotes, comments, spaces, symbols, invisibles."""
    return any(c in '"()[] \t\\' or _char_class(c) in (_UNKNOWN, _INVALID) for c in value)
