"""How a Laravel 9 app turns a request into its input array.

Three steps, each as PHP/Laravel does it (not as Python would):
1. the body: JSON when the Content-Type mentions `/json` or `+json` (`json_decode`, then
   PHP's `(array)` cast), a form body for `application/x-www-form-urlencoded` (PHP's
   `parse_str`, with bracket keys), anything else is no input at all;
2. the query string is merged underneath (`$request->all()`: the body wins);
3. the global middleware: TrimStrings, then ConvertEmptyStringsToNull, on every string
   at any depth.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import unquote_plus

from cg_desktop.sandbox.http_types import Request

# PCRE2 with /u sets UCP, so PHP's `\s` is Unicode \p{Z} plus \h and \v. PCRE2's \h
# still lists U+180E (Mongolian vowel separator) although Unicode no longer calls it a
# space, and \v has U+0085. Laravel adds U+FEFF and U+200B. No \x1c-\x1f, no NUL.
_PHP_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_TRIM_SET = f"[{_PHP_SPACE}\ufeff\u200b]"
_TRIM = re.compile(rf"\A{_TRIM_SET}+|{_TRIM_SET}+\Z")
# Laravel's App\Http\Middleware\TrimStrings leaves these top-level keys alone.
_TRIM_EXCEPT = frozenset({"current_password", "password", "password_confirmation"})

# The input array: a PHP array is a dict here, with string keys ("0", "1" for lists).
Input = dict[str, object]


@dataclass(frozen=True)
class ParsedInput:
    """The cleaned input array and where its fields came from ("json"|"form"|"query")."""

    values: Input
    kind: str


def laravel_trim(value: str) -> str:
    """Laravel 9 TrimStrings: preg_replace('~^[\\s\\x{FEFF}\\x{200B}]+|...$~iu', '', $v)."""
    return _TRIM.sub("", value)


def clean(values: object, prefix: str = "") -> object:
    """TrimStrings then ConvertEmptyStringsToNull, recursively, keys untouched."""
    if isinstance(values, dict):
        return {key: clean(item, f"{prefix}{key}.") for key, item in values.items()}
    if isinstance(values, list):
        return [clean(item, f"{prefix}{i}.") for i, item in enumerate(values)]
    if isinstance(values, str):
        trimmed = values if prefix[:-1] in _TRIM_EXCEPT else laravel_trim(values)
        return None if trimmed == "" else trimmed
    return values


def php_array(value: object) -> Input:
    """PHP's `(array)` cast of a decoded JSON value: null→[], list→0..n, scalar→[0=>v]."""
    if value is None:
        return {}
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items()}
    if isinstance(value, list):
        return {str(i): v for i, v in enumerate(value)}
    return {"0": value}


def _reject_constant(name: str) -> object:
    """json.loads hook: PHP's json_decode has no NaN or Infinity."""
    raise ValueError(name)


def decode_json(body: bytes) -> object:
    """PHP json_decode($body, true): None for anything it would refuse (incl. a BOM)."""
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


def parse_php_query(query: str) -> Input:
    """PHP's parse_str: `a=1&record[First Name]=Joe&list[]=x`, `+` is a space.

    Unlike PHP, spaces and dots in a top-level name are kept (PHP turns them into `_`);
    the sandbox's top-level names never have them except webhook field names, which the
    webhook receives verbatim.
    """
    result: Input = {}
    for part in query.split("&"):
        if not part:
            continue
        raw_name, _, raw_value = part.partition("=")
        name = unquote_plus(raw_name, errors="replace").lstrip(" ")
        if name:
            _assign(result, name, unquote_plus(raw_value, errors="replace"))
    return result


def _assign(result: Input, name: str, value: str) -> None:
    """Store one `name=value` pair, following PHP's bracket notation."""
    opening = name.find("[")
    if opening <= 0 or "]" not in name[opening:]:
        if opening != 0:  # PHP ignores a name that starts with "["
            result[name] = value
        return
    path = [name[:opening]]
    position = opening
    while position < len(name) and name[position] == "[":
        closing = name.find("]", position)
        if closing == -1:
            break  # PHP drops an unclosed trailing segment
        path.append(name[position + 1 : closing])
        position = closing + 1
    container = result
    for depth, segment in enumerate(path):
        key = _next_index(container) if segment == "" else segment  # `[]` appends
        if depth == len(path) - 1:
            container[key] = value
            return
        child = container.get(key)
        if not isinstance(child, dict):  # a later array replaces an earlier scalar
            child = {}
            container[key] = child
        container = child


def _next_index(array: Input) -> str:
    """PHP's next free integer key of an array (max int key + 1, or 0)."""
    numbers = [int(k) for k in array if re.fullmatch(r"-?(0|[1-9][0-9]*)", k)]
    return str(max(numbers) + 1) if numbers and max(numbers) >= 0 else "0"


def media_type(request: Request) -> str:
    """The Content-Type without parameters, lower-cased ("" when absent)."""
    return (request.header("content-type") or "").split(";", 1)[0].strip().lower()


def read_input(request: Request) -> ParsedInput:
    """The request's input array, cleaned by the middleware, and its kind."""
    content_type = media_type(request)
    body: Input = {}
    kind = "query"
    if "/json" in content_type or "+json" in content_type:
        body = php_array(decode_json(request.body))
        kind = "json"
    elif content_type == "application/x-www-form-urlencoded":
        body = parse_php_query(request.body.decode("utf-8", errors="replace"))
        kind = "form"
    query = parse_php_query(request.query)
    if not body:
        kind = "query"
    merged: Input = {**query, **body}
    cleaned = clean(merged)
    assert isinstance(cleaned, dict)
    return ParsedInput(cleaned, kind)
