"""Redaction at the boundary: no token, client secret or webhook password leaves a client.

Every outcome the clients return passes through `redact_outcome` with the secrets that
call used, so what is stored, logged, shown or exported can't hold them, even when a
proxy or a misbehaving server echoes the request back (in a body, a redirect's Location,
a validation message). One function for every path.
"""

from __future__ import annotations

import base64
import dataclasses
import html
import json
import re
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

from cg_desktop.core.api.outcomes import Outcome

REDACTED = "[redacted]"
# Shorter "secrets" would blank out ordinary words; no real token or secret is this short.
MIN_SECRET_LENGTH = 4


def _forms(secret: str) -> set[str]:
    """The ways a secret can come back: as is, URL-encoded, JSON-escaped (Python's and
    PHP's, which writes / as \\/), HTML-escaped."""
    escaped = json.dumps(secret)[1:-1]
    forms = {
        secret,
        quote(secret, safe=""),
        quote_plus(secret),
        escaped,
        escaped.replace("/", "\\/"),
        json.dumps(secret, ensure_ascii=False)[1:-1].replace("/", "\\/"),
        html.escape(secret),
    }
    return {form for form in forms if len(form) >= MIN_SECRET_LENGTH}


def basic_auth_secret(username: str, password: str) -> str:
    """What an Authorization: Basic header carries (base64 of "user:password").

    Encoded as requests encodes it: Latin-1 where it can, else UTF-8.
    """
    pair = f"{username}:{password}"
    try:
        raw = pair.encode("latin-1")
    except UnicodeEncodeError:
        raw = pair.encode("utf-8")
    return base64.b64encode(raw).decode("ascii")


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every form of every secret replaced by [redacted].

    Percent-encodings match in either case (%2F and %2f).
    """
    forms = {form for secret in secrets if secret for form in _forms(secret)}
    if not any(form.lower() in text.lower() for form in forms):
        return text  # as it was (a translatable sentence stays one: core/words.py)
    for form in sorted(forms, key=len, reverse=True):  # longest first: no half-replaced
        if "%" in form:
            pattern = re.sub(r"%([0-9A-F]{2})", lambda m: f"%(?i:{m.group(1)})", re.escape(form))
            pattern = pattern.replace("\\%", "%")
            text = re.sub(pattern, REDACTED, text)
        else:
            text = text.replace(form, REDACTED)
    return text


def redact_outcome(outcome: Outcome, secrets: Iterable[str]) -> Outcome:
    """A copy of `outcome` whose every text has the secrets replaced."""
    kept = [secret for secret in secrets if secret]
    if not kept:
        return outcome

    def clean(text: str) -> str:
        return redact(text, kept)

    return dataclasses.replace(
        outcome,
        message=clean(outcome.message),
        server_answer=clean(outcome.server_answer),
        general_errors=tuple(clean(text) for text in outcome.general_errors),
        field_errors={
            clean(key): tuple(clean(text) for text in texts)
            for key, texts in outcome.field_errors.items()
        },
        cg_id=None if outcome.cg_id is None else clean(outcome.cg_id),
    )
