"""Shared for the packaging tests: the scripts importable, stand-ins for the OS tools.

The packaging scripts import each other as `windows.*` and `macos.*` (packaging/ on
sys.path), as they do when build.py runs them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from fake_tools import FakeTools

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))


@pytest.fixture
def fake_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeTools:
    """An empty set of stand-in tools, first on PATH for this test."""
    folder = tmp_path / "fake-bin"
    folder.mkdir()
    log = tmp_path / "fake-tools.jsonl"
    monkeypatch.setenv("FAKE_TOOL_LOG", str(log))
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    return FakeTools(folder, log)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No signing or notarization variable a developer's shell may have set leaks in."""
    names = [
        "WINDOWS_CERT_PFX_BASE64",
        "WINDOWS_CERT_PASSWORD",
        "WINDOWS_TIMESTAMP_URL",
        "SIGNTOOL",
        "ISCC",
        "CG_SIGN_PFX_FILE",
        "MACOS_SIGN_IDENTITY",
        "MACOS_CERT_P12_BASE64",
        "MACOS_CERT_PASSWORD",
        "MACOS_NOTARY_KEYCHAIN_PROFILE",
        "APPLE_ID",
        "APPLE_TEAM_ID",
        "APPLE_APP_PASSWORD",
    ]
    for name in names:
        monkeypatch.delenv(name, raising=False)
