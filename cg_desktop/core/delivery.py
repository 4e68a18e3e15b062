"""Draining the outbox: one due send at a time, per lane, with retries that are counted.

A lane (core/lanes.py) is a region's Records API or one of its Incoming Webhooks; each
has its own account, so a webhook whose password is wrong pauses only its own sends.

Pure Python and single-threaded: the Qt sender worker drives it with timers, and the
crash test drives it from a plain loop in a process that gets killed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from cg_desktop.core.api.outcomes import Outcome, OutcomeKind, Reason
from cg_desktop.core.api.regions import Region
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.lanes import Lane
from cg_desktop.core.store.outbox import Settled, settle
from cg_desktop.core.store.sends import Send, Store

# Failures where no connection could be made at all: a cheap TCP probe tells when the
# way is open again. Not timeouts, resets or TLS failures: there TCP connects fine while
# the trouble goes on, and probing would cancel the backoff (a request every few seconds).
NEVER_CONNECTED = frozenset({Reason.OFFLINE})


if TYPE_CHECKING:
    from cg_desktop.core.api.records_client import WebhookClient


@dataclass(frozen=True)
class Account:
    """Where to send and as whom: plain data, safe to hand between threads."""

    region: Region
    credentials: ClientCredentials

    @property
    def lane(self) -> str:
        """The lane it signs in: its region's Records API."""
        return Lane(self.region.code).name

    @property
    def url(self) -> str:
        """Where its sends go (the network probe knocks there)."""
        return self.region.records_url


@dataclass(frozen=True)
class HookAccount:
    """An Incoming Webhook of a region and its user and password (never in a repr)."""

    region: Region
    hook_id: str
    user: str
    password: str = field(repr=False)

    @property
    def lane(self) -> str:
        """The lane it signs in: this webhook of its region."""
        return Lane(self.region.code, self.hook_id).name

    @property
    def url(self) -> str:
        """The webhook's URL."""
        return self.region.hook_url(self.hook_id)


# What the deliverer can send as: a Connected App, or a webhook's user.
Destination = Account | HookAccount


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


class _ThroughWebhook:
    """A WebhookClient as a RecordSender: the webhook is bound to its mapping, so the
    configuration is not sent."""

    def __init__(self, client: WebhookClient) -> None:
        self._client = client

    def send(
        self, configuration: str, record: dict[str, str], *, body_format: str, method: str
    ) -> Outcome:
        """Send the record's fields, flat."""
        return self._client.send(record, body_format=body_format, method=method)

    def close(self) -> None:
        """Close the webhook client's connections."""
        self._client.close()


def default_client(account: Destination) -> RecordSender:
    """The client for an account (imports requests on first use)."""
    from cg_desktop.core.api.records_client import RecordsClient, WebhookClient

    if isinstance(account, HookAccount):
        hook = WebhookClient(
            account.url, account.user, account.password, where=account.region.server_name
        )
        return _ThroughWebhook(hook)
    return RecordsClient(account.region, account.credentials)


class Deliverer:
    """Sends queued records oldest first, for the lanes it has accounts for."""

    def __init__(
        self,
        store: Store,
        *,
        client_factory: Callable[[Destination], RecordSender] = default_client,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self._client_factory = client_factory
        self._clock = clock
        self._accounts: dict[str, Destination] = {}
        self._clients: dict[str, tuple[Destination, RecordSender]] = {}
        self.paused: dict[str, str] = {}  # lane → why sending there is paused
        self.offline: dict[str, str] = {}  # lanes whose last attempt hit the network → URL

    def set_account(self, account: Destination, *, resume: bool = False) -> None:
        """Send by this account's lane as it from now on.

        A sign-in pause ends with other credentials, or when a person confirmed these
        (`resume`: saved in the credentials dialog). Offered again unchanged (a profile or
        region switch), credentials the server just refused are not tried again.
        """
        lane = account.lane
        known = self._clients.get(lane)
        if known is not None and known[0] != account:  # new credentials: a fresh client
            known[1].close()
            del self._clients[lane]
        changed = self._accounts.get(lane) != account
        self._accounts[lane] = account
        if changed or resume:
            self.paused.pop(lane, None)

    def active_lanes(self) -> list[str]:
        """Lanes that can be sent by now: an account known and not paused."""
        return [lane for lane in self._accounts if lane not in self.paused]

    def _client(self, account: Destination) -> RecordSender:
        """The client for a lane's account, kept so its token and connections are reused."""
        lane = account.lane
        if lane not in self._clients:
            self._clients[lane] = (account, self._client_factory(account))
        return self._clients[lane][1]

    def step(self) -> Attempt | None:
        """Send the oldest due record, if any; None when nothing is due."""
        send = self.store.claim_next(self._clock(), lanes=self.active_lanes())
        return None if send is None else self._attempt(send)

    def send_one(self, send_id: int, account: Destination) -> Attempt | None:
        """Send one stored record now, due or not (the Send button, Retry now).

        Not with credentials the server has just refused (the lane is paused for them): the
        queue may have tried this very send with them a moment ago, and a second refusal
        would only ask the person for the same sign-in twice.
        """
        if account.lane in self.paused and self._accounts.get(account.lane) == account:
            return None
        self.set_account(account)
        send = self.store.claim(send_id)
        return None if send is None else self._attempt(send)

    def _attempt(self, send: Send) -> Attempt:
        """Send a claimed record and settle its outcome in the store."""
        lane = send.lane or send.region
        account = self._accounts.get(lane)
        if account is None:  # not signed in for this lane: back to the queue
            outcome = Outcome(
                OutcomeKind.NEEDS_SIGN_IN,
                "Not signed in for this region. Open Credentials… to sign in."
                if lane == send.region
                else "The webhook's password is not known on this computer. Open "
                "Credentials… to give it.",
            )
        else:
            outcome = self._client(account).send(
                send.configuration,
                send.record,
                body_format=send.options.get("format", "json"),
                method=send.options.get("method", "PUT"),
            )
        settled = settle(self.store, send, outcome, self._clock())
        self._note(lane, outcome, account)
        return Attempt(send, outcome, settled)

    def _note(self, lane: str, outcome: Outcome, account: Destination | None) -> None:
        """Remember pauses and network trouble per lane, for scheduling and the status."""
        if outcome.kind is OutcomeKind.NEEDS_SIGN_IN:
            self.paused[lane] = outcome.message
        if outcome.kind is OutcomeKind.TRY_LATER and outcome.reason in NEVER_CONNECTED:
            if account is not None:
                self.offline[lane] = account.url
        elif outcome.http_status is not None:
            self.offline.pop(lane, None)  # the server answered: the network is fine

    def network_back(self, lane: str | None = None) -> None:
        """The network seems back: make the waiting sends due at once."""
        lanes = [lane] if lane else list(self._accounts)
        self.store.due_now(lanes)
        for name in lanes:
            self.offline.pop(name, None)

    def next_wakeup(self) -> float | None:
        """When the next queued send (of the active lanes) is due; None: nothing to do."""
        return self.store.next_due_at(self.active_lanes())

    def close(self) -> None:
        """Close every client's connections."""
        for _, client in self._clients.values():
            client.close()
        self._clients.clear()
