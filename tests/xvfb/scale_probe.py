"""Open `cg-desktop --sandbox` (at whatever QT_SCALE_FACTOR says) and report where it landed.

Run by tests/xvfb/test_real_window.py on a 1280×800 virtual screen:
    python scale_probe.py DATA_DIR SCREENSHOT
Prints one line: the screen's free area, the window's frame, and Send's corner (JSON).
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cg_desktop.app import main
from cg_desktop.ui.main_window import MainWindow

HANG_MS = 30_000


def report(window: MainWindow, shot: str) -> None:
    """Once the window is on screen: where it is, where Send is; then close."""
    try:
        if not QTest.qWaitForWindowExposed(window, HANG_MS):
            raise TimeoutError("the window was never exposed")
        QApplication.processEvents()
        free = window.screen().availableGeometry()
        frame = window.frameGeometry()
        assert window.form is not None
        send = window.form.send_button
        corner = send.mapTo(window, send.rect().bottomRight())
        print(
            json.dumps(
                {
                    "scale": window.screen().devicePixelRatio(),
                    "free": [free.x(), free.y(), free.width(), free.height()],
                    "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                    "window": [window.width(), window.height()],
                    "send_corner": [corner.x(), corner.y()],
                    "send_visible": send.isVisible() and not send.visibleRegion().isEmpty(),
                }
            ),
            flush=True,
        )
        window.grab().save(shot)
    finally:
        window.confirm_close = False
        window.close()
        QTimer.singleShot(0, QApplication.quit)


if __name__ == "__main__":
    data_dir, shot = sys.argv[1], sys.argv[2]
    sys.exit(main(["--sandbox", "--data-dir", data_dir], on_ready=lambda w: report(w, shot)))
