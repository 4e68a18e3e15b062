"""OAuth2 client-credentials tokens: fetched once, kept in memory, renewed before expiry."""

from __future__ import annotations

import dataclasses
import re
import threading
import time
from collections.abc import Callable, Mapping

import requests

from cg_desktop.core.api.answers import (
    interpret_records_answer,
    interpret_transport_error,
    json_object,
)
from cg_desktop.core.api.deadline import (
    ATTEMPT_DEADLINE,
    TOKEN_ANSWER_LIMIT,
    Deadline,
    TooSlow,
    current_deadline,
    read_capped,
)
from cg_desktop.core.api.http import NoAuth
from cg_desktop.core.api.outcomes import Outcome, OutcomeKind, Reason
from cg_desktop.core.api.redaction import redact_outcome
from cg_desktop.core.api.regions import Region
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

# SPEC.md assumption 2: without expires_in a token lives an hour; renew with 60 s to spare.
DEFAULT_LIFETIME = 3600.0
RENEW_MARGIN = 60.0


class TokenError(Exception):
    """No token could be had; `outcome` says why in words a person can act on."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.message)
        self.outcome = outcome


class _Token:
    """A bearer token and when it stops being worth using; never printed."""

    __slots__ = ("renew_at", "value")

    def __init__(self, value: str, renew_at: float) -> None:
        self.value = value
        self.renew_at = renew_at

    def __repr__(self) -> str:
        return "<token redacted>"


class TokenProvider:
    """Hands out bearer tokens per (token URL, client id), asking the server only when needed."""

    def __init__(
        self,
        session: requests.Session,
        *,
        timeout: tuple[float, float] = (5.0, 15.0),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._session = session
        self._timeout = timeout
        self._clock = clock
        self._cache: dict[tuple[str, str], _Token] = {}
        self._lock = threading.Lock()
        self.requests_made = 0

    def token(self, region: Region, credentials: ClientCredentials) -> str:
        """A valid bearer token, from the cache or freshly fetched; raises TokenError.

        A fetch ends by the running attempt's Deadline, or by one of its own.
        """
        key = (region.token_url, credentials.client_id)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None and self._clock() < cached.renew_at:
                return cached.value
            try:
                running = current_deadline()
                if running is not None:
                    fresh = self._fetch(region, credentials, running)
                else:
                    with Deadline(time.monotonic() + ATTEMPT_DEADLINE) as own:
                        fresh = self._fetch(region, credentials, own)
            except TokenError as exc:
                # A proxy may echo the request, secret and all: not in any outcome.
                outcome = redact_outcome(exc.outcome, [credentials.client_secret])
                raise TokenError(outcome) from None
            self._cache[key] = fresh
            return fresh.value

    def forget(self, region: Region, client_id: str) -> None:
        """Drop the cached token (after a 401), so the next call fetches a new one."""
        with self._lock:
            self._cache.pop((region.token_url, client_id), None)

    def check(self, region: Region, credentials: ClientCredentials) -> Outcome | None:
        """Fetch a fresh token to test credentials: None when they work, else why not."""
        self.forget(region, credentials.client_id)
        try:
            self.token(region, credentials)
        except TokenError as exc:
            return exc.outcome
        return None

    def _fetch(self, region: Region, credentials: ClientCredentials, deadline: Deadline) -> _Token:
        """Ask the region's token endpoint for a new token (RFC 6749 §4.4)."""
        where = region.server_name
        self.requests_made += 1
        try:
            response = self._session.post(
                region.token_url,
                data={
                    "grant_type": "client_credentials",
                    "client_id": credentials.client_id,
                    "client_secret": credentials.client_secret,
                },
                headers={"Accept": "application/json"},
                auth=NoAuth(),
                timeout=deadline.timeouts(self._timeout),
                allow_redirects=False,
                stream=True,
            )
            raw = read_capped(response, limit=TOKEN_ANSWER_LIMIT).data
            if deadline.passed:  # cut short by the deadline: not an answer to use
                raise TooSlow
            body = raw.decode("utf-8", errors="replace")  # RFC 6749: JSON, UTF-8
        except TooSlow:
            raise TokenError(_too_slow(where)) from None
        except requests.RequestException as exc:
            if deadline.passed:
                raise TokenError(_too_slow(where)) from None
            outcome = interpret_transport_error(exc, where=where)
            # A token request changes nothing on the server: its result is never "unknown".
            raise TokenError(dataclasses.replace(outcome, result_unknown=False)) from None
        data = json_object(body)
        if response.status_code in (400, 401) and data is not None and "error" in data:
            # RFC 6749 §5.2: show a sentence, never the raw body (SPEC.md assumption 2).
            raise TokenError(
                Outcome(
                    OutcomeKind.NEEDS_SIGN_IN,
                    Words(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "Client ID or Client Secret is not accepted by {where}. "
                            "Check them with the Credentials… button.",
                        ),
                        where=where,
                    ),
                    http_status=response.status_code,
                    server_answer=withheld(response.status_code),
                )
            )
        if response.status_code == 200 and data is not None:
            value = data.get("access_token")
            expires = data.get("expires_in", DEFAULT_LIFETIME)
            if isinstance(value, str) and value:
                if not _TOKEN_CHARS.fullmatch(value):
                    raise TokenError(_unusable_token(response.status_code, where))
                lifetime = _seconds(expires)
                return _Token(value, self._clock() + lifetime - RENEW_MARGIN)
        raise TokenError(_token_failure(response.status_code, response.headers, body, where))


