"""The main window: region and profile, status, the form, the history; wires the sender."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from PySide6.QtCore import QLocale, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
)

from cg_desktop.core.api.regions import SANDBOX, Region
from cg_desktop.core.credentials import (
    CredentialStore,
)
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.core.profiles.model import Profile
from cg_desktop.core.settings import Settings, load_settings, save_settings
from cg_desktop.core.store.recovery import open_store
from cg_desktop.ui.dialogs.close_guard import may_close
from cg_desktop.ui.dialogs.profile_import import ProfileImport
from cg_desktop.ui.dialogs.settings import SettingsDialog
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.form.record_form import RecordForm
from cg_desktop.ui.main_layout import build_window
from cg_desktop.ui.practice.session import Practice, start_practice
from cg_desktop.ui.retention_keeper import RetentionKeeper
from cg_desktop.ui.sending.send_flow import SendFlow
from cg_desktop.ui.sending.sender import QueueState, Sender
from cg_desktop.ui.sending.sign_in import SignIn
from cg_desktop.ui.sending.status_text import status_line

log = logging.getLogger(__name__)


def desk_country() -> str | None:
    """The desk's country (from the system locale), for phone-number hints: "GB", "US"…"""
    name = QLocale.system().name()  # e.g. "en_GB"
    country = name.split("_")[1] if "_" in name else ""
    return country if len(country) == 2 and country.isalpha() else None


