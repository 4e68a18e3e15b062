"""Issue 14 in a real window: the app in Dutch and in a pseudo-language (every string ~40 %
longer), screenshots of each, and no label or button with its text cut off."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from screens import own_screen
from test_real_window import SHOTS, START, xcb_env

pytestmark = pytest.mark.xvfb


NAMES = ("form", "menu", "settings", "about", "history")


def drive(language: str, data: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run drive_languages.py in `language`; its screenshots go to SHOTS."""
    for name in NAMES:  # only this run's pictures count
        (SHOTS / f"lang-{language}-{name}.png").unlink(missing_ok=True)
    return subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("drive_languages.py")),
            language,
            str(data),
            str(SHOTS),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=3 * START,
    )


def check(language: str, result: subprocess.CompletedProcess[str]) -> None:
    """Every picture taken, and no text cut off."""
    assert result.returncode == 0, result.stdout + result.stderr
    for name in NAMES:
        assert (SHOTS / f"lang-{language}-{name}.png").stat().st_size > 5_000, name
    clipped = json.loads((SHOTS / f"lang-{language}-clipped.json").read_text("utf-8"))
    assert clipped == [], "\n".join(clipped)


@pytest.mark.parametrize("language", ["nl", "pseudo"])
def test_the_window_in_another_language_cuts_off_nothing(tmp_path: Path, language: str) -> None:
    check(language, drive(language, tmp_path / "data", xcb_env()))


def test_at_200_percent_nothing_is_cut_off(tmp_path: Path) -> None:
    # A 2560x1600 screen (a laptop's "Retina" one) at 200 %: 1280x800 points.
    with own_screen("2560x1600") as display:
        env = dict(xcb_env(), DISPLAY=display, QT_SCALE_FACTOR="2")
        check("en", drive("en", tmp_path / "data", env))
