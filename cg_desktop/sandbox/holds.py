"""Held answers: a request handled for real whose answer the sandbox keeps back on demand.

A test arms a hold (`Sandbox.hold_next_answer()`), waits until a request has arrived and
been handled (a record is accepted by then), does something to the client (kills it, cuts
its network) and releases the answer, which then goes to whoever is still listening. This
puts a client *exactly* between "the server accepted it" and "the client heard so",
without racing a clock.
"""

from __future__ import annotations

import threading


class AnswerHold:
    """One armed hold: set when its request has been handled, released by the test."""

    def __init__(self, endpoint: str) -> None:
        self.endpoint = endpoint
        self._arrived = threading.Event()
        self._released = threading.Event()

    def wait_arrived(self, timeout: float) -> bool:
        """Block until a request was handled and its answer is held; False on timeout."""
        return self._arrived.wait(timeout)

    @property
    def arrived(self) -> bool:
        """True once a request was handled and its answer is held."""
        return self._arrived.is_set()

    def release(self) -> None:
        """Let the held answer go out (to a client that may no longer be there)."""
        self._released.set()

    def keep(self) -> None:
        """Called by the handler: mark arrival, then wait until released."""
        self._arrived.set()
        self._released.wait()


class HoldPlan:
    """The armed holds, first armed first taken; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._armed: list[AnswerHold] = []
        self._all: list[AnswerHold] = []

    def arm(self, endpoint: str) -> AnswerHold:
        """Hold the answer to the next request to `endpoint` that is handled normally."""
        hold = AnswerHold(endpoint)
        with self._lock:
            self._armed.append(hold)
            self._all.append(hold)
        return hold

    def take(self, endpoint: str | None) -> AnswerHold | None:
        """The hold for a request to `endpoint`, if one is armed (it is then disarmed)."""
        with self._lock:
            for hold in self._armed:
                if hold.endpoint == endpoint:
                    self._armed.remove(hold)
                    return hold
        return None

    def release_all(self) -> None:
        """Disarm every hold and let every held answer go (the sandbox is stopping)."""
        with self._lock:
            self._armed.clear()
            holds = list(self._all)
        for hold in holds:
            hold.release()
