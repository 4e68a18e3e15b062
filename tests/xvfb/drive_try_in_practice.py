"""Drive Try in practice mode in real windows, with real X key events from xdotool.

Run by tests/xvfb/test_real_window.py as its own process (QT_QPA_PLATFORM=xcb, DISPLAY set):
    python drive_try_in_practice.py DATA_DIR SCREENSHOT_DIR
A desk with one profile: File → Profiles… (Alt+F, O), Try in practice mode (Alt+Y), an
email typed and Return, all as key presses on the X server. Exit code 0 only if the record
was accepted by the sandbox with exactly the profile's keys, and the window showed them.
"""

from __future__ import annotations

import subprocess
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from drive_real_window import HANG_MS, shoot, wait_for
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from cg_desktop.app import main
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.files import save_profile
from cg_desktop.core.profiles.model import FieldSpec, Profile
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.main_window import MainWindow

KEYS = ("Email", "First Name", "Last Name", "Company", "Phone", "Visit Date")
PROFILE = Profile(
    name="Contacts desk",
    region="eu",
    configuration="5f1c2a77-3b0e-4d8e-9a51-0c6f2b9d4e10",
    data_type="contacts",
    fields=tuple(
        FieldSpec(
            key, key, {"Email": "email", "Phone": "phone", "Visit Date": "date"}.get(key, "text")
        )
        for key in KEYS
    ),
)
failures: list[str] = []


def xdotool(*args: str) -> None:
    """Real input on the X server (the keys queue there until Qt reads them)."""
    subprocess.run(["xdotool", *args], check=True, timeout=HANG_MS / 1000)


def focus(widget: QWidget) -> None:
    """Give a top-level window the X keyboard focus (there is no window manager)."""
    wait_for(widget.isVisible)
    # Visible to Qt is not yet mapped on the X server: focusing an unmapped window is an
    # X error (BadMatch), so wait until the server has shown it.
    if not QTest.qWaitForWindowExposed(widget, HANG_MS):
        raise TimeoutError("the window was never shown on the X server")
    xdotool("windowfocus", "--sync", str(int(widget.winId())))
    wait_for(lambda: QApplication.activeWindow() is widget)


def tour(window: MainWindow, shots: Path) -> None:
    """From the desk's window to an accepted record in practice mode, by keyboard."""
    try:
        assert QGuiApplication.platformName() == "xcb", QGuiApplication.platformName()
        wait_for(lambda: window.is_started)
        focus(window)
        xdotool("key", "alt+f")
        wait_for(lambda: QApplication.activePopupWidget() is not None)
        xdotool("key", "o")  # Pr&ofiles…
        wait_for(lambda: window.profile_editor is not None)
        editor = window.profile_editor
        assert editor is not None
        focus(editor)
        assert editor.try_button.isEnabled(), editor.findings
        xdotool("key", "alt+y")  # Tr&y in practice mode
        wait_for(lambda: window.successor is not None and window.successor.is_started)
        practice = window.successor
        assert practice is not None and practice.practice is not None and practice.form
        assert "trying “Contacts desk”" in practice.ribbon.label.text()  # type: ignore[union-attr]
        form = practice.form
        focus(practice)
        wait_for(lambda: form.rows["Email"].editor.focusProxy().hasFocus())
        xdotool("type", "--delay", "40", "ann.lee@example.com")
        wait_for(lambda: form.values()["Email"] == "ann.lee@example.com")
        xdotool("key", "Return")
        wait_for(lambda: form.banner.tone is Tone.SUCCESS, HANG_MS)
        accepted = practice.practice.sandbox.accepted
        assert [list(a.record) for a in accepted] == [["Email"]], accepted
        assert accepted[0].configuration == PROFILE.configuration
        assert form.banner.details.isVisible()
        shown = form.banner.details.toPlainText()
        assert '"Email": "ann.lee@example.com"' in shown, shown
        shoot(practice, shots, "try-in-practice-sent")
        practice.confirm_close = False
        practice.close()
    except BaseException:
        failed()
    finally:
        QApplication.quit()


def failed() -> None:
    """Keep the failure to report, and close every window without asking."""
    failures.append(traceback.format_exc())
    for top in QApplication.topLevelWidgets():
        if isinstance(top, MainWindow):
            top.confirm_close = False
            top.close()


def run(arguments: list[str], tour: Callable[[MainWindow, Path], None]) -> NoReturn:
    """`cg-desktop ARGUMENTS --data-dir DATA_DIR`, `tour` on its window; exit 0 if it passed."""
    data_dir, shots = Path(sys.argv[1]), Path(sys.argv[2])
    shots.mkdir(parents=True, exist_ok=True)
    code = main([*arguments, "--data-dir", str(data_dir)], on_ready=lambda w: tour(w, shots))
    if failures:
        print(failures[0], file=sys.stderr)
        sys.exit(1)
    sys.exit(code)


if __name__ == "__main__":
    profiles = AppPaths.under(Path(sys.argv[1])).profiles_dir
    profiles.mkdir(parents=True, exist_ok=True)
    save_profile(PROFILE, profiles / "contacts-desk.json")
    run([], tour)
