"""Install, check and uninstall the built setup exe for real, silently (Windows CI only).

What the release workflow runs after packaging/build.py on Windows:
    python packaging/windows/installer_check.py build/installers
It checks what only a real Windows shows: the per-user install, the .cgprofile association,
/PROFILES, the installed app's self-test, and that uninstalling keeps the user's data and
secrets unless /REMOVEDATA is given. It changes the machine it runs on (a CI runner).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PROFILE = ROOT / "resources" / "profiles" / "demo.json"
CREDENTIAL = "cg-desktop:ci-check"
SILENT = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"]


class CheckFailed(Exception):
    """The installer did not do what it promises; the message says what."""


def expected_open_command(app_dir: Path) -> str:
    """The command Explorer runs to open a .cgprofile file."""
    return f'"{app_dir / "cg-desktop.exe"}" "%1"'


def credential_listed(cmdkey_output: str, target: str) -> bool:
    """Whether `cmdkey /list` output names the generic credential `target`."""
    wanted = f"target={target.lower()}"
    return any(line.strip().lower().endswith(wanted) for line in cmdkey_output.splitlines())


def _run(command: list[str], what: str) -> subprocess.CompletedProcess[str]:
    """Run `command`, failing the check with its output if it exits non-zero."""
    print(f"check: {what}", flush=True)
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)
    if result.returncode != 0:
        raise CheckFailed(f"{what}: exit {result.returncode}\n{result.stdout}{result.stderr}")
    return result


def _require(condition: bool, message: str) -> None:
    """Fail the check with `message` unless `condition` holds."""
    if not condition:
        raise CheckFailed(message)


def _uninstall(app_dir: Path, extra: list[str], log: Path) -> None:
    """Run the uninstaller silently and wait until it has really finished."""
    _run([str(app_dir / "unins000.exe"), *SILENT, f"/LOG={log}", *extra], f"uninstall {extra}")
    # The uninstaller copies itself to %TEMP% and goes on from there: wait for its log's
    # last line rather than for the process that was started.
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if log.is_file() and "Log closed." in log.read_text(encoding="utf-8-sig", errors="replace"):
            return
        time.sleep(1)
    raise CheckFailed(f"the uninstaller did not finish in 3 minutes; its log: {log}")


def check(setup: Path, work: Path) -> None:
    """The whole round: install with profiles, self-test, uninstall twice (keep, remove)."""
    local = Path(os.environ["LOCALAPPDATA"])
    app_dir = local / "Programs" / "cg-desktop"
    data_dir = local / "cg-desktop"
    shared = work / "shared profiles"  # a space, as a real share path may have
    shared.mkdir()
    shutil.copyfile(SAMPLE_PROFILE, shared / "ci-check.cgprofile")

    _run([str(setup), *SILENT, f"/LOG={work / 'install.log'}", f"/PROFILES={shared}"], "install")
    _require((app_dir / "cg-desktop.exe").is_file(), f"no cg-desktop.exe in {app_dir}")
    copied = data_dir / "profiles" / "ci-check.json"
    _require(copied.is_file(), f"/PROFILES did not copy ci-check.cgprofile to {copied}")
    query = ["reg", "query", r"HKCU\Software\Classes\cgdesktop.profile\shell\open\command", "/ve"]
    answer = _run(query, "the .cgprofile association").stdout
    _require(expected_open_command(app_dir) in answer, f"unexpected open command: {answer}")

    output = work / "self-test.txt"
    test = [str(app_dir / "cg-desktop.exe"), "--self-test", "--self-test-output", str(output)]
    result = subprocess.run(test, check=False, timeout=300)
    print(output.read_text(encoding="utf-8") if output.is_file() else "(no self-test output)")
    _require(result.returncode == 0, f"the installed app's self-test exited {result.returncode}")

    _run(["cmdkey", f"/generic:{CREDENTIAL}", "/user:ci", "/pass:not-a-secret"], "a saved secret")
    _uninstall(app_dir, [], work / "uninstall-keep.log")
    _require(not (app_dir / "cg-desktop.exe").exists(), "the uninstaller left cg-desktop.exe")
    _require(copied.is_file(), "a silent uninstall without /REMOVEDATA deleted the user's profiles")
    listing = _run(["cmdkey", "/list"], "secrets kept").stdout
    _require(credential_listed(listing, CREDENTIAL), "a silent uninstall deleted a saved secret")

    _run([str(setup), *SILENT, f"/LOG={work / 'reinstall.log'}"], "install again")
    _uninstall(app_dir, ["/REMOVEDATA"], work / "uninstall-remove.log")
    _require(not data_dir.exists(), f"/REMOVEDATA left {data_dir}")
    listing = _run(["cmdkey", "/list"], "secrets removed").stdout
    _require(not credential_listed(listing, CREDENTIAL), "/REMOVEDATA kept a saved secret")


def main(argv: list[str] | None = None) -> int:
    """Check the one setup exe in the folder given; exit 1 with the reason on a failure."""
    args = sys.argv[1:] if argv is None else argv
    setups = sorted(Path(args[0] if args else "build/installers").glob("*-windows-setup.exe"))
    if len(setups) != 1:
        print(f"check: expected one setup exe, found {[s.name for s in setups]}")
        return 1
    work = Path(tempfile.mkdtemp(prefix="cg-installer-check-"))
    try:
        check(setups[0].resolve(), work)
    except CheckFailed as failure:
        print(f"check: FAILED: {failure}")
        for log in sorted(work.glob("*.log")):
            print(f"--- {log.name}\n{log.read_text(encoding='utf-8-sig', errors='replace')}")
        return 1
    print("check: installed, associated, profiles handed out, uninstalled as promised")
    return 0


if __name__ == "__main__":
    sys.exit(main())
