"""A question box on the kiosk answered only on purpose, never by a badge's keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from cg_desktop.core.kiosk.burst import BurstDetector

BURST_LETTERS = 3  # letters at a scanner's pace that make a burst


class QuestionGuard:
    """Keeps letters (and a scanner's Enter) from the kiosk's question boxes.

    A question box ("Clear the form?", "Use the badge?") takes no letters: a letter
    answers it at once (N is No), and a badge scanned while it is open would answer it
    and then send the form with its Enter. Enter, Esc, Tab, Space and taps still answer;
    an Enter within a scanner's pause of a burst of letters is the scanner's and goes too.
    """

    def __init__(self, kiosk: QWidget, detector: BurstDetector) -> None:
        """Guards the boxes opened over `kiosk`; `detector` gives a scanner's timings."""
        self._kiosk, self._detector = kiosk, detector
        self._kept_at: float | None = None  # the last letter kept, by the key's own time
        self._run = 0  # letters kept in a row at a scanner's pace

    def keeps(self, watched: QObject, event: QEvent) -> bool:
        """True when this key event must not reach a question box (it is kept from it)."""
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        box = watched if isinstance(watched, QMessageBox) else watched.window()
        if not isinstance(box, QMessageBox):
            return False
        if not self._kiosk.isAncestorOf(box.parentWidget() or box):
            return False
        at = float(event.timestamp())
        text = event.text()
        kept = self._kept_at
        fast = kept is not None and 0 <= at - kept <= self._detector.max_gap_ms
        # A scanner's burst (a few letters at its pace) may stall up to a hiccup before its
        # Enter; a person's "y" then Enter is no burst, and their Enter answers.
        burst = (
            kept is not None
            and 0 <= at - kept <= self._detector.hiccup_ms
            and self._run >= BURST_LETTERS
        )
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        # Space presses the focused button, as it does everywhere; only inside a burst is
        # it a badge's space ("John Doe").
        if plain and len(text) == 1 and text.isprintable() and (text != " " or fast or burst):
            if event.type() == QEvent.Type.KeyPress:  # (its ShortcutOverride came first)
                self._run = self._run + 1 if fast else 1
                self._kept_at = at
            return True
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        return enter and burst
