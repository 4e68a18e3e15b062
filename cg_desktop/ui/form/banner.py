"""A message strip above the form: success, information, warning or error, with details."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.ui.accessible import announce
from cg_desktop.ui.colours import colours
from cg_desktop.ui.words import said


class Tone(StrEnum):
    """How a message should feel: each has an icon and words, not colour alone."""

    SUCCESS = "success"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


# Names of QStyle.StandardPixmap members: QStyle's enums take ~7 ms to load, which the
# first paint (a hidden banner) doesn't need to pay.
_ICONS = {
    Tone.SUCCESS: "SP_DialogApplyButton",
    Tone.INFO: "SP_MessageBoxInformation",
    Tone.WARNING: "SP_MessageBoxWarning",
    Tone.ERROR: "SP_MessageBoxCritical",
}


class Banner(QFrame):
    """Shows one message at a time; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QToolButton(self)
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        # The server's exact text, and the exact keys sent: technical, so in columns.
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.hide()
        row = QHBoxLayout()
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.addLayout(row)
        column.addWidget(self.details)
        self.details_button.toggled.connect(self.details.setVisible)
        self.close_button.clicked.connect(self.clear)
        self.tone: Tone | None = None
        self._elsewhere: tuple[Callable[[Tone, str], None], Callable[[], None]] | None = None
        self.hide()

    def show_elsewhere(self, show: Callable[[Tone, str], None], clear: Callable[[], None]) -> None:
        """Say messages through `show` (and take them back with `clear`) instead of here:
        a kiosk says them where the welcome was, so they never push the form's buttons
        off a small screen. The banner still holds the last one (tone and text)."""
        self._elsewhere = (show, clear)

    def show_message(
        self, tone: Tone, text: str, details: str = "", *, open_details: bool = False
    ) -> None:
        """Show `text`; `details` (the server's exact answer) behind the Details button,
        shown at once when `open_details` (the keys sent, in practice mode)."""
        self.tone = tone
        self.setStyleSheet(
            f"QFrame#banner {{{colours().tone(tone.value).style()} border-radius:4px;}}"
        )
        from PySide6.QtWidgets import QStyle

        pixmap = getattr(QStyle.StandardPixmap, _ICONS[tone])
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(20, 20))
        words = self._tone_words(tone)
        self.icon.setAccessibleName(words)
        text = said(text)  # core's sentences in the person's language
        self.text.setText(text)
        self.setAccessibleName(f"{words}: {text}")
        self.details.setPlainText(details)
        # As tall as its lines (the keys sent: a line each), up to ten, then it scrolls.
        lines = min(details.count("\n") + 2, 10)
        self.details.setFixedHeight(self.details.fontMetrics().lineSpacing() * lines + 12)
        self.details_button.setChecked(open_details and bool(details))
        self.details_button.setVisible(bool(details))
        if self._elsewhere is not None:
            self._elsewhere[0](tone, text)
            return
        self.show()
        # Said as it appears: the person's eyes may be on the next visitor's form.
        announce(self, text, urgent=tone is Tone.ERROR)

    def _tone_words(self, tone: Tone) -> str:
        """The tone in words, for screen readers (the icon alone says nothing to them)."""
        return {
            Tone.SUCCESS: self.tr("success"),
            Tone.INFO: self.tr("info"),
            Tone.WARNING: self.tr("warning"),
            Tone.ERROR: self.tr("error"),
        }[tone]

    def clear(self) -> None:
        """Hide the banner."""
        was = self.tone
        self.tone = None
        self.text.clear()
        self.details.clear()
        self.hide()
        if self._elsewhere is not None and was is not None:
            self._elsewhere[1]()
