"""The main window: region and profile, status, the form, the history; wires the sender."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.credentials import (
    ClientCredentials,
    CredentialError,
    CredentialStore,
    client_service,
)
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profile_library import ProfileLibrary
from cg_desktop.core.profiles import Profile, ProfileError
from cg_desktop.core.recovery import open_store
from cg_desktop.core.regions import REGION_CODES, SANDBOX, Region, region
from cg_desktop.core.settings import Settings, load_settings, save_settings
from cg_desktop.core.store import Status
from cg_desktop.ui.banner import Tone
from cg_desktop.ui.credentials_dialog import CredentialsDialog
from cg_desktop.ui.field_editors import ignore_wheel_unless_focused
from cg_desktop.ui.first_run import FirstRunPage
from cg_desktop.ui.history_actions import HistoryActions
from cg_desktop.ui.history_panel import HistoryPanel
from cg_desktop.ui.practice import RIBBON, Practice, start_practice
from cg_desktop.ui.record_form import RecordForm
from cg_desktop.ui.retention_keeper import RetentionKeeper
from cg_desktop.ui.send_flow import SendFlow
from cg_desktop.ui.sender import Account, QueueState, Sender
from cg_desktop.ui.settings_dialog import SettingsDialog
from cg_desktop.ui.status_text import queue_words

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
        self.sending = SendFlow(self)
        self.sender.worker.finished_one.connect(self.sending.finished)
        # Bound slots of this window, never lambdas: those would run in the sender thread.
        self.sender.worker.queue_changed.connect(self._queue_changed)
        self._queue = QueueState(waiting=self.store.waiting(), next_attempt_at=None)
        self.setWindowTitle("cg-desktop")
        self.resize(980, 720)
        self.practice = practice
        self.successor: MainWindow | None = None  # the practice window opened from here
        self._build()
        if practice is not None:
            self._show_practice(practice)
        else:
            self._load_profiles(prefer=self.settings.last_profile)
            self._select_region(self.settings.last_region)
        self.update_status()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        """Lay out the window: ribbon, top bar, tabs with the form and the history."""
        self.ribbon = QLabel(RIBBON)
        self.ribbon.setObjectName("practice-ribbon")
        self.ribbon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ribbon.setStyleSheet(
            "background:#fbbc04; color:#202124; font-weight:bold; padding:4px;"
        )
        self.outage_button = QPushButton("Simulate a Wi-Fi &outage")
        self.outage_button.setCheckable(True)
        self.outage_button.setToolTip(
            "Practice: CustomerGauge stops answering until you press this again. Sends wait "
            "and go out by themselves when the connection is back."
        )
        self.outage_button.toggled.connect(self._simulate_outage)
        self.ribbon_bar = QWidget()
        self.ribbon_bar.setObjectName("practice-ribbon-bar")
        self.ribbon_bar.setStyleSheet("QWidget#practice-ribbon-bar {background:#fbbc04;}")
        ribbon_row = QHBoxLayout(self.ribbon_bar)
        ribbon_row.setContentsMargins(6, 0, 6, 0)
        ribbon_row.addWidget(self.ribbon, 1)
        ribbon_row.addWidget(self.outage_button)
        self.ribbon_bar.hide()
        self.ribbon.hide()
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("region")
        if self.practice is None:  # practice mode offers no real region: nothing real goes out
            for code in REGION_CODES:
                self.region_combo.addItem(region(code).label, region(code))
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profile")
        self.profile_combo.setMinimumWidth(220)
        self.import_button = import_button = QPushButton("&Import profile…")
        self.credentials_button = QPushButton("&Credentials…")
        self.settings_button = QPushButton("Se&ttings…")
        self.send_now_button = QPushButton("Send &now")
        self.send_now_button.setToolTip("Try the waiting sends again now")
        self.send_now_button.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        # A long status must never widen the window and push buttons off screen.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        region_label = QLabel("&Region:")
        region_label.setBuddy(self.region_combo)
        profile_label = QLabel("&Profile:")
        profile_label.setBuddy(self.profile_combo)
        bar = QHBoxLayout()
        for widget in (
            region_label,
            self.region_combo,
            profile_label,
            self.profile_combo,
            import_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.credentials_button)
        bar.addWidget(self.settings_button)
        self.first_run = FirstRunPage()
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes tabs → first field
        self.pages = QStackedWidget()
        self.pages.addWidget(self.first_run)
        self.pages.addWidget(self.form_scroll)
        self.history = HistoryPanel(self.store)
        self.history_actions = HistoryActions(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.pages, "New record")  # Ctrl+1 (Alt+R is the region)
        self.tabs.addTab(self.history, "&History")
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.ribbon_bar)
        inner = QVBoxLayout()
        inner.setContentsMargins(9, 6, 9, 9)
        inner.addLayout(bar)
        inner.addWidget(self.tabs, 1)
        column.addLayout(inner, 1)
        self.setCentralWidget(central)
        # The status area: who is signed in, what waits, when it goes; Send now beside it.
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.send_now_button)
        self.statusBar().setSizeGripEnabled(False)
        for combo in (self.region_combo, self.profile_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            ignore_wheel_unless_focused(combo)
        self.region_combo.currentIndexChanged.connect(self._region_changed)
        self.profile_combo.currentIndexChanged.connect(self._profile_changed)
        import_button.clicked.connect(self.import_profile)
        self.first_run.import_clicked.connect(self.import_profile)
        self.first_run.practice_clicked.connect(self.open_practice)
        self.credentials_button.clicked.connect(lambda: self.ask_credentials())
        self.send_now_button.clicked.connect(self.sending.send_waiting)
        self.settings_button.clicked.connect(self.open_settings)
        QShortcut(QKeySequence("Ctrl+1"), self, self.show_form)
        QShortcut(QKeySequence("Ctrl+2"), self, lambda: self.tabs.setCurrentIndex(1))

    # -- regions and profiles -----------------------------------------------------------------

    def _show_practice(self, practice: Practice) -> None:
        """Practice mode: only the sandbox region and the practice profiles, the ribbon."""
        self.ribbon.show()
        self.ribbon_bar.show()
        self.setWindowTitle("cg-desktop — practice mode")
        self.import_button.hide()  # practice shows the practice profiles only
        self.region_combo.addItem(practice.region.label, practice.region)
        self._load_profiles(prefer=practice.profiles[0].name)
        self._select_region(SANDBOX)

    def show_form(self) -> None:
        """Ctrl+1: the form, with the cursor in its first field."""
        self.tabs.setCurrentIndex(0)
        if self.form is not None:
            self.form.focus_first()

    def _simulate_outage(self, offline: bool) -> None:
        """Practice: take the sandbox off the air, or bring it back."""
        if self.practice is None:
            return
        self.practice.simulate_outage(offline)
        self.outage_button.setText(
            "End the Wi-Fi &outage" if offline else "Simulate a Wi-Fi &outage"
        )
        self.ribbon.setText(RIBBON + (" · Wi-Fi outage (simulated)" if offline else ""))

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

    def _load_profiles(self, prefer: str | None = None) -> None:
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
            self.offer_accounts()

    def offer_accounts(self) -> None:
        """Give the sender the account of this region and of every region with sends waiting.

        Sends queued in another region (before a restart, or before the region was
        switched) go out too, as long as this computer is signed in there.
        """
        codes = {self.current_region().code, *self.store.waiting_regions()}
        for code in sorted(codes):
            account = self.account_for(code)
            if account is not None:
                self.sender.set_account(account)

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

    def import_profile(self) -> None:
        """Choose a profile file, check it, and copy it into the profiles folder."""
        path, _ = QFileDialog.getOpenFileName(self, "Import profile", "", "Profiles (*.json)")
        if path:
            self.import_profile_file(Path(path))

    def import_profile_file(self, path: Path) -> Profile | None:
        """Import one checked profile file; problems are shown, never raised."""
        try:
            profile = self.library.import_file(path)
        except ProfileError as exc:
            if "already there" not in exc.problem:
                QMessageBox.warning(
                    self,
                    "Profile not imported",
                    "This file can't be used as a profile. Ask your CustomerGauge "
                    f"administrator for a corrected one.\n\nDetails: {exc}",
                )
                return None
            answer = QMessageBox.question(self, "Replace profile?", str(exc))
            if answer != QMessageBox.StandardButton.Yes:
                return None
            profile = self.library.import_file(path, replace=True)
        self._load_profiles(prefer=profile.name)
        return profile

    # -- credentials -----------------------------------------------------------------------------

    def account(self) -> Account | None:
        """Where and as whom to send now, or None when not signed in."""
        return self.account_for(self.current_region().code)

    def account_for(self, code: str) -> Account | None:
        """The account for a region (from settings and the keyring), or None."""
        if self.practice is not None:
            return (
                Account(self.practice.region, self.practice.credentials)
                if code == SANDBOX
                else None
            )
        if code not in REGION_CODES:
            return None
        current = region(code)
        client_id = self.settings.client_ids.get(current.code)
        if not client_id:
            return None
        try:
            secret = self.credentials.secret(client_service(current.code), client_id)
        except CredentialError as exc:
            self.show_message(Tone.WARNING, str(exc))
            return None
        return Account(current, ClientCredentials(client_id, secret)) if secret else None

    def ask_credentials(self, reason: str = "") -> Account | None:
        """Open the credentials dialog; returns the account when saved."""
        current = self.current_region()
        if self.practice is not None and current.code == SANDBOX:
            known: ClientCredentials | None = self.practice.credentials
        else:
            known = None
        dialog = CredentialsDialog(
            current,
            self.credentials,
            client_id=known.client_id if known else self.settings.client_ids.get(current.code, ""),
            secret=known.client_secret if known else "",
            reason=reason,
            practice=known is not None,
            parent=self,
        )
        if dialog.exec() != CredentialsDialog.DialogCode.Accepted:
            return None
        entered = dialog.credentials()
        if current.code == SANDBOX and self.practice is not None:
            self.practice.credentials = entered
        else:
            self.settings.client_ids[current.code] = entered.client_id
            save_settings(self.settings, self.paths.settings_file)
        account = Account(current, entered)
        self.sender.set_account(account)  # resumes a queue paused for sign-in
        self.update_status()
        return account

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
        # The count comes from the database itself, so it's right even before the sender
        # has reported; the sender adds what only it knows (next try, pause, offline).
        queue = dataclasses.replace(self._queue, waiting=self.store.waiting())
        words = [who, *queue_words(queue)]
        to_fix = self.store.count([Status.REJECTED, Status.FAILED])
        if to_fix:
            words.append(f"{to_fix} need a fix (History)")
        self.status.setText(" · ".join(words))
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
            QTimer.singleShot(0, self.offer_accounts)  # the keyring may take a moment

    def _may_close(self) -> bool:
        """Ask before closing when typing would be lost or sends would wait for next time."""
        if self.confirm_close is False:
            return True
        typed = self.form is not None and self.form.has_typed_anything()
        waiting = self.store.waiting()
        if not typed and not waiting:
            return True
        parts = []
        if typed:
            parts.append("What is typed in the form has not been sent and will be lost.")
        if waiting:
            parts.append(
                f"{waiting} record{'s are' if waiting != 1 else ' is'} still waiting to be "
                "sent: they are kept, and go out the next time cg-desktop is open."
            )
        answer = QMessageBox.question(
            self,
            "Close cg-desktop?",
            " ".join(parts) + "\n\nClose anyway?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

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
        if not self.closed and not self._may_close():
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
