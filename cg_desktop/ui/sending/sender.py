"""The sender: a worker QObject in its own QThread that drains the outbox with timers.

It owns the API clients, their sessions and its own database connection; it talks to
the window only through signals carrying plain data (PITFALLS.md, QThread). Waits are
timers, never sleeps, so quitting is instant (a request in flight ends by its timeout).
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QCoreApplication,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtNetwork import QAbstractSocket, QNetworkInformation, QTcpSocket

from cg_desktop.core.delivery import Attempt, Destination, RecordSender, default_client
from cg_desktop.ui.sending.reports import QueueState, SendResult

if TYPE_CHECKING:  # requests and sqlite load in the sender thread, off the start-up path
    from cg_desktop.core.delivery import Deliverer

log = logging.getLogger(__name__)

PROBE_EVERY_MS = 3_000  # while offline: how often to knock on the server's door
MAX_TIMER_MS = 60_000  # re-check the queue at least this often (clock changes, sleep)


class SenderWorker(QObject):
    """Drains the outbox in the sender thread; the window asks through queued signals."""

    finished_one = Signal(object)  # SendResult
    queue_changed = Signal(object)  # QueueState

    def __init__(self, database: Path, before_network: Callable[[], None] | None = None) -> None:
        """`before_network` runs in this thread before the first connection (TLS set-up)."""
        super().__init__()
        self._database = database
        self._before_network = before_network
        self._deliverer: Deliverer | None = None  # made in the sender thread, on first use
        self._stopping = False
        self._timer: QTimer | None = None
        self._probe_timer: QTimer | None = None
        self._probes: list[QTcpSocket] = []
        self.warm = False  # read by the GUI thread only as a hint (tests, benchmarks)
        self._needs_requeue = False
        self.in_flight = False  # a request is on the wire (read by the GUI when closing)
        self.thread_ident = 0  # the sender thread, once it has made an attempt

    # -- set-up in the sender thread -------------------------------------------------------

    def _ready(self) -> Deliverer:
        """The deliverer and the timers, created in this thread on first use."""
        self.thread_ident = threading.get_ident()  # for closing: see Sender.shutdown
        if self._deliverer is None:
            from cg_desktop.core.delivery import Deliverer
            from cg_desktop.core.store.sends import Store

            store = Store(self._database)
            # Sends left "sending" by a crash go out again; the duplicate rule settles them.
            store.requeue_interrupted()
            # A new start is a fresh chance (the network may be back): waiting sends are
            # due at once, oldest first, rather than at the backoff of the last session.
            store.due_now(store.waiting_lanes())
            self._deliverer = Deliverer(store, client_factory=self._client_for)
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._step)
            self._probe_timer = QTimer(self)
            self._probe_timer.setInterval(PROBE_EVERY_MS)
            self._probe_timer.timeout.connect(self._probe)
        return self._deliverer

    def _network_ready(self) -> None:
        """The app's TLS set-up and the HTTP stack, loaded once, in this thread (~90 ms)."""
        if not self.warm:
            if self._before_network is not None:
                self._before_network()
            import cg_desktop.core.api.records_client  # noqa: F401  (requests, urllib3, ssl)

            self.warm = True

    def _client_for(self, account: Destination) -> RecordSender:
        """The deliverer's client for an account: only now is the network stack needed."""
        self._network_ready()
        return default_client(account)

    @Slot()
    def warm_up(self) -> None:
        """Load the HTTP stack and open the database now, not in the middle of a send.

        Importing requests holds the GIL for a while; done during a send it stalls the
        window's event loop (measured ~40 ms), so the window asks for this as soon as
        there is something to send or someone starts using it.
        """
        self._ready()
        self._network_ready()
        self._report()

    # -- requests from the window ------------------------------------------------------------

    @Slot(object, bool)
    def set_account(self, account: Destination, resume: bool) -> None:
        """Send by a lane as this account; `resume`: a person confirmed it (a pause ends)."""
        if self._stopping:
            return
        self._ready().set_account(account, resume=resume)
        self._schedule(0)

    @Slot(int, object)
    def send(self, send_id: int, account: Destination) -> None:
        """Send one stored record now (the Send button, Retry now)."""
        if self._stopping:
            return
        if self._attempt(lambda deliverer: deliverer.send_one(send_id, account)):
            self._schedule(0)
        else:
            self._report()  # not sent (its lane waits for a sign-in): the window is told

    @Slot()
    def send_now(self) -> None:
        """Send now: every waiting send of the signed-in lanes is due at once."""
        if self._stopping:
            return
        self._ready().network_back()
        self._schedule(0)

    @Slot()
    def network_back(self) -> None:
        """The OS says the network is back: try the queue at once."""
        self.send_now()

    @Slot()
    def stop(self) -> None:
        """Stop timers, close clients and the database connection (in this thread)."""
        self._stopping = True
        for timer in (self._timer, self._probe_timer):
            if timer is not None:
                timer.stop()
        for probe in self._probes:
            probe.abort()
            probe.deleteLater()  # in this thread, where its socket notifier lives
        self._probes.clear()
        if self._deliverer is not None:
            self._deliverer.close()
            self._deliverer.store.close()
            self._deliverer = None

    # -- the loop ------------------------------------------------------------------------------

    def _step(self) -> None:
        """Send one due record, then schedule the next step (timers keep quitting instant)."""
        if self._stopping:
            return
        attempt_made = self._attempt(lambda deliverer: deliverer.step())
        if attempt_made is not None:
            self._schedule(0 if attempt_made else None)

    def _attempt(self, make: Callable[[Deliverer], Attempt | None]) -> bool | None:
        """Make one attempt and report it: True if one was made, False if nothing was due.

        None when it failed inside cg-desktop (a bug, or the disk filling up between the
        send and storing its result): the send is left "sending", so the next try puts it
        back in the queue (its result unknown) and the duplicate rule settles it.
        """
        try:
            deliverer = self._ready()
            if self._needs_requeue:
                deliverer.store.requeue_interrupted()
                self._needs_requeue = False
            self.in_flight = True
            attempt = make(deliverer)
        except Exception:
            log.exception("an attempt failed inside cg-desktop")
            self._needs_requeue = True
            self._schedule(5_000)
            return None
        finally:
            self.in_flight = False
        if attempt is None:
            return False
        self._finished(attempt)
        return True

    def _schedule(self, delay_ms: int | None) -> None:
        """Run the next step after `delay_ms`, or when the next send is due."""
        if self._stopping or self._timer is None:
            return
        deliverer = self._ready()
        if delay_ms is None:
            due = deliverer.next_wakeup()
            if due is None:
                self._timer.stop()
                self._report()
                self._update_probe()
                return
            delay_ms = max(0, min(MAX_TIMER_MS, int((due - time.time()) * 1000)))
        self._timer.start(delay_ms)
        self._report()
        self._update_probe()

    def _finished(self, attempt: Attempt) -> None:
        """Tell the window what became of an attempt."""
        self.finished_one.emit(SendResult(attempt.settled, attempt.outcome))

    def _report(self) -> None:
        """Tell the window how the queue stands."""
        deliverer = self._deliverer
        if deliverer is None:
            return
        store = deliverer.store
        self.queue_changed.emit(
            QueueState(
                waiting=store.waiting(),
                next_attempt_at=store.next_due_at(deliverer.active_lanes()),
                paused=dict(deliverer.paused),
                offline=bool(deliverer.offline),
            )
        )

    # -- the way back after the network dropped ------------------------------------------------

    def _update_probe(self) -> None:
        """Probe while some lane's last attempt hit the network, and only then."""
        if self._probe_timer is None or self._deliverer is None:
            return
        wanted = bool(self._deliverer.offline) and not self._stopping
        if wanted and not self._probe_timer.isActive():
            self._probe_timer.start()
        elif not wanted and self._probe_timer.isActive():
            self._probe_timer.stop()

    def _probe(self) -> None:
        """A cheap check: can a TCP connection to the server be opened? Then send at once."""
        if self._deliverer is None:
            return
        for lane, url in list(self._deliverer.offline.items()):
            parts = urlsplit(url)
            socket = QTcpSocket(self)
            socket.connected.connect(lambda lane=lane, s=socket: self._probe_ok(lane, s))
            socket.errorOccurred.connect(lambda _e, s=socket: self._probe_done(s))
            self._probes.append(socket)
            port = parts.port or (443 if parts.scheme == "https" else 80)
            socket.connectToHost(parts.hostname or "", port)
            QTimer.singleShot(2_000, socket, lambda s=socket: self._probe_done(s))

    def _probe_ok(self, lane: str, socket: QTcpSocket) -> None:
        """The server is reachable again: its waiting sends go now."""
        self._probe_done(socket)
        if self._deliverer is not None and not self._stopping:
            self._deliverer.network_back(lane)
            self._schedule(0)

    def _probe_done(self, socket: QTcpSocket) -> None:
        """Forget a finished (or timed-out) probe socket."""
        if socket not in self._probes:
            return
        self._probes.remove(socket)
        if socket.state() != QAbstractSocket.SocketState.UnconnectedState:
            socket.abort()
        socket.deleteLater()


