"""Type the next visitor over a refusal held in the form, with real X keys from xdotool.

Run by tests/xvfb/test_real_window.py as its own process (QT_QPA_PLATFORM=xcb, DISPLAY set):
    python drive_held_refusal.py DATA_DIR SCREENSHOT_DIR
Ann is refused while nobody types, so she comes back into the form, held; then Bo is typed
at a volunteer's pace (a phone-only Cy, starting with Tab, after him). Exit code 0 only if
Bo and Cy went out as typed, and Ann's record was never changed or taken for a fix.
"""

from __future__ import annotations

from pathlib import Path

from drive_real_window import OUT_OF_DATE, shoot, wait_for
from drive_try_in_practice import failed, focus, run, xdotool
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cg_desktop.core.store.sends import Status
from cg_desktop.ui.main_window import MainWindow


def tour(window: MainWindow, shots: Path) -> None:
    """Refuse Ann into an untouched form, then type Bo and Cy over her with real keys."""
    try:
        assert QGuiApplication.platformName() == "xcb", QGuiApplication.platformName()
        names = [window.profile_combo.itemText(i) for i in range(window.profile_combo.count())]
        window.profile_combo.setCurrentIndex(names.index(OUT_OF_DATE))
        wait_for(lambda: window.is_started)
        form = window.form
        assert form is not None and window.practice is not None
        focus(window)
        email = form.rows["Email"].editor.focusProxy()
        QTest.keyClick(email, Qt.Key.Key_Shift)  # someone starts: the sender loads the network
        wait_for(lambda: window.work.sender.worker.warm)
        form.rows["Company Size"].editor.set_value("about 50")  # what CustomerGauge refuses
        form.focus_first()
        wait_for(email.hasFocus)
        xdotool("type", "--delay", "20", "ann@example.com")
        xdotool("key", "--delay", "20", "Tab", "Tab")
        xdotool("type", "--delay", "20", "Ann")
        xdotool("key", "Return")
        wait_for(lambda: form.held)  # back, with nobody typing: held
        assert form.values()["Email"] == "ann@example.com"
        shoot(window, shots, "form-refusal-held")
        # The next visitors, typed blind at a volunteer's pace.
        xdotool("type", "--delay", "10", "bo@example.com")
        xdotool("key", "--delay", "10", "Tab", "Tab")
        xdotool("type", "--delay", "10", "Bo")
        xdotool("key", "Return")
        xdotool("key", "--delay", "10", "Tab")
        xdotool("type", "--delay", "10", "+44 20 7946 0958")
        xdotool("key", "--delay", "10", "Tab")
        xdotool("type", "--delay", "10", "Cy")
        xdotool("key", "Return")
        sandbox = window.practice.sandbox
        wait_for(lambda: len(sandbox.accepted) == 2)
        sent = sorted(
            (dict(a.record) for a in sandbox.accepted), key=lambda r: r.get("First Name", "")
        )
        assert [(r.get("Email"), r.get("Phone"), r["First Name"]) for r in sent] == [
            ("bo@example.com", None, "Bo"),
            (None, "+44 20 7946 0958", "Cy"),
        ], sent
        assert all("Company Size" not in r for r in sent), sent
        wait_for(lambda: not window.work.sending.pending)
        refused = [s for s in window.work.store.page() if s.status is Status.REJECTED]
        assert len(refused) == 1 and refused[0].record["Email"] == "ann@example.com"
        assert refused[0].record["Company Size"] == "about 50" and refused[0].fixed_by is None
        window.confirm_close = False
        window.close()
    except BaseException:
        failed()
    finally:
        QApplication.quit()


if __name__ == "__main__":
    run(["--sandbox"], tour)
