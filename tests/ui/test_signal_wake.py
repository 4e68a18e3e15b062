"""SIGTERM and Ctrl-C wake an idle event loop (ui/signal_wake.py), and files the system asks
the app to open reach the profile import (ui/opened_files.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS

from cg_desktop.ui.opened_files import OpenedFiles
from cg_desktop.ui.signal_wake import SignalWake

# An event loop with nothing else in it: no window, no timer, no blinking caret. Only the
# wake-up socket can get Python to run while it waits.
BARE_LOOP = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from cg_desktop.ui.signal_wake import SignalWake

    app = QCoreApplication(sys.argv[:1])
    wake = SignalWake(lambda: (print("stopping", flush=True), app.quit()))
    print("ready", flush=True)
    code = app.exec()
    wake.stop()
    print("exited", code, flush=True)
    """
)


def test_sigterm_wakes_an_event_loop_that_has_nothing_else_to_do() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", BARE_LOOP],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        child.send_signal(signal.SIGTERM)
        # Without the wake-up socket the loop sleeps on and this times out (a hang's bound).
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err
    assert out.split() == ["stopping", "exited", "0"]


def test_a_stop_signal_calls_back_in_the_event_loop(qtbot: QtBot) -> None:
    heard: list[str] = []
    wake = SignalWake(lambda: heard.append("stop"))
    try:
        signal.raise_signal(signal.SIGINT)
        qtbot.waitUntil(lambda: heard == ["stop"], timeout=HANG_MS)
    finally:
        wake.stop()


def test_stop_puts_back_the_handlers_and_the_wakeup_socket() -> None:
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    wake = SignalWake(lambda: None)
    assert signal.getsignal(signal.SIGTERM) is not before[0]
    wake.stop()
    wake.stop()  # twice is harmless (main() stops it in a finally)
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)) == before
    previous = signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(previous)
    assert previous == -1


def test_a_file_the_system_asks_to_open_goes_to_the_profile_import(
    qapp: QApplication, tmp_path: Path
) -> None:
    opened: list[Path] = []
    watcher = OpenedFiles(qapp, opened.append)
    try:
        given = tmp_path / "Spring fair.cgprofile"
        assert QApplication.sendEvent(qapp, QFileOpenEvent(str(given)))
        # Other application events pass through untouched.
        assert not watcher.eventFilter(qapp, QEvent(QEvent.Type.ApplicationActivate))
    finally:
        qapp.removeEventFilter(watcher)
    assert opened == [given]
