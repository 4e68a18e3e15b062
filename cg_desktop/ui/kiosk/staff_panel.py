"""The kiosk's staff panel (behind the PIN): how sending goes, Send now, checks, settings,
and the way out of kiosk mode."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.store.sends import Status, Store
from cg_desktop.ui.locale_text import shown_time
from cg_desktop.ui.sending.reports import QueueState
from cg_desktop.ui.sending.status_text import queue_words


def staff_lines(store: Store, queue: QueueState, who: str) -> list[str]:
    """What staff need to know at a glance: sign-in, waiting, fixes, the last send."""
    delivered = store.page(statuses=[Status.DELIVERED], limit=1)
    last = (
        shown_time(delivered[0].delivered_at)
        if delivered and delivered[0].delivered_at is not None
        else QCoreApplication.translate("StaffPanel", "none yet")
    )
    waiting = "; ".join(queue_words(queue)) or QCoreApplication.translate(
        "StaffPanel", "nothing waiting"
    )
    lines = [
        who,
        waiting[:1].upper() + waiting[1:],
        QCoreApplication.translate("StaffPanel", "Last record sent: {time}").format(time=last),
    ]
    to_fix = store.needing_a_fix()
    if to_fix:
        lines.append(
            QCoreApplication.translate(
                "StaffPanel",
                "{count} record(s) were refused and need a fix: leave kiosk mode and open "
                "History (Ctrl+2).",
            ).format(count=to_fix)
        )
    return lines


@dataclass(frozen=True)
class StaffActions:
    """What the staff panel's buttons do (the kiosk window's own methods, passed in)."""

    send_now: Callable[[], None]  # try every waiting record at once
    sign_in: Callable[[], None]  # the credentials dialog (a kiosk asks nowhere else)
    check: Callable[[], None]  # Check this computer…: the readiness lines
    settings: Callable[[], None]  # the kiosk's settings: idle time, start as a kiosk, PIN


class StaffPanel(QDialog):
    """The staff's view of the kiosk: its state, Send now, and the way out of kiosk mode."""

    def __init__(
        self, lines: list[str], actions: StaffActions, parent: QWidget | None = None
    ) -> None:
        """`lines` from staff_lines(); `actions` what the buttons do."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Staff panel"))
        self.left_kiosk = False
        self.state = QLabel("\n".join(lines))
        self.state.setObjectName("staff-state")
        self.state.setWordWrap(True)
        self.send_now_button = QPushButton(self.tr("Send &now"))
        self.sign_in_button = QPushButton(self.tr("&Credentials…"))
        self.check_button = QPushButton(self.tr("C&heck this computer…"))
        self.settings_button = QPushButton(self.tr("Kiosk &settings…"))
        self.leave_button = QPushButton(self.tr("&Leave kiosk mode"))
        self.back_button = QPushButton(self.tr("&Back to the form"))
        self.back_button.setDefault(True)
        buttons = QGridLayout()
        for at, button in enumerate(
            (
                self.send_now_button,
                self.sign_in_button,
                self.check_button,
                self.settings_button,
                self.leave_button,
                self.back_button,
            )
        ):
            buttons.addWidget(button, at // 3, at % 3)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # no text cut off
        self.state.setMinimumWidth(540)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.send_now_button.clicked.connect(actions.send_now)
        self.sign_in_button.clicked.connect(actions.sign_in)
        self.check_button.clicked.connect(actions.check)
        self.settings_button.clicked.connect(actions.settings)
        self.leave_button.clicked.connect(self._leave)
        self.back_button.clicked.connect(self.reject)

    def _leave(self) -> None:
        """Leave kiosk mode: the desk's window opens (with the app started as a kiosk)."""
        self.left_kiosk = True
        self.accept()
