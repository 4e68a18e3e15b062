"""Signing in: which account sends for which region, and the credentials dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cg_desktop.core.api.regions import REGION_CODES, SANDBOX, region
from cg_desktop.core.credentials import ClientCredentials, CredentialError, client_service
from cg_desktop.core.delivery import Account
from cg_desktop.core.settings import save_settings
from cg_desktop.ui.dialogs.credentials import CredentialsDialog
from cg_desktop.ui.form.banner import Tone

if TYPE_CHECKING:
    from cg_desktop.ui.main_window import MainWindow


class SignIn(QObject):
    """Finds each region's account (settings + keyring, or practice) and asks for one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def offer_accounts(self) -> None:
        """Give the sender the account of this region and of every region with sends waiting.

        Sends queued in another region (before a restart, or before the region was
        switched) go out too, as long as this computer is signed in there.
        """
        codes = {self.window.current_region().code, *self.window.store.waiting_regions()}
        for code in sorted(codes):
            account = self.for_region(code)
            if account is not None:
                self.window.sender.set_account(account)

    def current(self) -> Account | None:
        """Where and as whom to send now, or None when not signed in."""
        return self.for_region(self.window.current_region().code)

    def for_region(self, code: str) -> Account | None:
        """The account for a region (from settings and the keyring), or None."""
        if self.window.practice is not None:
            return (
                Account(self.window.practice.region, self.window.practice.credentials)
                if code == SANDBOX
                else None
            )
        if code not in REGION_CODES:
            return None
        current = region(code)
        client_id = self.window.settings.client_ids.get(current.code)
        if not client_id:
            return None
        try:
            secret = self.window.credentials.secret(client_service(current.code), client_id)
        except CredentialError as exc:
            self.window.show_message(Tone.WARNING, str(exc))
            return None
        return Account(current, ClientCredentials(client_id, secret)) if secret else None

    def ask(self, reason: str = "") -> Account | None:
        """Open the credentials dialog; returns the account when saved."""
        current = self.window.current_region()
        if self.window.practice is not None and current.code == SANDBOX:
            known: ClientCredentials | None = self.window.practice.credentials
        else:
            known = None
        dialog = CredentialsDialog(
            current,
            self.window.credentials,
            client_id=known.client_id
            if known
            else self.window.settings.client_ids.get(current.code, ""),
            secret=known.client_secret if known else "",
            reason=reason,
            practice=known is not None,
            parent=self.window,
        )
        if dialog.exec() != CredentialsDialog.DialogCode.Accepted:
            return None
        entered = dialog.credentials()
        if current.code == SANDBOX and self.window.practice is not None:
            self.window.practice.credentials = entered
        else:
            self.window.settings.client_ids[current.code] = entered.client_id
            save_settings(self.window.settings, self.window.paths.settings_file)
        account = Account(current, entered)
        self.window.sender.set_account(account)  # resumes a queue paused for sign-in
        self.window.update_status()
        return account
