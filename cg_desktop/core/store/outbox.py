"""What an outcome means for a stored send: its new status, and when to try again."""

from __future__ import annotations

import random
from dataclasses import dataclass

from cg_desktop.core.api.outcomes import Outcome, OutcomeKind
from cg_desktop.core.store.sends import Send, Status, Store

# Retries start quickly (a Wi-Fi blip) and back off to a few minutes (an outage).
FIRST_RETRY = 5.0
MAX_RETRY = 300.0

ALREADY_RECEIVED = (
    "Delivered: CustomerGauge already had this record from an earlier attempt whose "
    "answer was lost (CG-ID {cg_id}). No second survey was sent."
)


@dataclass(frozen=True)
class Settled:
    """A send's new standing after an attempt, as the window shows it."""

    send_id: int
    status: Status
    message: str
    next_attempt_at: float | None


def retry_delay(
    attempts: int, retry_after: float | None, rng: random.Random | None = None
) -> float:
    """Seconds before the next attempt: exponential with jitter, capped, never below Retry-After."""
    rng = rng or random.Random()
    base = min(MAX_RETRY, FIRST_RETRY * 2 ** max(0, attempts - 1))
    # "Full jitter" between half and all of the step, so many desks don't retry in lockstep.
    delay = rng.uniform(base / 2, base)
    if retry_after is not None:
        delay = max(delay, min(retry_after, 3600.0))
    return delay


def status_for(send: Send, outcome: Outcome) -> tuple[Status, str]:
    """The status and history message an outcome gives this send."""
    kind = outcome.kind
    if kind is OutcomeKind.DELIVERED:
        return Status.DELIVERED, outcome.message
    if kind is OutcomeKind.DUPLICATE:
        if send.result_unknown or outcome.result_unknown:
            # SPEC.md assumption 5: an earlier attempt most likely landed.
            return Status.DELIVERED, ALREADY_RECEIVED.format(cg_id=outcome.cg_id or "unknown")
        return Status.DUPLICATE, outcome.message
    if kind is OutcomeKind.REJECTED:
        # The history names what was wrong, in the server's words.
        said = [m for messages in outcome.field_errors.values() for m in messages]
        said += list(outcome.general_errors)
        return Status.REJECTED, "Not accepted: " + " ".join(said) if said else outcome.message
    if kind is OutcomeKind.CONFIGURATION_INVALID:
        return Status.FAILED, outcome.message
    # Try later and needs sign-in: the record waits in the outbox.
    return Status.QUEUED, outcome.message


# A send's option naming the refused send it is the corrected copy of (by id).
FIXES = "fixes"


def settle(store: Store, send: Send, outcome: Outcome, now: float) -> Settled:
    """Write an attempt's outcome to the store and say where the send now stands."""
    status, message = status_for(send, outcome)
    next_at: float | None = None
    if status is Status.QUEUED and outcome.kind is OutcomeKind.TRY_LATER:
        next_at = now + retry_delay(send.attempts, outcome.retry_after)
    store.mark(
        send.id,
        status,
        message=message,
        http_status=outcome.http_status,
        server_answer=outcome.server_answer,
        cg_id=outcome.cg_id,
        next_attempt_at=next_at,
        result_unknown=outcome.result_unknown,
    )
    fixes = send.options.get(FIXES)
    if status in (Status.DELIVERED, Status.DUPLICATE) and fixes and fixes.isdigit():
        # A corrected copy went through: the refusal it replaces is fixed (whichever
        # thread, window or start settles it).
        store.mark_fixed(int(fixes), send.id)
    return Settled(send.id, status, message, next_at)
