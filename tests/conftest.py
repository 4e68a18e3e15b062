"""Shared fixtures: offscreen Qt, fresh folders per test, a real sandbox on loopback."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a display (the xvfb-marked ones set DISPLAY).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from cg_desktop.sandbox import Sandbox

# No test may depend on how fast the machine is. Hypothesis's defaults do: a 200 ms
# deadline per example, and a health check that fails when generating data is "too slow".
# On a loaded or single-core CI machine both fail tests whose code is correct, so they are
# off for every property test (per-test @settings inherit this profile).
settings.register_profile("cg-desktop", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("cg-desktop")


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A sandbox with the demo account on a free loopback port, stopped after the test."""
    with Sandbox() as server:
        yield server


@pytest.fixture
def file_keyring(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A real file-backed keyring (keyrings.alt) whose file lives in this test's folder."""
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "secrets.cfg")
    return backend
