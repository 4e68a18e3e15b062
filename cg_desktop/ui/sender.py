"""The sender: a worker QObject in its own QThread that sends stored records.

It owns the API clients and their sessions and its own database connection; it talks
to the window only through signals carrying plain data (PITFALLS.md, QThread).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.outbox import Settled, settle
from cg_desktop.core.outcomes import Outcome, OutcomeKind
from cg_desktop.core.regions import Region

if TYPE_CHECKING:  # requests and sqlite load in the sender thread, off the start-up path
    from cg_desktop.core.records_client import RecordsClient
    from cg_desktop.core.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Account:
    """Where to send and as whom: plain data, safe to hand to the sender thread."""

    region: Region
    credentials: ClientCredentials


@dataclass(frozen=True)
class SendResult:
    """What the sender reports for one attempt: the stored standing and the outcome."""

    settled: Settled
    outcome: Outcome


class SenderWorker(QObject):
    """Claims sends from the store and sends them; lives in the sender thread."""

    finished_one = Signal(object)  # SendResult
    busy_changed = Signal(bool)
    waiting_changed = Signal(int)  # how many sends are waiting

    def __init__(self, database: Path) -> None:
        super().__init__()
        self._database = database
        self._store: Store | None = None  # opened in the sender thread, on first use
        self._clients: dict[tuple[str, str], tuple[ClientCredentials, RecordsClient]] = {}
        self._stopping = False
        self.warm = False  # read by the GUI thread only as a hint (tests, benchmarks)

    def _open_store(self) -> Store:
        """This thread's own connection to the database."""
        if self._store is None:
            from cg_desktop.core.store import Store

            self._store = Store(self._database)
        return self._store

    def _client(self, account: Account) -> RecordsClient:
        """The client for a region and Client ID, kept so its token and connections are reused."""
        from cg_desktop.core.records_client import RecordsClient

        key = (account.region.records_url, account.credentials.client_id)
        known = self._clients.get(key)
        if known is not None and known[0] == account.credentials:
            return known[1]
        if known is not None:  # the secret was changed: start afresh
            known[1].close()
        client = RecordsClient(account.region, account.credentials)
        self._clients[key] = (account.credentials, client)
        return client

    @Slot()
    def warm_up(self) -> None:
        """Import the HTTP stack and open the database now, not in the middle of a send.

        Importing requests holds the GIL for a while; done during a send it stalls the
        window's event loop (measured ~40 ms), so it happens once, soon after start-up.
        """
        import cg_desktop.core.records_client  # noqa: F401  (requests, urllib3, ssl)

        self._open_store()
        self.warm = True

    @Slot(int, object)
    def send(self, send_id: int, account: Account) -> None:
        """Send one stored record now (the Send button, or Send now)."""
        if self._stopping:
            return
        store = self._open_store()
        send = store.claim(send_id)
        if send is None:
            return
        self.busy_changed.emit(True)
        try:
            client = self._client(account)
            outcome = client.send(
                send.configuration,
                send.record,
                body_format=send.options.get("format", "json"),
                method=send.options.get("method", "PUT"),
            )
            settled = settle(store, send, outcome, time.time())
        except Exception:  # a bug: keep the record queued and say so, never crash the thread
            log.exception("sender failed on send %s", send_id)
            outcome = Outcome(
                OutcomeKind.TRY_LATER,
                "Something went wrong inside cg-desktop while sending. The record is saved.",
            )
            settled = settle(store, send, outcome, time.time())
        finally:
            self.busy_changed.emit(False)
        self.finished_one.emit(SendResult(settled, outcome))
        self.waiting_changed.emit(store.waiting())

    @Slot()
    def stop(self) -> None:
        """Finish: close clients and the database connection (in this thread)."""
        self._stopping = True
        for _, client in self._clients.values():
            client.close()
        self._clients.clear()
        if self._store is not None:
            self._store.close()
            self._store = None


class Sender(QObject):
    """The window's handle on the sender thread: start, ask to send, stop cleanly."""

    _send_requested = Signal(int, object)
    _warm_up_requested = Signal()
    _stop_requested = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Keep Python references to both, or garbage collection aborts the process.
        self.thread = QThread()
        self.thread.setObjectName("cg-desktop sender")
        self.worker = SenderWorker(database)
        self.worker.moveToThread(self.thread)
        # Connected after moveToThread: these are queued into the sender thread.
        self._send_requested.connect(self.worker.send)
        self._stop_requested.connect(self.worker.stop)
        self._warm_up_requested.connect(self.worker.warm_up)
        self.thread.start()
        app = QCoreApplication.instance()
        if app is not None:  # however the app ends, the thread ends first
            app.aboutToQuit.connect(self.shutdown)

    def warm_up(self) -> None:
        """Ask the sender thread to load what sending needs (call once the window shows)."""
        self._warm_up_requested.emit()

    def send(self, send_id: int, account: Account) -> None:
        """Ask the sender thread to send one stored record."""
        self._send_requested.emit(send_id, account)

    def shutdown(self) -> None:
        """Stop the worker and the thread; waits for a send in flight to end (never terminate)."""
        if not self.thread.isRunning():
            return
        self._stop_requested.emit()
        self.thread.quit()
        self.thread.wait()
