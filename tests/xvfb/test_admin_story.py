"""Issue 12's administrator story in a real window on Xvfb, with real key events: make a
Contacts profile from six pasted field names, preview it, try it in practice mode, export
it; a second desk opens the file and shows the same form. Screenshots for README."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from screens import own_screen
from test_real_window import SHOTS, START, xcb_env

pytestmark = pytest.mark.xvfb
DRIVER = Path(__file__).with_name("drive_admin_story.py")


@pytest.fixture
def desktop() -> Iterator[str]:
    """A screen of its own with a window manager (openbox), as a person's desktop has: it
    gives the keyboard back to a window when a dialog above it closes. Its DISPLAY."""
    with own_screen("1280x900", window_manager=True) as display:
        yield display


def drive(display: str, step: str, data_dir: Path, profile_file: Path, form_json: Path) -> None:
    """Run one part of the story as its own app process; fail with what it said."""
    result = subprocess.run(
        [sys.executable, str(DRIVER), step, str(data_dir), str(SHOTS), str(profile_file),
         str(form_json)],
        env=dict(xcb_env(), DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=5 * START,  # a whole story at a person's typing pace
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_administrator_makes_tries_and_shares_a_profile(tmp_path: Path, desktop: str) -> None:
    profile_file = tmp_path / "shared" / "spring-fair-desk.cgprofile"
    profile_file.parent.mkdir()
    form_json = tmp_path / "form.json"
    shots = ("admin-new-profile", "admin-editor", "admin-try-in-practice", "admin-second-desk")
    for name in shots:  # only this run's pictures count
        (SHOTS / f"{name}.png").unlink(missing_ok=True)
    drive(desktop, "make", tmp_path / "first-desk", profile_file, form_json)
    assert '"Visit Date"' in profile_file.read_text(encoding="utf-8")
    drive(desktop, "open", tmp_path / "second-desk", profile_file, form_json)
    for name in shots:
        assert (SHOTS / f"{name}.png").stat().st_size > 10_000, name
