"""The parts that start after the window's first paint: database, sender, history, sign-in.

Opening the database loads sqlite3, the sender starts a thread and QtNetwork, the history
builds a table: none of it is needed to draw the form, so the window opens this once it
has been painted (DESIGN.md: first paint first).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cg_desktop.core.store.details import Labels
from cg_desktop.core.store.recovery import open_store
from cg_desktop.core.store.sends import Store
from cg_desktop.ui.context import AppContext
from cg_desktop.ui.form.host import FormHost
from cg_desktop.ui.history.actions import HistoryActions
from cg_desktop.ui.history.panel import HistoryPanel
from cg_desktop.ui.retention_keeper import RetentionKeeper
from cg_desktop.ui.sending.send_flow import SendFlow
from cg_desktop.ui.sending.sender import Sender
from cg_desktop.ui.sending.sign_in import SignIn

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Workbench:
    """The store and what works on it, for one window."""

    store: Store
    startup_notice: str  # a damaged database was set aside: what to tell the person
    sender: Sender
    retention: RetentionKeeper
    history: HistoryPanel
    sign_in: SignIn
    sending: SendFlow
    history_actions: HistoryActions

    def close(self) -> None:
        """Stop the purge and the sender (finishing a send in flight), close the store.

        What is unsent stays in the store for next time. A keyring read still running is
        not waited for (a locked keyring could hold the app open): its result is ignored.
        """
        self.retention.stop()
        self.sending.stop()
        self.sign_in.stop()
        notice = None
        if self.sender.worker.in_flight:
            from PySide6.QtWidgets import QApplication, QProgressDialog

            # The request can't be interrupted; say why the app hasn't quite gone yet.
            notice = QProgressDialog(
                QCoreApplication.translate(
                    "Workbench", "Finishing the send in progress… It is saved either way."
                ),
                "",
                0,
                0,
            )
            notice.setWindowTitle("cg-desktop")
            notice.setCancelButton(None)
            notice.show()
            QApplication.processEvents()
        self.sender.shutdown()
        if notice is not None:
            notice.close()
        self.store.close()


def wind_down(context: AppContext, work: Workbench | None) -> None:
    """What every window does last: stop sending (nothing waiting is lost), save the
    settings, stop practice mode's sandbox."""
    if work is not None:
        work.close()
    try:
        context.save_settings()
    except OSError:
        log.warning("settings could not be saved")
    if context.practice is not None:
        context.practice.stop()


def profile_labels(context: AppContext) -> Labels:
    """A profile's field labels by key, looked up by the profile's name when asked."""

    def labels(name: str) -> dict[str, str]:
        practice = context.practice
        profiles = practice.profiles if practice is not None else context.library.profiles()
        found = next((p for p in profiles if p.name == name), None)
        return {field.name: field.label for field in found.fields} if found else {}

    return labels


def open_workbench(
    context: AppContext, host: FormHost, parent: QWidget, *, kiosk: bool = False
) -> Workbench:
    """Open the store (StoreError when it can't be used), start the sender, build the rest.

    `kiosk`: visitors use it, so nothing tells about the previous one and nobody is asked
    to sign in (records wait for staff instead).
    """
    # A damaged database is set aside (never deleted) and a fresh one started.
    store, notice = open_store(context.paths.database)
    sender = Sender(context.paths.database, parent, before_network=context.before_network)
    retention = RetentionKeeper(store, lambda: context.settings.retention_days, parent)
    practising = context.practice is not None  # the exact keys sent are shown
    history = HistoryPanel(store, profile_labels(context), show_keys=practising)
    sign_in = SignIn(context, store, sender, host, parent)
    sign_in.may_ask = not kiosk
    sending = SendFlow(host, store, sender, sign_in, parent, show_keys=practising, quiet=kiosk)
    sender.worker.finished_one.connect(sending.finished)
    sender.worker.queue_changed.connect(sending.queue_changed)
    actions = HistoryActions(history, host, store, sender, sign_in, sending, parent)
    sending.comes_back.connect(actions.bring_back)
    return Workbench(store, notice or "", sender, retention, history, sign_in, sending, actions)
