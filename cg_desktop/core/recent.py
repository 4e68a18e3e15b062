"""The sends made since the app opened, as the Recent strip beside the form tells them.

Queue-first sending clears the form at once, so the person needs somewhere to see what
became of each visitor: who, and in a few words where their record stands.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from cg_desktop.core.api.outcomes import OutcomeKind, Reason
from cg_desktop.core.profiles.contacts import full_name
from cg_desktop.core.store.schema import Status
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

# Trouble on the way to CustomerGauge (rather than CustomerGauge being busy).
NETWORK_REASONS = frozenset({Reason.OFFLINE, Reason.TIMEOUT, Reason.DROPPED, Reason.TLS})


class RecentState(StrEnum):
    """Where a recent send stands, in the words the strip shows."""

    SENDING = "Sending…"
    SENT = "Sent"
    ALREADY_SURVEYED = "Already surveyed"
    WAITING_NETWORK = "Waiting for the network"
    WAITING = "Waiting to be sent again"
    WAITING_SIGN_IN = "Waiting for sign-in"
    NEEDS_FIX = "Needs a fix"

    @property
    def needs_fix(self) -> bool:
        """True when a person must change the record before it can go."""
        return self is RecentState.NEEDS_FIX


# The strip's words for each state, marked for translation (the enum's values are English).
_STATE_WORDS = {
    RecentState.SENDING: QT_TRANSLATE_NOOP("core", "Sending…"),
    RecentState.SENT: QT_TRANSLATE_NOOP("core", "Sent"),
    RecentState.ALREADY_SURVEYED: QT_TRANSLATE_NOOP("core", "Already surveyed"),
    RecentState.WAITING_NETWORK: QT_TRANSLATE_NOOP("core", "Waiting for the network"),
    RecentState.WAITING: QT_TRANSLATE_NOOP("core", "Waiting to be sent again"),
    RecentState.WAITING_SIGN_IN: QT_TRANSLATE_NOOP("core", "Waiting for sign-in"),
    RecentState.NEEDS_FIX: QT_TRANSLATE_NOOP("core", "Needs a fix — Fix (F2)"),
}


@dataclass(frozen=True)
class RecentSend:
    """One row of the strip: whom it is about and where it stands."""

    send_id: int
    name: str  # "Rosa Diaz", or the contact when there is no name
    contact: str  # the email or phone ("" when there is none)
    state: RecentState

    @property
    def fixable(self) -> bool:
        """True while the record waits for a person to fix it."""
        return self.state.needs_fix

    @property
    def label(self) -> str:
        """The person, as the strip's first line shows them."""
        if self.contact and self.contact != self.name:
            return f"{self.name} · {self.contact}"
        return self.name

    @property
    def words(self) -> str:
        """The state, as the strip's second line shows it (translatable: core/words.py)."""
        return Words(_STATE_WORDS[self.state])


def person_of(record: Mapping[str, str]) -> tuple[str, str]:
    """(name, contact) of a record: the name the person typed, and Email or Phone."""
    name = full_name(record).strip()
    contact = (record.get("Email") or record.get("Phone") or "").strip()
    return name or contact or record.get("Account Name", "") or "Unnamed record", contact


def state_after(status: Status, kind: OutcomeKind, reason: Reason | None) -> RecentState:
    """Where a send stands after an attempt: its stored status, told in the strip's words."""
    if status is Status.DELIVERED:
        return RecentState.SENT
    if status is Status.DUPLICATE:
        return RecentState.ALREADY_SURVEYED
    if status in (Status.REJECTED, Status.FAILED):
        return RecentState.NEEDS_FIX
    if kind is OutcomeKind.NEEDS_SIGN_IN:
        return RecentState.WAITING_SIGN_IN
    if status is Status.SENDING:
        return RecentState.SENDING
    return RecentState.WAITING_NETWORK if reason in NETWORK_REASONS else RecentState.WAITING


class RecentSends:
    """The sends made since the app opened, newest first; a change replaces a row in place."""

    def __init__(self) -> None:
        self._rows: dict[int, RecentSend] = {}  # insertion order: oldest first

    def add(self, send_id: int, record: Mapping[str, str]) -> RecentSend:
        """A record just saved and about to be sent."""
        name, contact = person_of(record)
        row = RecentSend(send_id, name, contact, RecentState.SENDING)
        self._rows[send_id] = row
        return row

    def update(self, send_id: int, state: RecentState) -> RecentSend | None:
        """A send's new standing; None when it wasn't made since the app opened."""
        row = self._rows.get(send_id)
        if row is None:
            return None
        row = replace(row, state=state)
        self._rows[send_id] = row
        return row

    def forget(self, send_id: int) -> bool:
        """Take a send off the strip (a refusal its corrected copy put right)."""
        return self._rows.pop(send_id, None) is not None

    def get(self, send_id: int) -> RecentSend | None:
        """One row, by send id."""
        return self._rows.get(send_id)

    def newest_first(self) -> list[RecentSend]:
        """Every row, the latest send first."""
        return list(reversed(self._rows.values()))

    def next_to_fix(self) -> RecentSend | None:
        """The newest send that still needs a fix (what F2 opens)."""
        return next((row for row in self.newest_first() if row.fixable), None)
