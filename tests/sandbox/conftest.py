"""Fixtures for the sandbox's own tests: a sandbox on a fake clock and raw HTTP calls."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
from sandbox_helpers import Api, FakeClock

from cg_desktop.sandbox import Sandbox


@pytest.fixture
def clock() -> FakeClock:
    """The sandbox's clock (token expiry, duplication window)."""
    return FakeClock()


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[Sandbox]:
    """A demo-account sandbox on a free loopback port and the fake clock."""
    with Sandbox(clock=clock) as server:
        yield server


@pytest.fixture
def http() -> Iterator[requests.Session]:
    """A requests session, closed after the test (no ResourceWarning)."""
    with requests.Session() as session:
        yield session


@pytest.fixture
def api(sandbox: Sandbox, http: requests.Session) -> Api:
    """Raw API calls to the sandbox."""
    return Api(sandbox, http)
