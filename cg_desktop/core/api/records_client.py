"""The Records API call (SPEC.md, The records call): one record in, one Outcome out."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial
from urllib.parse import urlencode

import requests

from cg_desktop.core.api.answers import interpret_records_answer, interpret_transport_error
from cg_desktop.core.api.deadline import (
    ATTEMPT_DEADLINE,
    RECORDS_ANSWER_LIMIT,
    Deadline,
    TooSlow,
    read_capped,
)
from cg_desktop.core.api.http import DEFAULT_TIMEOUT, BearerAuth, make_session
from cg_desktop.core.api.outcomes import Outcome, OutcomeKind, Reason
from cg_desktop.core.api.redaction import basic_auth_secret, redact_outcome
from cg_desktop.core.api.regions import Region, require_safe_url
from cg_desktop.core.api.tokens import TokenError, TokenProvider
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

log = logging.getLogger(__name__)


def json_body(configuration: str, record: Mapping[str, str]) -> bytes:
    """The raw JSON body: {"configuration": ..., "record": {...}}."""
    payload = {"configuration": configuration, "record": dict(record)}
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def form_body(configuration: str, record: Mapping[str, str]) -> str:
    """The x-www-form-urlencoded body with bracket keys, e.g. record%5BFirst+Name%5D=Joe."""
    pairs = [("configuration", configuration)]
    pairs += [(f"record[{name}]", value) for name, value in record.items()]
    return urlencode(pairs)


def decode_answer(content: bytes, encoding: str | None) -> str:
    """The body as text: UTF-8 as the API sends, without requests' slow charset guessing.

    Never raises: a charset Python doesn't know (a proxy's invention) is read as UTF-8.
    """
    try:
        return content.decode(encoding or "utf-8", errors="replace")
    except LookupError:
        return content.decode("utf-8", errors="replace")


def read_answer(response: requests.Response) -> tuple[str, bool]:
    """A records or webhook answer as text (capped, ended by the running Deadline), and
    whether it is known to be whole (only then can an empty one prove delivery)."""
    body = read_capped(response, limit=RECORDS_ANSWER_LIMIT)
    return decode_answer(body.data, response.encoding), body.whole


def too_slow(where: str, *, sent: bool) -> Outcome:
    """The attempt's deadline passed; `sent`: the record had gone out, so it may have landed."""
    return Outcome(
        OutcomeKind.TRY_LATER,
        Words(
            QT_TRANSLATE_NOOP(
                "core",
                "{where} took too long to answer. Saved — it will be sent again to make sure "
                "it arrived.",
            )
            if sent
            else QT_TRANSLATE_NOOP(
                "core", "{where} took too long to answer. Saved — it will be sent again."
            ),
            where=where,
        ),
        reason=Reason.TIMEOUT,
        result_unknown=sent,
    )


def exchange(
    deadline: Deadline, send: Callable[[], requests.Response], where: str
) -> tuple[requests.Response, str, bool] | Outcome:
    """Make a request that `send()` starts (streamed) and read its answer, within `deadline`.

    The answer, its text and whether it is whole; or the Outcome when no usable answer
    came (the record went out: its result may be unknown).
    """
    try:
        response = send()
        text, whole = read_answer(response)
    except TooSlow:
        return too_slow(where, sent=True)
    except requests.RequestException as exc:
        if deadline.passed:
            return too_slow(where, sent=True)
        return interpret_transport_error(exc, where=where)
    if deadline.passed:
        # The deadline cut the answer short (an end of headers or body that only looks
        # complete): never proof of anything.
        return too_slow(where, sent=True)
    return response, text, whole


def internal_failure(exc: Exception) -> Outcome:
    """A bug met while sending: logged by type (never its text, which may hold data)."""
    log.error("unexpected %s while sending", type(exc).__name__)
    return Outcome(
        OutcomeKind.TRY_LATER,
        Words(
            QT_TRANSLATE_NOOP(
                "core",
                "Something went wrong inside cg-desktop while sending. Saved — it will be tried "
                "again; if it keeps happening, tell your administrator.",
            )
        ),
        reason=Reason.UNEXPECTED_ANSWER,
        result_unknown=True,
    )


