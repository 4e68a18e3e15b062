"""The command line and the wiring; `cg-desktop` and `python -m cg_desktop` call main()."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cg_desktop.core.api.regions import REGION_CODES
from cg_desktop.core.logs import open_log_file, start_logging
from cg_desktop.core.paths import AppPaths

if TYPE_CHECKING:  # Qt loads inside main(), after the arguments are read
    from PySide6.QtCore import QLockFile
    from PySide6.QtGui import QSessionManager
    from PySide6.QtWidgets import QApplication

    from cg_desktop.ui.context import AppContext
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
    parser.add_argument(
        "--version", action=_PrintVersion, nargs=0, help="print the version and exit"
    )
    parser.add_argument(
        "profile_file",
        nargs="?",
        type=Path,
        metavar="PROFILE",
        help="a profile file to import (what opening a .cgprofile file does)",
    )
    parser.add_argument(
        "--import-profile",
        type=Path,
        metavar="FILE",
        help="import this profile file (the same as giving it as PROFILE)",
    )
    ready = parser.add_argument_group("is this computer ready for the first visitor?")
    ready.add_argument(
        "--check",
        action="store_true",
        help="check keyring, credentials, data, network, sign-in and clock; exit 1 on a problem",
    )
    ready.add_argument(
        "--region", choices=REGION_CODES, help="with --check: the region to check (else the last)"
    )
    ready.add_argument(
        "--profile", metavar="NAME", help="with --check or --kiosk: the profile to check or run"
    )
    kiosk = parser.add_argument_group("a trade-show desk")
    kiosk.add_argument(
        "--kiosk",
        action="store_true",
        help="full screen, the form only, one visitor at a time; staff PIN to leave",
    )
    kiosk.add_argument(
        "--kiosk-pin",
        metavar="PIN",
        help="with --kiosk: set the staff PIN (4-12 digits; else asked at the first start)",
    )
    checks = parser.add_argument_group("checking an installation")
    checks.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (no network, no window); exit 1 on a failure",
    )
    checks.add_argument(
        "--save-test-credential",
        action="store_true",
        help="with --self-test: also save, read back and delete a throwaway keyring entry",
    )
    checks.add_argument(
        "--self-test-output",
        type=Path,
        metavar="FILE",
        help="with --self-test: also write the lines to FILE (a windowed .exe has no console)",
    )
    # The start-up benchmark's stopwatch: print "shown" at the first paint, then quit.
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.import_profile and args.profile_file:
        parser.error("give the profile file once: as PROFILE or with --import-profile")
    args.profile_file = args.import_profile or args.profile_file
    return args


class _PrintVersion(argparse.Action):
    """--version: read from the package metadata only when asked (it costs a start ~ms)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        """Print "cg-desktop X.Y.Z" and exit."""
        from cg_desktop.core.about import app_version

        if sys.stdout is not None:  # a windowed .exe has no console
            print(f"cg-desktop {app_version()}", flush=True)
        parser.exit()


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


def close_every_window(app: QApplication) -> None:
    """Close every window without a question, cleanly, then leave the event loop.

    Every window (the practice one opened from the first-run page too) stops its sender,
    closes its store and saves its settings; nothing waiting is lost.
    """
    from cg_desktop.ui.kiosk.window import KioskWindow
    from cg_desktop.ui.main_window import MainWindow

    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow | KioskWindow) and not widget.closed:
            widget.confirm_close = False
            widget.close()
    app.quit()


