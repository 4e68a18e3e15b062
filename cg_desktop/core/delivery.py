"""Draining the outbox: one due send at a time, per region, with retries that are counted.

Pure Python and single-threaded: the Qt sender worker drives it with timers, and the
crash test drives it from a plain loop in a process that gets killed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from cg_desktop.core.api.outcomes import Outcome, OutcomeKind, Reason
from cg_desktop.core.api.regions import Region
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.store.outbox import Settled, settle
from cg_desktop.core.store.sends import Send, Store

# Failures where no connection could be made at all: a cheap TCP probe tells when the
# way is open again. Not timeouts, resets or TLS failures: there TCP connects fine while
# the trouble goes on, and probing would cancel the backoff (a request every few seconds).
NEVER_CONNECTED = frozenset({Reason.OFFLINE})


@dataclass(frozen=True)
class Account:
    """Where to send and as whom: plain data, safe to hand between threads."""

    region: Region
    credentials: ClientCredentials


@dataclass(frozen=True)
class Attempt:
    """One send attempt's result: the outcome and where the send now stands."""

    send: Send
    outcome: Outcome
    settled: Settled


class RecordSender(Protocol):
    """What the deliverer needs of a client (RecordsClient fits)."""

    def send(
        self, configuration: str, record: dict[str, str], *, body_format: str, method: str
    ) -> Outcome: ...

    def close(self) -> None: ...


def default_client(account: Account) -> RecordSender:
    """A RecordsClient for an account (imports requests on first use)."""
    from cg_desktop.core.api.records_client import RecordsClient

    return RecordsClient(account.region, account.credentials)


class Deliverer:
    """Sends queued records oldest first, for the regions it has accounts for."""

    def __init__(
        self,
        store: Store,
        *,
        client_factory: Callable[[Account], RecordSender] = default_client,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self._client_factory = client_factory
        self._clock = clock
        self._accounts: dict[str, Account] = {}
        self._clients: dict[str, tuple[Account, RecordSender]] = {}
        self.paused: dict[str, str] = {}  # region code → why sending there is paused
        self.offline: dict[str, Region] = {}  # regions whose last attempt hit the network

    def set_account(self, account: Account) -> None:
        """Send to this region as this account from now on (also ends a sign-in pause)."""
        code = account.region.code
        known = self._clients.get(code)
        if known is not None and known[0] != account:  # new credentials: a fresh client
            known[1].close()
            del self._clients[code]
        self._accounts[code] = account
        self.paused.pop(code, None)

    def active_regions(self) -> list[str]:
        """Regions that can be sent to now: an account known and not paused."""
        return [code for code in self._accounts if code not in self.paused]

    def _client(self, account: Account) -> RecordSender:
        """The client for a region's account, kept so its token and connections are reused."""
        code = account.region.code
        if code not in self._clients:
            self._clients[code] = (account, self._client_factory(account))
        return self._clients[code][1]

    def step(self) -> Attempt | None:
        """Send the oldest due record, if any; None when nothing is due."""
        send = self.store.claim_next(self._clock(), regions=self.active_regions())
        return None if send is None else self._attempt(send)

    def send_one(self, send_id: int, account: Account) -> Attempt | None:
        """Send one stored record now, due or not (the Send button, Retry now)."""
        self.set_account(account)
        send = self.store.claim(send_id)
        return None if send is None else self._attempt(send)

    def _attempt(self, send: Send) -> Attempt:
        """Send a claimed record and settle its outcome in the store."""
        account = self._accounts.get(send.region)
        if account is None:  # not signed in for this region: back to the queue
            outcome = Outcome(
                OutcomeKind.NEEDS_SIGN_IN,
                "Not signed in for this region. Open Credentials… to sign in.",
            )
        else:
            outcome = self._client(account).send(
                send.configuration,
                send.record,
                body_format=send.options.get("format", "json"),
                method=send.options.get("method", "PUT"),
            )
        settled = settle(self.store, send, outcome, self._clock())
        self._note(send.region, outcome, account)
        return Attempt(send, outcome, settled)

    def _note(self, region: str, outcome: Outcome, account: Account | None) -> None:
        """Remember pauses and network trouble per region, for scheduling and the status."""
        if outcome.kind is OutcomeKind.NEEDS_SIGN_IN:
            self.paused[region] = outcome.message
        if outcome.kind is OutcomeKind.TRY_LATER and outcome.reason in NEVER_CONNECTED:
            if account is not None:
                self.offline[region] = account.region
        elif outcome.http_status is not None:
            self.offline.pop(region, None)  # the server answered: the network is fine

    def network_back(self, region: str | None = None) -> None:
        """The network seems back: make the waiting sends due at once."""
        regions = [region] if region else list(self._accounts)
        self.store.due_now(regions)
        for code in regions:
            self.offline.pop(code, None)

    def next_wakeup(self) -> float | None:
        """When the next queued send (of the active regions) is due; None: nothing to do."""
        return self.store.next_due_at(self.active_regions())

    def close(self) -> None:
        """Close every client's connections."""
        for _, client in self._clients.values():
            client.close()
        self._clients.clear()
