"""Guards against a Qt binding that crashes a long-running desk (seen with PySide6 6.12.0)."""

from __future__ import annotations

import os
import subprocess
import sys

LONG_SESSION = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
for _ in range(20_000):  # a day of typing at a desk: every edit makes such calls
    widget.setToolTip("a")
    app.processEvents()
print("survived")
"""


def test_many_void_qt_calls_do_not_crash_the_process() -> None:
    # In a child process: the broken binding aborts the whole interpreter.
    result = subprocess.run(
        [sys.executable, "-c", LONG_SESSION],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
