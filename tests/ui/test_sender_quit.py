"""Quitting before anything was sent: the window's thread never imports the network stack
(importing requests while the sender thread does fails half-way: a crash on Quit)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cg_desktop.ui.sending.sender import Sender
sender = Sender(Path(sys.argv[1]))
sender.worker.thread_ident = 1  # as once offer_accounts() had the thread start its work
sender.shutdown()
assert not sender.worker_thread.isRunning()
network = ("requests", "cg_desktop.core.api.deadline")
loaded = [name for name in sys.modules if name.startswith(network)]
assert not loaded, loaded
print("quit clean")
"""


def test_quitting_before_a_send_imports_no_network_stack(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "sends.db")],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "quit clean" in result.stdout
