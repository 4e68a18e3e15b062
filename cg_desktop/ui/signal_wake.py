"""Waking an idle Qt event loop when the system asks the app to stop (SIGTERM, Ctrl-C).

Python runs a signal handler only when the interpreter gets control, and an idle Qt event
loop never gives it (a polling timer is a workaround that costs wake-ups and still fails
where no timer runs). So the C-level handler writes the signal's number to a socket
(signal.set_wakeup_fd), and a QSocketNotifier on the other end wakes the loop at once.
A socket pair, not a pipe: Windows' set_wakeup_fd and macOS' notifier both need sockets.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

# The signals that mean "stop, cleanly": the system's shutdown or kill, and Ctrl-C.
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class SignalWake(QObject):
    """Calls `on_stop` in the event loop when SIGTERM or SIGINT arrives; stop() undoes it.

    Must be made in the main thread (Python delivers signals only there).
    """

    def __init__(self, on_stop: Callable[[], None], parent: QObject | None = None) -> None:
        """Install the handlers and the notifier."""
        super().__init__(parent)
        self._on_stop = on_stop
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        # The Python-level handlers do nothing: the notifier does the work, in the event
        # loop, where closing windows is safe.
        self._previous = {number: signal.signal(number, _ignore) for number in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._stopped = False

    def _woken(self) -> None:
        """Bytes arrived: each is a signal's number; a stop signal calls on_stop once."""
        received = b""
        try:
            while chunk := self._reader.recv(64):
                received += chunk
        except BlockingIOError:
            pass
        if any(number in received for number in STOP_SIGNALS):
            self._on_stop()

    def stop(self) -> None:
        """Put back the handlers and the wake-up socket that were there before."""
        if self._stopped:
            return
        self._stopped = True
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()


def _ignore(_number: int, _frame: object) -> None:
    """The Python-level handler: nothing, the socket notifier acts."""
