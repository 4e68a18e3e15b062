"""What the history's buttons do: edit and resend, retry, delete, export, clear.

Each asks first where something is removed, and says what happened in words.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cg_desktop.core.profiles.placement import place_errors
from cg_desktop.core.store.sends import Send, Status, StoreError
from cg_desktop.ui.form.banner import Tone

if TYPE_CHECKING:
    from cg_desktop.ui.main_window import MainWindow

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


class HistoryActions(QObject):
    """Carries out the history pane's actions for the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        panel = window.history
        panel.edit_requested.connect(self.edit_and_resend)
        panel.retry_requested.connect(self.retry_now)
        panel.delete_requested.connect(self.delete)
        panel.export_requested.connect(self.export)
        panel.clear_requested.connect(self.clear)

    def edit_and_resend(self, send: Send) -> None:
        """Open a refused send in the form, with CustomerGauge's errors under its fields."""
        window = self.window
        if not window.choose_profile(send.profile) or window.form is None:
            QMessageBox.information(
                window,
                "Profile not here",
                f'The profile "{send.profile}" of this send is not on this computer any more, '
                "so it can't be opened in the form.",
            )
            return
        # Lazily: answers imports requests (~0.2 s), which start-up must not pay for.
        from cg_desktop.core.api.answers import interpret_records_answer

        form = window.form
        if form.has_typed_anything():
            answer = QMessageBox.question(
                window,
                "Replace what is typed?",
                "The form holds what someone is typing. Replace it with this send's record?",
                Yes | No,
                No,
            )
            if answer != Yes:
                return
        form.set_values(send.record)
        window.sending.fixing = send.id
        answer = interpret_records_answer(
            send.http_status or 422, {}, send.server_answer, where="CustomerGauge"
        )
        placement = place_errors(list(form.rows), answer.field_errors, answer.general_errors)
        form.show_server_errors(placement.by_field)
        text = "Fix what CustomerGauge refused, then press Send: it goes as a new send."
        if placement.banner:
            text += "\n" + "\n".join(f"• {message}" for message in placement.banner)
        form.banner.show_message(Tone.WARNING, text, send.server_answer)
        window.tabs.setCurrentIndex(0)

    def retry_now(self, send: Send) -> None:
        """Send one waiting record now, without waiting for its next try."""
        account = self.window.sign_in.for_region(send.region)
        if account is None:
            account = self.window.sign_in.ask("Sign in to send this record.")
        if account is not None and account.region.code == send.region:
            self.window.sender.send(send.id, account)

    def delete(self, send: Send) -> None:
        """Remove one send from this computer, after asking."""
        warning = (
            "\n\nIt has not been sent yet: deleted, it will never be sent."
            if send.status is Status.QUEUED
            else ""
        )
        answer = QMessageBox.question(
            self.window,
            "Delete this send?",
            f"Delete the send to {send.contact or 'this contact'} from this computer? "
            f"This can't be undone.{warning}",
            Yes | No,
            No,
        )
        if answer != Yes:
            return
        try:
            deleted = self.window.store.delete(send.id)
        except (StoreError, sqlite3.Error) as exc:
            QMessageBox.warning(self.window, "Not deleted", f"The send was not deleted: {exc}.")
            return
        if not deleted:
            QMessageBox.information(
                self.window,
                "Not deleted",
                "This record is being sent right now, so it was not deleted. Look again in "
                "a moment.",
            )
        self.window.refresh_history()

    def clear(self) -> None:
        """Delete every settled send, after asking; waiting ones are kept."""
        answer = QMessageBox.question(
            self.window,
            "Clear the history?",
            "Delete every finished send (delivered, or already surveyed) from this computer? "
            "Sends still waiting, and refused ones that need a fix, are kept. "
            "This can't be undone.",
            Yes | No,
            No,
        )
        if answer != Yes:
            return
        try:
            removed = self.window.store.clear_history()
        except (StoreError, sqlite3.Error) as exc:
            QMessageBox.warning(self.window, "Not cleared", f"The history was not cleared: {exc}.")
            return
        self.window.refresh_history()
        self.window.show_message(Tone.INFO, f"History cleared: {removed} sends deleted.")

    def export(self) -> None:
        """Save the history as a CSV file, with or without personal data (the person chooses)."""
        from cg_desktop.core.store.export import export_csv

        box = QMessageBox(self.window)
        box.setWindowTitle("Export the history")
        box.setText("Include personal data (names, email addresses, phone numbers)?")
        box.setInformativeText(
            "Without it, contacts are masked (j***@example.com): safer to share."
        )
        without = box.addButton("Without personal data", QMessageBox.ButtonRole.AcceptRole)
        with_data = box.addButton("With personal data", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(without)
        box.exec()
        if box.clickedButton() not in (without, with_data):
            return
        personal = box.clickedButton() is with_data
        name = "cg-desktop-history" + ("" if personal else "-masked") + ".csv"
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Export the history", str(Path.home() / name), "CSV files (*.csv)"
        )
        if not path:
            return
        try:
            count = export_csv(self.window.store, Path(path), personal=personal)
        except OSError as exc:
            QMessageBox.warning(
                self.window, "Not exported", f"The file could not be written: {exc.strerror}."
            )
            return
        self.window.show_message(Tone.SUCCESS, f"Exported {count} sends to {path}.")