def main(
    argv: Sequence[str] | None = None,
    on_ready: Callable[[MainWindow], None] | None = None,
) -> int:
    """Run the app until its window closes; returns the exit code.

    `on_ready` is called with the shown window (the real-window smoke test drives it).
    """
    args = parse_args(argv)
    if args.self_test:
        from cg_desktop.self_test import run_self_test

        return run_self_test(
            save_credential=args.save_test_credential, output=args.self_test_output
        )
    paths = app_paths(args)
    if args.check:
        from cg_desktop.check_command import run_check_command

        return run_check_command(args, paths, before_network=OsTrustStore())
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
        if args.profile_file is not None:
            # A profile file double-clicked while the app is open: it goes to the open
            # app's profiles, not lost behind "already open".
            from cg_desktop.core.profiles.library import ProfileLibrary
            from cg_desktop.ui.dialogs.profile_import import import_beside_open_app

            library = ProfileLibrary(paths.profiles_dir, paths.organisation_profiles_dir)
            added = import_beside_open_app(library, args.profile_file, paths.data_dir)
            open_log_file(paths.log_dir, held_log)
            return 0 if added else 1
        else:
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
    if args.kiosk:
        return _run_kiosk(
            app, args, context, lock, on_ready, lambda: open_log_file(paths.log_dir, held_log)
        )
    window = MainWindow(context)
    window.instance_lock, window.locked_dir = lock, paths.data_dir

    # A newer cg-desktop's database, or no permission: the window said so and closed.
    window.cannot_start.connect(lambda _reason: app.exit(1))
    window.first_painted.connect(lambda: open_log_file(paths.log_dir, held_log))
    if args.exit_after_first_paint:
        window.first_painted.connect(lambda: _say_shown_and_quit(app))
    window.show()
    from cg_desktop.ui.opened_files import OpenedFiles
    from cg_desktop.ui.signal_wake import SignalWake

    # SIGTERM (the system's shutdown, `kill`) and Ctrl-C: every window closes cleanly.
    wake = SignalWake(lambda: close_every_window(app))
    # Windows never sends SIGTERM to a window app: logging off, shutting down, or an
    # installer closing the app (Restart Manager) ends the session instead. (On macOS Qt
    # sends the same signal for Dock → Quit, which closeEvent already handles, asking.)
    session_end = (
        app.commitDataRequest.connect(lambda manager: end_of_session(app, manager))
        if sys.platform == "win32"
        else None
    )
    opened = OpenedFiles(app, lambda path: open_profile_file(window, path))
    if args.profile_file is not None:
        profile_file = args.profile_file
        QTimer.singleShot(0, lambda: window.profile_import.import_profile_file(profile_file))
    if on_ready is not None:
        QTimer.singleShot(0, lambda: on_ready(window))
    try:
        code = int(app.exec())
    finally:
        # Put back what this run changed in the process (tests run main() more than once).
        wake.stop()
        if session_end is not None:
            app.commitDataRequest.disconnect(session_end)
        app.removeEventFilter(opened)
        opened.deleteLater()
        lock.unlock()
    open_log_file(paths.log_dir, held_log)  # if the window never got that far
    return code


def _run_kiosk(
    app: QApplication,
    args: argparse.Namespace,
    context: AppContext,
    lock: QLockFile,
    on_ready: Callable[[Any], None] | None,
    open_log: Callable[[], None],
) -> int:
    """Kiosk mode's own run: the kiosk window until staff leave it (or the system ends)."""
    from PySide6.QtCore import QTimer

    from cg_desktop.ui.kiosk.start import KioskRefused, open_kiosk, refuse
    from cg_desktop.ui.signal_wake import SignalWake

    try:
        kiosk = open_kiosk(context, args.profile, args.kiosk_pin)
    except KioskRefused as exc:
        refuse(str(exc))
        if context.practice is not None:
            context.practice.stop()
        lock.unlock()
        open_log()
        return 1
    wake = SignalWake(lambda: close_every_window(app))
    # Windows ends a session (log off, shut down, an installer) instead of SIGTERM; a
    # kiosk has nothing to ask a visitor: it closes cleanly, what waits is on disk.
    session_end = (
        app.commitDataRequest.connect(lambda _manager: close_every_window(app))
        if sys.platform == "win32"
        else None
    )
    open_log()
    if on_ready is not None:
        QTimer.singleShot(0, lambda: on_ready(kiosk))
    try:
        return int(app.exec())
    finally:
        wake.stop()
        if session_end is not None:
            app.commitDataRequest.disconnect(session_end)
        lock.unlock()


def end_of_session(app: QApplication, manager: QSessionManager) -> None:
    """Windows is logging off or shutting down, or an installer is closing the app.

    Records are on disk already; only a half-typed one could be lost. When the system lets
    us ask, each window asks as it does on Quit, and No keeps the session going.
    """
    from cg_desktop.ui.main_window import MainWindow

    if manager.allowsInteraction():
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow) and not widget.closed and not widget.may_close():
                manager.cancel()
                return
    close_every_window(app)


def open_profile_file(first: MainWindow, path: Path) -> None:
    """A profile file the system asks the app to open (macOS Finder): into the open window.

    The window shown now may be a successor of the first (practice mode opened, or left).
    """
    window = first
    while window.successor is not None:
        window = window.successor
    profile = window.profile_import.import_profile_file(path)
    if profile is not None and window.practice is not None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            window,
            "Profile added",
            f"The profile “{profile.name}” is saved for the real desk; practice mode uses "
            "its demo profiles. File → Leave practice mode to use it.",
        )


def _say_shown_and_quit(app: QApplication) -> None:
    """The benchmark's stopwatch stops at this line; then the app closes as usual."""
    if sys.stdout is not None:  # a windowed .exe has no console
        print("shown", flush=True)
    close_every_window(app)
