"""Drive `cg-desktop --sandbox` in a real window: a tour with real key events and screenshots.

Run by tests/xvfb/test_real_window.py as its own process (QT_QPA_PLATFORM=xcb, DISPLAY set):
    python drive_real_window.py DATA_DIR SCREENSHOT_DIR
Exit code 0 only if every step happened as a person would see it.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cg_desktop.app import main
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.main_window import MainWindow

OUT_OF_DATE = "Demo — out-of-date copy (practice)"
# Every wait ends on its condition; this bounds a hang only (generous: a loaded machine).
HANG_MS = 30_000
failures: list[str] = []


def wait_for(condition: object, timeout_ms: int = HANG_MS) -> None:
    """Process events until `condition()` holds (or fail)."""
    waited = 0
    while not condition():  # type: ignore[operator]
        QTest.qWait(50)
        waited += 50
        if waited > timeout_ms:
            raise TimeoutError("timed out waiting for the window")


def shoot(window: MainWindow, folder: Path, name: str) -> None:
    """Save the window and the whole X screen (the real framebuffer) as PNGs."""
    if not QTest.qWaitForWindowExposed(window, HANG_MS):
        raise TimeoutError("the window was never exposed")
    # Paint now, not after a guessed pause: pending layout first, then a synchronous
    # repaint, which reaches the X server before the screen grab's request does.
    QApplication.processEvents()
    window.repaint()
    window.grab().save(str(folder / f"{name}.png"))
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0).save(str(folder / f"{name}-screen.png"))


def shoot_dialog(folder: Path, name: str, open_dialog: Callable[[], object]) -> None:
    """Open a modal dialog, save a picture of it once it is up, then close it."""
    taken: list[bool] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, look)  # not up yet: look again on the next turns
            return
        QApplication.processEvents()
        dialog.repaint()
        dialog.grab().save(str(folder / f"{name}.png"))
        taken.append(True)
        dialog.close()

    QTimer.singleShot(0, look)
    open_dialog()  # returns when the dialog is closed
    if not taken:
        raise AssertionError(f"the {name} dialog was never shown")


def type_into(widget: object, text: str) -> None:
    """Real key events into a widget."""
    QTest.keyClicks(widget, text)  # type: ignore[arg-type]


def tour(window: MainWindow, shots: Path) -> None:
    """Send a record the server refuses, fix it, send again, look at the history."""
    try:
        assert QGuiApplication.platformName() == "xcb", QGuiApplication.platformName()
        window.activateWindow()
        window.raise_()
        names = [window.profile_combo.itemText(i) for i in range(window.profile_combo.count())]
        window.profile_combo.setCurrentIndex(names.index(OUT_OF_DATE))
        form = window.form
        assert form is not None
        # Someone starts using the window: the sender loads the network stack then.
        wait_for(lambda: window.is_started)
        QTest.keyClick(form.rows["Email"].editor.focusProxy(), Qt.Key.Key_Shift)
        wait_for(lambda: window.work.sender.worker.warm)
        shown: list[object] = []
        window.outcome_shown.connect(shown.append)
        # Ana, then straight on to Joe without waiting for Ana's answer (queue-first).
        email = form.rows["Email"].editor.focusProxy()
        type_into(email, "ana@example.com")
        type_into(form.rows["First Name"].editor.focusProxy(), "Ana")
        QTest.keyClick(email, Qt.Key.Key_Return)
        assert form.values()["Email"] == "", "the form was not cleared at once"
        type_into(email, "joe.doe@example.com")
        type_into(form.rows["First Name"].editor.focusProxy(), "Joe")
        type_into(form.rows["Last Name"].editor.focusProxy(), "Doe")
        size = form.rows["Company Size"].editor.focusProxy()
        type_into(size, "about 50")
        QTest.keyClick(size, Qt.Key.Key_Return)
        wait_for(lambda: len(shown) == 2)
        # Joe was refused while nobody typed: he is back, the error under its field, held
        # (typing would put him aside for the next person); a click in the field takes
        # him up to fix.
        wait_for(lambda: form.values()["Email"] == "joe.doe@example.com")
        assert form.held, "a refusal in the untouched form was not held"
        assert form.rows["Company Size"].errors() == ["The Company Size must be a number."]
        shoot(window, shots, "form-server-error")
        QTest.mouseClick(size, Qt.MouseButton.LeftButton)
        assert not form.held, "a click in the field did not take the refusal up"
        size.selectAll()
        type_into(size, "50")
        QTest.keyClick(size, Qt.Key.Key_Return)
        wait_for(lambda: len(shown) == 3)
        assert form.banner.tone is Tone.SUCCESS, form.banner.text.text()
        assert window.recent.texts()[0] == "Joe Doe · joe.doe@example.com\n✓ Sent"
        shoot(window, shots, "form-sent")
        # The menu bar, opened with the keyboard; then About (a modal dialog).
        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
        wait_for(lambda: QApplication.activePopupWidget() is not None)
        shoot(window, shots, "menu-file")
        QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
        wait_for(lambda: QApplication.activePopupWidget() is None)
        shoot_dialog(shots, "about", window.menu_actions["about"].trigger)
        window.tabs.setCurrentWidget(window.work.history)
        window.work.history.table.setCurrentIndex(window.work.history.model.index(0, 0))
        assert window.work.history.model.rowCount() == 3
        shoot(window, shots, "history")
    except BaseException:
        failures.append(traceback.format_exc())
    finally:
        window.close()
        QTimer.singleShot(0, QApplication.quit)


if __name__ == "__main__":
    data_dir, shots = Path(sys.argv[1]), Path(sys.argv[2])
    shots.mkdir(parents=True, exist_ok=True)
    code = main(["--sandbox", "--data-dir", str(data_dir)], on_ready=lambda w: tour(w, shots))
    if failures:
        print(failures[0], file=sys.stderr)
        sys.exit(1)
    sys.exit(code)
