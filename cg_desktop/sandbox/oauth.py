"""`POST /oauth2/token`: the OAuth2 client-credentials grant (RFC 6749 §4.4, §5)."""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import threading
from collections.abc import Callable
from urllib.parse import parse_qs, unquote_plus

from cg_desktop.sandbox.account import Account
from cg_desktop.sandbox.http_types import Request, Response, json_response, method_not_allowed
from cg_desktop.sandbox.laravel_input import media_type

TOKEN_PATH = "/oauth2/token"
# RFC 6749 §5.1: token answers must not be cached.
_NO_STORE = (("Cache-Control", "no-store"), ("Pragma", "no-cache"))
_CHALLENGE = (("WWW-Authenticate", 'Basic realm="sandbox"'),)


class TokenStore:
    """Bearer tokens issued so far and when each expires; thread-safe."""

    def __init__(self, lifetime: int, clock: Callable[[], float]) -> None:
        self.lifetime = lifetime
        self._clock = clock
        self._lock = threading.Lock()
        self._expires: dict[str, float] = {}
        self._issued = 0

    @property
    def issued(self) -> int:
        """How many tokens have been issued."""
        with self._lock:
            return self._issued

    def issue(self) -> str:
        """A new random opaque token valid for `lifetime` seconds from now."""
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._expires[token] = self._clock() + self.lifetime
            self._issued += 1
        return token

    def is_valid(self, token: str | None) -> bool:
        """True for a token this store issued that hasn't expired."""
        if token is None:
            return False
        with self._lock:
            expires = self._expires.get(token)
            return expires is not None and self._clock() < expires

    def expire_all(self) -> None:
        """Every token issued so far is expired from now on."""
        with self._lock:
            for token in self._expires:
                self._expires[token] = float("-inf")


def _oauth_error(status: int, code: str, headers: tuple[tuple[str, str], ...] = ()) -> Response:
    """An RFC 6749 §5.2 error answer."""
    return json_response(status, {"error": code}, _NO_STORE + headers)


def _basic_client(header: str) -> tuple[str, str] | None:
    """RFC 6749 §2.3.1: Basic with form-urlencoded id and secret; None when malformed."""
    scheme, _, encoded = header.strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, colon, secret = decoded.partition(":")
    if not colon:
        return None
    return unquote_plus(client_id), unquote_plus(secret)


def handle_token(request: Request, account: Account, tokens: TokenStore) -> Response:
    """Answer a token request: a token, or invalid_request/invalid_client/unsupported_grant."""
    if request.method != "POST":
        return method_not_allowed(request.method, ("POST",))
    params: dict[str, list[str]] = {}
    if media_type(request) == "application/x-www-form-urlencoded":
        params = parse_qs(request.body.decode("utf-8", errors="replace"), keep_blank_values=True)
    # §3.2: a parameter sent twice makes the request malformed.
    if any(len(values) > 1 for values in params.values()):
        return _oauth_error(400, "invalid_request")
    form = {name: values[0] for name, values in params.items()}
    authorization = request.header("authorization")
    used_basic = authorization is not None
    if authorization is not None:
        if "client_secret" in form:
            return _oauth_error(400, "invalid_request")  # §2.3: one method only
        credentials = _basic_client(authorization)
        if credentials is None:
            return _oauth_error(401, "invalid_client", _CHALLENGE)
        client_id, client_secret = credentials
    else:
        client_id, client_secret = form.get("client_id", ""), form.get("client_secret", "")
    grant_type = form.get("grant_type", "")
    if not grant_type or not client_id or not client_secret:
        return _oauth_error(400, "invalid_request")
    id_ok = hmac.compare_digest(client_id.encode(), account.client_id.encode())
    secret_ok = hmac.compare_digest(client_secret.encode(), account.client_secret.encode())
    if not (id_ok and secret_ok):
        # §5.2: answer a failed Basic authentication with a challenge.
        return _oauth_error(401, "invalid_client", _CHALLENGE if used_basic else ())
    if grant_type != "client_credentials":
        return _oauth_error(400, "unsupported_grant_type")
    payload = {
        "access_token": tokens.issue(),
        "token_type": "Bearer",
        "expires_in": tokens.lifetime,
    }
    return json_response(200, payload, _NO_STORE)
