"""The status bar's contents: who is signed in, what waits and when it goes; Send now."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from cg_desktop.ui.sending.reports import QueueState
from cg_desktop.ui.sending.status_text import status_line


class StatusArea(QWidget):
    """One line of status, and Send now while something waits."""

    send_now_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setObjectName("status")
        # A long status must never widen the window and push buttons off screen.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.send_now_button = QPushButton(self.tr("Send &now"))
        # Alt+N sends and leaves the cursor where the person was typing.
        self.send_now_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.send_now_button.setToolTip(self.tr("Try the waiting sends again now"))
        self.send_now_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.send_now_button)
        self.send_now_button.clicked.connect(self.send_now_clicked)

    def show_state(self, who: str, queue: QueueState, to_fix: int) -> None:
        """Say who is signed in, how the outbox stands, and what needs a fix."""
        self.status.setText(status_line(who, queue, to_fix))
        self.status.setToolTip("\n".join(queue.paused.values()))
        self.send_now_button.setVisible(queue.waiting > 0)
