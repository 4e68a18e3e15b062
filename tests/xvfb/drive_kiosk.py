"""Drive `cg-desktop --sandbox --kiosk` in a real window with real X key events (xdotool):

    python drive_kiosk.py DATA_DIR SCREENSHOT_DIR

Full screen; a badge scanned (a MECARD typed by xdotool at a scanner's speed, then Enter);
the visitor presses Enter; the thank-you; the next visitor starts typing on a fresh form;
staff press Ctrl+Alt+S, type the PIN and leave kiosk mode: the desk's window opens.
Run by tests/xvfb/test_kiosk_window.py. Exit code 0 only if every step happened.
"""

from __future__ import annotations

import subprocess
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from cg_desktop.app import main
from cg_desktop.core.store.sends import Status
from cg_desktop.ui.kiosk.pin_dialogs import PinDialog
from cg_desktop.ui.kiosk.staff_panel import StaffPanel
from cg_desktop.ui.kiosk.window import KioskWindow
from cg_desktop.ui.main_window import MainWindow

MECARD = "MECARD:N:Lee,Ann;EMAIL:ann.lee@example.com;TEL:+1 555 0100;ORG:Initech;;"
HANG_MS = 30_000  # bounds a hang only: every wait ends on its condition
failures: list[str] = []


def wait_for(condition: object, what: str) -> None:
    """Process events until `condition()` holds (or fail, saying what never happened)."""
    waited = 0
    while not condition():  # type: ignore[operator]
        QTest.qWait(50)
        waited += 50
        if waited > HANG_MS:
            raise TimeoutError(f"timed out waiting for {what}")


def xdotool(*args: str) -> None:
    """Real input on the X server (the keys queue there until Qt reads them)."""
    subprocess.run(["xdotool", *args], check=True, timeout=HANG_MS / 1000)


asked: list[str] = []


def answer_when_asked(waited_ms: int = 0) -> None:
    """Once the scan's question is up, press Return in it (a timer: it runs its own loop)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.isActiveWindow():
        asked.append(box.text())
        xdotool("key", "Return")
    elif waited_ms < HANG_MS:
        QTimer.singleShot(50, lambda: answer_when_asked(waited_ms + 50))


def when_shown(kind: type, then: Callable[[], None], waited_ms: int = 0) -> None:
    """Once a dialog of `kind` is up and has the keyboard, run `then` (real keys to it)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, kind) and box.isActiveWindow():
        then()
    elif waited_ms < HANG_MS:
        QTimer.singleShot(50, lambda: when_shown(kind, then, waited_ms + 50))


def staff_leave(shots: Path) -> None:
    """In the staff panel: a picture for README, then Alt+L (Leave kiosk mode)."""
    panel = QApplication.activeModalWidget()
    assert isinstance(panel, StaffPanel)
    assert "Last record sent" in panel.state.text()
    panel.grab().save(str(shots / "kiosk-staff.png"))
    xdotool("key", "alt+l")


def shoot(window: KioskWindow, folder: Path, name: str) -> None:
    """Save the window as a PNG once painted."""
    QApplication.processEvents()
    window.repaint()
    window.grab().save(str(folder / f"{name}.png"))


def tour(kiosk: KioskWindow, shots: Path) -> None:
    """Scan, check, send, thanks, the next visitor."""
    try:
        assert QGuiApplication.platformName() == "xcb", QGuiApplication.platformName()
        assert isinstance(kiosk, KioskWindow), type(kiosk)
        wait_for(lambda: kiosk.isVisible() and kiosk.isActiveWindow(), "the kiosk window")
        assert kiosk.windowState() & Qt.WindowState.WindowFullScreen
        screen = kiosk.screen().geometry()
        assert kiosk.geometry().size() == screen.size(), (kiosk.geometry(), screen)
        wait_for(lambda: kiosk.form.rows["Email"].editor.focusProxy().hasFocus(), "the cursor")
        xdotool("key", "Tab", "Tab")  # the visitor starts with a name, at a person's pace
        xdotool("type", "--delay", "90", "Zed")
        wait_for(lambda: kiosk.form.values()["First Name"] == "Zed", "the typed name")
        # Then scans the badge: a keyboard-wedge scanner types it all in a burst, then
        # Enter at once ("\r" is Return to xdotool; a second run would come a moment late).
        # The scan asks before replacing "Zed"; Return takes the default, Use the badge.
        answer_when_asked()
        xdotool("type", "--delay", "4", MECARD + "\r")
        wait_for(lambda: kiosk.scans.last_scan is not None, "the scan to be read")
        assert asked, "the scan replaced what was typed without asking"
        values = kiosk.form.values()
        assert (values["Email"], values["First Name"], values["Last Name"]) == (
            "ann.lee@example.com",
            "Ann",
            "Lee",
        ), values
        assert kiosk.work.store.count() == 0, "a scan must wait for the visitor's Enter"
        shoot(kiosk, shots, "kiosk-scanned")
        xdotool("key", "Return")  # the visitor checked: send
        wait_for(kiosk.thanks.isVisible, "the thank-you")
        assert kiosk.thanks.text() == "Thank you, Ann — you’re all set."
        assert kiosk.form.values()["Email"] == ""
        wait_for(
            lambda: [s.status for s in kiosk.work.store.page()] == [Status.DELIVERED],
            "the record to be delivered",
        )
        shoot(kiosk, shots, "kiosk-thanks")
        xdotool("type", "--delay", "90", "ben")  # the next visitor, at a person's pace
        wait_for(lambda: kiosk.form.values()["Email"] == "ben", "the next visitor's typing")
        assert not kiosk.thanks.isVisible() and kiosk.scans.last_scan is None  # Ann forgotten
        kiosk.close()  # a visitor's close: nothing happens
        assert kiosk.isVisible()
        # Staff: Ctrl+Alt+S, the PIN, then Leave kiosk mode: the desk's window opens.
        when_shown(PinDialog, lambda: xdotool("type", "--delay", "60", "2468\r"))
        when_shown(StaffPanel, lambda: staff_leave(shots))
        xdotool("key", "ctrl+alt+s")
        wait_for(lambda: kiosk.closed, "kiosk mode to be left")
        wait_for(
            lambda: any(
                isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
            ),
            "the desk's window",
        )
        assert not kiosk.isVisible()
    except BaseException:
        failures.append(
            traceback.format_exc()
            + f"\nthe form held: {kiosk.form.values()}; sends: {kiosk.work.store.count()};"
            f" thanks: {kiosk.thanks.text()!r}; banner: {kiosk.form.banner.text.text()!r};"
            f" dialog: {QApplication.activeModalWidget()!r}, active window:"
            f" {QApplication.activeWindow()!r}"
        )
    finally:
        for window in QApplication.topLevelWidgets():  # as the system's shutdown does
            if isinstance(window, MainWindow | KioskWindow):
                window.confirm_close = False
                window.close()
        QApplication.quit()


if __name__ == "__main__":
    data_dir, shots = Path(sys.argv[1]), Path(sys.argv[2])
    shots.mkdir(parents=True, exist_ok=True)
    code = main(
        ["--sandbox", "--kiosk", "--kiosk-pin", "2468", "--data-dir", str(data_dir)],
        on_ready=lambda window: tour(window, shots),
    )
    if failures:
        print(failures[0], file=sys.stderr)
        sys.exit(1)
    sys.exit(code)
