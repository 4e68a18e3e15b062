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

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from cg_desktop.ui.form.field_row import FieldRow

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
# and keys that only move the cursor along a line: a person may look along a held value.
# Every other key (F4 and Alt+Down open a list, Up/Down change a choice) puts it aside.
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
_WATCHED = _PRESSES | {
    QEvent.Type.KeyPress,
    QEvent.Type.InputMethod,
    QEvent.Type.Wheel,
    QEvent.Type.ContextMenu,
}


@dataclass(frozen=True)
class HeldWords:
    """What the banner says once a held record is put aside, or taken up to fix."""

    aside: str  # it waits in Recent, and how to bring it back
    taken: str  # how to fix it
    details: str  # the answer's details, kept with the fixing message


class Hold(QObject):
    """Watches every input to a form's fields while a refused record is held in it.

    `put_aside(focus)` empties the form, the cursor at `focus`, before a key or a click
    meant for the next person goes on; `take_up()` is called on a click in a field with
    an error (the refusal's). Either ends the hold; so does `end()`.
    """

    def __init__(
        self,
        form: QWidget,
        rows: Mapping[str, FieldRow],
        words: HeldWords,
        put_aside: Callable[[QWidget | None], object],
        take_up: Callable[[], None],
    ) -> None:
        """Starts watching at once: the form and every widget in it.

        Not the whole application: a Python filter there is handed every event of the
        app, to objects half torn down too (as a window closes), each a trip through
        Python. A field's own filter still sees its keys before the field does.
        """
        super().__init__(form)
        self._form = form
        self._rows = rows
        self.words = words
        self._put_aside = put_aside
        self._take_up = take_up
        self.active = True
        self._watched = [form, *form.findChildren(QWidget)]
        for widget in self._watched:
            widget.installEventFilter(self)

    def end(self) -> None:
        """Stop watching: the form is an ordinary form again."""
        if not self.active:
            return
        self.active = False
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys and composed text for the form go to an emptied form; a click in a refused
        field takes the record up, in another field puts it aside."""
        kind = event.type()
        if not self.active or kind not in _WATCHED or not isinstance(watched, QWidget):
            return False  # every event of the form's widgets comes here: cheap tests first
        if not shiboken6.isValid(self._form):
            self.end()  # the form is being destroyed (its children still get events)
            return False
        if kind == QEvent.Type.Wheel:
            # A wheel scrolls the form, but on a focused choice it would change the value.
            return isinstance(watched, QComboBox)
        if kind == QEvent.Type.ContextMenu:
            # The Menu key (a right-click has ended the hold already): its Paste and Delete
            # would edit the held record; the menu opens on the emptied field instead.
            self.end()
            self._put_aside(self._focus())
            return False
        if kind in _PRESSES:
            refused = self._refused_field(watched)
            if refused is not None:
                self.end()
                if refused:
                    self._take_up()
                else:
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
        QApplication.sendEvent(target if target is not None else watched, replay)
        return True

    def _refused_field(self, widget: QWidget) -> bool | None:
        """True for a field with an error (the refusal's), False for another field, None
        for the rest (the banner, a button, the space between: a click there changes
        nothing)."""
        for row in self._rows.values():
            if row.editor is widget or row.editor.isAncestorOf(widget):
                return bool(row.errors())
        return None

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
        if event.key() in _MODIFIERS or event.key() in _PASSING_KEYS:
            return False
        return not any(event.matches(sequence) for sequence in _PASSING_SEQUENCES)
