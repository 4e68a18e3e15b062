"""Start-up cost: only what the first frame needs loads before the first paint.

Keyring, requests, phonenumbers and the sandbox load when needed; the database, the
sender (QtNetwork), the history and the dialogs right after the first paint.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BUILD_WINDOW = """
import shutil, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cg_desktop.core.paths import AppPaths
from cg_desktop.ui.context import build_context
from cg_desktop.ui.main_window import MainWindow
paths = AppPaths.under(Path(sys.argv[1]))
paths.profiles_dir.mkdir(parents=True)
shutil.copy(sys.argv[2], paths.profiles_dir / "demo.json")
window = MainWindow(build_context(paths))
window.show()  # shown, not yet painted: nothing slow may have happened
assert window.form is not None, "the form is the first frame"
print(",".join(m for m in ("requests", "keyring", "phonenumbers", "cg_desktop.sandbox",
                           "truststore", "sqlite3", "PySide6.QtNetwork",
                           "cg_desktop.core.store.sends", "cg_desktop.ui.sending.sender",
                           "cg_desktop.ui.history.panel", "cg_desktop.ui.dialogs.credentials",
                           "cg_desktop.ui.first_run") if m in sys.modules))
window.confirm_close = False
window.close()
"""


def test_building_and_showing_the_window_loads_nothing_slow(tmp_path: Path) -> None:
    demo = Path(__file__).resolve().parents[2] / "resources" / "profiles" / "demo.json"
    result = subprocess.run(
        [sys.executable, "-c", BUILD_WINDOW, str(tmp_path), str(demo)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == ""
