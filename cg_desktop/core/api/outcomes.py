"""What became of one send: a typed, plain-data outcome with a sentence a person can act on."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class OutcomeKind(StrEnum):
    """The six things that can become of a send (DESIGN.md, API client)."""

    DELIVERED = "delivered"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"
    NEEDS_SIGN_IN = "needs_sign_in"
    CONFIGURATION_INVALID = "configuration_invalid"
    TRY_LATER = "try_later"


class Reason(StrEnum):
    """Why a send should be tried later; lets the outbox and the UI tell faults apart."""

    OFFLINE = "offline"  # nothing reached the server (refused, no route, DNS)
    TIMEOUT = "timeout"  # the server took too long to answer
    DROPPED = "dropped"  # the connection broke mid-answer
    TLS = "tls"  # the secure connection could not be verified
    SERVER_ERROR = "server_error"  # 5xx
    RATE_LIMITED = "rate_limited"  # 429
    REDIRECT = "redirect"  # 3xx: a proxy or a wrong address, never followed
    UNEXPECTED_ANSWER = "unexpected_answer"  # HTML where JSON was due, odd statuses


# Limit what is kept of a server's answer: an HTML error page can be large.
MAX_ANSWER_CHARS = 20_000


@dataclass(frozen=True)
class Outcome:
    """The result of one send attempt, safe to pass between threads and to store."""

    kind: OutcomeKind
    message: str
    field_errors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    general_errors: tuple[str, ...] = ()
    cg_id: str | None = None
    reason: Reason | None = None
    retry_after: float | None = None
    http_status: int | None = None
    server_answer: str = ""
    # True when the request may have reached the server although no answer came back
    # (read timeout, connection dropped mid-answer): a later "duplicate" then means delivered.
    result_unknown: bool = False

    @property
    def is_final(self) -> bool:
        """True when retrying the same record unchanged cannot help or is not needed."""
        return self.kind in (OutcomeKind.DELIVERED, OutcomeKind.REJECTED, OutcomeKind.DUPLICATE)


def clip_answer(text: str) -> str:
    """The server's answer as kept for the Details view: exact, but bounded in size."""
    if len(text) <= MAX_ANSWER_CHARS:
        return text
    return text[:MAX_ANSWER_CHARS] + f"\n… ({len(text) - MAX_ANSWER_CHARS} more characters)"
