"""The first-run page: no profile yet, so import one or try practice mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstRunPage(QWidget):
    """Says what a profile is and offers the two ways forward."""

    import_clicked = Signal()
    practice_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("<h2>" + self.tr("Welcome to cg-desktop") + "</h2>")
        self.text = text = QLabel(
            self.tr(
                "To send surveys you need two things from your CustomerGauge administrator: "
                "a <b>profile</b>, a small file that says which fields to fill in and where "
                "they go, and a <b>Client ID and Client Secret</b> (from CustomerGauge's "
                "Connected Apps) that let this computer send. Import the profile here; you are "
                "asked for the Client ID and Secret when you first send."
            )
            + "<br><br>"
            + self.tr(
                "Administrator without a profile file? Make one in <b>File → Profiles…</b> "
                "from the field names on CustomerGauge's Field Settings page."
            )
            + "<br><br>"
            + self.tr(
                "Just looking? Try <b>practice mode</b>: everything works the same, but "
                "nothing is sent to CustomerGauge."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text.setFixedWidth(520)
        self.import_button = QPushButton(self.tr("&Import a profile…"))
        self.practice_button = QPushButton(self.tr("Try &practice mode"))
        self.practice_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.practice_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        # The paragraph in a row of its own, centred by stretches: aligned by the column
        # instead, a word-wrapped label loses its height-for-width and is cut off.
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(text)
        middle.addStretch(1)
        column.addLayout(middle)
        column.addLayout(buttons)
        column.addStretch(2)
        self.import_button.clicked.connect(self.import_clicked)
        self.practice_button.clicked.connect(self.practice_clicked)
