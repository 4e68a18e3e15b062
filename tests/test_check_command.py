"""`cg-desktop --check`: is this computer ready? Run as a desk would, as separate processes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

TIMEOUT = 120.0  # bounds a hang only


def env_for(home: Path, **extra: str) -> dict[str, str]:
    """A child's environment: its own home, no inherited session or proxy."""
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen", **extra)
    for name in ("DBUS_SESSION_BUS_ADDRESS", "HTTPS_PROXY", "https_proxy", "ALL_PROXY"):
        env.pop(name, None)
    return env


def lines_of(output: str) -> dict[str, str]:
    """The report's lines by check name: "ok …", "warning …" or "problem …"."""
    found: dict[str, str] = {}
    for line in output.splitlines():
        status, _, rest = line.partition(" ")
        name, _, detail = rest.strip().partition(": ")
        if status in {"ok", "warning", "problem", "skipped"}:
            found[name] = f"{status} {detail}"
    return found


NAMES = [
    "Keyring",
    "Client ID and Secret",
    "Webhook user and password",  # practice mode has a webhook profile
    "Data folder",
    "History database",
    "Waiting records",
    "Profile",
    "Proxy",
    "Finding CustomerGauge",
    "Secure connection",
    "Signing in",
    "Clock",
]


@pytest.mark.keyring
def test_practice_mode_on_a_ready_computer_is_all_ok(tmp_path: Path) -> None:
    """A real Secret Service (gnome-keyring in its own D-Bus session) and the sandbox."""
    script = (
        "printf check | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        'exec "$0" -m cg_desktop --check --sandbox --data-dir "$1"'
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script, sys.executable, str(tmp_path / "d")],
        env=env_for(tmp_path),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = lines_of(result.stdout)
    assert list(lines) == NAMES
    assert all(line.startswith("ok ") for line in lines.values()), lines
    assert "signed in as sandbox-client" in lines["Signing in"]
    assert result.stdout.rstrip().endswith("ready")


def run_check(tmp_path: Path, data: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    """`cg-desktop --check --sandbox` with this data folder, as this user."""
    command = [sys.executable, "-m", "cg_desktop", "--check", "--sandbox", "--data-dir", str(data)]
    if os.geteuid() == 0:
        # root may write anywhere: the check runs as a user who may not (as a desk's is).
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    return subprocess.run(
        command, env=env_for(tmp_path, **extra), capture_output=True, text=True, timeout=TIMEOUT
    )


@pytest.fixture
def desk_home() -> Iterator[Path]:
    """A folder the unprivileged user of run_check can reach (pytest's tmp_path is private
    to root): its home and its data folder go here."""
    folder = Path(tempfile.mkdtemp(prefix="cg-check-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_no_keyring_is_a_problem_with_its_next_step(desk_home: Path) -> None:
    result = run_check(
        desk_home, desk_home / "d", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )
    assert result.returncode == 1, result.stdout + result.stderr
    lines = lines_of(result.stdout)
    assert lines["Keyring"].startswith("problem no secure keyring")
    assert "Next: Log in to a desktop session with a keyring" in lines["Keyring"]
    assert [n for n, line in lines.items() if line.startswith("problem")] == ["Keyring"]
    assert "not ready: 1 problem(s) above" in result.stdout


def test_a_read_only_data_folder_is_a_problem_with_its_next_step(desk_home: Path) -> None:
    data = desk_home / "d"
    (data / "data" / "practice").mkdir(parents=True)
    for folder in (data, data / "data", data / "data" / "practice"):
        folder.chmod(0o555)  # nobody may write here (root's tests run the check as nobody)
    try:
        result = run_check(desk_home, data, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    finally:
        for folder in (data, data / "data", data / "data" / "practice"):
            folder.chmod(0o755)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = lines_of(result.stdout)
    assert lines["Data folder"].startswith("problem ")
    assert "can't be written" in lines["Data folder"]
    assert "Next: Ask IT to give your user account write access" in lines["Data folder"]


def test_setpriv_is_there_when_the_tests_run_as_root() -> None:
    # The read-only test needs it as root (Debian's util-linux has it).
    assert os.geteuid() != 0 or shutil.which("setpriv")
