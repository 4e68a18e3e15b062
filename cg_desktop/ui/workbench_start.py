"""Starting a window's workbench after its first paint: a module per turn of the event loop,
then the database, the sender and the history, then the slow steps one at a time."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from cg_desktop.ui.context import AppContext
from cg_desktop.ui.first_use import FirstUse
from cg_desktop.ui.form.host import FormHost

if TYPE_CHECKING:  # loaded after the first paint
    from cg_desktop.ui.workbench import Workbench

# What the workbench needs, loaded one per turn of the event loop after the first paint:
# together ~90 ms, which at once would freeze the window just as a person starts typing.
WORKBENCH_MODULES = (
    "cg_desktop.core.store.recovery",  # sqlite3 and the store
    "cg_desktop.ui.sending.sender",  # QtNetwork and the deliverer
    "cg_desktop.ui.history.panel",
    "cg_desktop.ui.sending.send_flow",  # sign-in and the credentials dialog
    "cg_desktop.ui.history.actions",
    "cg_desktop.ui.workbench",
)
# A window that is never painted (started minimised) opens its workbench all the same.
UNPAINTED_START_MS = 2_000


class WorkbenchStart(QObject):
    """Opens a window's workbench once the window is painted (or at once when asked)."""

    # Painted once: what isn't needed for the first frame may start now.
    first_painted = Signal()
    # The workbench's modules are loaded; the window finishes its own set-up now.
    loaded = Signal()
    # The database can't be used (a newer cg-desktop's, no permission): the reason.
    cannot_open = Signal(str)
    # Old personal data was purged at start: the history shows what is gone.
    purged = Signal()

    def __init__(
        self,
        context: AppContext,
        host: FormHost,
        *,
        closed: Callable[[], bool],
        connect: Callable[[Workbench], None],
        parent: QWidget,
    ) -> None:
        """`host` shows the form the workbench sends from; `closed`: whether the window has
        closed (nothing starts then); `connect`: the window connects its parts to the
        workbench just opened, before any use (called, not signalled: if it fails, the start
        stops there instead of going on with a half-connected window); `parent` owns the
        workbench and its dialogs."""
        super().__init__(parent)
        self._connect = connect
        self._context = context
        self._host = host
        self._closed = closed
        self._parent = parent
        self.painted = False
        self.work: Workbench | None = None
        self._failed = False  # the database could not be opened
        self._first_use: FirstUse | None = None

    def shown(self) -> None:
        """The window is shown: begin after a while even if it is never painted."""
        QTimer.singleShot(UNPAINTED_START_MS, self, self.begin)

    def begin(self) -> None:
        """Once, right after the paint: say so, then load the workbench a module per turn."""
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self, self._painted_once)

    def _painted_once(self) -> None:
        """The first frame is on screen (the log file opens on this signal)."""
        if not self._closed():
            self.first_painted.emit()
            QTimer.singleShot(0, self, lambda: self._load_workbench(list(WORKBENCH_MODULES)))

    def _load_workbench(self, modules: list[str]) -> None:
        """Import the workbench's modules one per turn of the event loop, then open it."""
        if self._closed():
            return
        if modules and self.work is None:
            importlib.import_module(modules[0])
            QTimer.singleShot(0, self, lambda: self._load_workbench(modules[1:]))
        else:
            self._after_first_paint()

    def _after_first_paint(self) -> None:
        """Open the workbench, then the rest, a step at a time; the network when needed."""
        self.loaded.emit()
        work = self.ensure_started()
        if work is None:
            return
        QTimer.singleShot(0, self, self._offer_accounts)  # the keyring may take a moment
        QTimer.singleShot(0, self, self._tell_and_purge)
        if work.store.waiting():
            QTimer.singleShot(0, self, self._start_network)  # they are due now
        else:
            # The HTTP stack (~20 MiB, ~90 ms in the sender thread) loads once there is
            # something to send: when someone starts using the window. (Watching every
            # event from the start would slow building the window threefold.)
            self._first_use = FirstUse(self._start_network, self)

    def ensure_started(self) -> Workbench | None:
        """The workbench, opened now if it isn't yet; None when closed or it can't be."""
        if self._closed() or self._failed:
            return None
        if self.work is not None:
            return self.work
        from cg_desktop.core.store.sends import StoreError
        from cg_desktop.ui.workbench import open_workbench

        try:
            work = open_workbench(self._context, self._host, self._parent)
        except StoreError as exc:  # a newer cg-desktop's database, no permission: not damaged
            self._failed = True
            self.cannot_open.emit(str(exc))
            return None
        self.work = work
        self._connect(work)
        return work

    def _start_network(self) -> None:
        """Let the sender load the network stack (TLS set-up included) in its thread."""
        work = self.ensure_started()
        if work is not None:
            work.sender.warm_up()

    def _offer_accounts(self) -> None:
        """Give the sender the accounts this computer is signed in with."""
        work = self.ensure_started()
        if work is not None:
            work.sign_in.offer_accounts()

    def _tell_and_purge(self) -> None:
        """Tell about a damaged database, then purge old personal data (it may take a moment)."""
        work = self.ensure_started()
        if work is None:
            return
        if work.startup_notice:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self._parent,
                QCoreApplication.translate("MainWindow", "History database replaced"),
                work.startup_notice,
            )
        work.retention.start()
        if work.retention.purged_total:  # the list still shows what was just purged
            self.purged.emit()

    def stop(self) -> None:
        """The window closes: stop waiting for its first use."""
        if self._first_use is not None:
            self._first_use.stop()
