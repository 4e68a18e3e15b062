"""The kiosk window: full screen, the form only, large; one visitor at a time.

After each send a full-width thank-you (first name only) and a fresh form; after a while
without input a countdown, then the form clears. Leaving, and the staff panel, need the
staff PIN: the close button, Alt+F4 and Esc do nothing without it. The sending itself is
the window's (workbench.py): the outbox, retries and the duplicate rule are the same.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.api.regions import Region
from cg_desktop.core.kiosk.pin import PinHash
from cg_desktop.core.kiosk.visitor import first_name_of
from cg_desktop.core.lanes import lane_for
from cg_desktop.core.profiles.model import Profile
from cg_desktop.ui.colours import colours
from cg_desktop.ui.context import AppContext
from cg_desktop.ui.desk_locale import desk_country, desk_reading
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.form.record_form import RecordForm
from cg_desktop.ui.kiosk.idle import IdleWatch
from cg_desktop.ui.kiosk.notice import KioskNotice
from cg_desktop.ui.kiosk.pin_dialogs import PinDialog, kept_lock
from cg_desktop.ui.kiosk.question_guard import QuestionGuard
from cg_desktop.ui.kiosk.scan_watch import ScanWatch
from cg_desktop.ui.kiosk.settings_dialog import KioskSettingsDialog, apply_choice, kiosk_runs
from cg_desktop.ui.kiosk.staff_panel import StaffActions, StaffPanel, staff_lines
from cg_desktop.ui.kiosk.style import KIOSK_STYLE
from cg_desktop.ui.sending.reports import QueueState
from cg_desktop.ui.sending.status_text import who_words
from cg_desktop.ui.workbench import Workbench, open_workbench, wind_down

log = logging.getLogger(__name__)
STAFF_IDLE_MS = 5 * 60 * 1000  # the idle wait while the staff panel is open


class KioskWindow(QWidget):
    """A trade-show desk's screen for visitors; also the FormHost the send flow answers to."""

    outcome_shown = Signal(object)  # SendResult, once handled
    started = Signal()  # the database and the sender are open
    # Staff left kiosk mode with the PIN: the desk's window may open (before this closes).
    leave_requested = Signal()

    def __init__(
        self,
        context: AppContext,
        profile: Profile,
        region: Region,
        pin: PinHash,
        *,
        idle_ms: int | None = None,
        warn_ticks: int = 10,
        tick_ms: int = 1_000,
        thanks_ms: int = 5_000,
    ) -> None:
        """One profile and region, chosen beforehand; `pin` guards the way out.

        `idle_ms` (default: the settings' kiosk_idle_seconds), the countdown's ticks and
        how long the thank-you stays are given so tests can run them fast.
        """
        super().__init__()
        self.context = context
        self.practice = context.practice
        self.profile = replace(profile, region=region.code)
        self.region = region
        self.pin_lock = kept_lock(context, pin)
        self.closed = False
        # The system's shutdown, SIGTERM and tests close without the PIN (nothing is lost).
        self.confirm_close = True
        self._leaving = False  # the staff panel's Leave kiosk mode
        self._work: Workbench | None = None
        self._queue = QueueState(waiting=0, next_attempt_at=None)
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("cg-desktop — kiosk"))
        scheme = colours()
        self.setStyleSheet(
            KIOSK_STYLE.format(thanks=scheme.success, warning=scheme.warning, error=scheme.error)
        )
        self.notice = KioskNotice(thanks_ms)
        self.welcome, self.thanks = self.notice.welcome, self.notice.thanks
        self.warning = self.notice.warning
        self.dot = QLabel("●")
        self.dot.setObjectName("kiosk-network")
        self.dot.setAccessibleName(self.tr("Network"))
        # Practice looks like the real thing on purpose; staff must still see which it is.
        self.practice_mark = QLabel(self.tr("Practice") if self.practice is not None else "")
        self.practice_mark.setObjectName("kiosk-practice")
        self.practice_mark.setToolTip(self.tr("Practice mode: nothing is sent to CustomerGauge."))
        self.practice_mark.setVisible(self.practice is not None)
        self.staff_button = QPushButton(self.tr("Staff"))
        self.staff_button.setObjectName("kiosk-staff")
        self.staff_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays in the form
        self.form = RecordForm(self.profile, phone_region=desk_country(), reading=desk_reading())
        self._quiet_escape(self.form)
        self.idle = IdleWatch(
            idle_ms if idle_ms is not None else context.settings.kiosk_idle_seconds * 1000,
            warn_ticks=warn_ticks,
            tick_ms=tick_ms,
            needed=self._anything_to_clear,
            parent=self,
        )
        self._visitor_idle_ms = self.idle.idle_ms  # the visitors' wait (not staff's)
        self.scans = ScanWatch(self.form, self)
        self.questions = QuestionGuard(self, self.scans.detector)
        # Everything the form says to the visitor (a badge read, a typo, not sent) is said
        # where the welcome was: under the form it pushed Send off a laptop's screen.
        self.form.banner.show_elsewhere(self._tell_visitor, self.notice.take_back)
        self._lay_out()
        self._wire()
        self._show_network()
        QTimer.singleShot(0, self, self.ensure_started)

    def _lay_out(self) -> None:
        """The notice (welcome, thanks or warning) with the network dot and Staff; the form."""
        top = QHBoxLayout()
        top.addWidget(self.notice, 1)
        top.addWidget(self.practice_mark, 0, Qt.AlignmentFlag.AlignVCenter)  # its own height
        top.addWidget(self.dot)
        top.addWidget(self.staff_button)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addLayout(top)
        layout.addWidget(area, 1)

    def _wire(self) -> None:
        """Send, thanks, idle reset, the staff button; every input counts as someone there."""
        self.form.send_requested.connect(self._send)
        # The visitor's Clear: nothing of their badge stays, said or waiting to be joined.
        self.form.cleared.connect(self.scans.reset)
        self.form.cleared.connect(self.notice.clear)
        self.staff_button.clicked.connect(self.open_staff_panel)
        # The Staff button takes no keyboard focus (Tab stays in the form): staff at a
        # keyboard-only desk press Ctrl+Alt+S (the PIN still guards it).
        staff = QShortcut(QKeySequence("Ctrl+Alt+S"), self)
        staff.activated.connect(self.open_staff_panel)
        self.idle.warning.connect(self.notice.warn)
        self.idle.warning_over.connect(self.notice.end_warning)
        self.idle.expired.connect(self.clear_for_next_visitor)
        self.warning.still_here.clicked.connect(self.idle.touch)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @staticmethod
    def _quiet_escape(form: RecordForm) -> None:
        """Esc does nothing on a kiosk (on a desk it asks to clear the form)."""
        for shortcut in form.findChildren(QShortcut):
            if shortcut.key() == QKeySequence(Qt.Key.Key_Escape):
                shortcut.setEnabled(False)

    # -- the FormHost the send flow asks -----------------------------------------------------

    def current_profile(self) -> Profile | None:
        """The kiosk's one profile."""
        return self.profile

    def current_region(self) -> Region:
        """The kiosk's one region."""
        return self.region

    def choose_profile(self, name: str) -> bool:
        """A kiosk never switches profile: True only for its own."""
        return name == self.profile.name

    def show_form(self) -> None:
        """The cursor in the first field."""
        self.form.focus_first()

    # -- starting ---------------------------------------------------------------------------

    def show_kiosk(self) -> None:
        """Full screen, sized to the screen too (without a window manager nothing resizes)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.form.focus_first()
        self.idle.start()

    def ensure_started(self) -> Workbench | None:
        """Open the database and the sender (once); None once closed."""
        if self.closed:
            return None
        if self._work is None:
            work = open_workbench(self.context, self, self, kiosk=True)
            self._work = work
            work.sender.worker.queue_changed.connect(self._queue_changed)
            work.sending.outcome_shown.connect(self.outcome_shown)
            work.sign_in.offer_accounts()
            work.sender.warm_up()
            self._show_network()  # records left waiting from before count from the start
            self.started.emit()
        return self._work

    @property
    def work(self) -> Workbench:
        """The store, the sender and the send flow (opened now if need be; still there
        once closed, for a look at how it ended)."""
        work = self._work or self.ensure_started()
        if work is None:
            raise RuntimeError("the kiosk has closed")
        return work

    # -- visitors ------------------------------------------------------------------------------

    def _send(self, values: dict[str, str]) -> None:
        """The form passed its checks: save and send it, thank the visitor by first name."""
        first = first_name_of(self.profile, values)
        self.work.sending.send_values(values)
        if self.form.has_typed_anything():
            return  # not saved (the disk): the form kept it and says why
        self._show_network()  # the record is on disk, waiting until it is sent
        self.scans.reset()  # nothing of this visitor's badge is kept for the next
        self.notice.thank(first)
        self.idle.touch()

    def _tell_visitor(self, tone: Tone, text: str) -> None:
        """What the form says, where the welcome was; a suggested address as a button too."""
        suggested = self.form.suggestion
        offer = (
            (
                self.tr("Use {address}").format(address=suggested[1]),
                self.form.use_suggestion,
            )
            if suggested is not None
            else None
        )
        self.notice.tell(tone.value, text, offer)

    def clear_for_next_visitor(self) -> None:
        """Nothing of the last visitor stays on screen: fields, messages, thanks, warning,
        and no dialog left open (a staff panel left open would need no PIN)."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # the Calendar, a choice list: they would take the next typing
        self.scans.reset()
        self.form.reset()
        self.form.banner.clear()
        self.notice.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any key, click or touch means someone is there; a key also ends the thank-you;
        a scanner's keys become a scan; a question is answered only on purpose."""
        if self.scans.watch(watched, event):
            return True
        if self.questions.keeps(watched, event):
            return True
        kind = event.type()
        if kind in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,  # Enter reaches the form as a shortcut
            QEvent.Type.MouseButtonPress,
            QEvent.Type.TouchBegin,
            QEvent.Type.Wheel,
        ):
            self.idle.touch()
            typed = isinstance(event, QKeyEvent) and event.text().isprintable() and event.text()
            if kind == QEvent.Type.KeyPress and typed and self.thanks.isVisible():
                # The next visitor has started typing (not the Enter that sent: that key
                # press still arrives once the form has sent, and must not hide the thanks).
                self.notice.end_thanks()
        return False

    def changeEvent(self, event: QEvent) -> None:
        """Minimised (a dialog's title bar, the window menu): back to full screen at once,
        or the kiosk would be left showing the desktop."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized() and not self.closed:
            QTimer.singleShot(0, self, self._back_to_full_screen)

    def _back_to_full_screen(self) -> None:
        """Full screen and in front again."""
        if not self.closed:
            self.setWindowState(Qt.WindowState.WindowFullScreen)
            self.show()
            self.activateWindow()

    def _anything_to_clear(self) -> bool:
        """Whether an idle reset has something of a visitor to clear (else it just waits:
        a countdown flashing at passers-by on an empty form helps no one)."""
        return (
            self.form.has_typed_anything()
            or not self.form.banner.isHidden()
            or self.notice.has_message()
            or self.thanks.isVisible()
            or any(dialog.isVisible() for dialog in self.findChildren(QDialog))
            or QApplication.activePopupWidget() is not None
        )

    # -- the network, for staff (a discreet dot for visitors) --------------------------------

    def _queue_changed(self, queue: QueueState) -> None:
        """The sender's view of the outbox changed."""
        self._queue = queue
        self._show_network()

    def _waiting(self) -> int:
        """Records waiting, counted in the database itself (the sender reports only what
        it tried: a record waiting for a sign-in it hasn't tried yet counts too)."""
        work = self._work
        return work.store.waiting() if work is not None and not self.closed else 0

    def _show_network(self) -> None:
        """Green: sending works; amber: waiting (offline or not signed in). No words here."""
        trouble = self._queue.offline or bool(self._queue.paused) or self._waiting() > 0
        # (The text colours: they meet 4.5:1 on the window, a dot needs 3:1.)
        colour = colours().caution if trouble else colours().fine
        # Not by colour alone: a hollow dot while records wait, said in words to staff
        # who point at it and to screen readers.
        self.dot.setText("◌" if trouble else "●")
        words = (
            self.tr("Waiting: records are kept and sent later")
            if trouble
            else self.tr("Sending works")
        )
        self.dot.setToolTip(words)
        self.dot.setAccessibleDescription(words)
        self.dot.setStyleSheet(f"color: {colour}; font-size: 18px;")

    # -- staff -------------------------------------------------------------------------------

    def open_staff_panel(self) -> None:
        """The PIN, then the staff panel (Send now, leave kiosk mode)."""
        if (
            PinDialog(self.pin_lock, "the staff panel", self).exec()
            != PinDialog.DialogCode.Accepted
        ):
            return
        work = self.work
        lane = lane_for(self.profile, self.region.code)
        practice = self.practice
        who = who_words(
            lane,
            self.context.settings,
            (practice.credentials, practice.hooks) if practice is not None else None,
        )
        panel = StaffPanel(
            staff_lines(work.store, replace(self._queue, waiting=self._waiting()), who),
            StaffActions(
                send_now=work.sending.send_waiting,
                sign_in=self._staff_sign_in,
                check=lambda: self._staff_check(panel),
                settings=lambda: self._staff_settings(panel),
            ),
            self,
        )
        # Staff read and check things without touching anything: five minutes for them
        # (still closed then: a panel left open would need no PIN).
        self._visitor_idle_ms = self.idle.idle_ms
        self.idle.set_idle_ms(max(self._visitor_idle_ms, STAFF_IDLE_MS))
        try:
            panel.exec()
        finally:
            self.idle.set_idle_ms(self._visitor_idle_ms)  # as Kiosk settings… left it
        if panel.left_kiosk:
            self.leave()

    def leave(self) -> None:
        """Leave kiosk mode (the PIN was given). Whoever listens to leave_requested (app.py)
        closes this window and opens the desk's in its place; else it just closes."""
        self._leaving = True
        self.leave_requested.emit()
        if not self.closed:
            self.close()

    def _staff_sign_in(self) -> None:
        """The staff panel's Credentials…: the one place a kiosk asks to sign in."""
        sign_in = self.work.sign_in
        sign_in.may_ask = True
        try:
            sign_in.ask(self.tr("Sign in so this kiosk can send."))
        finally:
            sign_in.may_ask = False

    def _staff_check(self, panel: QWidget) -> None:
        """The staff panel's Check this computer…: the readiness lines, one by one."""
        from cg_desktop.ui.dialogs.readiness import ReadinessDialog, desk_of

        dialog = ReadinessDialog(desk_of(self.context, self.region, self.profile), panel)
        dialog.resize(900, 600)  # the kiosk's large type: lines would wrap in a small box
        dialog.exec()

    def _staff_settings(self, panel: QWidget) -> None:
        """The staff panel's Kiosk settings…: idle time, opening as a kiosk, the PIN."""
        settings = self.context.settings
        practice = self.practice is not None
        dialog = KioskSettingsDialog(
            settings,
            running=kiosk_runs(self.profile, self.region),
            ok_text=self.tr("Save"),
            practice=practice,
            has_pin=True,  # this kiosk's (practice mode's may be kept nowhere else)
            idle_seconds=self._visitor_idle_ms // 1000,  # not the staff panel's wait
            parent=panel,
        )
        if dialog.exec() != KioskSettingsDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        if not practice:  # practice keeps nothing for the real desk (a shared settings file)
            apply_choice(settings, choice)
            self.context.save_settings()
        self._visitor_idle_ms = choice.idle_seconds * 1000  # from the panel's closing on
        if choice.pin is not None:
            self.pin_lock = kept_lock(self.context, choice.pin)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Only with the PIN (or the system's shutdown): then stop the sender cleanly."""
        if self.closed:
            event.accept()
            return
        if self.confirm_close and not self._leaving:
            event.ignore()  # a visitor's Alt+F4 or the close button: nothing happens
            return
        self.closed = True
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.hide()
        wind_down(self.context, self._work)
        event.accept()
