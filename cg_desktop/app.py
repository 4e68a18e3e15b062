"""The command line and the wiring; `cg-desktop` and `python -m cg_desktop` call main()."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cg_desktop.core.logs import open_log_file, start_logging
from cg_desktop.core.paths import AppPaths

if TYPE_CHECKING:  # Qt loads inside main(), after the arguments are read
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cg_desktop.ui.main_window import MainWindow


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command-line options."""
    parser = argparse.ArgumentParser(
        prog="cg-desktop", description="Send one record at a time to CustomerGauge."
    )
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="practice mode: a local stand-in for CustomerGauge; no real survey is sent",
    )
    parser.add_argument(
        "--data-dir", type=Path, help="keep settings, profiles, history and logs under this folder"
    )
    return parser.parse_args(argv)


def app_paths(args: argparse.Namespace) -> AppPaths:
    """The folders for this run; practice mode keeps its history apart from real sends."""
    paths = AppPaths.under(args.data_dir) if args.data_dir else AppPaths.default()
    return paths.for_practice() if args.sandbox else paths


class OsTrustStore:
    """TLS trusts the OS's certificate store (corporate proxies inspect traffic).

    Injected once, by the app, never inside a library module; called by the sender thread
    (and a credentials test) before their first connection, since it loads the HTTP
    stack (~90 ms) that the window's thread must not wait for. Safe from any thread.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done = False

    def __call__(self) -> None:
        """Inject into ssl, the first time only; later calls wait for the first to finish."""
        with self._lock:
            if not self._done:
                import truststore

                truststore.inject_into_ssl()
                self._done = True


def quit_on_signals(app: QApplication) -> QTimer:
    """Close the windows (cleanly: sender stopped, data kept) on SIGTERM or Ctrl-C.

    Python only runs signal handlers when it gets control, so a timer wakes it up.
    """
    from PySide6.QtCore import QTimer

    from cg_desktop.ui.main_window import MainWindow

    def close(_signum: int, _frame: object) -> None:
        # Every window (the practice one opened from the first-run page too) closes
        # cleanly: sender stopped, store closed, settings saved. No question asked: the
        # system is shutting us down.
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow) and not widget.closed:
                widget.confirm_close = False
                widget.close()
        app.quit()

    signal.signal(signal.SIGTERM, close)
    signal.signal(signal.SIGINT, close)
    timer = QTimer()
    timer.start(200)
    timer.timeout.connect(lambda: None)
    return timer


def main(
    argv: Sequence[str] | None = None,
    on_ready: Callable[[MainWindow], None] | None = None,
) -> int:
    """Run the app until its window closes; returns the exit code.

    `on_ready` is called with the shown window (the real-window smoke test drives it).
    """
    args = parse_args(argv)
    paths = app_paths(args)
    held_log = start_logging()  # the log file opens once the window is up
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("cg-desktop")

    # One app per data folder: a second one would put back in the queue the sends the
    # first is sending (start-up requeues "sending"), and could send them twice.
    from cg_desktop.ui.instance_lock import ALREADY_OPEN, take_lock

    lock = take_lock(paths.data_dir)
    if lock is None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(None, "cg-desktop is already open", ALREADY_OPEN)
        open_log_file(paths.log_dir, held_log)
        return 1

    from cg_desktop.ui.context import build_context
    from cg_desktop.ui.main_window import MainWindow

    practice = None
    if args.sandbox:
        from cg_desktop.ui.practice.session import start_practice

        practice = start_practice()
    context = build_context(paths, practice=practice, before_network=OsTrustStore())
    window = MainWindow(context)
    window.instance_lock, window.locked_dir = lock, paths.data_dir

    # A newer cg-desktop's database, or no permission: the window said so and closed.
    window.cannot_start.connect(lambda _reason: app.exit(1))
    window.first_painted.connect(lambda: open_log_file(paths.log_dir, held_log))
    window.show()
    wake = quit_on_signals(app)
    if on_ready is not None:
        QTimer.singleShot(0, lambda: on_ready(window))
    code = int(app.exec())
    open_log_file(paths.log_dir, held_log)  # if the window never got that far
    wake.stop()
    lock.unlock()
    return code