class Sender(QObject):
    """The window's handle on the sender thread: start, ask, stop cleanly."""

    _send_requested = Signal(int, object)
    _account_given = Signal(object, bool)
    _send_now_requested = Signal()
    _network_back = Signal()
    _warm_up_requested = Signal()

    def __init__(
        self,
        database: Path,
        parent: QObject | None = None,
        *,
        before_network: Callable[[], None] | None = None,
    ) -> None:
        """`before_network`: the app's TLS set-up, run in the sender thread before it connects."""
        super().__init__(parent)
        # Keep Python references to both, or garbage collection aborts the process.
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("cg-desktop sender")
        self.worker = SenderWorker(database, before_network)
        self.worker.moveToThread(self.worker_thread)
        # Connected after moveToThread: these are queued into the sender thread.
        self._send_requested.connect(self.worker.send)
        self._account_given.connect(self.worker.set_account)
        self._send_now_requested.connect(self.worker.send_now)
        self._network_back.connect(self.worker.network_back)
        self._warm_up_requested.connect(self.worker.warm_up)
        # The worker and its timers and sockets die in their own thread, as it ends;
        # destroyed later from the GUI thread, they would touch a dead event loop.
        self.worker_thread.finished.connect(self.worker.deleteLater)
        self.worker_thread.start()
        self._watch_network()
        app = QCoreApplication.instance()
        if app is not None:  # however the app ends, the thread ends first
            app.aboutToQuit.connect(self.shutdown)

    def _watch_network(self) -> None:
        """Where the OS can tell (NetworkManager, Windows, macOS), react to the network's return."""
        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            return  # no backend here: the sender's periodic probe covers it
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        """Online again: tell the worker."""
        if reachability == QNetworkInformation.Reachability.Online:
            self._network_back.emit()

    def warm_up(self) -> None:
        """Ask the sender thread to load what sending needs (call once the window shows)."""
        self._warm_up_requested.emit()

    def set_account(self, account: Destination, *, resume: bool = False) -> None:
        """Tell the sender which account to use for a lane; `resume` after the person saved
        it in the credentials dialog (a lane paused for these credentials goes on)."""
        self._account_given.emit(account, resume)

    def send(self, send_id: int, account: Destination) -> None:
        """Ask the sender thread to send one stored record now."""
        self._send_requested.emit(send_id, account)

    def send_now(self) -> None:
        """Ask the sender thread to try every waiting send now."""
        self._send_now_requested.emit()

    def network_is_back(self) -> None:
        """The network is known to be back (practice mode's outage ended): send at once."""
        self._network_back.emit()

    def shutdown(self) -> None:
        """Stop the worker and the thread; a send in flight is ended first (never terminate).

        Ended as if its deadline had passed: the record stays queued, its result unknown,
        and the next start settles it by the duplicate rule. So closing takes moments.
        """
        if not self.worker_thread.isRunning():
            return
        ident = self.worker.thread_ident
        # Loaded by the sender thread with the network stack; never imported here: importing
        # requests while that thread is importing it fails half-way (a crash on Quit, seen
        # by a manual round). Not loaded yet means no attempt can be on the wire.
        deadline = sys.modules.get("cg_desktop.core.api.deadline")
        if ident and deadline is not None:
            # From now on, every attempt of that thread ends at once, the one on the wire
            # and any queued.
            deadline.end_attempts_in(ident)
        # Blocking: stop() runs in the sender thread (its timers and sockets live there)
        # and has finished before the thread's event loop is told to end.
        QMetaObject.invokeMethod(self.worker, "stop", Qt.ConnectionType.BlockingQueuedConnection)
        self.worker_thread.quit()
        self.worker_thread.wait()
        deadline = sys.modules.get("cg_desktop.core.api.deadline")
        if ident and deadline is not None:
            deadline.forget_thread(ident)  # a new thread may get the same ident
