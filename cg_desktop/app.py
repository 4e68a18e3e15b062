"""The wiring: `cg-desktop` and `python -m cg_desktop` call main() (options: command_line.py)."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from cg_desktop.command_line import parse_args
from cg_desktop.core.logs import EarlyRecords, open_log_file, start_logging
from cg_desktop.core.paths import AppPaths

if TYPE_CHECKING:  # Qt loads inside main(), after the arguments are read
    from PySide6.QtCore import QLockFile
    from PySide6.QtGui import QSessionManager
    from PySide6.QtWidgets import QApplication

    from cg_desktop.ui.context import AppContext
    from cg_desktop.ui.kiosk.from_desk import KioskRequest
    from cg_desktop.ui.kiosk.start import KioskPlan
    from cg_desktop.ui.kiosk.window import KioskWindow
    from cg_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


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
    on_ready: Callable[[Any], None] | None = None,  # the first window: desk or kiosk
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
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("cg-desktop")
    from cg_desktop.ui.crash import CrashHandler

    crashes = CrashHandler(app)
    crashes.install()
    try:
        return _run(app, args, paths, held_log, on_ready)
    except Exception as error:  # a bug before the event loop ran: said, not only printed
        crashes.report_now(type(error), error)
        open_log_file(paths.log_dir, held_log)
        return 1
    finally:
        crashes.uninstall()


def _run(
    app: QApplication,
    args: argparse.Namespace,
    paths: AppPaths,
    held_log: EarlyRecords,
    on_ready: Callable[[Any], None] | None,
) -> int:
    """The app, from its lock on the data folder until its last window closes."""
    from PySide6.QtCore import QTimer

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
    from cg_desktop.ui.kiosk.start import KioskRefused, desk_behind_pin, plan_kiosk, refuse

    practice = None
    if args.sandbox:
        from cg_desktop.ui.practice.session import start_practice

        practice = start_practice()
    context = build_context(paths, practice=practice, before_network=OsTrustStore())
    from PySide6.QtCore import QLocale

    from cg_desktop.core.languages import language_for
    from cg_desktop.ui.language import install_language

    # Taken out again when main() ends (tests run it more than once in one process).
    translators = install_language(
        app, language_for(context.settings.language, QLocale.system().uiLanguages())
    )
    windows = Windows(app, lock, paths.data_dir)
    first: MainWindow | KioskWindow | None = None
    # An administrator's setting (never practice's: it shares the real desk's settings).
    by_setting = not args.kiosk and practice is None and context.settings.kiosk_at_start
    if args.kiosk or by_setting:
        try:
            plan = plan_kiosk(
                context,
                profile_name=args.profile,
                region_code=args.region,
                pin_text=args.kiosk_pin,
                may_ask=not by_setting,  # unattended: a visitor would be the one asked
            )
            first = windows.open_kiosk(context, plan)
        except KioskRefused as exc:
            # Asked for on the command line: nothing else opens. By the setting: the desk's
            # window, with every visitor's history, opens only to staff with the PIN.
            if args.kiosk or not desk_behind_pin(str(exc), context):
                if args.kiosk:
                    refuse(str(exc))
                if practice is not None:
                    practice.stop()
                lock.unlock()
                open_log_file(paths.log_dir, held_log)
                return 1
    if first is None:
        desk = first = windows.open_desk(context)
        # A newer cg-desktop's database, or no permission: the window said so and closed.
        desk.cannot_start.connect(lambda _reason: app.exit(1))
        desk.first_painted.connect(lambda: open_log_file(paths.log_dir, held_log))
        if args.exit_after_first_paint:
            desk.first_painted.connect(lambda: _say_shown_and_quit(app))
        if args.profile_file is not None:
            profile_file = args.profile_file
            QTimer.singleShot(0, lambda: desk.profile_import.import_profile_file(profile_file))
    else:
        open_log_file(paths.log_dir, held_log)
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
    opened = OpenedFiles(app, lambda path: open_profile_file(windows.current(), path))
    if on_ready is not None:
        shown = first
        QTimer.singleShot(0, lambda: on_ready(shown))
    try:
        code = int(app.exec())
    finally:
        # Put back what this run changed in the process (tests run main() more than once).
        wake.stop()
        if session_end is not None:
            app.commitDataRequest.disconnect(session_end)
        app.removeEventFilter(opened)
        opened.deleteLater()
        for translator in translators:
            app.removeTranslator(translator)
        lock.unlock()
    open_log_file(paths.log_dir, held_log)  # if the window never got that far
    return code


_W = TypeVar("_W", "MainWindow", "KioskWindow")


class Windows:
    """The window the app shows, the desk's or the kiosk's, and the hand-over between them.

    One replaces the other on the same folders, holding the same lock: File → Kiosk mode…
    at the desk, Leave kiosk mode in the staff panel. The new window shares the old one's
    settings, keyring and practice sandbox. The old one closes first (its sender stopped,
    its dialogs closed), so two senders never share the database; the app doesn't end
    with it in between.
    """

    def __init__(self, app: QApplication, lock: QLockFile | None, locked_dir: Path) -> None:
        """`lock` on `locked_dir`: app.py's; handed to each desk window."""
        self._app = app
        self._lock: object = lock
        self._locked_dir = locked_dir
        self._shown: MainWindow | KioskWindow | None = None

    def current(self) -> MainWindow | KioskWindow | None:
        """The window shown now (a desk window may have been replaced by its successor)."""
        from cg_desktop.ui.main_window import MainWindow

        window = self._shown
        while isinstance(window, MainWindow) and window.successor is not None:
            window = window.successor
        return window

    def open_desk(self, context: AppContext) -> MainWindow:
        """The desk's window, shown."""
        from cg_desktop.ui.main_window import MainWindow

        window = MainWindow(context)
        window.instance_lock, window.locked_dir = self._lock, self._locked_dir
        # Its successors (practice mode left, say) pass the request on to it.
        window.kiosk_requested.connect(self._desk_to_kiosk)
        window.show()
        self._shown = window
        return window

    def open_kiosk(self, context: AppContext, plan: KioskPlan) -> KioskWindow:
        """The kiosk, full screen."""
        from cg_desktop.ui.kiosk.start import open_kiosk

        kiosk = open_kiosk(context, plan)
        kiosk.leave_requested.connect(lambda: self._kiosk_to_desk(kiosk))
        self._shown = kiosk
        return kiosk

    def _desk_to_kiosk(self, request: KioskRequest) -> None:
        """File → Kiosk mode…'s Start: the kiosk replaces the desk, its choice kept (not in
        practice mode) only once it has started."""
        from cg_desktop.ui.kiosk.from_desk import keep_kiosk, kiosk_settings, put_back
        from cg_desktop.ui.kiosk.start import KioskRefused, plan_kiosk, refuse
        from cg_desktop.ui.main_window import MainWindow

        desk = self.current()
        if not isinstance(desk, MainWindow):
            return
        self._lock, self._locked_dir = desk.instance_lock, desk.locked_dir or self._locked_dir
        context = dataclasses.replace(desk.context)
        settings, practice = context.settings, context.practice is not None
        kept = kiosk_settings(settings)
        if not practice:
            keep_kiosk(settings, request)
        try:
            plan = plan_kiosk(
                context,
                profile_name=request.profile.name,
                region_code=request.region.code,
                pin=request.choice.pin,
                idle_seconds=request.choice.idle_seconds,
                may_ask=False,  # the dialog asked for a PIN if there was none
            )
        except KioskRefused as exc:
            put_back(settings, kept)
            refuse(str(exc), desk)
            return
        if not practice:
            context.save_settings()
        self._swap(desk, lambda: self.open_kiosk(context, plan))

    def _kiosk_to_desk(self, kiosk: KioskWindow) -> None:
        """Staff left kiosk mode with the PIN: the desk's window opens in its place."""
        from cg_desktop.ui.form.banner import Tone

        context = dataclasses.replace(kiosk.context)
        desk = self._swap(kiosk, lambda: self.open_desk(context))
        if context.settings.kiosk_at_start and context.practice is None:
            desk.show_message(
                Tone.INFO,
                "Kiosk mode left. cg-desktop opens as a kiosk again at its next start; "
                "File → Kiosk mode… (Save) changes that.",
            )

    def _swap(self, old: MainWindow | KioskWindow, open_new: Callable[[], _W]) -> _W:
        """Close `old` for good (its sender stopped, its dialogs closed), then open the new
        window; the practice sandbox goes on, in the new window's context."""
        from PySide6.QtWidgets import QDialog

        quits = self._app.quitOnLastWindowClosed()
        self._app.setQuitOnLastWindowClosed(False)  # no window, for a moment
        try:
            for widget in self._app.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()  # a Check this computer… left open, say
            old.context.practice = None  # so that closing doesn't stop the sandbox
            old.confirm_close = False  # it asked already, or the PIN was given
            old.close()
            return open_new()
        finally:
            self._app.setQuitOnLastWindowClosed(quits)


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


def open_profile_file(window: MainWindow | KioskWindow | None, path: Path) -> None:
    """A profile file the system asks the app to open (macOS Finder): into the desk's window.

    A kiosk imports nothing (its visitors have no business with profiles): staff leave
    kiosk mode and open the file again.
    """
    from cg_desktop.ui.main_window import MainWindow

    if not isinstance(window, MainWindow):
        log.info("a profile file was opened while in kiosk mode; not imported")
        return
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
