"""Signing in: which account sends by which lane, and the credentials dialog.

A lane (core/lanes.py) is a region's Records API, signed in with a Client ID and Secret,
or one Incoming Webhook, signed in with the webhook's user and password.
"""

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
from cg_desktop.core.delivery import Account, Destination, HookAccount
from cg_desktop.core.lanes import Lane, lane_for, parse_lane
from cg_desktop.core.store.sends import Store
from cg_desktop.ui.background import Background
from cg_desktop.ui.context import AppContext
from cg_desktop.ui.dialogs.credentials import CredentialsDialog, WebhookSignIn
from cg_desktop.ui.form.host import FormHost
from cg_desktop.ui.sending.sender import Sender

log = logging.getLogger(__name__)


class SignIn(QObject):
    """Finds each lane's account (settings + keyring, or practice) and asks for one."""

    signed_in = Signal()  # an account was saved: the status line changes
    problem = Signal(str)  # the keyring refused: a sentence for the banner

    def __init__(
        self,
        context: AppContext,
        store: Store,
        sender: Sender,
        host: FormHost,
        parent: QWidget,
    ) -> None:
        """`host` tells the region and profile chosen now; `parent` owns the dialog."""
        super().__init__(parent)
        self._context = context
        self._store = store
        self._sender = sender
        self._host = host
        self._parent = parent
        self._background = Background(self)
        self._lookups = 0  # which offer_accounts() call is the latest
        self._pending = 0  # keyring reads running in the pool
        self._stopped = False
        # A kiosk never opens the credentials dialog for a visitor: records wait instead.
        self.may_ask = True

    def current_lane(self) -> Lane:
        """How a record sent now goes out: the chosen profile's webhook, or the region's API."""
        return lane_for(self._host.current_profile(), self._host.current_region().code)

    def offer_accounts(self, then: Callable[[], None] | None = None) -> None:
        """Give the sender the account of this lane and of every lane with sends waiting.

        Sends queued in another region or webhook (before a restart, or before the profile
        was switched) go out too, as long as this computer is signed in there. The keyring
        is read off the window's thread (its first use loads it, ~0.3 s, PITFALLS.md);
        `then` runs once the accounts are with the sender.
        """
        current = self.current_lane()
        profile = self._host.current_profile()
        if profile is not None:
            # Records saved before the administrator corrected the profile's webhook (or
            # moved it to or from the Records API) go the profile's way now, not a dead one.
            self._store.follow_profile(profile.name, current.name, current.region)
        names = sorted({current.name, *self._store.waiting_lanes()})
        wanted = [
            (lane, user, self._region(lane.region))
            for lane in map(parse_lane, names)
            if (user := self._user(lane))
        ]
        if self._context.practice is not None or not wanted:
            # Practice credentials live in memory: nothing to wait for.
            self._offer(wanted, [self._practice_account(lane) for lane, _, _ in wanted], then)
            return
        self._lookups += 1
        self._pending += 1
        lookup = self._lookups
        credentials = self._context.credentials
        self._background.run(
            lambda: [_read_account(credentials, *one) for one in wanted],
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
        wanted: list[tuple[Lane, str, Region]],
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
        for (lane, user, _), result in zip(wanted, found, strict=True):
            if isinstance(result, str):
                self.problem.emit(result)
            elif isinstance(result, Account | HookAccount) and self._user(lane) == user:
                # Still the user in the settings: not replaced while the keyring read.
                self._sender.set_account(result)
        if then is not None:
            then()

    def current(self) -> Destination | None:
        """Where and as whom to send now, or None when not signed in."""
        return self.for_lane(self.current_lane().name)

    def for_lane(self, name: str) -> Destination | None:
        """The account for a lane (from settings and the keyring), or None."""
        lane = parse_lane(name)
        user = self._user(lane)
        if not user:
            return None
        if self._context.practice is not None:
            return self._practice_account(lane)
        result = _read_account(self._context.credentials, lane, user, self._region(lane.region))
        if isinstance(result, str):
            self.problem.emit(result)
            return None
        return result

    def _region(self, code: str) -> Region:
        """A region by its code (practice mode's sandbox too)."""
        practice = self._context.practice
        if practice is not None and code == SANDBOX:
            return practice.region
        return region(code)

    def _user(self, lane: Lane) -> str:
        """The Client ID, or the webhook's user, this computer signs in a lane with ("": none)."""
        practice = self._context.practice
        if practice is not None:
            if lane.region != SANDBOX:
                return ""
            if lane.hook_id is not None:
                known = practice.hooks.get(lane.hook_id)
                return known.client_id if known else ""
            return practice.credentials.client_id
        if lane.region not in REGION_CODES:
            return ""
        if lane.is_webhook:
            return self._context.settings.webhook_users.get(lane.name, "")
        return self._context.settings.client_ids.get(lane.region, "")

    def _practice_account(self, lane: Lane) -> Destination | None:
        """A practice account (its credentials are in memory), for the sandbox's lanes."""
        practice = self._context.practice
        if practice is None or lane.region != SANDBOX:
            return None
        if lane.hook_id is None:
            return Account(practice.region, practice.credentials)
        known = practice.hooks.get(lane.hook_id)
        if known is None:
            return None
        return HookAccount(practice.region, lane.hook_id, known.client_id, known.client_secret)

    def ask(self, reason: str = "", lane_name: str | None = None) -> Destination | None:
        """Open the credentials dialog for a lane (a send's; by default the one sent by
        now); the account when saved (None on a kiosk: it never asks a visitor)."""
        if not self.may_ask:
            return None
        lane = parse_lane(lane_name) if lane_name else self.current_lane()
        where = self._region(lane.region)
        practice = self._context.practice
        known = self._practice_account(lane) if practice is not None else None
        profile = self._host.current_profile()
        suggested = (
            profile.webhook_user
            if profile is not None and lane_for(profile, lane.region) == lane
            else None
        )
        user = self._user(lane) or (suggested or "" if lane.is_webhook else "")
        secret = ""
        if isinstance(known, Account):
            user, secret = known.credentials.client_id, known.credentials.client_secret
        elif isinstance(known, HookAccount):
            user, secret = known.user, known.password
        dialog = CredentialsDialog(
            where,
            self._context.credentials,
            client_id=user,
            secret=secret,
            reason=reason,
            practice=practice is not None and lane.region == SANDBOX,
            webhook=WebhookSignIn(lane.name, where.hook_url(lane.hook_id))
            if lane.hook_id is not None
            else None,
            before_network=self._context.before_network,
            parent=self._parent,
        )
        if dialog.exec() != CredentialsDialog.DialogCode.Accepted:
            return None
        entered = dialog.credentials()
        account: Destination
        if lane.hook_id is not None:
            account = HookAccount(where, lane.hook_id, entered.client_id, entered.client_secret)
        else:
            account = Account(where, entered)
        if practice is not None and lane.region == SANDBOX:
            if lane.hook_id is not None:
                practice.hooks[lane.hook_id] = entered
            else:
                practice.credentials = entered
        else:
            if lane.is_webhook:
                self._context.settings.webhook_users[lane.name] = entered.client_id
            else:
                self._context.settings.client_ids[lane.region] = entered.client_id
            self._context.save_settings()
        self._lookups += 1  # a keyring read still running must not bring back the old ones
        self._sender.set_account(account, resume=True)  # a lane paused for sign-in goes on
        self.signed_in.emit()
        return account


def _read_account(
    credentials: CredentialStore, lane: Lane, user: str, where: Region
) -> Destination | str | None:
    """A lane's account from the keyring: the account, None (no secret), or why not (text).

    Plain data in, plain data out: safe to run in a pool thread.
    """
    try:
        secret = credentials.secret(client_service(lane.name), user)
    except CredentialError as exc:
        return str(exc)
    if not secret:
        return None
    if lane.hook_id is not None:
        return HookAccount(where, lane.hook_id, user, secret)
    return Account(where, ClientCredentials(user, secret))
