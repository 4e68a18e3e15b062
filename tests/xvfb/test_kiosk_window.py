"""Issue 13 in a real window: `cg-desktop --sandbox --kiosk` on Xvfb, a badge scanned with
real X key events, sent, thanked, and a fresh form for the next visitor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from screens import own_screen
from test_real_window import SHOTS, START, xcb_env

pytestmark = pytest.mark.xvfb


def test_a_kiosk_scans_sends_thanks_and_starts_afresh(tmp_path: Path) -> None:
    for name in ("kiosk-scanned", "kiosk-thanks", "kiosk-staff"):  # only this run's pictures count
        (SHOTS / f"{name}.png").unlink(missing_ok=True)
    # A screen of its own with a window manager, as a desk's computer has: it gives the
    # keyboard to the PIN dialog and the staff panel as they open.
    with own_screen("1280x900", window_manager=True) as display:
        result = subprocess.run(
            [
                sys.executable,
                str(Path(__file__).with_name("drive_kiosk.py")),
                str(tmp_path),
                str(SHOTS),
            ],
            env=dict(xcb_env(), DISPLAY=display),
            capture_output=True,
            text=True,
            timeout=3 * START,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("kiosk-scanned", "kiosk-thanks", "kiosk-staff"):
        assert (SHOTS / f"{name}.png").stat().st_size > 10_000, name
