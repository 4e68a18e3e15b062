"""An exception nobody expected: logged, shown to the person with a report they can copy.

Without this, an exception in a slot is printed to a console nobody sees and the app
goes on in whatever state it was left: after a failed hand-over between the desk's
window and the kiosk's, with no window at all, still running. Records are on disk
before they are sent, so the message can say they are kept.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cg_desktop.core.crash_report import crash_report

log = logging.getLogger(__name__)

_Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def show_report(report: str) -> QMessageBox:
    """The crash box, shown (not waited for): what happened in words, the report under Show
    Details, a Copy button."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Crash", "cg-desktop ran into a problem"))
    box.setText(
        QCoreApplication.translate(
            "Crash",
            "Something went wrong inside cg-desktop. Records already saved are kept and "
            "will be sent; if you were typing, check the form.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Crash",
            "If it happens again, copy the report and send it to whoever looks after "
            "cg-desktop for you. It holds no passwords, tokens or email addresses.",
        )
    )
    box.setDetailedText(report)
    copy = box.addButton(
        QCoreApplication.translate("Crash", "Copy the report"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


class CrashHandler:
    """Takes over `sys.excepthook` while the app runs; ends the app if no window is left.

    The box is shown, not waited for: an exception inside a dialog's own event loop (or a
    test's) must not stop everything behind a second modal box.
    """

    def __init__(self, app: QApplication) -> None:
        """For `app`'s windows; install() puts it to work."""
        self._app = app
        self._previous: _Hook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        self._boxes: list[QMessageBox] = []  # shown and not yet closed

    def install(self) -> None:
        """From now on, unexpected exceptions come here."""
        self._previous = sys.excepthook
        sys.excepthook = self.handle
        # Another thread's (the sender's): logged, scrubbed; Python's own would print it.
        self._previous_thread_hook = threading.excepthook
        threading.excepthook = self._thread_failed

    def uninstall(self) -> None:
        """Put back the hook that was there before."""
        if self._previous is not None and sys.excepthook == self.handle:
            sys.excepthook = self._previous
        if self._previous_thread_hook is not None and threading.excepthook == self._thread_failed:
            threading.excepthook = self._previous_thread_hook
        self._previous = self._previous_thread_hook = None

    def _thread_failed(self, args: threading.ExceptHookArgs) -> None:
        """An exception that ended another thread: its report in the log, nothing printed."""
        if args.exc_value is None:
            return
        report = crash_report(args.exc_type, args.exc_value, args.exc_traceback)
        log.error("Unexpected error in thread %s:\n%s", getattr(args.thread, "name", "?"), report)

    def report_now(self, kind: type[BaseException], error: BaseException) -> None:
        """An exception that ended the start-up (no event loop yet): shown until closed."""
        self.handle(kind, error, error.__traceback__)
        if self._boxes:
            self._app.exec()  # the box's closing ends it (no window is open)

    def handle(
        self, kind: type[BaseException], error: BaseException, stack: TracebackType | None
    ) -> None:
        """Log the report; on the GUI thread, show it, then end the app if no window is open."""
        if issubclass(kind, KeyboardInterrupt) and self._previous is not None:
            self._previous(kind, error, stack)
            return
        if self._previous not in (None, sys.__excepthook__):
            # Someone else's hook (pytest-qt's) hears of it too. Python's own would print
            # the unscrubbed traceback: not that one.
            self._previous(kind, error, stack)
        try:
            report = crash_report(kind, error, stack)
        except Exception:  # (never Python's own printout: it would be unscrubbed)
            report = f"{kind.__name__} (no report could be made of it)"
        log.error("Unexpected error:\n%s", report)
        if threading.current_thread() is not threading.main_thread() or self._boxes:
            return  # (a second one while the first is shown: logged only)
        try:
            box = show_report(report)
        except Exception:  # the box itself failed: the log has the report
            log.exception("The crash report could not be shown")
            return
        self._boxes.append(box)
        box.finished.connect(lambda _result: self._closed(box))

    def _closed(self, box: QMessageBox) -> None:
        """The box was read: with no window left to use, nothing else would end the app."""
        self._boxes.remove(box)
        if not any(
            widget.isVisible() and widget.windowType() == Qt.WindowType.Window
            for widget in self._app.topLevelWidgets()
        ):
            self._app.exit(1)
