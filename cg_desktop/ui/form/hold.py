"""A refused record shown back in the form, held so that nobody types over it unawares.

When a refusal comes back into an untouched form, the person at the keyboard may not be
looking: at a desk they are already typing the next visitor from the badge in their hand.
So while the record is held, typing never edits it. A key, a paste or a composed letter
puts the record aside (it waits in Recent) and lands in the emptied form, where it was
meant to go. Only a deliberate act takes the record up to fix: a click in a field the
refusal is about, or F2. A click in another field is about the next person (a desk sets
"Where we met" with the mouse): it too puts the record aside, and goes on to that field.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

# Keys that type nothing and change nothing on their own: the first half of a chord.
_MODIFIERS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
    }
)
# Keys the form itself answers while a record is held (Enter does nothing, Esc lets it go),
# and keys that only move the cursor in a line: a person may look along a held value.
_PASSING_KEYS = frozenset(
    {
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Escape,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
    }
)
# Copying from a held record changes nothing.
_PASSING_SEQUENCES = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.SelectAll)
_PRESSES = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.Drop,
    }
)

_WATCHED = _PRESSES | {QEvent.Type.KeyPress, QEvent.Type.InputMethod}


class Spot(Enum):
    """Where in the form a click lands, for a held record."""

    REFUSED = "a field the refusal is about"  # a click there takes the record up
    FIELD = "another field"  # a click there is about the next person
    ELSEWHERE = "the banner, a button, the space between"  # changes nothing


class Hold(QObject):
    """Watches every input to `form` while a refused record is held in it.

    `put_aside(focus)` empties the form, the cursor at `focus`, before a key or a click
    meant for the next person is handed on; `take_up()` is called on a click in a refused
    field; `spot(widget)` says which a widget of the form is. Either ends the hold; so
    does `end()`.
    """

    def __init__(
        self,
        form: QWidget,
        put_aside: Callable[[QWidget | None], object],
        take_up: Callable[[], None],
        spot: Callable[[QWidget], Spot],
    ) -> None:
        """Starts watching at once (an application-wide filter: keys reach it first)."""
        super().__init__(form)
        self._form = form
        self._put_aside = put_aside
        self._take_up = take_up
        self._spot = spot
        self.active = True
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def end(self) -> None:
        """Stop watching: the form is an ordinary form again."""
        if not self.active:
            return
        self.active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys and composed text for the form go to an emptied form; a click takes it up."""
        kind = event.type()
        if not self.active or kind not in _WATCHED or not isinstance(watched, QWidget):
            return False  # every event of the app comes here: the cheap tests first
        if not shiboken6.isValid(self._form):
            self.end()  # the form is being destroyed (its children still get events)
            return False
        if not self._inside(watched):
            return False
        if kind in _PRESSES:
            spot = self._spot(watched)
            if spot is Spot.REFUSED:
                self.end()
                self._take_up()
            elif spot is Spot.FIELD:
                self.end()
                self._put_aside(self._focus())  # Qt gave the clicked field focus already
            return False  # the click goes on, to put the cursor where it was made
        replay: QEvent | None = None
        if isinstance(event, QKeyEvent) and kind == QEvent.Type.KeyPress and self._types(event):
            replay = QKeyEvent(event)
        elif isinstance(event, QInputMethodEvent) and (
            event.commitString() or event.preeditString()
        ):
            replay = QInputMethodEvent(event)
        if replay is None:
            return False
        self.end()
        self._put_aside(self._focus())
        target = QApplication.focusWidget()
        if target is not None:
            QApplication.sendEvent(target, replay)
        return True

    def _focus(self) -> QWidget | None:
        """The widget of the form that has the keyboard's focus, if one has."""
        focus = QApplication.focusWidget()
        return focus if focus is not None and self._inside(focus) else None

    def _inside(self, widget: QWidget) -> bool:
        """True for the form and everything in it."""
        return widget is self._form or self._form.isAncestorOf(widget)

    @staticmethod
    def _types(event: QKeyEvent) -> bool:
        """True for a key that would change the form: a letter, Tab, Backspace, a paste…"""
        key = event.key()
        if key in _MODIFIERS or key in _PASSING_KEYS:
            return False
        if any(event.matches(sequence) for sequence in _PASSING_SEQUENCES):
            return False
        # Function keys are the window's commands (F1 help, F2 fix), never typing.
        return not Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35