class RecordsClient:
    """Sends records to one region's Records API with one Connected App's credentials."""

    def __init__(
        self,
        region: Region,
        credentials: ClientCredentials,
        *,
        session: requests.Session | None = None,
        tokens: TokenProvider | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        deadline: float = ATTEMPT_DEADLINE,
    ) -> None:
        """`deadline`: seconds one send may take in all (sign-in, request, answer)."""
        require_safe_url(region.records_url)
        require_safe_url(region.token_url)
        self.region = region
        self._credentials = credentials
        self._session = session if session is not None else make_session()
        self._tokens = tokens if tokens is not None else TokenProvider(self._session)
        self._timeout = timeout
        self._deadline = deadline

    @property
    def tokens(self) -> TokenProvider:
        """The token cache this client draws from."""
        return self._tokens

    def send(
        self,
        configuration: str,
        record: Mapping[str, str],
        *,
        body_format: str = "json",
        method: str = "PUT",
    ) -> Outcome:
        """PUT (or POST) one record; never raises: every failure is an Outcome.

        The outcome holds no token and no client secret, whatever the server echoed.
        """
        tokens: list[str] = []  # every token this call used
        try:
            outcome = self._send(configuration, record, body_format, method, tokens)
        except Exception as exc:  # a bug, but a send must still end in a sentence
            outcome = internal_failure(exc)
        return redact_outcome(outcome, [self._credentials.client_secret, *tokens])

    def _send(
        self,
        configuration: str,
        record: Mapping[str, str],
        body_format: str,
        method: str,
        tokens: list[str],
    ) -> Outcome:
        """Sign in (cached), send, and once more with a fresh token after a 401."""
        if body_format == "form":
            body: bytes | str = form_body(configuration, record)
            content_type = "application/x-www-form-urlencoded"
        else:
            body = json_body(configuration, record)
            content_type = "application/json"
        where = self.region.server_name
        with Deadline(time.monotonic() + self._deadline) as deadline:
            for attempt in (1, 2):
                try:
                    token = self._tokens.token(self.region, self._credentials)
                except TokenError as exc:
                    return exc.outcome
                tokens.append(token)
                try:
                    timeouts = deadline.timeouts(self._timeout)
                except TooSlow:  # the sign-in used up the time: nothing was sent
                    return too_slow(where, sent=False)
                answered = exchange(
                    deadline,
                    partial(
                        self._session.request,
                        method,
                        self.region.records_url,
                        data=body,
                        headers={
                            "Content-Type": content_type,
                            "Accept": "application/json",
                            # Uncompressed: an empty answer is then plainly empty.
                            "Accept-Encoding": "identity",
                        },
                        auth=BearerAuth(token),
                        timeout=timeouts,
                        allow_redirects=False,
                        stream=True,  # read by read_answer: capped, within the deadline
                    ),
                    where,
                )
                if isinstance(answered, Outcome):
                    return answered
                response, text, whole = answered
                if response.status_code == 401 and attempt == 1:
                    # The token may have been revoked or expired early: one fresh token, once.
                    self._tokens.forget(self.region, self._credentials.client_id)
                    continue
                return interpret_records_answer(
                    response.status_code, response.headers, text, where=where, whole=whole
                )
        raise AssertionError("unreachable: the loop always returns")

    def close(self) -> None:
        """Close the HTTP connections this client holds."""
        self._session.close()


class WebhookClient:
    """Sends records to an Incoming Webhook (HTTP Basic auth, a flat JSON body or a query)."""

    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        *,
        where: str = "CustomerGauge",
        session: requests.Session | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        deadline: float = ATTEMPT_DEADLINE,
    ) -> None:
        """`deadline`: seconds one send may take in all (request and answer)."""
        require_safe_url(url)
        self._url = url
        self._auth = requests.auth.HTTPBasicAuth(username, password)
        self._secrets = (password, basic_auth_secret(username, password))
        self._where = where
        self._session = session if session is not None else make_session()
        self._timeout = timeout
        self._deadline = deadline

    def __repr__(self) -> str:
        return f"WebhookClient({self._url!r}, <credentials redacted>)"

    def send(
        self, record: Mapping[str, str], *, body_format: str = "json", method: str = "PUT"
    ) -> Outcome:
        """Send one record, flat: a JSON body ("json") or query parameters ("form", SPEC.md).

        Never raises; no password in the outcome.
        """
        outcome = self._send(record, body_format, method)
        if outcome.kind is OutcomeKind.NEEDS_SIGN_IN and outcome.http_status == 401:
            # A webhook signs in with its own user and password, not a Connected App.
            outcome = replace(
                outcome,
                message=f"{self._where} did not accept the webhook's user or password. "
                "Check them in Credentials… and send again.",
            )
        return redact_outcome(outcome, self._secrets)

    def _send(self, record: Mapping[str, str], body_format: str, method: str) -> Outcome:
        """The call itself."""
        flat = dict(record)
        as_query = body_format == "form"
        try:
            with Deadline(time.monotonic() + self._deadline) as deadline:
                try:
                    timeouts = deadline.timeouts(self._timeout)
                except TooSlow:
                    return too_slow(self._where, sent=False)
                answered = exchange(
                    deadline,
                    partial(
                        self._session.request,
                        method,
                        self._url,
                        params=flat if as_query else None,
                        data=None if as_query else json.dumps(flat, ensure_ascii=False).encode(),
                        headers={
                            **({} if as_query else {"Content-Type": "application/json"}),
                            "Accept": "application/json",
                            "Accept-Encoding": "identity",
                        },
                        auth=self._auth,
                        timeout=timeouts,
                        allow_redirects=False,
                        stream=True,
                    ),
                    self._where,
                )
        except Exception as exc:  # a bug, but a send must still end in a sentence
            return internal_failure(exc)
        if isinstance(answered, Outcome):
            return answered
        response, text, whole = answered
        return interpret_records_answer(
            response.status_code, response.headers, text, where=self._where, whole=whole
        )

    def close(self) -> None:
        """Close the HTTP connections this client holds."""
        self._session.close()
