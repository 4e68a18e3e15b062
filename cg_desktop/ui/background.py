"""Run one slow call off the GUI thread and hand its result back to the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives in the GUI thread; its signal, emitted from the pool, is queued to the GUI."""

    done = Signal(object)


class _Job(QRunnable):
    """Calls the function in a pool thread and emits its result (or the exception)."""

    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        """Runs in the pool thread."""
        try:
            result: Any = self._fn()
        except Exception as exc:  # handed to the GUI, which decides what to say
            result = exc
        self._relay.done.emit(result)


# Relays whose owner went away before their call ended: kept alive until it ends (its
# result then goes nowhere), so the call's thread never emits on a deleted object.
_orphans: set[_Relay] = set()


class Background(QObject):
    """Owner of background calls for one widget; results arrive as `on_done(result)`.

    The calls run in the application's shared pool, which outlives the widget: a widget
    can go away while a call still runs (a network test waiting for DNS) without waiting.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Call `fn()` in a pool thread; `on_done` gets its result in the GUI thread."""
        relay = _Relay(self)
        self._relays.add(relay)

        def finish(result: Any) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            on_done(result)

        relay.done.connect(finish)
        self._pool.start(_Job(fn, relay))

    def abandon(self) -> None:
        """The owner is going away: drop the results of calls still running, now or later
        (one delivered to a deleted widget would crash), without waiting for them."""
        for relay in list(self._relays):
            relay.done.disconnect()
            relay.setParent(None)  # not deleted with the owner while its call runs
            _orphans.add(relay)
            relay.done.connect(lambda _result, r=relay: _let_go(r))
        self._relays.clear()


def _let_go(relay: _Relay) -> None:
    """An abandoned call ended: its relay can go."""
    _orphans.discard(relay)
    relay.deleteLater()
