"""The life of a send from the form: saved first, sent, its answer shown where it belongs."""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from cg_desktop.core.delivery import Account
from cg_desktop.core.profiles.contacts import contact_of
from cg_desktop.core.profiles.rules import build_record
from cg_desktop.core.store.sends import Status, Store, StoreError
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.form.host import FormHost
from cg_desktop.ui.form.outcome_view import view_for
from cg_desktop.ui.form.record_form import RecordForm
from cg_desktop.ui.sending.reports import SendResult
from cg_desktop.ui.sending.sender import Sender
from cg_desktop.ui.sending.sign_in import SignIn

log = logging.getLogger(__name__)

# How long the form waits, locked, for an answer before it frees itself for the next
# visitor (the record is safe on disk and the sender carries on).
DETACH_AFTER_MS = 5_000


class SendFlow(QObject):
    """Sends what the form asks for and shows each answer on the form that sent it."""

    send_changed = Signal(int)  # a send was saved or settled: its history row changed
    status_changed = Signal()  # the outbox changed: the status line is out of date
    outcome_shown = Signal(object)  # SendResult, once shown (history, banner)

    def __init__(
        self,
        host: FormHost,
        store: Store,
        sender: Sender,
        sign_in: SignIn,
        parent: QObject | None = None,
    ) -> None:
        """Sends go through `sender`, signed in by `sign_in`; answers land on `host`'s form."""
        super().__init__(parent)
        self._host = host
        self._store = store
        self._sender = sender
        self._sign_in = sign_in
        self._stopped = False
        # Sends the form is waiting for: send id → (the form that sent it, the record).
        self.pending: dict[int, tuple[RecordForm, dict[str, str]]] = {}
        self.fixing: int | None = None  # the refused send opened with Edit and resend
        self._detach_timer = QTimer(self)
        self._detach_timer.setSingleShot(True)
        self._detach_timer.timeout.connect(self._detach)

    def send_values(self, values: dict[str, str]) -> None:
        """Validated values: save them to disk first, then hand them to the sender."""
        profile = self._host.current_profile()
        form = self._host.form
        assert profile is not None and form is not None
        record = build_record(profile, values)
        try:
            send_id = self._store.enqueue(
                profile=profile.name,
                region=self._host.current_region().code,
                configuration=profile.configuration,
                record=record,
                contact=contact_of(record),
                options={"format": profile.format, "method": profile.method},
            )
        except (StoreError, sqlite3.Error, OSError) as exc:  # disk full, read-only, locked
            log.error("could not save a record: %s", type(exc).__name__)
            text = (
                str(exc)
                if isinstance(exc, StoreError)
                else (
                    "The record could not be saved on this computer, so it was not sent. "
                    "Nothing you typed is lost: fix the problem in Details and press Send again."
                )
            )
            form.banner.show_message(Tone.ERROR, text, details=str(exc))
            return
        self._replace_fixed(profile.name, record)
        self.send_changed.emit(send_id)
        account = self._sign_in.current() or self._sign_in.ask("Sign in to send this record.")
        if account is None:
            form.banner.show_message(
                Tone.WARNING,
                "Saved. It will be sent once you sign in (Credentials…).",
            )
            form.reset()
            self.status_changed.emit()
            return
        self._wait_for(send_id, record, account)
        self.status_changed.emit()

    def _wait_for(self, send_id: int, record: dict[str, str], account: Account) -> None:
        """Send and hold the form (locked) until the answer, or until it takes too long."""
        form = self._host.form
        assert form is not None
        self.pending[send_id] = (form, record)
        form.set_busy(True)
        self._detach_timer.start(DETACH_AFTER_MS)
        self._sender.send(send_id, account)

    def _detach(self) -> None:
        """The answer is slow: free the form for the next visitor; the send goes on."""
        for send_id, (form, _record) in list(self.pending.items()):
            del self.pending[send_id]
            if form is self._host.form:
                form.set_busy(False)
                form.reset()
                form.banner.show_message(
                    Tone.INFO,
                    "Saved — CustomerGauge is slow to answer, so this one finishes in the "
                    "background. The History tab shows how it went.",
                )

    @Slot(object)
    def finished(self, result: SendResult) -> None:
        """An attempt ended (in the sender thread): show it where a person looks."""
        if self._stopped:
            return  # a result queued while closing: it is in the store already
        self._show_result(result)
        self.outcome_shown.emit(result)

    def _show_result(self, result: SendResult) -> None:
        """Update history and status; for the form's own send, the banner and the fields."""
        settled, outcome = result.settled, result.outcome
        self.send_changed.emit(settled.send_id)
        pending = self.pending.pop(settled.send_id, None)
        self.status_changed.emit()
        form = self._host.form
        if pending is None or form is None or pending[0] is not form:
            self._tell_in_background(result)
            return
        record = pending[1]
        self._detach_timer.stop()
        form.set_busy(False)
        view = view_for(outcome, settled, record, list(form.rows))
        if settled.status is Status.REJECTED:  # the form keeps the values to be fixed
            self.fixing = settled.send_id
        form.banner.show_message(view.tone, view.text, view.details)
        if view.field_errors or not view.clear_form:
            form.show_server_errors(view.field_errors)
        if view.clear_form:
            form.reset()
        if view.ask_credentials:
            account = self._sign_in.ask(outcome.message)
            if account is not None:
                self._wait_for(settled.send_id, record, account)

    def _replace_fixed(self, profile: str, record: dict[str, str]) -> None:
        """The corrected copy of a refused send is saved: History says the refused one was fixed.

        Both stay in the history. Only when it is the same contact in the same profile:
        the person may have moved on to someone else since.
        """
        old_id, self.fixing = self.fixing, None
        old = self._store.get(old_id) if old_id is not None else None
        if old is None or old.profile != profile:
            return
        same = [key for key in ("Email", "Phone") if old.record.get(key)]
        if same and all(old.record[key] == record.get(key) for key in same):
            self._store.note(old.id, f"Fixed and sent again. ({old.message})")
            self.send_changed.emit(old.id)

    def _tell_in_background(self, result: SendResult) -> None:
        """A send the form no longer waits for ended: say so if it needs a person."""
        form = self._host.form
        if form is None:
            return
        status = result.settled.status
        if status in (Status.REJECTED, Status.FAILED):
            form.banner.show_message(
                Tone.WARNING,
                "A record sent earlier was not accepted by CustomerGauge and needs a fix: "
                "open History (Ctrl+2), select it and press Edit and resend….",
                result.outcome.server_answer,
            )
        elif self._store.waiting() == 0 and form.banner.text.text().startswith(
            ("Saved", "Could not reach", "CustomerGauge (")
        ):
            # The "saved, will be sent" message of earlier is out of date now.
            form.banner.show_message(Tone.SUCCESS, "All waiting records have been sent.")

    def send_waiting(self) -> None:
        """Send now: every waiting send goes at once (signing in first if needed)."""
        if self._sign_in.current() is None and not self._sign_in.ask(
            "Sign in to send the waiting records."
        ):
            return
        # Every region with waiting sends that is signed in; then all of them at once.
        self._sign_in.offer_accounts(then=self._sender.send_now)

    def fix(self, send_id: int) -> None:
        """The form now holds this refused send (Edit and resend): its next send replaces it."""
        self.fixing = send_id

    def stop(self) -> None:
        """The window is closing: results still queued are in the store; show none of them."""
        self._stopped = True
        self._detach_timer.stop()
