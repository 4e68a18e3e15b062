"""Start-up cost: keyring, requests, phonenumbers and the sandbox load only when needed."""

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
from cg_desktop.ui.main_window import MainWindow
paths = AppPaths.under(Path(sys.argv[1]))
paths.profiles_dir.mkdir(parents=True)
shutil.copy(sys.argv[2], paths.profiles_dir / "demo.json")
window = MainWindow(paths)
window.show()  # shown, not yet painted: nothing slow may have happened
print(",".join(m for m in ("requests", "keyring", "phonenumbers", "cg_desktop.sandbox",
                           "truststore") if m in sys.modules))
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
