"""Noticing the first time someone uses the app: a key pressed or a click, anywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

_USE = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.InputMethod)


class FirstUse(QObject):
    """Calls back once, soon after the first key press or click in the application."""

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        """Watches every object's events (cheap) until the first use, then stops."""
        super().__init__(parent)
        self._callback = callback
        self._app = QCoreApplication.instance()
        if self._app is not None:
            self._app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first use: stop watching, and call back once the event is handled."""
        if event.type() in _USE and self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None
            QTimer.singleShot(0, self._callback)  # never delay the key press itself
        return False

    def stop(self) -> None:
        """Stop watching without calling back (the window is closing)."""
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None
