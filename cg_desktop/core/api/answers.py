"""Turn what the server (or the network) answered into an Outcome: every status of SPEC.md.

One place maps statuses, bodies and transport errors to outcomes, so the records
client, the webhook client and the token request all speak the same sentences.
"""

from __future__ import annotations

import email.utils
import json
import re
import time
from collections.abc import Callable, Mapping

import requests
import urllib3.exceptions as u3

from cg_desktop.core.api.outcomes import Outcome, OutcomeKind, Reason, clip_answer
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

# Error keys of a 422 that name no record field (SPEC.md, Responses).
GENERAL_KEYS = frozenset({"configuration", "record"})
_DUPLICATE_ID = re.compile(r"duplicates with (?P<id>.+?)\.?$")


def retry_after_seconds(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now())


def json_object(body: str) -> dict[str, object] | None:
    """The body as a JSON object, or None when it is anything else (never raises)."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, a 5,000-digit number, deep nesting
        return None
    return data if isinstance(data, dict) else None


def _looks_like_html(body: str, content_type: str) -> bool:
    """True for a web page: a captive portal, a proxy or a server error page."""
    start = body.lstrip("\ufeff \t\r\n")[:15].lower()
    return "html" in content_type.lower() or start.startswith(("<!doctype", "<html", "<!--"))


def _error_lists(data: Mapping[str, object]) -> dict[str, tuple[str, ...]]:
    """The 422 `errors` object as key → messages, tolerating odd shapes."""
    raw = data.get("errors")
    if not isinstance(raw, dict):
        return {}
    errors: dict[str, tuple[str, ...]] = {}
    for key, value in raw.items():
        if isinstance(value, list):
            errors[str(key)] = tuple(str(item) for item in value)
        elif value is not None:
            errors[str(key)] = (str(value),)
    return errors


def interpret_records_answer(
    status: int, headers: Mapping[str, str], body: str, *, where: str, whole: bool = True
) -> Outcome:
    """The outcome of a records or webhook call that got an HTTP answer (after sign-in).

    `whole`: the body is known to be complete. An empty 2xx proves delivery only then;
    one read until the connection dropped may just have been cut.
    """
    content_type = headers.get("Content-Type", "")
    answer = clip_answer(body)

    def later(reason: Reason, message: str, unknown: bool = False) -> Outcome:
        return Outcome(
            OutcomeKind.TRY_LATER,
            message,
            reason=reason,
            retry_after=retry_after_seconds(headers.get("Retry-After")),
            http_status=status,
            server_answer=answer,
            result_unknown=unknown,
        )

    if 200 <= status < 300:
        if not whole:
            return later(
                Reason.DROPPED,
                Words(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The answer from {where} broke off, so it isn't certain the record "
                        "arrived. Saved — it will be sent again to make sure.",
                    ),
                    where=where,
                ),
                unknown=True,
            )
        # A stray newline (a PHP file's trailing one) is still CustomerGauge's empty body.
        if body.strip(" \t\r\n"):
            # CustomerGauge's success is an empty body (SPEC.md, Responses): anything else
            # is someone else's page (a Wi-Fi login, a proxy) or a changed API. Whether
            # the record landed is unknown: the next attempt settles it (an empty 200, or
            # the duplicate rule), so it is never called delivered on this answer.
            page = _looks_like_html(body, content_type)
            return later(
                Reason.UNEXPECTED_ANSWER,
                (
                    Words(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "The network answered with a web page instead of CustomerGauge (a "
                            "Wi-Fi sign-in page?). Saved — it will be sent when the connection "
                            "works.",
                        )
                    )
                    if page
                    else Words(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "{where} answered in an unexpected way, so it isn't certain the "
                            "record arrived. Saved — it will be sent again to make sure.",
                        ),
                        where=where,
                    )
                ),
                unknown=True,
            )
        return Outcome(
            OutcomeKind.DELIVERED,
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "Sent. CustomerGauge accepted the record and will send the survey."
                )
            ),
            http_status=status,
            server_answer=answer,
        )
    if status in (401, 403):
        return needs_sign_in(status, answer, where=where)
    if status == 422:
        data = json_object(body)
        if data is not None:
            return interpret_422(data, answer)
        return Outcome(
            OutcomeKind.REJECTED,
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "CustomerGauge refused the record but did not say why. See Details."
                )
            ),
            general_errors=("CustomerGauge refused the record without a reason.",),
            http_status=status,
            server_answer=answer,
        )
    if status == 429:
        return later(
            Reason.RATE_LIMITED,
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "CustomerGauge asks us to slow down. Saved — it will be sent shortly."
                )
            ),
        )
    if 300 <= status < 400:
        target = headers.get("Location", "another address")
        return later(
            Reason.REDIRECT,
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The server tried to send us to {target} instead of answering. This usually "
                    "means a proxy or a network sign-in page. Saved — it will be sent when the "
                    "connection works.",
                ),
                target=target,
            ),
        )
    if status >= 500:
        return later(
            Reason.SERVER_ERROR,
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{where} is having trouble (HTTP {status}). Saved — it will be sent when "
                    "the service is back.",
                ),
                where=where,
                status=status,
            ),
            # A 5xx may come after the record was saved (a crash while answering), except
            # 503, which Laravel gives before it starts (maintenance, overload).
            unknown=status != 503,
        )
    if status == 413:
        return Outcome(
            OutcomeKind.REJECTED,
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "The record is too large for CustomerGauge. Shorten the longest fields."
                )
            ),
            general_errors=("The record is too large (HTTP 413).",),
            http_status=status,
            server_answer=answer,
        )
    return later(
        Reason.UNEXPECTED_ANSWER,
        Words(
            QT_TRANSLATE_NOOP(
                "core",
                "{where} gave an unexpected answer (HTTP {status}). Saved — it will be tried "
                "again; if this keeps happening, send the Details to your administrator.",
            ),
            where=where,
            status=status,
        ),
    )


def interpret_422(data: Mapping[str, object], answer: str) -> Outcome:
    """A 422 body: duplicate, unknown configuration, or errors under fields."""
    errors = _error_lists(data)
    message = str(data.get("message", ""))
    if "duplicate" in errors:
        text = errors["duplicate"][0] if errors["duplicate"] else message
        match = _DUPLICATE_ID.search(text)
        cg_id = match.group("id") if match else None
        return Outcome(
            OutcomeKind.DUPLICATE,
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "This contact already received a survey recently (CG-ID {cg_id})."
                ),
                cg_id=cg_id,
            )
            if cg_id
            else Words(
                QT_TRANSLATE_NOOP("core", "This contact already received a survey recently.")
            ),
            cg_id=cg_id,
            http_status=422,
            server_answer=answer,
        )
    if "configuration" in errors:
        return Outcome(
            OutcomeKind.CONFIGURATION_INVALID,
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "CustomerGauge does not know this profile's configuration reference. Check "
                    "it with your CustomerGauge administrator (Data → Rest APIs → Inbound "
                    "Mapping).",
                )
            ),
            general_errors=errors["configuration"],
            http_status=422,
            server_answer=answer,
        )
    general = tuple(m for key in GENERAL_KEYS & errors.keys() for m in errors[key])
    fields = {key: msgs for key, msgs in errors.items() if key not in GENERAL_KEYS}
    if not errors and message:
        general = (message,)
    return Outcome(
        OutcomeKind.REJECTED,
        Words(
            QT_TRANSLATE_NOOP(
                "core",
                "CustomerGauge did not accept the record. Fix the marked fields and send again.",
            )
        ),
        field_errors=fields,
        general_errors=general,
        http_status=422,
        server_answer=answer,
    )


def needs_sign_in(status: int | None, answer: str, *, where: str) -> Outcome:
    """The outcome when the server refuses who we are."""
    if status == 403:
        message = Words(
            QT_TRANSLATE_NOOP(
                "core",
                "{where} refused access (HTTP 403). The Connected App may not be allowed to "
                "import records: ask your CustomerGauge administrator.",
            ),
            where=where,
        )
    else:
        message = Words(
            QT_TRANSLATE_NOOP(
                "core", "{where} did not accept the sign-in. Check the credentials and send again."
            ),
            where=where,
        )
    return Outcome(OutcomeKind.NEEDS_SIGN_IN, message, http_status=status, server_answer=answer)


def interpret_transport_error(exc: requests.RequestException, *, where: str) -> Outcome:
    """A request that got no usable HTTP answer: offline, timeout, dropped, TLS."""
    if isinstance(exc, requests.exceptions.SSLError):
        reason, unknown = Reason.TLS, False
        template = QT_TRANSLATE_NOOP(
            "core",
            "The secure connection to {where} could not be verified (a network that inspects "
            "traffic, or a wrong clock?). Saved — it will be sent when the connection is back.",
        )
    elif isinstance(exc, requests.exceptions.ConnectTimeout):
        reason, unknown = Reason.OFFLINE, False
        template = QT_TRANSLATE_NOOP(
            "core",
            "Could not reach {where} in time: the network seems slow or down. Saved — it will "
            "be sent when the connection is back.",
        )
    elif isinstance(exc, requests.exceptions.ReadTimeout):
        # The request went out; whether it landed is unknown until the duplicate rule says.
        reason, unknown = Reason.TIMEOUT, True
        template = QT_TRANSLATE_NOOP(
            "core",
            "{where} took too long to answer. Saved — it will be sent when the connection is back.",
        )
    elif isinstance(exc, requests.exceptions.ConnectionError) and _never_connected(exc):
        reason, unknown = Reason.OFFLINE, False
        template = QT_TRANSLATE_NOOP(
            "core",
            "Could not reach {where}: this computer seems to be offline. Saved — it will be "
            "sent when the connection is back.",
        )
    elif isinstance(
        exc, (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError)
    ):
        reason, unknown = Reason.DROPPED, True
        template = QT_TRANSLATE_NOOP(
            "core",
            "The connection to {where} broke before it answered. Saved — it will be sent when "
            "the connection is back.",
        )
    else:
        reason, unknown = Reason.UNEXPECTED_ANSWER, True
        template = QT_TRANSLATE_NOOP(
            "core",
            "Sending to {where} failed unexpectedly ({error}). Saved — it will be sent when "
            "the connection is back.",
        )
    text = Words(template, where=where, error=type(exc).__name__)
    return Outcome(OutcomeKind.TRY_LATER, text, reason=reason, result_unknown=unknown)


def _never_connected(exc: requests.exceptions.ConnectionError) -> bool:
    """True when the error happened before a connection existed (refused, DNS, no route)."""
    cause: BaseException | None = exc.args[0] if exc.args else None
    # requests wraps urllib3's MaxRetryError, whose `reason` is the real failure.
    reason = getattr(cause, "reason", cause)
    return isinstance(
        reason, (u3.NewConnectionError, u3.NameResolutionError, ConnectionRefusedError)
    )
