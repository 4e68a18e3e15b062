"""What the history's buttons do: edit and resend, retry, delete, export, clear.

Each asks first where something is removed, and says what happened in words.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cg_desktop.core.profiles.contacts import display_name
from cg_desktop.core.profiles.placement import place_errors
from cg_desktop.core.store.sends import Send, Status, Store, StoreError
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.form.hold import HeldWords
from cg_desktop.ui.form.host import FormHost
from cg_desktop.ui.form.record_form import RecordForm
from cg_desktop.ui.history.panel import HistoryPanel
from cg_desktop.ui.sending.send_flow import SendFlow
from cg_desktop.ui.sending.sender import Sender
from cg_desktop.ui.sending.sign_in import SignIn

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


class HistoryActions(QObject):
    """Carries out the history pane's actions, asking first where something is removed."""

    history_changed = Signal()  # sends were removed: reload the list and the status
    message = Signal(object, str)  # (Tone, text): what an action did, for History's banner

    def __init__(
        self,
        panel: HistoryPanel,
        host: FormHost,
        store: Store,
        sender: Sender,
        sign_in: SignIn,
        send_flow: SendFlow,
        parent: QWidget,
    ) -> None:
        """`parent` owns the questions; the rest is what the actions act on."""
        super().__init__(parent)
        self._parent = parent
        self._host = host
        self._store = store
        self._sender = sender
        self._sign_in = sign_in
        self._send_flow = send_flow
        panel.edit_requested.connect(self.edit_and_resend)
        panel.retry_requested.connect(self.retry_now)
        panel.delete_requested.connect(self.delete)
        panel.export_requested.connect(self.export)
        panel.clear_requested.connect(self.clear)

    def edit_and_resend(self, send: Send) -> None:
        """Open a refused send in the form, with CustomerGauge's errors under its fields."""
        host = self._host
        desk = host.current_profile()
        # Ask before anything changes: switching to the send's profile would empty the form.
        typed = host.form is not None and host.form.has_typed_anything()
        if typed and host.form is not None and not self._may_replace(host.form.values(), send):
            return
        form = host.form if host.choose_profile(send.profile) else None
        if form is None:
            QMessageBox.information(
                self._parent,
                self.tr("Profile not here"),
                self.tr(
                    'The profile "{profile}" of this send is not on this computer any more, '
                    "so it can't be opened in the form."
                ).format(profile=send.profile),
            )
            return
        # Fixing a record of another profile switches to it for the fix only: the desk's
        # own profile comes back once it is sent or cleared.
        back_to = desk.name if desk is not None and desk.name != send.profile else None
        text, banner, _reason = self._put_in(form, send, back_to=back_to)
        form.banner.show_message(Tone.WARNING, text + banner, send.server_answer)
        host.show_form()
        form.focus_first_error()  # the cursor where the fix is, not in the first field

    def bring_back(self, send_id: int, details: str, earlier: str) -> None:
        """A refusal of a send made from the untouched form: back under its fields, held.

        Held (ui/form/hold.py), it can't be typed over: the cursor stays where it was,
        typing puts it aside, and a click in a field with the error, or F2, takes it up to
        fix. `details`: what the answer's Details show (the exact keys sent, in practice
        mode); `earlier`: what was said of a record held before this one (now in Recent).
        """
        form, send = self._host.form, self._store.get(send_id)
        if form is None or send is None or send.profile != form.profile.name:
            return
        text, banner, reason = self._put_in(form, send, back_to=None)
        who = _who(send)
        held = self.tr(
            "{name} was not sent: {reason}\nTo fix it, click the field or press F2. Or just "
            "type the next person: this record then waits in Recent."
        ).format(name=who, reason=reason)
        aside = self.tr("{name} waits in Recent: F2 brings it back to fix.").format(name=who)
        details = details or send.server_answer
        said_too = f"\n{earlier}" if earlier else ""
        form.banner.show_message(Tone.ERROR, held + banner + said_too, details)
        form.hold(HeldWords(aside=aside, taken=text + banner, details=details))

    def _put_in(self, form: RecordForm, send: Send, *, back_to: str | None) -> tuple[str, str, str]:
        """Fill `form` with a refused send, its errors under their fields; it is the fix.

        Returns the banner's text for fixing it, the errors that name no field, and the
        first field's error in the form's words.
        """
        # Lazily: answers imports requests (~0.2 s), which start-up must not pay for.
        from cg_desktop.core.api.answers import interpret_records_answer

        form.set_values(send.record)
        self._send_flow.fix(send.id, back_to=back_to)
        refusal = interpret_records_answer(
            send.http_status or 422, {}, send.server_answer, where="CustomerGauge"
        )
        placement = place_errors(list(form.rows), refusal.field_errors, refusal.general_errors)
        form.show_server_errors(placement.by_field, focus=False)
        reason = form.error_lines.first_in_words(placement.by_field)
        text = self.tr(
            "Fix what CustomerGauge refused for {name}, then press Enter: it goes as a new send."
        ).format(name=_who(send))
        banner = "".join(f"\n• {message}" for message in placement.banner)
        if back_to is not None:
            banner += "\n" + self.tr(
                "The profile is “{profile}” for this fix; then back to “{desk}”."
            ).format(profile=send.profile, desk=back_to)
        return text, banner, reason

    def fix(self, send_id: int) -> None:
        """Fix (F2) in the Recent strip: open that refused send in the form."""
        send = self._store.get(send_id)
        if send is None:  # deleted from History meanwhile
            if self._host.form is not None:
                self._host.form.banner.show_message(
                    Tone.INFO, self.tr("That record is no longer on this computer.")
                )
            return
        self.edit_and_resend(send)

    def _may_replace(self, typed: dict[str, str], send: Send) -> bool:
        """Ask whether what is typed may make way for a refused send to fix."""
        who = _who(send)
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace what is typed?"))
        box.setText(
            self.tr("The form holds {name}, not sent yet.").format(name=display_name(typed))
        )
        box.setInformativeText(
            self.tr(
                "Replace it with {name} to fix? What is typed now would be lost. To keep it, "
                "send or clear it first, then press F2 again."
            ).format(name=who)
        )
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep typing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace

    def retry_now(self, send: Send) -> None:
        """Send one waiting record now, without waiting for its next try."""
        account = self._sign_in.for_lane(send.lane)
        if account is None:
            account = self._sign_in.ask(self.tr("Sign in to send this record."), send.lane)
        if account is not None and account.lane == send.lane:
            self._sender.send(send.id, account)

    def delete(self, send: Send) -> None:
        """Remove one send from this computer, after asking."""
        question = (
            self.tr(
                "Delete the send to {contact} from this computer? This can't be undone."
            ).format(contact=send.contact)
            if send.contact
            else self.tr(
                "Delete the send to this contact from this computer? This can't be undone."
            )
        )
        if send.status is Status.QUEUED:
            question += "\n\n" + self.tr(
                "It has not been sent yet: deleted, it will never be sent."
            )
        answer = QMessageBox.question(
            self._parent, self.tr("Delete this send?"), question, Yes | No, No
        )
        if answer != Yes:
            return
        try:
            deleted = self._store.delete(send.id)
        except (StoreError, sqlite3.Error) as exc:
            QMessageBox.warning(
                self._parent,
                self.tr("Not deleted"),
                self.tr("The send was not deleted: {error}.").format(error=exc),
            )
            return
        if not deleted:
            QMessageBox.information(
                self._parent,
                self.tr("Not deleted"),
                self.tr(
                    "This record is being sent right now, so it was not deleted. Look again in "
                    "a moment."
                ),
            )
        self.history_changed.emit()

    def clear(self) -> None:
        """Delete every settled send, after asking; waiting ones are kept."""
        answer = QMessageBox.question(
            self._parent,
            self.tr("Clear the history?"),
            self.tr(
                "Delete every finished send (delivered, or already surveyed) from this computer? "
                "Sends still waiting, and refused ones that need a fix, are kept. "
                "This can't be undone."
            ),
            Yes | No,
            No,
        )
        if answer != Yes:
            return
        try:
            removed = self._store.clear_history()
        except (StoreError, sqlite3.Error) as exc:
            QMessageBox.warning(
                self._parent,
                self.tr("Not cleared"),
                self.tr("The history was not cleared: {error}.").format(error=exc),
            )
            return
        self.history_changed.emit()
        said = (
            self.tr("History cleared: 1 send deleted.")
            if removed == 1
            else self.tr("History cleared: {count} sends deleted.").format(count=removed)
        )
        self.message.emit(Tone.INFO, said)

    def export(self) -> None:
        """Save the history as a CSV file, with or without personal data (the person chooses)."""
        from cg_desktop.core.store.export import export_csv

        box = QMessageBox(self._parent)
        box.setWindowTitle(self.tr("Export the history"))
        box.setText(self.tr("Include personal data (names, email addresses, phone numbers)?"))
        box.setInformativeText(
            self.tr("Without it, contacts are masked (j***@example.com): safer to share.")
        )
        without = box.addButton(self.tr("Without personal data"), QMessageBox.ButtonRole.AcceptRole)
        with_data = box.addButton(self.tr("With personal data"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(without)
        box.exec()
        if box.clickedButton() not in (without, with_data):
            return
        personal = box.clickedButton() is with_data
        name = "cg-desktop-history" + ("" if personal else "-masked") + ".csv"
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export the history"),
            str(Path.home() / name),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        data = self._store.path.parent.resolve()
        # Practice mode's history is in the real one's folder: guard that whole folder.
        guarded = data.parent if data.name == "practice" else data
        if Path(path).resolve().is_relative_to(guarded):
            # Writing there could replace the live database (or close its locks).
            QMessageBox.warning(
                self._parent,
                self.tr("Not exported"),
                self.tr("Choose another folder: this one holds cg-desktop's own history."),
            )
            return
        try:
            count = export_csv(self._store, Path(path), personal=personal)
        except OSError as exc:
            QMessageBox.warning(
                self._parent,
                self.tr("Not exported"),
                self.tr("The file could not be written: {error}.").format(error=exc.strerror),
            )
            return
        said = (
            self.tr("Exported 1 send to {path}.").format(path=path)
            if count == 1
            else self.tr("Exported {count} sends to {path}.").format(count=count, path=path)
        )
        self.message.emit(Tone.SUCCESS, said)


def _who(send: Send) -> str:
    """Whom a stored send is about (its contact once the record was purged)."""
    if send.record:
        return display_name(send.record)
    return send.contact or QCoreApplication.translate("HistoryActions", "this record")
