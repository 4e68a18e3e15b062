"""What the sender thread reports to the GUI: plain values, safe to pass between threads.

Kept apart from `sender.py` so that the window and the status line can use them without
loading QtNetwork and the sender's machinery before the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the store's modules load sqlite3: not needed to build these
    from cg_desktop.core.api.outcomes import Outcome
    from cg_desktop.core.store.outbox import Settled


@dataclass(frozen=True)
class SendResult:
    """What the sender reports for one attempt: the stored standing and the outcome."""

    settled: Settled
    outcome: Outcome


@dataclass(frozen=True)
class QueueState:
    """The outbox as the status area shows it."""

    waiting: int
    next_attempt_at: float | None
    paused: dict[str, str] = field(default_factory=dict)  # lane → why
    offline: bool = False
