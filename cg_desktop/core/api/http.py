"""The one way cg-desktop makes a requests.Session: no silent retries, a clear User-Agent."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import requests
from requests.auth import AuthBase
from requests.models import PreparedRequest
from requests.sessions import merge_setting
from urllib3.util.retry import Retry

from cg_desktop import __version__
from cg_desktop.core.api.deadline import DeadlineAdapter
from cg_desktop.core.api.regions import is_loopback_host

# (connect, read): connecting is quick or hopeless; CustomerGauge may take a while to answer.
DEFAULT_TIMEOUT = (5.0, 30.0)


class _Session(requests.Session):
    """A Session that never sends this computer's own loopback traffic to a proxy.

    Practice mode's sandbox listens on 127.0.0.1; an http_proxy set for the office would
    otherwise receive those requests, and practice would fail for no reason a person sees.
    """

    def merge_environment_settings(
        self,
        url: str,
        proxies: dict[str, str] | None,
        stream: bool | None,
        verify: Any,
        cert: Any,
    ) -> dict[str, Any]:
        """requests' own settings, without proxies for a loopback URL."""
        # requests adds the environment's proxies into `proxies` itself: copy it first.
        explicit = merge_setting(dict(proxies or {}), self.proxies) or {}
        settings: dict[str, Any] = super().merge_environment_settings(
            url, proxies, stream, verify, cert
        )
        if is_loopback_host(urlsplit(url).hostname or ""):
            # Only the environment's proxies go: ones given to the session on purpose stay.
            settings["proxies"] = explicit
        return settings


def make_session() -> requests.Session:
    """A Session that never resends on its own: retries belong to the outbox, where they count.

    urllib3 would otherwise retry a PUT after a read error (PUT is "idempotent"), which for
    us can mean a second survey (PITFALLS.md).
    """
    session = _Session()
    # read=False re-raises a read error as itself (a ReadTimeout stays a timeout) instead of
    # wrapping it in MaxRetryError, which requests would turn into a ConnectionError.
    no_retries = Retry(total=0, connect=0, read=False, redirect=0, status=0, other=0)
    # Its connections can be ended by an attempt's Deadline (core/api/deadline.py).
    adapter = DeadlineAdapter(max_retries=no_retries)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers["User-Agent"] = f"cg-desktop/{__version__}"
    return session


class BearerAuth(AuthBase):
    """Authorization: Bearer; passed as `auth` so a stray ~/.netrc can never replace it."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self, request: PreparedRequest) -> PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def __repr__(self) -> str:
        return "<BearerAuth redacted>"


class NoAuth(AuthBase):
    """No Authorization header at all, and no ~/.netrc lookup either (the token request)."""

    def __call__(self, request: PreparedRequest) -> PreparedRequest:
        return request
