"""The line above the kiosk's form: the welcome, a thank-you, or the idle warning.

They take turns in one place as tall as the tallest of them, so the form never moves under
a visitor's finger or pointer when one gives way to another.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QWidget

from cg_desktop.ui.accessible import announce

# Longer first names are cut ("Maximiliana-Jose…"): the place is measured for this many.
NAME_SHOWN = 16


def thanks_words(first_name: str) -> str:
    """The thank-you, by first name only (never the email or phone)."""
    if len(first_name) > NAME_SHOWN:
        first_name = first_name[: NAME_SHOWN - 1].rstrip() + "…"
    if first_name:
        return QCoreApplication.translate(
            "KioskNotice", "Thank you, {name} — you’re all set."
        ).format(name=first_name)
    return QCoreApplication.translate("KioskNotice", "Thank you — you’re all set.")


class IdleWarning(QWidget):
    """ "Still there? The form clears in 10 s." with a big I'm still here button."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("kiosk-warning")
        self.text = QLabel("")
        self.text.setObjectName("kiosk-warning-text")
        self.text.setWordWrap(True)  # else, in large type, wider than a small screen
        self.still_here = QPushButton(self.tr("I'm still here"))
        self.still_here.setObjectName("kiosk-still-here")
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.still_here)

    def count_down(self, seconds: int) -> None:
        """Say (or update) the countdown."""
        self.text.setText(
            self.tr("Still there? The form clears in {seconds} s.").format(seconds=seconds)
        )


class KioskNotice(QStackedWidget):
    """Welcome, thanks (for `thanks_ms`, or until the next visitor types) or the warning."""

    def __init__(self, thanks_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.welcome = QLabel(self.tr("Welcome! Please fill in your details, then press Enter."))
        self.welcome.setObjectName("kiosk-welcome")
        self.welcome.setWordWrap(True)
        self.thanks = QLabel("")
        self.thanks.setObjectName("kiosk-thanks")
        self.thanks.setWordWrap(True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.warning = IdleWarning()
        # What the kiosk tells this visitor (a badge read, or not), where they look: in the
        # welcome's place, not under the form, where it pushed Send off a laptop's screen.
        self.message = QLabel("")
        self.message.setObjectName("kiosk-message")
        self.message.setWordWrap(True)
        # What a finger can do about it ("Use ann@gmail.com"): a kiosk has no Alt+U.
        self.offer = QPushButton("")
        self.offer.setObjectName("kiosk-offer")
        self.offer.hide()
        self.offer.clicked.connect(self._take_offer)
        self._offered: Callable[[], None] | None = None
        self.message_page = QWidget()
        row = QHBoxLayout(self.message_page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message, 1)
        row.addWidget(self.offer, 0, Qt.AlignmentFlag.AlignVCenter)
        for page in (self.welcome, self.thanks, self.warning, self.message_page):
            self.addWidget(page)
        # Measures the longest thanks, so the place is tall enough before the first
        # visitor is thanked (never shown).
        self._ruler = QLabel(thanks_words("Maximiliana-Josephine"), self)
        self._ruler.setObjectName("kiosk-thanks")
        self._ruler.setWordWrap(True)
        self._ruler.hide()
        self._warning = False
        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.setInterval(thanks_ms)
        self._thanks_timer.timeout.connect(self.end_thanks)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width: a new height to fit every page."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def fit(self) -> None:
        """As tall as the tallest page at this width."""
        width = self.width()
        heights = []
        for page in (self.welcome, self.thanks, self._ruler, self.warning, self.message_page):
            page.ensurePolished()
            fits = page.heightForWidth(width) if page.hasHeightForWidth() else -1
            heights.append(fits if fits > 0 else page.sizeHint().height())
        self.setFixedHeight(max(heights))

    def thank(self, first_name: str) -> None:
        """The thank-you, said to screen readers too."""
        self.thanks.setText(thanks_words(first_name))
        self._forget_message()  # (about the visitor just thanked)
        self.fit()
        announce(self.thanks, self.thanks.text())
        self._thanks_timer.start()
        self._show()

    def end_thanks(self) -> None:
        """The thank-you has been read, or the next visitor started: back to the welcome."""
        self._thanks_timer.stop()
        self.thanks.setText("")
        self._show()

    def warn(self, seconds: int) -> None:
        """The idle countdown (said to screen readers once, not every second)."""
        self.warning.count_down(seconds)
        if not self._warning:
            announce(self.warning, self.warning.text.text(), urgent=True)
        self._warning = True
        self._show()

    def end_warning(self) -> None:
        """Someone is still there (or the form was cleared): the warning goes."""
        self._warning = False
        self._show()

    def tell(
        self, tone: str, text: str, offer: tuple[str, Callable[[], None]] | None = None
    ) -> None:
        """Tell this visitor something (until the next thanks or reset); `tone` is
        a Tone's value (a warning or error says so in words, not by colour alone).
        `offer`: a button's words and what it does (a suggestion to take by touch)."""
        self._offered = offer[1] if offer is not None else None
        self.offer.setText(offer[0] if offer is not None else "")
        self.offer.setVisible(offer is not None)
        self.message.setProperty("tone", tone)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.fit()  # (a long one, "not sent" and why, may need a line more)
        announce(self.message, text, urgent=tone != "info")
        self._show()

    def take_back(self) -> None:
        """What was told is no longer so (the form's message was dismissed or replaced)."""
        if self.message.text():
            self._forget_message()
            self._show()

    def _forget_message(self) -> None:
        """No message, and no offer with it."""
        self.message.setText("")
        self.offer.hide()
        self._offered = None

    def _take_offer(self) -> None:
        """The visitor tapped the offer: do it (it says what came of it in its turn)."""
        act, self._offered = self._offered, None
        self.offer.hide()
        if act is not None:
            act()

    def has_message(self) -> bool:
        """Whether something is being told to the visitor now."""
        return bool(self.message.text())

    def clear(self) -> None:
        """The welcome, and nothing of the last visitor."""
        self._warning = False
        self._forget_message()
        self.end_thanks()

    def _show(self) -> None:
        """The warning while it counts down, else the thanks while it lasts, else welcome."""
        if self._warning:
            self.setCurrentWidget(self.warning)
        elif self._thanks_timer.isActive():
            self.setCurrentWidget(self.thanks)
        elif self.message.text():
            self.setCurrentWidget(self.message_page)
        else:
            self.setCurrentWidget(self.welcome)
