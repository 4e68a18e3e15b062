"""Signing in: which account sends for which region, and the credentials dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from cg_desktop.core.api.regions import REGION_CODES, SANDBOX, Region, region
from cg_desktop.core.credentials import ClientCredentials, CredentialError, client_service
from cg_desktop.core.delivery import Account
from cg_desktop.core.store.sends import Store
from cg_desktop.ui.background import Background
from cg_desktop.ui.context import AppContext
from cg_desktop.ui.dialogs.credentials import CredentialsDialog
from cg_desktop.ui.sending.sender import Sender


class SignIn(QObject):
    """Finds each region's account (settings + keyring, or practice) and asks for one."""

    signed_in = Signal()  # an account was saved: the status line changes
    problem = Signal(str)  # the keyring refused: a sentence for the banner

    def __init__(
        self,
        context: AppContext,
        store: Store,
        sender: Sender,
        current_region: Callable[[], Region],
        parent: QWidget,
    ) -> None:
        """`current_region` is the region chosen now; `parent` owns the dialog."""
        super().__init__(parent)
        self._context = context
        self._store = store
        self._sender = sender
        self._current_region = current_region
        self._parent = parent
        self._background = Background(self)

    def offer_accounts(self) -> None:
        """Give the sender the account of this region and of every region with sends waiting.

        Sends queued in another region (before a restart, or before the region was
        switched) go out too, as long as this computer is signed in there. The keyring is
        read off the window's thread: its first use loads it (~0.3 s, PITFALLS.md).
        """
        codes = sorted({self._current_region().code, *self._store.waiting_regions()})
        self._background.run(lambda: [self._look_up(code) for code in codes], self._offer)

    def wait(self) -> None:
        """Block until a keyring look-up in progress is done (before the window goes)."""
        self._background.wait()

    def _offer(self, found: object) -> None:
        """In the window's thread: hand the accounts found to the sender; tell of problems."""
        if isinstance(found, BaseException):
            self.problem.emit(f"The accounts could not be read: {found}")
            return
        assert isinstance(found, list)
        for account, problem in found:
            if problem:
                self.problem.emit(problem)
            elif account is not None:
                self._sender.set_account(account)

    def current(self) -> Account | None:
        """Where and as whom to send now, or None when not signed in."""
        return self.for_region(self._current_region().code)

    def for_region(self, code: str) -> Account | None:
        """The account for a region (from settings and the keyring), or None."""
        account, problem = self._look_up(code)
        if problem:
            self.problem.emit(problem)
        return account

    def _look_up(self, code: str) -> tuple[Account | None, str]:
        """A region's account, or the sentence saying why it can't be read (any thread)."""
        practice = self._context.practice
        if practice is not None:
            known = code == SANDBOX
            return (Account(practice.region, practice.credentials) if known else None), ""
        if code not in REGION_CODES:
            return None, ""
        current = region(code)
        client_id = self._context.settings.client_ids.get(current.code)
        if not client_id:
            return None, ""
        try:
            secret = self._context.credentials.secret(client_service(current.code), client_id)
        except CredentialError as exc:
            return None, str(exc)
        return (Account(current, ClientCredentials(client_id, secret)) if secret else None), ""

    def ask(self, reason: str = "") -> Account | None:
        """Open the credentials dialog; returns the account when saved."""
        current = self._current_region()
        practice = self._context.practice
        known = practice.credentials if practice is not None and current.code == SANDBOX else None
        dialog = CredentialsDialog(
            current,
            self._context.credentials,
            client_id=known.client_id
            if known
            else self._context.settings.client_ids.get(current.code, ""),
            secret=known.client_secret if known else "",
            reason=reason,
            practice=known is not None,
            before_network=self._context.before_network,
            parent=self._parent,
        )
        if dialog.exec() != CredentialsDialog.DialogCode.Accepted:
            return None
        entered = dialog.credentials()
        if practice is not None and current.code == SANDBOX:
            practice.credentials = entered
        else:
            self._context.settings.client_ids[current.code] = entered.client_id
            self._context.save_settings()
        account = Account(current, entered)
        self._sender.set_account(account)  # resumes a queue paused for sign-in
        self.signed_in.emit()
        return account
