"""Laravel 9's validation rules and 422 message summary, with PHP 8 semantics.

Each function answers what the PHP code would: `is_filled` is validateRequired,
`is_numeric` PHP's is_numeric, `is_valid_date` date_format round-trip, and so on. They
take already-cleaned input (see laravel_input): strings trimmed, "" turned into None.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

# PHP's trim() default character list (validateRequired uses it).
_PHP_TRIM_CHARS = " \t\n\r\0\x0b"
# PHP 8 is_numeric on strings: leading and trailing " \t\n\r\v\f", ASCII digits only.
_NUMERIC = re.compile(
    r"[ \t\n\r\x0b\x0c]*[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[ \t\n\r\x0b\x0c]*"
)
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?: ([0-9]{2}):([0-9]{2}):([0-9]{2}))?")
# SPEC.md: a phone may contain only digits, space, ( ) - and +.
_PHONE = re.compile(r"[0-9 ()+\-]+")
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def php_string(value: object) -> str:
    """PHP's (string) cast of a JSON scalar: true→"1", false→"", 2.0→"2"."""
    if isinstance(value, bool):
        return "1" if value else ""
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value).replace("e+", "E+").replace("e-", "E-")
    return str(value)


def is_filled(value: object) -> bool:
    """validateRequired: not null, not a string that PHP's trim() empties, not []."""
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip(_PHP_TRIM_CHARS) != ""
    if isinstance(value, dict | list):
        return len(value) > 0
    return True


def is_blank_for_optional_rules(value: object) -> bool:
    """True when Laravel skips a non-implicit rule (email, max...) for this value.

    Laravel skips them for a string that trim() empties; the sandbox also treats null as
    absent, assuming CustomerGauge marks optional fields `nullable` (otherwise an empty
    optional field would fail its format rule, which no client could avoid).
    """
    return value is None or (isinstance(value, str) and not is_filled(value))


def is_numeric(value: object) -> bool:
    """PHP 8 is_numeric: ints and floats yes, booleans no, strings by PHP's grammar."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and _NUMERIC.fullmatch(value) is not None


def is_valid_date(value: object) -> bool:
    """date_format:Y-m-d H:i:s or Y-m-d, which must survive a parse-and-format round trip.

    So exactly 4-digit years (0000 too), two-digit month/day/time parts, a day that
    exists in that month of the proleptic Gregorian calendar, 00-23:00-59:00-59.
    """
    if not isinstance(value, str):
        return False  # a JSON number can never format back to itself here
    match = _DATE.fullmatch(value)
    if match is None:
        return False
    year, month, day = (int(part) for part in match.group(1, 2, 3))
    if not 1 <= month <= 12:
        return False
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = 29 if month == 2 and leap else _DAYS_IN_MONTH[month - 1]
    if not 1 <= day <= days:
        return False
    if match.group(4) is None:
        return True
    hour, minute, second = (int(part) for part in match.group(4, 5, 6))
    return hour <= 23 and minute <= 59 and second <= 59


def is_phone(value: object) -> bool:
    """The regex rule for phones; like Laravel's regex, numbers are matched as strings."""
    if not isinstance(value, str) and not is_numeric(value):
        return False
    return _PHONE.fullmatch(php_string(value)) is not None


def is_within_max(value: object, maximum: int) -> bool:
    """max:N without a numeric rule: arrays by count, anything else by mb_strlen."""
    if isinstance(value, dict | list):
        return len(value) <= maximum
    return len(php_string(value)) <= maximum


def is_in(value: object, choices: Sequence[str]) -> bool:
    """The in: rule: (string)$value in the list, compared with PHP 8's loose ==."""
    if isinstance(value, dict | list):
        return False
    text = php_string(value)
    for choice in choices:
        if text == choice:
            return True
        # PHP 8 compares two numeric strings as numbers ("1e1" == "10").
        if is_numeric(text) and is_numeric(choice) and float(text) == float(choice):
            return True
    return False


def summarize(errors: Mapping[str, Sequence[str]]) -> str:
    """ValidationException::summarize: the first message, plus "(and N more errors)"."""
    messages = [message for key_messages in errors.values() for message in key_messages]
    if not messages:
        return "The given data was invalid."
    rest = len(messages) - 1
    if rest == 0:
        return messages[0]
    return f"{messages[0]} (and {rest} more {'error' if rest == 1 else 'errors'})"


def validation_body(errors: Mapping[str, Sequence[str]]) -> dict[str, object]:
    """The 422 JSON body Laravel sends for these errors."""
    return {"message": summarize(errors), "errors": {k: list(v) for k, v in errors.items()}}
