"""The words of the status area: what is waiting, when it goes, and why it may not."""

from __future__ import annotations

import time

from cg_desktop.ui.sending.reports import QueueState


def queue_words(queue: QueueState, now: float | None = None) -> list[str]:
    """Short phrases about the outbox, e.g. ["2 waiting", "next try at 10:42:15"]."""
    if queue.waiting == 0:
        return []
    words = [f"{queue.waiting} waiting to be sent"]
    if queue.paused:
        words.append("paused until you sign in again (Credentials…)")
    elif queue.offline:
        words.append("offline: they go as soon as the connection is back")
    elif queue.next_attempt_at is not None:
        current = time.time() if now is None else now
        if queue.next_attempt_at > current + 1:
            words.append(
                "next try at " + time.strftime("%H:%M:%S", time.localtime(queue.next_attempt_at))
            )
        else:
            words.append("sending…")
    return words


def status_line(who: str, queue: QueueState, to_fix: int) -> str:
    """The whole status line: who is signed in, the outbox, and what needs a fix."""
    words = [who, *queue_words(queue)]
    if to_fix:
        words.append(f"{to_fix} {'needs' if to_fix == 1 else 'need'} a fix (History)")
    return " · ".join(words)
