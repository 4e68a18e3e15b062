"""The built Linux bundle and .deb, tried as a user's machine would (.ci/run, after the build).

Marked `frozen`: README's test command leaves these out (there is no bundle until
packaging/build-linux.sh has run); .ci/run builds it, then runs `pytest -m frozen` under
Xvfb. CG_DESKTOP_BUILD names the build folder (default: build/ in the repository).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageGrab

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get("CG_DESKTOP_BUILD", ROOT / "build"))
BUNDLE = BUILD / "dist" / "cg-desktop"
INSTALLERS = BUILD / "installers"
SHOTS = ROOT / "artifacts" / "screenshots"
MiB = 2**20
pytestmark = pytest.mark.frozen
# Bounds a hang only; every wait ends on its condition.
TIMEOUT = 120.0
# A person typing at the desk, in ms between keys (xdotool's --delay).
HUMAN_DELAY_MS = "60"


def size_of(folder: Path) -> int:
    """Bytes in a folder's files (links counted as links)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def only(pattern: str) -> Path:
    """The one installer matching a glob in build/installers."""
    found = sorted(INSTALLERS.glob(pattern))
    assert len(found) == 1, f"expected one {pattern} in {INSTALLERS}: {found}"
    return found[0]


def keyring_session(command: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    """Run a command in a private D-Bus session with an unlocked gnome-keyring."""
    script = (
        "printf frozen | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        'exec "$0" "$@"'
    )
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script, *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


def test_the_bundle_and_the_deb_are_within_their_sizes() -> None:
    assert BUNDLE.is_dir(), f"no bundle in {BUNDLE}: run packaging/build-linux.sh"
    assert size_of(BUNDLE) <= 130 * MiB, f"bundle is {size_of(BUNDLE) / MiB:.1f} MiB"
    deb = only("cg-desktop_*.deb")
    assert deb.stat().st_size <= 40 * MiB, f"{deb.name} is {deb.stat().st_size / MiB:.1f} MiB"
    dangling = [str(p) for p in BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []
    # The build machine's desktop stack stays out (the GTK theme plugin would bring it).
    names = {p.name for p in BUNDLE.rglob("*")}
    assert not {n for n in names if n.startswith(("libgtk", "libgdk", "libqgtk3", "libqwayland"))}


def test_the_frozen_self_test_passes_with_a_real_keyring(tmp_path: Path) -> None:
    output = tmp_path / "self-test.txt"
    result = keyring_session(
        [
            str(BUNDLE / "cg-desktop"),
            "--self-test",
            "--save-test-credential",
            "--self-test-output",
            str(output),
        ],
        tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = output.read_text(encoding="utf-8").splitlines()
    assert lines[-1] == "all checks passed"
    assert any("SecretService" in line and "read back" in line for line in lines), lines


def test_the_deb_holds_a_working_app_a_menu_entry_and_the_profile_type(tmp_path: Path) -> None:
    deb = only("cg-desktop_*.deb")
    control = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: cg-desktop" in control and "libc6 (>= 2." in control
    # apt could install it here: every dependency names a package this system knows.
    simulated = subprocess.run(
        ["apt-get", "install", "--simulate", "--no-install-recommends", str(deb)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert simulated.returncode == 0, simulated.stdout + simulated.stderr
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "--extract", str(deb), str(root)], check=True)
    assert os.readlink(root / "usr/bin/cg-desktop") == "/opt/cg-desktop/cg-desktop"
    entry = root / "usr/share/applications/cg-desktop.desktop"
    validated = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout
    text = entry.read_text(encoding="utf-8")
    assert "Exec=cg-desktop %f" in text and "MimeType=application/x-cg-desktop-profile;" in text
    mime = ElementTree.parse(root / "usr/share/mime/packages/cg-desktop.xml").getroot()
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    kind = mime.find(f"{namespace}mime-type")
    assert kind is not None and kind.get("type") == "application/x-cg-desktop-profile"
    assert [g.get("pattern") for g in kind.iter(f"{namespace}glob")] == ["*.cgprofile"]
    for size in (16, 48, 256):
        assert (root / f"usr/share/icons/hicolor/{size}x{size}/apps/cg-desktop.png").exists()
    # The app as the package installs it checks itself.
    output = tmp_path / "self-test.txt"
    installed = [str(root / "opt/cg-desktop/cg-desktop"), "--self-test", "--self-test-output"]
    result = keyring_session([*installed, str(output)], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_tarball_unpacks_to_the_same_app_and_adds_itself_to_the_menu(tmp_path: Path) -> None:
    tarball = only("cg-desktop-*-linux-*.tar.xz")
    # Spaces and characters the menu entry must quote or escape, as people's folders have.
    unpacked = tmp_path / "my apps & 100%"
    unpacked.mkdir()
    subprocess.run(["tar", "-xJf", str(tarball), "-C", str(unpacked)], check=True)
    (folder,) = unpacked.glob("cg-desktop-*")
    assert (folder / "cg-desktop").stat().st_mode & 0o111
    assert size_of(folder / "_internal") == size_of(BUNDLE / "_internal")
    assert "./add-to-menu.sh" in (folder / "README.txt").read_text(encoding="utf-8")
    data = tmp_path / "share"
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    added = subprocess.run(
        [str(folder / "add-to-menu.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert added.returncode == 0, added.stdout + added.stderr
    entry = data / "applications" / "cg-desktop.desktop"
    text = entry.read_text(encoding="utf-8")
    shown = str(folder).replace("%", "%%")
    assert f'Exec="{shown}/cg-desktop" %f' in text
    validated = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout
    assert (data / "icons/hicolor/scalable/apps/cg-desktop.svg").exists()
    assert (data / "mime/packages/cg-desktop.xml").exists()
    removed = subprocess.run(
        [str(folder / "add-to-menu.sh"), "--remove"], env=env, capture_output=True, check=False
    )
    assert removed.returncode == 0 and not entry.exists()


def wait_until(condition: Callable[[], bool], process: subprocess.Popen[str], what: str) -> None:
    """Wait until condition() holds while the app lives; TIMEOUT bounds a hang."""
    deadline = time.monotonic() + TIMEOUT
    while not condition():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def xdotool(*args: str) -> str:
    """Run xdotool on the test's display; its output."""
    return subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, check=True, timeout=TIMEOUT
    ).stdout.strip()


# Pixels that must change for a new page to count as shown (the form is ~680×560; a
# banner or the Recent strip changing is far less).
BIG_CHANGE = 60_000


def changed_area(before: Image.Image, after: Image.Image) -> int:
    """How many pixels differ between two screenshots (a blinking caret: a few dozen)."""
    difference = ImageChops.difference(before, after).convert("L")
    return sum(difference.point(lambda value: 255 if value else 0).histogram()[255:])


def screen() -> Image.Image:
    """A screenshot of the whole virtual screen."""
    return ImageGrab.grab(xdisplay=os.environ["DISPLAY"])


def statuses(database: Path) -> dict[str, str]:
    """Each send's contact and status, read from the app's database (read-only)."""
    if not database.exists():
        return {}
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return dict(db.execute("SELECT contact, status FROM sends").fetchall())


def test_the_frozen_app_sends_the_demo_record_typed_with_real_keys(tmp_path: Path) -> None:
    assert os.environ.get("DISPLAY"), "DISPLAY is not set: run under Xvfb (.ci/run does)"
    for tool in ("xdotool", "xwininfo"):
        assert shutil.which(tool), f"{tool} is missing (.ci/run installs it)"
    data = tmp_path / "data"
    process = subprocess.Popen(
        [str(BUNDLE / "cg-desktop"), "--sandbox", "--data-dir", str(data)],
        env=dict(os.environ, QT_QPA_PLATFORM="xcb"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    database = data / "data" / "practice" / "sends.db"
    try:
        found: list[str] = []

        def window_is_up() -> bool:
            result = subprocess.run(
                ["xdotool", "search", "--name", "practice mode"], capture_output=True, text=True
            )
            found[:] = result.stdout.split()
            return bool(found) and database.exists()

        wait_until(window_is_up, process, "the practice window")
        window = found[-1]
        xdotool("windowfocus", "--sync", window)
        # The cursor starts in the first field (Email address); Tab, Tab is First name.
        xdotool("type", "--delay", HUMAN_DELAY_MS, "ana@example.com")
        xdotool("key", "--delay", HUMAN_DELAY_MS, "Tab", "Tab")
        xdotool("type", "--delay", HUMAN_DELAY_MS, "Ana")
        xdotool("key", "Return")
        wait_until(
            lambda: statuses(database).get("ana@example.com") == "delivered",
            process,
            "the demo record to be delivered",
        )
        form = screen()
        xdotool("key", "ctrl+2")  # History, with the cursor in the list
        # Waits for the History tab: most of the window changes (a blinking caret changes
        # a few pixels only), then for a settled frame to keep.
        wait_until(lambda: changed_area(form, screen()) > BIG_CHANGE, process, "History")
        frames = [screen()]

        def settled() -> bool:
            frames.append(screen())
            return frames[-1].tobytes() == frames[-2].tobytes()

        wait_until(settled, process, "a settled frame")
        SHOTS.mkdir(parents=True, exist_ok=True)
        frames[-1].save(SHOTS / "frozen-history.png")
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0, err
    assert statuses(database) == {"ana@example.com": "delivered"}


def test_a_forced_wayland_platform_falls_back_to_x11() -> None:
    """The bundle has no Wayland plugin; QT_QPA_PLATFORM=wayland must still give a window."""
    assert os.environ.get("DISPLAY"), "DISPLAY is not set: run under Xvfb (.ci/run does)"
    with tempfile.TemporaryDirectory() as data:
        result = subprocess.run(
            [
                str(BUNDLE / "cg-desktop"),
                "--sandbox",
                "--exit-after-first-paint",
                "--data-dir",
                data,
            ],
            env=dict(os.environ, QT_QPA_PLATFORM="wayland"),
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "shown"