class MainWindow(QMainWindow):
    """Pick a region and profile, fill the form, send, and look back at what was sent."""

    # Emitted in the GUI thread once an attempt's outcome has been shown (history, banner).
    outcome_shown = Signal(object)  # SendResult

    def __init__(
        self,
        paths: AppPaths,
        *,
        credential_store: CredentialStore | None = None,
        practice: Practice | None = None,
        before_network: Callable[[], None] | None = None,
    ) -> None:
        """`before_network` runs once after the first paint, before anything is sent."""
        super().__init__()
        self._before_network = before_network
        self.paths = paths
        self.settings: Settings = load_settings(paths.settings_file)
        self.credentials = credential_store or CredentialStore()
        self.library = ProfileLibrary(paths.profiles_dir)
        self._profiles: list[Profile] = []
        self.form: RecordForm | None = None
        self.closed = False
        # Tests and scripted runs (SIGTERM) close without asking.
        self.confirm_close = True
        self._warming_started = False
        # A damaged database is set aside (never deleted) and a fresh one started.
        self.store, self.startup_notice = open_store(paths.database)
        self.retention = RetentionKeeper(self.store, lambda: self.settings.retention_days, self)
        self.sender = Sender(paths.database, self)
        self.sign_in = SignIn(self)
        self.profile_import = ProfileImport(self)
        self.sending = SendFlow(self)
        self.sender.worker.finished_one.connect(self.sending.finished)
        # Bound slots of this window, never lambdas: those would run in the sender thread.
        self.sender.worker.queue_changed.connect(self._queue_changed)
        self._queue = QueueState(waiting=self.store.waiting(), next_attempt_at=None)
        self.setWindowTitle("cg-desktop")
        self.resize(980, 720)
        self.practice = practice
        self.successor: MainWindow | None = None  # the practice window opened from here
        build_window(self)
        if practice is not None:
            self._show_practice(practice)
        else:
            self.load_profiles(prefer=self.settings.last_profile)
            self._select_region(self.settings.last_region)
        self.update_status()

    # -- building --------------------------------------------------------------------------

    # -- regions and profiles -----------------------------------------------------------------

    def _show_practice(self, practice: Practice) -> None:
        """Practice mode: only the sandbox region and the practice profiles, the ribbon."""
        self.ribbon.attach(practice)
        self.setWindowTitle("cg-desktop — practice mode")
        self.import_button.hide()  # practice shows the practice profiles only
        self.region_combo.addItem(practice.region.label, practice.region)
        self.load_profiles(prefer=practice.profiles[0].name)
        self._select_region(SANDBOX)

    def show_form(self) -> None:
        """Ctrl+1: the form, with the cursor in its first field."""
        self.tabs.setCurrentIndex(0)
        if self.form is not None:
            self.form.focus_first()

    def open_practice(self) -> MainWindow:
        """From the first-run page: a practice window (its own history) replaces this one."""
        self.successor = MainWindow(
            self.paths.for_practice(),
            credential_store=self.credentials,
            practice=start_practice(),
            before_network=self._before_network,
        )
        self.successor.show()
        self.successor.activateWindow()
        self.close()
        return self.successor

    def current_region(self) -> Region:
        """The region chosen in the selector."""
        chosen = self.region_combo.currentData()
        assert isinstance(chosen, Region)
        return chosen

    def current_profile(self) -> Profile | None:
        """The profile chosen in the selector."""
        index = self.profile_combo.currentIndex()
        return self._profiles[index] if 0 <= index < len(self._profiles) else None

    def _select_region(self, code: str | None) -> None:
        """Choose a region by code, if it is offered."""
        for index in range(self.region_combo.count()):
            if self.region_combo.itemData(index).code == code:
                self.region_combo.setCurrentIndex(index)
                return

    def load_profiles(self, prefer: str | None = None) -> None:
        """Fill the profile selector from the library (and the demo profile in practice)."""
        if self.practice is not None:
            self._profiles = list(self.practice.profiles)
        else:
            self._profiles = self.library.profiles()
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for profile in self._profiles:
            self.profile_combo.addItem(profile.name)
        names = [p.name for p in self._profiles]
        self.profile_combo.setCurrentIndex(names.index(prefer) if prefer in names else 0)
        self.profile_combo.blockSignals(False)
        self._profile_changed()

    def _profile_changed(self) -> None:
        """Show the chosen profile's form, or the first-run page when there is none."""
        profile = self.current_profile()
        if profile is None:
            self._retire_form()
            self.form = None
            self.pages.setCurrentWidget(self.first_run)
            return
        self._select_region(profile.region)
        self._retire_form()
        self.form = RecordForm(profile, phone_region=desk_country())
        self.form.send_requested.connect(self.sending.send_values)
        self.form_scroll.setWidget(self.form)
        self.pages.setCurrentWidget(self.form_scroll)
        warning = profile.configuration_warning()
        if warning:
            self.form.banner.show_message(Tone.WARNING, warning)
        if profile.transport == "webhook":
            # Sending through an Incoming Webhook needs its own sign-in, not built yet:
            # say so plainly rather than send it to the Records API, where it would fail.
            self.form.set_unavailable(
                "This profile sends through an Incoming Webhook, which this version of "
                "cg-desktop can't do yet. Ask your administrator for a profile that uses "
                "the Records API (a Connected App's Client ID and Secret)."
            )
        if profile.region != SANDBOX:
            self.settings.last_profile = profile.name

    def _retire_form(self) -> None:
        """Take the old form out quietly, then delete it when Qt is done with its events.

        Deleting it on the spot would move the focus out of its fields mid-deletion, and
        their focus-out handlers would run on a half-destroyed form (a crash).
        """
        old = self.form_scroll.takeWidget()
        if isinstance(old, RecordForm):
            old.retire()
            old.hide()
            old.deleteLater()

    def _region_changed(self) -> None:
        """Remember the region and show who is signed in there."""
        if self.current_region().code != SANDBOX:
            self.settings.last_region = self.current_region().code
        self.update_status()
        if self._warming_started:
            self.sign_in.offer_accounts()

    def choose_profile(self, name: str) -> bool:
        """Show the form of the profile with this name; False if there is none."""
        names = [p.name for p in self._profiles]
        if name not in names:
            return False
        self.profile_combo.setCurrentIndex(names.index(name))
        return True

    def refresh_history(self) -> None:
        """Reload the history pane and the status after sends were removed."""
        self.history.model.reload()
        self.update_status()

    @Slot(object)
    def _queue_changed(self, queue: QueueState) -> None:
        """The sender's view of the outbox changed: waiting, next try, paused."""
        if self.closed:
            return
        self._queue = queue
        self.update_status()

    def update_status(self) -> None:
        """The status area: who is signed in here, what is waiting, and when it goes."""
        current = self.current_region() if self.region_combo.count() else None
        if current is not None and self.practice is not None and current.code == SANDBOX:
            who = f"Signed in as {self.practice.credentials.client_id} (practice)"
        elif current is not None and self.settings.client_ids.get(current.code):
            who = f"Client ID {self.settings.client_ids[current.code]}"
        else:
            who = "Not signed in"
        # The counts come from the database itself, so they're right even before the
        # sender has reported; the sender adds what only it knows (next try, pause).
        queue = dataclasses.replace(self._queue, waiting=self.store.waiting())
        to_fix = self.store.needing_a_fix()
        self.status.setText(status_line(who, queue, to_fix))
        self.status.setToolTip("\n".join(queue.paused.values()))
        self.send_now_button.setVisible(queue.waiting > 0)

    def show_message(self, tone: Tone, text: str) -> None:
        """Show a message above the form (when there is one)."""
        if self.form is not None:
            self.form.banner.show_message(tone, text)

    def showEvent(self, event: QShowEvent) -> None:
        """Typing starts in the form, not in the region box (a desk types at once)."""
        super().showEvent(event)
        if not self._warming_started and self.form is not None:
            self.form.focus_first()

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first paint, and only then, start what is slow (network, keyring)."""
        super().paintEvent(event)
        if not self._warming_started:
            self._warming_started = True
            QTimer.singleShot(0, self._start_network)
            QTimer.singleShot(0, self._after_first_paint)
            QTimer.singleShot(0, self.sign_in.offer_accounts)  # the keyring may take a moment

    def _after_first_paint(self) -> None:
        """Tell about a damaged database, then purge old personal data (it may take a moment)."""
        if self.closed:
            return
        if self.startup_notice:
            QMessageBox.warning(self, "History database replaced", self.startup_notice)
        self.retention.start()
        if self.retention.purged_total:  # the list still shows what was just purged
            self.refresh_history()

    def open_settings(self) -> None:
        """The Settings dialog; a shorter retention applies at once."""
        dialog = SettingsDialog(self.settings.retention_days, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        self.settings.retention_days = dialog.retention_days()
        save_settings(self.settings, self.paths.settings_file)
        if self.retention.run_now():
            self.refresh_history()

    def _start_network(self) -> None:
        """After the first paint: set up TLS (app's choice), then let the sender warm up."""
        if self.closed:
            return
        if self._before_network is not None:
            self._before_network()
        self.sender.warm_up()

    # -- closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the sender cleanly; unsent records stay in the store for next time."""
        if not self.closed and not may_close(self):
            event.ignore()
            return
        self.closed = True
        self.retention.stop()
        self.hide()
        notice = None
        if self.sender.worker.in_flight:
            # The request can't be interrupted; say why the app hasn't quite gone yet.
            notice = QProgressDialog(
                "Finishing the send in progress… It is saved either way.", "", 0, 0
            )
            notice.setWindowTitle("cg-desktop")
            notice.setCancelButton(None)
            notice.show()
            QApplication.processEvents()
        self.sender.shutdown()
        if notice is not None:
            notice.close()
        self.store.close()
        try:
            save_settings(self.settings, self.paths.settings_file)
        except OSError:
            log.warning("settings could not be saved")
        if self.practice is not None:
            self.practice.stop()
        event.accept()
