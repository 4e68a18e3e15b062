"""Shared fixtures: offscreen Qt, fresh folders per test, a real sandbox on loopback."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a display (the xvfb-marked ones set DISPLAY).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from cg_desktop.sandbox import Sandbox


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
