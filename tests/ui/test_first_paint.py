"""First paint first: the form is drawn before the database, and the network waits for use.

The HTTP stack (requests, urllib3, ssl, truststore: ~20 MiB, ~90 ms) loads in the sender
thread once there is something to send: sends waiting at start, or someone using the window.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_helpers import start_using

from cg_desktop.core.paths import AppPaths
from cg_desktop.core.store.sends import Store
from cg_desktop.ui.main_window import MainWindow

HANG_MS = 30_000

# The real entry point in a process of its own, so sys.modules tells what was loaded.
IDLE_THEN_TYPE = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from cg_desktop.app import main

# (Not ssl: in practice mode the in-process sandbox's http.server loads it.)
HTTP = ("requests", "urllib3", "truststore")

def ready(window):
    def loaded():
        return ",".join(m for m in HTTP if m in sys.modules) or "-"
    def wait(condition):
        for _ in range(600):  # bounds a hang: 600 x 50 ms
            if condition():
                return
            QTest.qWait(50)
        raise SystemExit("timed out")
    # The last of the steps after the first paint is the start-up purge.
    wait(lambda: window.is_started and window.work.retention.last_run is not None)
    print("idle", loaded(), window.work.sender.worker.warm)
    QTest.keyClick(window.form.rows["Email"].editor.focusProxy(), Qt.Key.Key_A)
    wait(lambda: window.work.sender.worker.warm)
    print("typing", loaded())
    window.confirm_close = False
    window.close()

sys.exit(main(["--data-dir", sys.argv[1], "--sandbox"], on_ready=ready))
"""


def test_the_network_stack_loads_when_someone_starts_typing(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", IDLE_THEN_TYPE, str(tmp_path)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    # Practice mode is signed in at once, yet idle it loads no HTTP stack.
    assert lines[0] == "idle - False", result.stdout
    assert lines[1] == "typing requests,urllib3,truststore", result.stdout


def test_a_key_press_warms_the_sender(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.work.sender.worker.warm
    start_using(qtbot, window)
    assert window.work.sender.worker.warm


def test_sends_waiting_at_start_warm_the_sender_without_a_key_press(
    qtbot: QtBot, make_window: Callable[..., MainWindow], paths: AppPaths
) -> None:
    with Store(paths.database) as store:
        store.enqueue(
            profile="Demo (practice)",
            region="sandbox",
            configuration="9dd58237-c913-4073-9c76-07da0b49ff50",
            record={"Email": "left@example.com", "First Name": "Left"},
            contact="left@example.com",
        )
    window = make_window()
    qtbot.waitUntil(lambda: window.work.sender.worker.warm, timeout=HANG_MS)
    qtbot.waitUntil(lambda: window.work.store.waiting() == 0, timeout=HANG_MS)


def test_the_history_tab_chosen_before_the_first_paint_shows_the_history(
    qtbot: QtBot, paths: AppPaths, file_keyring: object
) -> None:
    from cg_desktop.core.credentials import CredentialStore
    from cg_desktop.ui.context import build_context
    from cg_desktop.ui.practice.session import start_practice

    context = build_context(
        paths, practice=start_practice(), credentials=CredentialStore(file_keyring)
    )
    window = MainWindow(context)
    window.confirm_close = False
    qtbot.addWidget(window)
    try:
        # Not shown, so not painted: the history must still come, not an empty page.
        window.show_history()
        assert window.tabs.currentIndex() == 1
        assert window.tabs.currentWidget() is window.work.history
    finally:
        window.close()
