"""Files the operating system asks the running app to open (macOS' Finder, Dock, `open`).

On macOS a double-clicked .cgprofile doesn't arrive on the command line: Finder sends the
running (or just started) app an open-document event, which Qt turns into a FileOpen
event on the application. Windows and Linux pass the file as an argument (app.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication


class OpenedFiles(QObject):
    """Hands each file the system asks the app to open to `open_file` (a profile import)."""

    def __init__(self, app: QApplication, open_file: Callable[[Path], object]) -> None:
        """Watch the application's events; removeEventFilter(self) stops it."""
        super().__init__(app)
        self._open_file = open_file
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A FileOpen event with a local file: open it, and say it was handled."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                self._open_file(Path(path))
                return True
        return super().eventFilter(watched, event)
