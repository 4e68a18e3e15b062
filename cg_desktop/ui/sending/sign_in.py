"""Signing in: which account sends for which region, and the credentials dialog."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from cg_desktop.core.api.regions import REGION_CODES, SANDBOX, Region, region
from cg_desktop.core.credentials import (
    ClientCredentials,
    CredentialError,
    CredentialStore,
    client_service,
)
from cg_desktop.core.delivery import Account
from cg_desktop.core.store.sends import Store
from cg_desktop.ui.background import Background
from cg_desktop.ui.context import AppContext
from cg_desktop.ui.dialogs.credentials import CredentialsDialog
from cg_desktop.ui.sending.sender import Sender

log = logging.getLogger(__name__)


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
        self._lookups = 0  # which offer_accounts() call is the latest
        self._pending = 0  # keyring reads running in the pool
        self._stopped = False

    def offer_accounts(self, then: Callable[[], None] | None = None) -> None:
        """Give the sender the account of this region and of every region with sends waiting.

        Sends queued in another region (before a restart, or before the region was
        switched) go out too, as long as this computer is signed in there. The keyring is
        read off the window's thread (its first use loads it, ~0.3 s, PITFALLS.md); `then`
        runs once the accounts are with the sender.
        """
        codes = sorted({self._current_region().code, *self._store.waiting_regions()})
        wanted = [(code, client_id) for code in codes if (client_id := self._client_id(code))]
        if self._context.practice is not None or not wanted:
            # Practice credentials live in memory: nothing to wait for.
            self._offer(wanted, [self._practice_account(code) for code, _ in wanted], then)
            return
        self._lookups += 1
        self._pending += 1
        lookup = self._lookups
        credentials = self._context.credentials
        self._background.run(
            lambda: [_read_secret(credentials, code, client_id) for code, client_id in wanted],
            lambda found: self._offer(wanted, found, then, lookup),
        )

    def stop(self) -> None:
        """The window is closing: a look-up still running is ignored when it ends."""
        self._stopped = True

    @property
    def looking_up(self) -> bool:
        """True while a keyring read for offer_accounts() is running."""
        return self._pending > 0

    def _offer(
        self,
        wanted: list[tuple[str, str]],
        found: object,
        then: Callable[[], None] | None,
        lookup: int | None = None,
    ) -> None:
        """In the window's thread: hand the accounts found to the sender; tell of problems."""
        if lookup is not None:
            self._pending -= 1
        if self._stopped:
            return  # the window is closing
        if lookup is not None and lookup != self._lookups:
            found = []  # a sign-in since then gave the sender newer credentials: keep those
            wanted = []
        if isinstance(found, BaseException):
            # Not a CredentialError (those are sentences below): a bug, for the log and
            # the crash handler, not for the banner.
            log.error("reading the keyring failed", exc_info=found)
            raise found
        assert isinstance(found, list)
        for (code, client_id), result in zip(wanted, found, strict=True):
            if isinstance(result, str):
                self.problem.emit(result)
            elif isinstance(result, Account) and self._client_id(code) == client_id:
                # Still the Client ID in the settings: not replaced while the keyring read.
                self._sender.set_account(result)
        if then is not None:
            then()

    def current(self) -> Account | None:
        """Where and as whom to send now, or None when not signed in."""
        return self.for_region(self._current_region().code)

    def for_region(self, code: str) -> Account | None:
        """The account for a region (from settings and the keyring), or None."""
        client_id = self._client_id(code)
        if not client_id:
            return None
        if self._context.practice is not None:
            return self._practice_account(code)
        result = _read_secret(self._context.credentials, code, client_id)
        if isinstance(result, str):
            self.problem.emit(result)
            return None
        return result

    def _client_id(self, code: str) -> str:
        """The Client ID this computer uses in a region ("" when not signed in there)."""
        practice = self._context.practice
        if practice is not None:
            return practice.credentials.client_id if code == SANDBOX else ""
        if code not in REGION_CODES:
            return ""
        return self._context.settings.client_ids.get(code, "")

    def _practice_account(self, code: str) -> Account | None:
        """The practice account (its credentials are in memory), for the sandbox region."""
        practice = self._context.practice
        if practice is None or code != SANDBOX:
            return None
        return Account(practice.region, practice.credentials)

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
        self._lookups += 1  # a keyring read still running must not bring back the old ones
        self._sender.set_account(account)  # resumes a queue paused for sign-in
        self.signed_in.emit()
        return account


def _read_secret(credentials: CredentialStore, code: str, client_id: str) -> Account | str | None:
    """A region's account from the keyring: the Account, None (no secret), or why not (text).

    Plain data in, plain data out: safe to run in a pool thread.
    """
    try:
        secret = credentials.secret(client_service(code), client_id)
    except CredentialError as exc:
        return str(exc)
    return Account(region(code), ClientCredentials(client_id, secret)) if secret else None