# What can follow "Bearer " in a header: visible ASCII (RFC 6750's b64token is stricter,
# but servers hand out others). CR, LF, spaces or non-ASCII would break the header (or
# inject another one): never sent.
_TOKEN_CHARS = re.compile(r"[!-~]+")


def _unusable_token(status: int, where: str) -> Outcome:
    """A token answer whose token can't go in a header: a sign-in problem, tried again later."""
    return Outcome(
        OutcomeKind.TRY_LATER,
        Words(
            QT_TRANSLATE_NOOP(
                "core",
                "{where}'s sign-in answer could not be used (its token is not valid in a "
                "request). Saved — it will be tried again; if this keeps happening, tell your "
                "administrator.",
            ),
            where=where,
        ),
        reason=Reason.UNEXPECTED_ANSWER,
        http_status=status,
        server_answer=withheld(status),
    )


def _too_slow(where: str) -> Outcome:
    """The sign-in took the whole attempt's time (nothing was sent: never unknown)."""
    return Outcome(
        OutcomeKind.TRY_LATER,
        Words(
            QT_TRANSLATE_NOOP(
                "core",
                "{where} took too long to answer the sign-in. Saved — it will be tried again.",
            ),
            where=where,
        ),
        reason=Reason.TIMEOUT,
    )


def withheld(status: int) -> str:
    """What the Details view keeps of a sign-in answer: never its body.

    A token answer holds a token, and a proxy's error page may echo the request with the
    client secret in it; neither may reach the history file.
    """
    return f"(HTTP {status} from the sign-in server; its answer is not kept: it may hold secrets)"


def _seconds(value: object) -> float:
    """expires_in as seconds, falling back to an hour for anything unusable."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return DEFAULT_LIFETIME
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_LIFETIME
    return seconds if seconds > 0 else DEFAULT_LIFETIME


def _token_failure(status: int, headers: Mapping[str, str], body: str, where: str) -> Outcome:
    """The outcome of a token request that neither worked nor was a clear refusal."""
    if 200 <= status < 300:
        return Outcome(
            OutcomeKind.TRY_LATER,
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{where} answered the sign-in with something unexpected (a Wi-Fi sign-in "
                    "page?). Saved — it will be sent when the connection works.",
                ),
                where=where,
            ),
            reason=Reason.UNEXPECTED_ANSWER,
            http_status=status,
            server_answer=withheld(status),
        )
    outcome = interpret_records_answer(status, headers, body, where=where)
    outcome = dataclasses.replace(outcome, server_answer=withheld(status))
    if outcome.kind is OutcomeKind.NEEDS_SIGN_IN:
        return outcome
    if outcome.kind is not OutcomeKind.TRY_LATER:
        # A 4xx at sign-in that isn't RFC 6749's: the request can't be fixed by the user.
        return Outcome(
            OutcomeKind.NEEDS_SIGN_IN,
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{where} refused the sign-in (HTTP {status}). Check them with the "
                    "Credentials… button.",
                ),
                where=where,
                status=status,
            ),
            http_status=status,
            server_answer=withheld(status),
        )
    return dataclasses.replace(outcome, result_unknown=False)
