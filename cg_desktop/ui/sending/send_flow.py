"""The life of a send from the form: saved first, the form cleared at once, the answer shown.

Queue-first: Enter saves the record and clears the form for the next person straight
away; the answer arrives later, in the Recent strip and in a banner naming the person.
Nothing typed meanwhile is ever disabled, dropped or moved.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication

from cg_desktop.core.delivery import Destination
from cg_desktop.core.profiles.contacts import (
    contact_of,
    display_name,
    same_contact,
    same_person,
)
from cg_desktop.core.profiles.rules import build_record
from cg_desktop.core.recent import RecentSends, RecentState, state_after
from cg_desktop.core.store.outbox import FIXES, Settled
from cg_desktop.core.store.sends import Status, Store, StoreError
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.form.host import FormHost
from cg_desktop.ui.form.outcome_view import View, view_for, with_keys_sent
from cg_desktop.ui.form.record_form import RecordForm
from cg_desktop.ui.sending.reports import QueueState, SendResult
from cg_desktop.ui.sending.sender import Sender
from cg_desktop.ui.sending.sign_in import SignIn
from cg_desktop.ui.words import said

log = logging.getLogger(__name__)


class SendFlow(QObject):
    """Saves what the form asks to send, frees the form, and tells how each send went."""

    send_changed = Signal(int)  # a send was saved or settled: its history row changed
    status_changed = Signal()  # the outbox changed: the status line is out of date
    outcome_shown = Signal(object)  # SendResult, once shown (history, banner)
    recent_changed = Signal(object)  # RecentSend: a row of the Recent strip to show
    recent_gone = Signal(int)  # a send's row leaves the strip (its refusal was fixed)
    # A refused send, its details, and what the banner said of a record held before it
    # (put aside to make way): back in the untouched form, held.
    comes_back = Signal(int, str, str)

    def __init__(
        self,
        host: FormHost,
        store: Store,
        sender: Sender,
        sign_in: SignIn,
        parent: QObject | None = None,
        *,
        show_keys: bool = False,
        quiet: bool = False,
    ) -> None:
        """Sends go through `sender`, signed in by `sign_in`; answers land on `host`'s form.

        `show_keys` (practice mode): each answer shows the exact keys and values sent.
        `quiet` (a kiosk): the form never tells about a visitor once they have sent (the
        kiosk thanks each one itself, and the next visitor must not see the last one's
        name); only a record that could not be saved is said, to the one who typed it.
        """
        super().__init__(parent)
        self._show_keys = show_keys
        self._quiet = quiet
        self._host = host
        self._store = store
        self._sender = sender
        self._sign_in = sign_in
        self._stopped = False
        # Sends whose first answer is still to come: send id → (the form that sent it, record).
        self.pending: dict[int, tuple[RecordForm, dict[str, str]]] = {}
        # Every send made from this window since it opened (their later retries too).
        self._sent: dict[int, tuple[RecordForm, dict[str, str]]] = {}
        self.banner_about: int | None = None  # the send the banner tells about now
        self.fixing: int | None = None  # the refused send opened with Edit and resend
        self._back_to: str | None = None  # the desk's profile, while fixing in another
        self.recent = RecentSends()
        self._lanes: dict[int, str] = {}  # each send made here → its lane
        self._paused: set[str] = set()  # lanes waiting for a sign-in (the sender says)
        sign_in.signed_in.connect(self._paused.clear)  # new credentials: worth a try

    def send_values(self, values: dict[str, str]) -> None:
        """Validated values: save them to disk first, then hand them to the sender."""
        profile = self._host.current_profile()
        form = self._host.form
        assert profile is not None and form is not None
        record = build_record(profile, values)
        options = {"format": profile.format, "method": profile.method}
        fixes = self._fixes_which(profile.name, record)
        if fixes is not None:
            options[FIXES] = str(fixes)  # kept with the send: settled even after a restart
        lane = self._sign_in.current_lane()
        try:
            send_id = self._store.enqueue(
                profile=profile.name,
                region=lane.region,
                configuration=profile.configuration,
                record=record,
                contact=contact_of(record),
                options=options,
                lane=lane.name,
            )
        except (StoreError, sqlite3.Error, OSError) as exc:  # disk full, read-only, locked
            log.error("could not save a record: %s", type(exc).__name__)
            text = (
                str(exc)
                if isinstance(exc, StoreError)
                else self.tr(
                    "The record could not be saved on this computer, so it was not sent. "
                    "Nothing you typed is lost: fix the problem in Details and press Send again."
                )
            )
            form.banner.show_message(Tone.ERROR, text, details=str(exc))
            return
        self._lanes[send_id] = lane.name
        self.send_changed.emit(send_id)
        self.recent_changed.emit(self.recent.add(send_id, record))
        # Queue-first: the record is on disk, so the form is free for the next person now.
        form.reset()
        who = display_name(record)
        self._sent[send_id] = (form, record)
        self.banner_about = send_id
        account = self._sign_in.current()
        if account is not None and lane.name in self._paused:
            account = None  # refused a moment ago with these very credentials: wait for new ones
        elif account is None:
            account = self._sign_in.ask(self.tr("Sign in to send this record."))
        if account is None:
            self._update_recent(send_id, RecentState.WAITING_SIGN_IN)
            said = self.tr("Saved {name}. It will be sent once you sign in (Credentials…).").format(
                name=who
            )
            self._tell(form, Tone.WARNING, said)
            self.status_changed.emit()
            self._back_to_desk_profile(said)
            return
        said = self.tr("Saved and sending: {name}…").format(name=who)
        self._tell(form, Tone.INFO, said)
        self._send(send_id, record, account)
        self.status_changed.emit()
        self._back_to_desk_profile(said)

    def _send(self, send_id: int, record: dict[str, str], account: Destination) -> None:
        """Hand a saved send to the sender; its answer is shown when it comes."""
        form = self._host.form
        assert form is not None
        self.pending[send_id] = (form, record)
        self._sender.send(send_id, account)

    @Slot(object)
    def queue_changed(self, queue: QueueState) -> None:
        """The sender's view of the outbox: sends waiting for a lane's sign-in say so."""
        self._paused = set(queue.paused)
        # Still pending: its answer may yet come (this report can be older than a sign-in
        # made just now), and then it is told as usual.
        for send_id in [s for s in self.pending if self._lanes.get(s) in self._paused]:
            form, record = self.pending[send_id]
            self._update_recent(send_id, RecentState.WAITING_SIGN_IN)
            if send_id == self.banner_about and form is self._host.form:
                self._tell(
                    form,
                    Tone.WARNING,
                    self.tr(
                        "Saved {name}. It will be sent once the sign-in is put right "
                        "(Credentials…)."
                    ).format(name=display_name(record)),
                )
        self.status_changed.emit()

    def _update_recent(self, send_id: int, state: RecentState) -> None:
        """A send's row in the Recent strip has a new state."""
        row = self.recent.update(send_id, state)
        if row is not None:
            self.recent_changed.emit(row)

    @Slot(object)
    def finished(self, result: SendResult) -> None:
        """An attempt ended (in the sender thread): show it where a person looks."""
        if self._stopped:
            return  # a result queued while closing: it is in the store already
        self._show_result(result)
        self.outcome_shown.emit(result)

    def _show_result(self, result: SendResult) -> None:
        """Update history, status and the Recent strip; the banner names the person.

        The banner changes for a send's first answer, and for a later one when the banner
        still tells about that send (so "Saved — it will be sent…" is replaced by "Sent to
        …", never left stale). Other retries show in the strip; a refusal is always told.
        """
        settled, outcome = result.settled, result.outcome
        self.send_changed.emit(settled.send_id)
        state = state_after(settled.status, outcome.kind, outcome.reason)
        self._update_recent(settled.send_id, state)
        self._settle_fix(settled)
        first_answer = self.pending.pop(settled.send_id, None) is not None
        self.status_changed.emit()
        form, sent = self._host.form, self._sent.get(settled.send_id)
        told = first_answer or settled.send_id == self.banner_about
        refused = settled.status in (Status.REJECTED, Status.FAILED)
        if form is None or sent is None or not (told or refused):
            if form is not None and refused:
                self._tell_refused_elsewhere(result)
            return
        record = sent[1]
        view = view_for(outcome, settled, record, list(form.rows), practice=self._show_keys)
        if self._show_keys:
            view = with_keys_sent(view, record)
        self.banner_about = settled.send_id
        if refused:
            same_form = sent[0] is form
            self._refused(settled.send_id, record, view, bring_back=same_form)
            return
        # In practice mode the keys sent show at once with the good news: trying a profile
        # is about them (a key the server doesn't know would be ignored without a word).
        opened = self._show_keys and view.tone is Tone.SUCCESS
        self._tell(form, view.tone, view.text, view.details, open_details=opened)
        if view.ask_credentials and first_answer:
            account = self._sign_in.ask(outcome.message, self._lanes.get(settled.send_id))
            if account is not None:
                self._send(settled.send_id, record, account)

    def _refused(self, send_id: int, record: dict[str, str], view: View, bring_back: bool) -> None:
        """A refusal comes back into the form when nothing is typed there; else it waits.

        Back, it is held (ui/form/hold.py): an answer can arrive at any moment while a
        desk types the next visitor without looking, and every way of guessing "nobody is
        typing" (a pause, the first key) let that visitor's keys land in the refused
        record (three manual rounds with real keystrokes). Held, typing never edits it:
        a key puts it aside, into the strip, and goes to the emptied form; a click or F2
        takes it up to fix. When someone is typing, it waits in the strip, F2 opens it.
        """
        form = self._host.form
        assert form is not None
        untouched = not form.has_typed_anything() and (self.fixing is None or form.held)
        # Back only for errors under a field of this form (else there is nothing to fix in it).
        fixable_here = any(name in form.rows for name in view.field_errors)
        # A list or the calendar open: someone is choosing a value for the next person.
        choosing = QApplication.activePopupWidget() is not None
        if bring_back and fixable_here and untouched and not choosing and not self._quiet:
            earlier = form.put_aside(QApplication.focusWidget()) if form.held else ""
            self.comes_back.emit(send_id, view.details, earlier)
            if form.held and self.fixing == send_id:  # it came back (its profile is here)
                return
        who = display_name(record)
        if view.field_errors:
            text = self.tr(
                "{name} was not sent: {reason} Press F2 to fix it in the form (it waits in Recent)."
            ).format(name=who, reason=form.error_lines.first_in_words(view.field_errors))
        else:
            text = self.tr(
                "{name} was not sent. {message}\nIt waits in Recent: F2 opens it."
            ).format(name=who, message=said(view.text))
        tone = Tone.ERROR if bring_back and not form.has_typed_anything() else Tone.WARNING
        self._tell(form, tone, text, view.details)

    def _fixes_which(self, profile: str, record: dict[str, str]) -> int | None:
        """The refused send this record is the corrected copy of, if any (and forget it).

        Only for the same person in the same profile (the email itself may be what was
        corrected, so a name is enough): someone may have typed another visitor over it.
        """
        old_id, self.fixing = self.fixing, None
        old = self._store.get(old_id) if old_id is not None else None
        if old is None or old.profile != profile or not same_person(old.record, record):
            return None
        return old.id

    def _settle_fix(self, settled: Settled) -> None:
        """A send went through: the refusals it puts right are fixed and leave the strip.

        That is the one it was a corrected copy of, and any other refusal of the same
        contact in the same profile made since the app opened (sent twice by mistake, say).
        """
        if settled.status not in (Status.DELIVERED, Status.DUPLICATE):
            return
        went = self._store.get(settled.send_id)
        fixes = went.options.get(FIXES, "") if went is not None else ""
        # The store marked that one fixed already, as it settled (outbox.settle).
        linked = {int(fixes)} if fixes.isdigit() else set()
        superseded = set()
        for row in self.recent.newest_first():
            other = self._store.get(row.send_id) if row.fixable else None
            # The same survey taker: the same Email (or Phone, without one); colleagues may
            # share a phone number, and a name alone could be another visitor.
            if (
                other is not None
                and went is not None
                and other.profile == went.profile
                and same_contact(other.record, went.record)
            ):
                superseded.add(row.send_id)
        for old_id in superseded - linked:
            self._store.mark_fixed(old_id, settled.send_id)
        for old_id in linked | superseded:
            self.send_changed.emit(old_id)
            if self.recent.forget(old_id):
                self.recent_gone.emit(old_id)

    def _tell_refused_elsewhere(self, result: SendResult) -> None:
        """A send made before this window opened was refused: say where to fix it."""
        form = self._host.form
        assert form is not None
        self.banner_about = result.settled.send_id
        self._tell(
            form,
            Tone.WARNING,
            self.tr(
                "A record sent earlier ({contact}) was not accepted by CustomerGauge and needs a "
                "fix: open History (Ctrl+2), select it and press Edit and resend…."
            ).format(contact=self._contact(result.settled.send_id)),
            result.outcome.server_answer,
        )

    def _contact(self, send_id: int) -> str:
        """Whom a stored send is about, for a message."""
        send = self._store.get(send_id)
        return (send.contact if send is not None else "") or self.tr("no contact")

    def send_waiting(self) -> None:
        """Send now: every waiting send goes at once (signing in first if needed)."""
        if self._sign_in.current() is None and not self._sign_in.ask(
            self.tr("Sign in to send the waiting records.")
        ):
            return
        # Every region with waiting sends that is signed in; then all of them at once.
        self._sign_in.offer_accounts(then=self._sender.send_now)

    def fix(self, send_id: int, *, back_to: str | None = None) -> None:
        """The form now holds this refused send (Edit and resend): its next send replaces it.

        `back_to`: the desk's profile, switched away from for this fix: chosen again once
        the fix is sent or cleared (a second F2 during the fix keeps the first's).
        """
        self.fixing = send_id
        self._back_to = self._back_to or back_to  # the desk's, from the first F2

    def form_cleared(self) -> None:
        """The person cleared the form: what it held (a refused record too) is not sent."""
        self.fixing = None
        self._back_to_desk_profile("")

    def _back_to_desk_profile(self, said: str) -> None:
        """After a fix in another profile: the desk's own profile again, saying so."""
        name, self._back_to = self._back_to, None
        if name is None or not self._host.choose_profile(name):
            return
        form = self._host.form
        if form is not None:
            back = self.tr("Back to the profile “{name}”.").format(name=name)
            self._tell(form, Tone.INFO, f"{said} {back}".strip())

    def _tell(self, form: RecordForm, tone: Tone, text: str, *args: Any, **kwargs: Any) -> None:
        """Show a message about a send on the form's banner (never on a kiosk).

        A refused record held in the form makes way first: the banner is about another
        person now, and what is in the form must be what the banner is about.
        """
        if self._quiet:
            return
        if form.held:
            text = f"{text}\n{form.put_aside(QApplication.focusWidget())}"
            tone = Tone.ERROR if tone is Tone.ERROR else Tone.WARNING  # green: only the sent
        form.banner.show_message(tone, text, *args, **kwargs)

    def stop(self) -> None:
        """The window is closing: results still queued are in the store; show none of them."""
        self._stopped = True
