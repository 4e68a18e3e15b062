"""Idle reset: after a while without input, a countdown to clear the form for the next visitor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal


class IdleWatch(QObject):
    """Counts time without input; warns with a countdown, then says it is time to clear.

    `touch()` on every key, click or touch restarts it. After `idle_ms` without one it
    emits `warning(n)` once per tick for n = warn_ticks … 1, then `expired` (unless a
    touch came in between). The times are given, so tests can run it fast.
    """

    warning = Signal(int)  # seconds (ticks) left before the form is cleared
    warning_over = Signal()  # someone is still there: the warning goes away
    expired = Signal()  # nobody came back: clear the form

    def __init__(
        self,
        idle_ms: int,
        *,
        warn_ticks: int = 10,
        tick_ms: int = 1_000,
        needed: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
    ) -> None:
        """Warn after `idle_ms` without input, for `warn_ticks` ticks of `tick_ms` each;
        only when `needed()` (there is something to clear), else wait again."""
        super().__init__(parent)
        self._needed = needed
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self._start_warning)
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._count_down)
        self._warn_ticks = warn_ticks
        self.left = 0  # ticks left while warning; 0 when not warning

    @property
    def warning_shown(self) -> bool:
        """True while the countdown runs."""
        return self.left > 0

    @property
    def idle_ms(self) -> int:
        """How long without input before the warning."""
        return int(self._idle.interval())

    def set_idle_ms(self, idle_ms: int) -> None:
        """A new wait before the warning (staff changed it); counts from now."""
        self._idle.setInterval(idle_ms)
        if self._idle.isActive():
            self._idle.start()

    def start(self) -> None:
        """Start watching (the window is shown)."""
        self._idle.start()

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self._idle.stop()
        self._tick.stop()
        self.left = 0

    def touch(self) -> None:
        """Someone is there: restart the wait, and end a countdown that is running."""
        if self.left:
            self._tick.stop()
            self.left = 0
            self.warning_over.emit()
        self._idle.start()

    def _start_warning(self) -> None:
        """Idle long enough: count down (or, with nothing to clear, wait again)."""
        if not self._needed():
            self._idle.start()
            return
        self.left = self._warn_ticks
        self.warning.emit(self.left)
        self._tick.start()

    def _count_down(self) -> None:
        """One tick of the countdown; at zero, time to clear."""
        self.left -= 1
        if self.left > 0:
            self.warning.emit(self.left)
            return
        self._tick.stop()
        self.expired.emit()
        self._idle.start()
