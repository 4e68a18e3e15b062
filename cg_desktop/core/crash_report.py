"""The report of an exception nobody expected: where it happened, with nothing private.

An exception's message may quote what it was handed: a header with a token, a URL with
a webhook's password, a visitor's email address. The report keeps the stack (our code's
files, lines and functions) and the message with those taken out, so it can be logged,
shown and copied to whoever supports the app.
"""

from __future__ import annotations

import re
import traceback
from types import TracebackType

_PRIVATE = (
    # A bearer token or basic credentials, as a header carries them.
    (re.compile(r"(?i)\b(bearer|basic)\s+[^\s'\",;]+"), r"\1 [redacted]"),
    # key=value and "key": "value" for anything that names a secret.
    (
        re.compile(
            r"(?i)((?:client_secret|secret|password|passwd|token|access_token|authorization)"
            r"[\"']?\s*[:=]\s*[\"']?)[^\s'\",;&}]+"
        ),
        r"\1[redacted]",
    ),
    # user:password@ in a URL.
    (re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://)[^/\s@]+@"), r"\1[redacted]@"),
    # Email addresses: a visitor's, most likely.
    (re.compile(r"[^\s@'\"<>(),;:]+@[^\s@'\"<>(),;:]+\.[^\s@'\"<>(),;:]+"), "[email]"),
    # Anything quoted in a message (a KeyError's key, a value in a repr): a name, a secret.
    (re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\""), "'[text]'"),
    # Runs of digits long enough to be a phone number.
    (re.compile(r"\+?\d[\d ()./-]{5,}\d"), "[number]"),
)


# '  File "/path/x.py", line 12, in send' (an exception group's are drawn inside "| ").
_FRAME = re.compile(r'\s*(?:\| )*\s*File "[^"\n]*", line \d+, in [^\s]+\n?$')
# The line of source under a frame: indented deeper (a message line never is, at its start).
_SOURCE = re.compile(r"(?:\s*\| )?\s{4,}[^\s|]")


def scrub(text: str) -> str:
    """`text` without tokens, secrets, passwords in URLs, email addresses, quoted values
    (names, keys) or phone-like numbers."""
    for pattern, replacement in _PRIVATE:
        text = pattern.sub(replacement, text)
    return text


def crash_report(
    kind: type[BaseException], error: BaseException, stack: TracebackType | None
) -> str:
    """A report of the exception: cg-desktop's version, the stack, the scrubbed message."""
    from cg_desktop.core.about import app_version  # (package metadata: not at start-up)

    lines = [f"cg-desktop {app_version()}\n"]
    after_frame = False
    for chunk in traceback.TracebackException(kind, error, stack).format():
        for line in chunk.splitlines(keepends=True):
            # Kept as they are: a frame (our code's file, line and function) and the one
            # line of source under it. Everything else (messages, of this exception, those
            # it came from, a group's; however indented) may hold anything: scrubbed.
            frame = _FRAME.match(line) is not None
            source = after_frame and _SOURCE.match(line) is not None
            lines.append(line if frame or source else scrub(line))
            after_frame = frame
    return "".join(lines)
