"""The command line as an installer and a desktop use it: --self-test, a profile file, SIGTERM.

Each test runs cg-desktop as a separate process, as the installers and the desktop do.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from cg_desktop.self_test import Outcome, run_check

ROOT = Path(__file__).resolve().parents[1]
# Bounds a hang only: a Python + Qt child on a loaded machine can be slow.
TIMEOUT = 120.0


def offscreen_env(home: Path, **extra: str) -> dict[str, str]:
    """A child's environment: offscreen Qt, its own home, no inherited keyring or session."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), **extra)
    for name in ("DBUS_SESSION_BUS_ADDRESS", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        env.pop(name, None)
    return env


def self_test_lines(output: Path) -> dict[str, str]:
    """The self-test's lines by check name: "ok" or "FAIL", then the detail."""
    lines: dict[str, str] = {}
    for line in output.read_text(encoding="utf-8").splitlines():
        state, _, rest = line.partition("  ")
        name, _, detail = rest.strip().partition(": ")
        if state.strip() in {"ok", "FAIL"}:
            lines[name] = f"{state.strip()} {detail}"
    return lines


@pytest.mark.keyring
def test_self_test_passes_with_a_real_session_keyring(tmp_path: Path) -> None:
    """gnome-keyring in its own D-Bus session: the test credential goes in, back and out."""
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        assert shutil.which(tool), f"{tool} is missing: .ci/run installs dbus-bin, gnome-keyring"
    output = tmp_path / "self-test.txt"
    script = (
        "printf self-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        'exec "$0" -m cg_desktop --self-test --save-test-credential --self-test-output "$1"'
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script, sys.executable, str(output)],
        env=offscreen_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = self_test_lines(output)
    assert set(lines) >= {
        "version",
        "resources",
        "phone numbers",
        "sqlite",
        "keyring",
        "trust store",
        "qt offscreen",
        "qt plugins",
        "qt network information",
        "qt svg icon",
        "qt translations",
        "stop signal",
    }
    assert all(line.startswith("ok ") for line in lines.values()), lines
    assert "SecretService" in lines["keyring"]
    assert "saved, read back and deleted" in lines["keyring"]
    # The same lines went to stdout too.
    assert result.stdout.strip().endswith("all checks passed")


def test_self_test_names_what_fails_and_exits_1(tmp_path: Path) -> None:
    output = tmp_path / "self-test.txt"
    result = subprocess.run(
        [sys.executable, "-m", "cg_desktop", "--self-test", "--self-test-output", str(output)],
        env=offscreen_env(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    lines = self_test_lines(output)
    assert lines["keyring"].startswith("FAIL no keyring to keep the Client Secret in")
    assert [name for name, line in lines.items() if line.startswith("FAIL")] == ["keyring"]
    assert output.read_text(encoding="utf-8").splitlines()[-1] == "1 check(s) failed"


def test_a_check_that_raises_is_a_fail_line_not_a_crash() -> None:
    def broken() -> str:
        raise OSError("disk gone")

    outcome = run_check("sqlite", broken)
    assert outcome == Outcome("sqlite", False, "OSError: disk gone")
    assert outcome.line() == "FAIL  sqlite: OSError: disk gone"


OPEN_WITH_A_PROFILE = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from cg_desktop.app import close_every_window, main

    def report(window):
        print("TITLE", window.windowTitle(), flush=True)
        close_every_window(QApplication.instance())

    sys.exit(main(sys.argv[1:], on_ready=report))
    """
)


@pytest.mark.parametrize(
    "how", [lambda path: [str(path)], lambda path: ["--import-profile", str(path)]]
)
def test_a_profile_file_given_on_the_command_line_is_imported_and_shown(
    tmp_path: Path, how: Callable[[Path], list[str]]
) -> None:
    """What double-clicking a .cgprofile file does (the installers pass it as an argument)."""
    profile = json.loads((ROOT / "resources" / "profiles" / "demo.json").read_text("utf-8"))
    profile["name"] = "Spring fair desk"
    profile["region"] = "eu"
    given = tmp_path / "downloads" / "Spring fair.cgprofile"
    given.parent.mkdir()
    given.write_text(json.dumps(profile), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", OPEN_WITH_A_PROFILE, "--data-dir", str(tmp_path / "d"), *how(given)],
        env=offscreen_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    kept = list((tmp_path / "d" / "config" / "profiles").glob("*.json"))
    assert [json.loads(p.read_text("utf-8"))["name"] for p in kept] == ["Spring fair desk"]
    assert "Spring fair desk" in result.stdout.split("TITLE", 1)[1]


def test_sigterm_closes_the_app_cleanly(tmp_path: Path) -> None:
    """The system's shutdown or `kill`: the app closes cleanly, code 0, its sender stopped.

    (That SIGTERM wakes an event loop with nothing else to do is tests/ui/test_signal_wake.)
    """
    data = tmp_path / "d"
    process = subprocess.Popen(
        [sys.executable, "-m", "cg_desktop", "--sandbox", "--data-dir", str(data)],
        env=offscreen_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The log file opens at the first paint and the database just after it: from then
        # on the window is up, the sender thread runs, and nothing is scheduled.
        log = data / "logs" / "cg-desktop.log"
        database = data / "data" / "practice" / "sends.db"
        _wait_for(lambda: log.exists() and database.exists(), process)
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0, err
    assert "QThread: Destroyed" not in err and "Traceback" not in err, err


def _wait_for(condition: object, process: subprocess.Popen[str]) -> None:
    """Wait until condition() holds while the process lives; TIMEOUT bounds a hang."""
    import time

    assert callable(condition)
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the app did not get that far"
        time.sleep(0.1)


def test_version_prints_the_package_version(tmp_path: Path) -> None:
    from cg_desktop.core.about import app_version

    result = subprocess.run(
        [sys.executable, "-m", "cg_desktop", "--version"],
        env=offscreen_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"cg-desktop {app_version()}\n"
    assert not app_version().startswith("unknown")
