"""Loopback traffic (practice mode's sandbox) never goes to the office's proxy."""

from __future__ import annotations

import pytest

from cg_desktop.core.api.http import make_session
from cg_desktop.sandbox import Sandbox

DEAD_PROXY = "http://127.0.0.1:9"  # nothing listens on the discard port


@pytest.fixture
def office_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy for everything, as a company's environment sets it."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, DEAD_PROXY)
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("office_proxy")
def test_the_sandbox_is_reached_directly_despite_a_proxy(sandbox: Sandbox) -> None:
    session = make_session()
    try:
        answer = session.post(
            f"{sandbox.base_url}/oauth2/token",
            data={"grant_type": "client_credentials", "client_id": "x", "client_secret": "y"},
            timeout=(5.0, 15.0),
        )
    finally:
        session.close()
    assert answer.status_code in {400, 401}  # the sandbox answered, not the dead proxy


@pytest.mark.usefixtures("office_proxy")
def test_other_hosts_still_use_the_proxy() -> None:
    session = make_session()
    try:
        settings = session.merge_environment_settings(
            "https://auth.eu.customergauge.com/oauth2/token", {}, None, None, None
        )
    finally:
        session.close()
    assert settings["proxies"].get("https") == DEAD_PROXY
