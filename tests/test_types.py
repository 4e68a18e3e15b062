"""The whole package type-checks under mypy --strict (pyproject.toml), with no blanket ignores."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_strict_passes_on_the_package() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "cg_desktop"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert result.stdout.startswith("Success: no issues found")


def test_no_blanket_type_ignores() -> None:
    # A bare "type: ignore" (no error code) would hide every future error on its line.
    bare = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "cg_desktop").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "type: ignore" in line and "type: ignore[" not in line
    ]
    assert bare == []
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "ignore_missing_imports" not in config and "ignore_errors" not in config
