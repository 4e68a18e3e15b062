"""The main window: region and profile, status, the form, the history.

It draws the form first; the database, the sender and the history start right after the
first paint (`workbench_start.py` opens `workbench.py`). Its parts get what they need passed
in and talk back with signals: none of them knows this window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from cg_desktop.core.api.regions import REGION_CODES, SANDBOX, Region, region
from cg_desktop.core.profiles.model import Profile
from cg_desktop.ui.context import AppContext
from cg_desktop.ui.desk_locale import desk_country, desk_reading
from cg_desktop.ui.desk_status import DeskStatus
from cg_desktop.ui.desk_tabs import DeskTabs
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.form.record_form import RecordForm
from cg_desktop.ui.help_commands import HelpCommands
from cg_desktop.ui.menus import MenuCommands, build_menus
from cg_desktop.ui.practice.hand_over import HandOver
from cg_desktop.ui.profile_admin import ProfileAdmin
from cg_desktop.ui.profile_choice import ProfileChoice
from cg_desktop.ui.sending.reports import QueueState
from cg_desktop.ui.status_area import StatusArea
from cg_desktop.ui.top_bar import TopBar
from cg_desktop.ui.window_place import app_icon, place_window, saved_geometry
from cg_desktop.ui.words import said
from cg_desktop.ui.workbench_start import WorkbenchStart

if TYPE_CHECKING:  # loaded after the first paint (workbench.py), or on demand
    from cg_desktop.ui.dialogs.close_guard import Closing
    from cg_desktop.ui.dialogs.profile_editor import ProfileEditor
    from cg_desktop.ui.dialogs.profile_import import ProfileImport
    from cg_desktop.ui.dialogs.readiness import ReadinessDialog
    from cg_desktop.ui.first_run import FirstRunPage
    from cg_desktop.ui.practice.ribbon import PracticeRibbon
    from cg_desktop.ui.workbench import Workbench


class MainWindow(QMainWindow):
    """Pick a region and profile, fill the form, send, and look back at what was sent."""

    # Emitted in the GUI thread once an attempt's outcome has been shown (history, banner).
    outcome_shown = Signal(object)  # SendResult
    # Painted once: what isn't needed for the first frame may start now.
    first_painted = Signal()
    # The window is fully working: database open, sender started, history shown.
    started = Signal()
    # The database can't be used (a newer cg-desktop's, no permission): the window has
    # said so and closed itself; the sentence it showed.
    cannot_start = Signal(str)
    # File → Kiosk mode…: its settings are saved and the person agreed to close this
    # window; the app opens the kiosk in its place (app.py).
    kiosk_requested = Signal(object)  # KioskRequest

    def __init__(self, context: AppContext) -> None:
        """Build what the first frame shows; the rest starts after the first paint."""
        super().__init__()
        self.context = context
        self.paths = context.paths
        self.practice = context.practice
        self.form: RecordForm | None = None
        self.closed = False
        # Tests and scripted runs (SIGTERM) close without asking.
        self.confirm_close = True
        self._closing_as: Closing = "close"  # how the close question names what closes
        self.successor: MainWindow | None = None  # the window opened from here instead
        # The lock on a data folder this window holds (app.py's, or one it took), and the
        # folder: handed on to the window that replaces this one.
        self.instance_lock: object = None
        self.locked_dir: Path | None = None
        practice = context.practice
        regions = [practice.region] if practice else [region(code) for code in REGION_CODES]
        # Practice mode offers no real region: nothing real goes out.
        self.top_bar = TopBar(regions)
        self.region_combo = self.top_bar.region_combo
        self.profile_combo = self.top_bar.profile_combo
        self.import_button = self.top_bar.import_button
        self.profile_choice = ProfileChoice(
            self.top_bar,
            context.library,
            practice,
            typing=self._typed,
            data_dir=context.paths.data_dir,
            parent=self,
        )
        self.profile_admin = ProfileAdmin(
            context.library,
            self.profile_choice,
            typing=self._typed,
            try_profile=self.try_in_practice,
            parent=self,
        )
        self.help_commands = HelpCommands(
            context, region=self.current_region, profile=self.current_profile, parent=self
        )
        self.hand_over: HandOver[MainWindow] = HandOver(
            context,
            lock=lambda: (self.instance_lock, self.locked_dir),
            ask=self._agree_to_close,
            open_window=self._open_successor,
            parent=self,
        )
        self.workbench_start = WorkbenchStart(
            context,
            self,
            closed=lambda: self.closed,
            connect=self._workbench_opened,
            parent=self,
        )
        self.ribbon: PracticeRibbon | None = None
        self.tabs = DeskTabs()
        self.form_scroll = self.tabs.form_scroll
        self.pages = self.tabs.pages
        self.recent = self.tabs.recent
        self.status_area = StatusArea()
        self.status = self.status_area.status
        self.send_now_button = self.status_area.send_now_button
        self.desk_status = DeskStatus(
            self.status_area,
            context.settings,
            practice,
            region=lambda: self.current_region() if self.region_combo.count() else None,
            profile=self.current_profile,
            store=lambda: self._work.store if self._work is not None and not self.closed else None,
            parent=self,
        )
        self._lay_out()
        self._wire()
        self.menu_actions = build_menus(self.menuBar(), self._menu_commands())
        place_window(self, context.settings.window_geometry)
        if practice is not None:
            self._show_practice()
        else:
            self.load_profiles(prefer=context.settings.last_profile)
            self.top_bar.select_region(context.settings.last_region)
        self.update_status()

    # -- building ------------------------------------------------------------------------------

    def _lay_out(self) -> None:
        """Ribbon (practice), top bar, tabs; the status line with Send now at the bottom."""
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        if self.practice is not None:
            from cg_desktop.ui.practice.ribbon import PracticeRibbon

            self.ribbon = PracticeRibbon()
            column.addWidget(self.ribbon)
        inner = QVBoxLayout()
        inner.setContentsMargins(9, 6, 9, 9)
        inner.addWidget(self.top_bar)
        inner.addWidget(self.tabs, 1)
        column.addLayout(inner, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(self.status_area, 1)
        self.statusBar().setSizeGripEnabled(False)

    def _wire(self) -> None:
        """Connect the bar's buttons, the tabs and the workbench's start."""
        bar = self.top_bar
        bar.region_changed.connect(self._region_changed)
        bar.profile_changed.connect(self._profile_changed)
        bar.import_button.clicked.connect(self.import_profile)
        bar.credentials_button.clicked.connect(self.ask_credentials)
        bar.settings_button.clicked.connect(self.open_settings)
        self.status_area.send_now_clicked.connect(self.send_waiting)
        self.tabs.import_clicked.connect(self.import_profile)
        self.tabs.practice_clicked.connect(self.open_practice)
        self.tabs.history_chosen.connect(self.ensure_started)
        start = self.workbench_start
        start.first_painted.connect(self.first_painted)
        start.loaded.connect(self._workbench_loaded)
        start.cannot_open.connect(self._cannot_start)
        start.purged.connect(self.refresh_history)

    def _menu_commands(self) -> MenuCommands:
        """What the menu items do."""
        return MenuCommands(
            import_profile=self.import_profile,
            export_history=self.export_history,
            credentials=self.ask_credentials,
            settings=self.open_settings,
            quit=self.close,
            show_form=self.show_form,
            show_history=self.show_history,
            fix_refused=self.fix_refused,
            help=self.help_commands.show_help,
            about=self.help_commands.show_about,
            export_profile=self.profile_admin.export_profile,
            check_computer=self.check_computer,
            profiles=self.edit_profiles,
            kiosk=self.start_kiosk,
            leave_practice=self.leave_practice if self.practice is not None else None,
        )

    # -- after the first paint -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Typing starts in the form, not in the region box (a desk types at once)."""
        super().showEvent(event)
        if not self.workbench_start.painted:
            if self.form is not None:
                self.form.focus_first()
            self.workbench_start.shown()

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first paint, and only then, start what is slow (database, network)."""
        super().paintEvent(event)
        self.workbench_start.begin()

    def _workbench_loaded(self) -> None:
        """What the window itself waited for until after the first paint."""
        self.setWindowIcon(app_icon())  # after the paint: the SVG reader takes a moment
        self.setAcceptDrops(True)  # profile files dropped on the window are imported

    def ensure_started(self) -> Workbench | None:
        """The workbench, opened now if it isn't yet; None when closed or it can't be."""
        return self.workbench_start.ensure_started()

    def _workbench_opened(self, work: Workbench) -> None:
        """The workbench just opened: show its history, connect it to the window's parts."""
        self.tabs.show_history_panel(work.history, self.context.settings.history_columns)
        work.sender.worker.queue_changed.connect(self._queue_changed)
        work.sign_in.signed_in.connect(self.update_status)
        work.sign_in.problem.connect(self._warn)
        work.sending.send_changed.connect(work.history.send_changed)
        work.sending.status_changed.connect(self.update_status)
        work.sending.outcome_shown.connect(self.outcome_shown)
        work.history_actions.history_changed.connect(self.refresh_history)
        # What History's actions did is said on the History tab, where they were taken.
        work.history_actions.message.connect(work.history.banner.show_message)
        work.sending.recent_changed.connect(self.recent.show_send)
        work.sending.recent_gone.connect(self.recent.forget)
        if self.ribbon is not None:
            self.ribbon.outage_ended.connect(work.sender.network_is_back)
        self.recent.fix_requested.connect(work.history_actions.fix)
        self.recent.typed.connect(self._typed_in_recent)
        self.update_status()
        self.started.emit()

    def _cannot_start(self, reason: str) -> None:
        """The database can't be used: say so (and what is lost), and close."""
        from PySide6.QtWidgets import QMessageBox

        if self._typed():
            reason += "\n\n" + self.tr("What is typed in the form could not be saved.")
        QMessageBox.critical(self, self.tr("cg-desktop can't start"), reason)
        self.confirm_close = False  # nothing could be kept: no question
        self.close()
        self.cannot_start.emit(reason)

    @property
    def _work(self) -> Workbench | None:
        """The workbench once it is open (None before, or when it could not be)."""
        return self.workbench_start.work

    @property
    def is_started(self) -> bool:
        """True once the database, the sender and the history are open."""
        return self._work is not None and not self.closed

    @property
    def work(self) -> Workbench:
        """The store, the sender and the history (opened now if the first paint hasn't yet).

        Still there once the window has closed (stopped), for a look at how it ended.
        """
        work = self._work or self.ensure_started()
        if work is None:
            raise RuntimeError("the window closed before, or its database could not be opened")
        return work

    # -- regions and profiles ------------------------------------------------------------------

    def current_region(self) -> Region:
        """The region chosen in the selector."""
        return self.top_bar.current_region()

    def current_profile(self) -> Profile | None:
        """The profile chosen in the selector."""
        return self.profile_choice.current_profile()

    def load_profiles(self, prefer: str | None = None) -> None:
        """Fill the profile selector from the library (the practice profiles in practice)."""
        self.profile_choice.load_profiles(prefer)

    def refresh_profile_list(self) -> None:
        """Pick up profiles added to the folder meanwhile, never disturbing the open form."""
        self.profile_choice.refresh_profile_list()

    def choose_profile(self, name: str) -> bool:
        """Show the form of the profile with this name; False if there is none."""
        return self.profile_choice.choose_profile(name)

    def changeEvent(self, event: QEvent) -> None:
        """The window became active: profiles may have been added while it wasn't."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh_profile_list()

    def _profile_changed(self) -> None:
        """Show the chosen profile's form, or the first-run page when there is none."""
        profile = self.current_profile()
        # A refused record held in the old form waits in Recent: the new form says so.
        aside = self.form.put_aside() if self.form is not None and self.form.held else ""
        self.tabs.retire_form()
        title = f"{profile.name} — cg-desktop" if profile else "cg-desktop"
        if self.practice is not None:
            title = self.tr("{title} — practice mode").format(title=title)
        self.setWindowTitle(title)
        # Practice mode never shows Import: its profiles are the practice ones.
        self.top_bar.show_profile_choice(profile is not None)
        if self.practice is not None:
            self.import_button.hide()
        if profile is None:
            self.form = None
            self.tabs.show_first_run()
            return
        self.top_bar.select_region(profile.region)
        self.form = RecordForm(profile, phone_region=desk_country(), reading=desk_reading())
        self.form.send_requested.connect(self._send_values)
        self.form.cleared.connect(self._form_cleared)
        self.tabs.put_form(self.form)
        warning = "\n".join(said(text) for text in (profile.configuration_warning(), aside) if text)
        if warning:
            self.form.banner.show_message(Tone.WARNING, warning)
        if profile.region != SANDBOX:
            self.context.settings.last_profile = profile.name
        # A webhook profile signs in apart from its region's Records API: who sends changes.
        self.update_status()
        if self._work is not None and not self.closed:
            self._work.sign_in.offer_accounts()

    def _region_changed(self) -> None:
        """Remember the region and show who is signed in there."""
        if self.current_region().code != SANDBOX:
            self.context.settings.last_region = self.current_region().code
        self.update_status()
        if self._work is not None and not self.closed:
            self._work.sign_in.offer_accounts()

    def _show_practice(self) -> None:
        """Practice mode: only the sandbox region and the practice profiles, the ribbon."""
        practice = self.practice
        assert practice is not None and self.ribbon is not None
        self.ribbon.attach(practice)
        self.import_button.hide()  # practice shows the practice profiles only
        self.load_profiles(prefer=practice.profiles[0].name)
        self.top_bar.select_region(SANDBOX)

    @property
    def first_run(self) -> FirstRunPage:
        """The welcome page shown when there is no profile (built when first needed)."""
        return self.tabs.first_run

    @property
    def profile_import(self) -> ProfileImport:
        """Importing a profile file (its dialog module loads when first needed)."""
        return self.profile_choice.profile_import

    def import_profile(self) -> None:
        """Import profile…: choose a file, check it, show its form."""
        self.profile_choice.import_profile()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """A profile file dragged over the window (not in practice mode): it may land."""
        if self.profile_choice.dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Profile files dropped on the window are imported, as File → Import would."""
        files = self.profile_choice.dropped_files(event.mimeData())
        if not files:
            return
        event.acceptProposedAction()
        self.profile_choice.import_files(files)

    @property
    def profile_editor(self) -> ProfileEditor | None:
        """File → Profiles…, while open."""
        return self.profile_admin.editor

    def edit_profiles(self) -> ProfileEditor:
        """File → Profiles…: create and edit profiles; the selector shows the result after."""
        return self.profile_admin.edit_profiles()

    # -- actions -------------------------------------------------------------------------------

    def show_form(self) -> None:
        """Ctrl+1: the form, with the cursor in its first field."""
        self.tabs.setCurrentIndex(0)
        if self.form is not None:
            self.form.focus_first()

    def fix_refused(self) -> None:
        """F2: the refused record held in the form; else the one chosen in Recent (or the
        newest there); else, after a restart, History's list of those that need a fix."""
        if self.form is not None and self.form.held:
            self.form.take_up(focus=True)
        elif (
            not self.recent.fix_newest()
            and self._work is not None
            and self._work.store.needing_a_fix()
        ):
            self.show_history()
            self._work.history.show_needing_a_fix()

    def show_history(self) -> None:
        """Ctrl+2: the history, the cursor in its list (arrow keys go through the sends)."""
        self.tabs.setCurrentIndex(1)
        work = self.ensure_started()
        if work is not None:
            work.history.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _typed_in_recent(self, event: QKeyEvent) -> None:
        """Keys typed in the Recent list go on in the form (nothing typed is lost)."""
        if self.form is not None:
            self.form.take_keys(event)

    def _send_values(self, values: dict[str, str]) -> None:
        """The form passed its checks: hand the values to the send flow."""
        work = self.ensure_started()
        if work is not None:
            work.sending.send_values(values)

    def _form_cleared(self) -> None:
        """The person cleared the form: a record opened to be fixed there is let go."""
        if self._work is not None:
            self._work.sending.form_cleared()

    def send_waiting(self) -> None:
        """Send now: every waiting send goes at once (signing in first if needed)."""
        work = self.ensure_started()
        if work is not None:
            work.sending.send_waiting()

    def ask_credentials(self) -> None:
        """Credentials…: the dialog for the chosen region."""
        work = self.ensure_started()
        if work is not None:
            work.sign_in.ask()

    def export_history(self) -> None:
        """File → Export history…: the history's CSV export."""
        work = self.ensure_started()
        if work is not None:
            work.history_actions.export()

    def open_settings(self) -> None:
        """The Settings dialog; a shorter retention applies at once."""
        work = self.ensure_started()
        if work is None:
            return
        from cg_desktop.ui.dialogs.settings import change_settings

        context = self.context
        if not change_settings(self, context.settings, context.save_settings, self.show_message):
            return
        if work.retention.run_now():
            self.refresh_history()

    def start_kiosk(self) -> bool:
        """File → Kiosk mode…: its settings, then (unless only saved) the kiosk replaces this
        window. True when the kiosk was asked for."""
        from cg_desktop.ui.kiosk.from_desk import ask_for_kiosk

        request = ask_for_kiosk(
            self,
            self.context.settings,
            self.current_profile(),
            self.current_region(),
            practice=self.practice is not None,
            save=self.context.save_settings,
            editor_open=self.profile_editor is not None,
            typed=self._typed,
            tell=self.show_message,
        )
        if request is None:
            return False
        self.kiosk_requested.emit(request)
        return True

    @property
    def readiness(self) -> ReadinessDialog | None:
        """Help → Check this computer…, if open."""
        return self.help_commands.readiness

    def check_computer(self) -> None:
        """Help → Check this computer…: is this desk ready for the first visitor?"""
        self.help_commands.check_computer()

    # -- practice mode in and out --------------------------------------------------------------

    def open_practice(self, trying: Profile | None = None) -> MainWindow:
        """From the first-run page: a practice window (its own history) replaces this one.

        `trying`: a profile from the profile editor, tried there end to end.
        """
        return self.hand_over.open_practice(trying)

    def try_in_practice(self, profile: Profile) -> MainWindow | None:
        """The profile editor's Try in practice mode; None when the person stays here."""
        return self.hand_over.try_in_practice(profile)

    def leave_practice(self) -> MainWindow | None:
        """File → Leave practice mode: the real desk's window replaces this one.

        None when cg-desktop is already open on the real desk's data (it says so).
        """
        return self.hand_over.leave_practice()

    def _agree_to_close(self, action: Closing) -> bool:
        """Whether this window may close for `action`, asked now; if so it closes later
        without asking again."""
        self._closing_as = action
        staying = not self.may_close()
        self._closing_as = "close"
        if not staying:
            self.confirm_close = False  # asked just now
        return not staying

    def _open_successor(
        self, context: AppContext, lock: object, locked_dir: Path | None
    ) -> MainWindow:
        """Open the window that replaces this one (holding `lock`), then close."""
        self.successor = MainWindow(context)
        self.successor.instance_lock, self.successor.locked_dir = lock, locked_dir
        self.successor.kiosk_requested.connect(self.kiosk_requested)  # app.py listens here
        self.successor.show()
        self.successor.activateWindow()
        self.close()
        return self.successor

    # -- status and messages -------------------------------------------------------------------

    def refresh_history(self) -> None:
        """Reload the history pane and the status after sends were removed."""
        if self._work is not None and not self.closed:
            self._work.history.model.reload()
            self.update_status()

    @Slot(object)
    def _queue_changed(self, queue: QueueState) -> None:
        """The sender's view of the outbox changed: waiting, next try, paused."""
        if not self.closed:
            self.desk_status.queue_changed(queue)

    def update_status(self) -> None:
        """The status area: who is signed in here, what is waiting, and when it goes."""
        self.desk_status.update()

    def show_message(self, tone: Tone, text: str) -> None:
        """Show a message above the form (when there is one)."""
        if self.form is not None:
            self.form.banner.show_message(tone, text)

    def _typed(self) -> bool:
        """Whether the open form holds anything typed (that closing would lose)."""
        return self.form is not None and self.form.has_typed_anything()

    def _warn(self, text: str) -> None:
        """A warning above the form (the keyring refused, say)."""
        self.show_message(Tone.WARNING, text)

    # -- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the sender cleanly; unsent records stay in the store for next time."""
        if not self.closed and not self._may_close():
            event.ignore()
            return
        self.closed = True
        self.context.settings.window_geometry = saved_geometry(self)
        if self._work is not None:
            header = self._work.history.table.horizontalHeader()
            self.context.settings.history_columns = bytes(
                header.saveState().toBase64().data()
            ).decode("ascii")
        self.hide()
        self.help_commands.close_readiness()  # left open, it would stay over the next window
        self.workbench_start.stop()
        from cg_desktop.ui.workbench import wind_down

        wind_down(self.context, self._work)
        event.accept()

    def may_close(self) -> bool:
        """Whether the window may close now; asks first when typing would be lost or sends
        would wait (unless told not to). The system's end of session asks it too."""
        return self.closed or self._may_close()

    def _may_close(self) -> bool:
        """Ask first when typing would be lost or sends would wait (unless told not to)."""
        if not self.confirm_close:
            return True
        from cg_desktop.ui.dialogs.close_guard import may_close

        typed = self._typed()
        # (Closed in the moment before the database opened, nothing can be counted: what
        # waits is on disk either way and goes out next time.)
        waiting = self._work.store.waiting() if self._work is not None else 0
        return may_close(self, typed=typed, waiting=waiting, action=self._closing_as)
