"""Helpers for the sandbox's tests: raw HTTP calls, a fake clock, the demo constants.

These tests talk HTTP with `requests` directly, never through cg_desktop.core: the
sandbox is checked against SPEC.md on its own.
"""

from __future__ import annotations

from typing import Any

import requests

from cg_desktop.sandbox import Sandbox

MAPPING_A = "9dd58237-c913-4073-9c76-07da0b49ff50"
MAPPING_B = "53505294-0b20-2509-b15d-c8e377701d66"
CLIENT = {"client_id": "sandbox-client", "client_secret": "sandbox-secret"}
HOOK_AUTH = ("sandbox-hook", "sandbox-hook-secret")
# Bounds a hang only: the sandbox on loopback answers far sooner, however loaded the
# machine. No test here races these against anything.
TIMEOUT = (30.0, 60.0)
HANG = 60.0  # seconds: the same, for a raw socket, a thread join or an Event
DAY = 86_400.0


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Api:
    """Raw calls to one sandbox with one kept-alive requests.Session."""

    def __init__(self, sandbox: Sandbox, session: requests.Session) -> None:
        self.sandbox = sandbox
        self.session = session
        self._token: str | None = None

    def new_token(self) -> str:
        response = self.session.post(
            self.sandbox.token_url,
            data={"grant_type": "client_credentials", **CLIENT},
            timeout=TIMEOUT,
        )
        assert response.status_code == 200, response.text
        token = response.json()["access_token"]
        assert isinstance(token, str)
        return token

    def forget_token(self) -> None:
        """The next call gets a fresh token (after the fake clock jumped past expiry)."""
        self._token = None

    @property
    def token(self) -> str:
        if self._token is None:
            self._token = self.new_token()
        return self._token

    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def put_json(self, body: Any, method: str = "PUT", **kw: Any) -> requests.Response:
        headers = {**self.auth(), **kw.pop("headers", {})}
        return self.session.request(
            method, self.sandbox.records_url, json=body, headers=headers, timeout=TIMEOUT, **kw
        )

    def send(
        self, record: object, configuration: object = MAPPING_A, **kw: Any
    ) -> requests.Response:
        return self.put_json({"configuration": configuration, "record": record}, **kw)

    def put_raw(self, body: bytes | str, content_type: str | None, **kw: Any) -> requests.Response:
        headers = {**self.auth(), **kw.pop("headers", {})}
        if content_type is not None:
            headers["Content-Type"] = content_type
        return self.session.put(
            self.sandbox.records_url, data=body, headers=headers, timeout=TIMEOUT, **kw
        )

    def hook(
        self, *, params: dict[str, str] | None = None, json: Any = None, auth: Any = HOOK_AUTH
    ) -> requests.Response:
        return self.session.put(
            self.sandbox.hook_url(), params=params, json=json, auth=auth, timeout=TIMEOUT
        )


def joe(**extra: object) -> dict[str, Any]:
    """A valid record for mapping A."""
    return {"Email": "joe.doe@example.com", "First Name": "Joe", **extra}


def assert_422(response: requests.Response, errors: dict[str, list[str]], message: str) -> None:
    """The answer is a 422 with exactly these errors and this message."""
    assert response.status_code == 422, response.text
    assert response.headers["Content-Type"] == "application/json"
    assert response.json() == {"message": message, "errors": errors}
    assert response.json()["message"] == message
