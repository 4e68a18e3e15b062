"""Issue 14 in a real window: the app in Dutch and in a pseudo-language (every string ~40 %
longer), screenshots of each, and no label or button with its text cut off."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_real_window import SHOTS, START, xcb_env

pytestmark = pytest.mark.xvfb


@pytest.mark.parametrize("language", ["nl", "pseudo"])
def test_the_window_in_another_language_cuts_off_nothing(tmp_path: Path, language: str) -> None:
    names = ("form", "menu", "settings", "about", "history")
    for name in names:  # only this run's pictures count
        (SHOTS / f"lang-{language}-{name}.png").unlink(missing_ok=True)
    result = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("drive_languages.py")),
            language,
            str(tmp_path / "data"),
            str(SHOTS),
        ],
        env=xcb_env(),
        capture_output=True,
        text=True,
        timeout=3 * START,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for name in names:
        assert (SHOTS / f"lang-{language}-{name}.png").stat().st_size > 5_000, name
    clipped = json.loads((SHOTS / f"lang-{language}-clipped.json").read_text("utf-8"))
    assert clipped == [], "\n".join(clipped)
