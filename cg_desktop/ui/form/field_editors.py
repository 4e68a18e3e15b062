"""One editor widget per field type; each offers value(), set_value() and a `left` signal."""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from cg_desktop.core.profiles.model import FieldSpec
from cg_desktop.ui.colours import colours


class FieldEditor(QWidget):
    """The common face of every field editor: a text value, edits, and leaving the field."""

    edited = Signal()
    left = Signal()  # focus left the field: time to show its validation
    submitted = Signal()  # Enter pressed in the field

    def value(self) -> str:
        """The text as typed (not trimmed: core decides what counts)."""
        raise NotImplementedError

    def set_value(self, text: str) -> None:
        """Show `text` in the editor."""
        raise NotImplementedError


class _FocusWatcher(QObject):
    """Emits the editor's `left` when one of its inner widgets loses focus to elsewhere."""

    def __init__(self, editor: FieldEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watch focus-out events of the inner widgets."""
        # A popup (the calendar, the combo's list) taking focus is not leaving the field.
        if (
            isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason
            # A field being taken down (its window closed) has nobody to tell: its inner
            # line loses the focus after the field itself is gone.
            and shiboken6.isValid(self._editor)
            and self._editor.isVisible()
        ):
            self._editor.left.emit()
        return False


class LineFieldEditor(FieldEditor):
    """Text, email, phone and number fields: one line edit with the right keyboard hints."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setObjectName(f"field:{spec.name}")
        self.line.setClearButtonEnabled(True)
        hints = {
            "email": Qt.InputMethodHint.ImhEmailCharactersOnly,
            "phone": Qt.InputMethodHint.ImhDialableCharactersOnly,
            "number": Qt.InputMethodHint.ImhFormattedNumbersOnly,
        }
        if spec.type in hints:
            self.line.setInputMethodHints(hints[spec.type])
        # An explicit context: self.tr() would look under the subclass's name (a date field).
        placeholders = {
            "email": "name@example.com",
            "phone": "+44 20 7946 0958",
            "number": QCoreApplication.translate("LineFieldEditor", "e.g. 250"),
        }
        self.line.setPlaceholderText(spec.help or placeholders.get(spec.type, ""))
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.line)
        self.setFocusProxy(self.line)
        self.counter: QLabel | None = None
        # Laravel's max on a number compares its value, not its length (rules.py).
        if spec.max_length is not None and spec.type != "number":
            self._limit_typing(spec.max_length)
        self.line.textChanged.connect(self.edited)
        self.line.returnPressed.connect(self.submitted)
        self.line.installEventFilter(_FocusWatcher(self))

    def _limit_typing(self, limit: int) -> None:
        """Typing stops at the field's limit; a counter shows near it (from 80 %)."""
        self.counter = QLabel(self)
        self.counter.setObjectName(f"counter:{self.line.objectName()[6:]}")
        self.counter.setStyleSheet(f"color:{colours().secondary};")
        self.counter.hide()
        self.row.addWidget(self.counter)
        validator = _NoLongerThan(limit, self.line)
        self.line.setValidator(validator)
        self.line.textChanged.connect(validator.remember)

        def count(text: str) -> None:
            assert self.counter is not None
            self.counter.setText(f"{len(text)}/{limit}")
            self.counter.setVisible(len(text) >= limit * 0.8)
            self.counter.setAccessibleName(
                QCoreApplication.translate(
                    "LineFieldEditor", "{count} of {limit} characters"
                ).format(count=len(text), limit=limit)
            )

        self.line.textChanged.connect(count)

    def value(self) -> str:
        """The line's text."""
        return self.line.text()

    def set_value(self, text: str) -> None:
        """Replace the line's text (as it is: a stored record is never cut short)."""
        self.line.setText(text)


class _NoLongerThan(QValidator):
    """Refuses typing that makes the text longer than the limit; never makes it shorter.

    Not QLineEdit.setMaxLength: that also cuts text put in by the program (a stored record
    opened to be fixed), silently changing it. Over the limit, deleting still works.
    """

    def __init__(self, limit: int, line: QLineEdit) -> None:
        super().__init__(line)
        self._limit = limit
        self._length = len(line.text())  # of the text as it stands (before this edit)

    def remember(self, text: str) -> None:
        """The text changed (typed, or put in by the program): its length now."""
        self._length = len(text)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Invalid (the key is refused) only for growth past the limit."""
        # (QLineEdit.text() already holds the edited text here, so the length is kept.)
        if len(text) > self._limit and len(text) > self._length:
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


class DateFieldEditor(LineFieldEditor):
    """Date and date-time: typing accepted, plus a calendar popup (Alt+Down opens it)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._with_time = spec.type == "datetime"
        self.line.setPlaceholderText(
            spec.help
            or (self.tr("YYYY-MM-DD HH:MM:SS") if self._with_time else self.tr("YYYY-MM-DD"))
        )
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Calendar"))
        self.button.setToolTip(self.tr("Pick a date (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Pick a date for {field}").format(field=spec.label))
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.row.addWidget(self.button)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        self._menu = menu
        self.line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Down in the line opens the calendar, as in a date picker."""
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            return True
        return False

    def open_calendar(self) -> None:
        """Show the calendar under the field, on the typed date if there is one."""
        typed = QDate.fromString(self.line.text().strip()[:10], "yyyy-MM-dd")
        self.calendar.setSelectedDate(typed if typed.isValid() else QDate.currentDate())
        self.button.showMenu()

    def _picked(self, date: QDate) -> None:
        """Write the picked date into the line (keeping a typed time, if any)."""
        text = date.toString("yyyy-MM-dd")
        if self._with_time:
            typed = self.line.text().strip()
            clock = typed[11:] if len(typed) == 19 else time.strftime("%H:%M:%S")
            text = f"{text} {clock}"
        self.line.setText(text)
        self._menu.hide()
        self.edited.emit()
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)


class ChoiceFieldEditor(FieldEditor):
    """A restricted list of values: a combo box, with an empty choice when not required."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"field:{spec.name}")
        self.combo.addItem(self.tr("— choose —"), "")
        for choice in spec.choices:
            self.combo.addItem(choice, choice)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.combo.installEventFilter(_FocusWatcher(self))
        # A sticky choice changed by scrolling past it would go to every later visitor.
        ignore_wheel_unless_focused(self.combo)
        if spec.help:
            self.combo.setToolTip(spec.help)

    def value(self) -> str:
        """The chosen value, "" for none."""
        return str(self.combo.currentData() or "")

    def set_value(self, text: str) -> None:
        """Choose `text`; a value outside the list is shown too, so the server can judge it."""
        index = self.combo.findData(text)
        if index < 0 and text:
            self.combo.addItem(text, text)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))


class _WheelGuard(QObject):
    """Drops wheel events on an unfocused widget: scrolling the page mustn't change a value."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Swallow the wheel unless the widget has the focus."""
        return (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        )


def ignore_wheel_unless_focused(widget: QWidget) -> None:
    """Make a combo box (or similar) ignore the mouse wheel until it's clicked or tabbed to."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_WheelGuard(widget))


def editor_for(spec: FieldSpec, parent: QWidget | None = None) -> FieldEditor:
    """The editor widget for a field's type."""
    if spec.type in ("date", "datetime"):
        return DateFieldEditor(spec, parent)
    if spec.type == "choice":
        return ChoiceFieldEditor(spec, parent)
    return LineFieldEditor(spec, parent)
