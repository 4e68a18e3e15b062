"""The record form, generated from a profile: fields, inline validation, Send and Clear."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.profiles.hints import record_hints
from cg_desktop.core.profiles.model import Profile
from cg_desktop.core.profiles.rules import (
    validate_record,
)
from cg_desktop.core.profiles.understand import Reading, understood_values
from cg_desktop.ui.colours import colours
from cg_desktop.ui.form.banner import Banner, Tone
from cg_desktop.ui.form.error_lines import ErrorLines
from cg_desktop.ui.form.field_row import FieldRow
from cg_desktop.ui.form.hold import HeldWords, Hold
from cg_desktop.ui.form.typo_stop import TypoStop
from cg_desktop.ui.locale_text import shown_date


class RecordForm(QWidget):
    """Shows a profile's fields and asks for a send when the values pass core's checks."""

    send_requested = Signal(dict)  # field name → text as typed
    cleared = Signal()  # the person cleared the form (Esc or Clear): what it held is gone

    def __init__(
        self,
        profile: Profile,
        *,
        phone_region: str | None = None,
        reading: Reading | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`phone_region` and `reading`: the desk's country and how its locale writes
        dates and numbers (to understand what is typed)."""
        super().__init__(parent)
        self.profile = profile
        self._phone_region = phone_region
        self._reading = reading or Reading()
        # The sticky values the desk had before a stored record was put in (set_values).
        self._desk_sticky: dict[str, str] | None = None
        self._stored: dict[str, str] | None = None  # the values set_values put in
        self._hold: Hold | None = None  # while a refused record is held (see hold.py)
        self._last_left: str | None = None  # the field the cursor was in last
        self._retired = False
        self.banner = Banner(self)
        self.rows: dict[str, FieldRow] = {}
        self.typos = TypoStop(profile, self.rows, self.banner)
        self.error_lines = ErrorLines(self.rows)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for spec in profile.visible_fields:
            row = FieldRow(spec, self, day_first=self._reading.day_first)
            self.rows[spec.name] = row
            form.addRow(row.label, row)
            row.editor.edited.connect(lambda name=spec.name: self._edited(name))
            row.editor.left.connect(lambda name=spec.name: self._left(name))
            # Enter in a field sends even where the window-wide shortcut can't see the key
            # (a window that isn't active yet); the shortcut covers combo boxes and buttons.
            row.editor.submitted.connect(self.try_send)
        hidden = [f"{spec.label} = {spec.default}" for spec in profile.hidden_fields]
        self.also_sent = QLabel(
            self.tr("Also sent: {fields}").format(fields="; ".join(hidden)) if hidden else ""
        )
        self.also_sent.setObjectName("also-sent")
        self.also_sent.setWordWrap(True)
        self.also_sent.setVisible(bool(hidden))
        self.also_sent.setStyleSheet(f"color:{colours().secondary};")
        self.required_note = QLabel(self.tr("* required"))
        self.required_note.setStyleSheet(f"color:{colours().secondary};")
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(True)
        self.send_button.setObjectName("send")
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the form for the next person (Esc)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.required_note)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.send_button)
        column = QVBoxLayout(self)
        # The banner sits under the fields, by Send: a message appearing above them would
        # push every field down just as someone reaches for one.
        column.addLayout(form)
        column.addWidget(self.also_sent)
        column.addWidget(self.banner)
        column.addStretch(1)
        column.addLayout(buttons)
        self.send_button.clicked.connect(self.try_send)
        self.clear_button.clicked.connect(self.ask_clear)
        self.banner.close_button.clicked.connect(self._dismissed)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.try_send)
        use = QShortcut(QKeySequence("Alt+U"), self)
        use.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        use.activated.connect(self.use_suggestion)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.ask_clear)
        self.reset(keep_sticky=False)

    # -- values ------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """What is typed, by field name (hidden fields are added by core)."""
        return {name: row.editor.value() for name, row in self.rows.items()}

    def record_values(self) -> dict[str, str]:
        """What will be sent: the typed values, dates and numbers in the server's form."""
        return understood_values(self.profile, self.values(), self._reading)

    def set_values(self, values: Mapping[str, str]) -> None:
        """Fill the form (e.g. to fix a stored record); the desk's sticky choices come back
        at the next clear (a refused record's Touchpoint must not become the desk's)."""
        self._end_hold()
        if self._desk_sticky is None:
            self._desk_sticky = {
                name: row.editor.value() for name, row in self.rows.items() if row.spec.sticky
            }
        for name, row in self.rows.items():
            row.editor.set_value(values.get(name, ""))
        self._stored = self.values()  # as it is in the store: nothing typed (yet)
        self._refresh()

    def hold(self, words: HeldWords) -> None:
        """The record just put in is held: typing puts it aside, a click in a refused field
        or F2 takes it up; `words`: what the banner says then."""
        self._end_hold()
        self._hold = Hold(self, self.rows, words, self.put_aside, self.take_up)
        self._refresh()

    @property
    def held(self) -> bool:
        """True while a refused record is shown and nobody has taken it up."""
        return self._hold is not None and self._hold.active

    def put_aside(self, focus: QWidget | None = None) -> str:
        """The held record makes way for the next person (it waits in Recent).

        The cursor stays at `focus` (where the person is typing), else goes to the first
        field. Returns what the banner says, for a message that replaces it.
        """
        aside = self._hold.words.aside if self._hold is not None else ""
        self.reset(focus=focus is None)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.banner.show_message(Tone.WARNING, aside)
        self.cleared.emit()
        return aside

    def take_up(self, *, focus: bool = False) -> None:
        """A click in a refused field, or F2: the held record is the person's to fix now.

        `focus`: put the cursor in the first refused field (a click puts it itself).
        """
        if self._hold is None:
            return
        words = self._hold.words
        self._end_hold()
        self._refresh()
        self.banner.show_message(Tone.WARNING, words.taken, words.details)
        if focus:
            self.focus_first_error()

    def _dismissed(self) -> None:
        """The banner's ✕ on a held record: not now (without its message, the held record
        would look like any filled form, and the next person would be typed into it)."""
        if self.held:
            self.put_aside()

    def _end_hold(self) -> None:
        """No record is held any more."""
        if self._hold is not None:
            self._hold.end()
            self._hold.deleteLater()
            self._hold = None

    def has_typed_anything(self) -> bool:
        """True when a person typed something that a clear would throw away (a stored
        record opened to fix, unchanged, is safe in the store)."""
        if self._stored is not None and self.values() == self._stored:
            return False
        return any(
            row.editor.value().strip() and row.editor.value() != (row.spec.default or "")
            for row in self.rows.values()
            if not row.spec.sticky
        )

    def reset(self, *, keep_sticky: bool = True, focus: bool = True) -> None:
        """Empty the fields for the next person; sticky fields (and defaults) stay.

        `focus`: the cursor to the first field (not when the caller puts it elsewhere).
        """
        self._end_hold()
        self.error_lines.forget_server()
        self.typos.forget()
        # Untouched first: emptying one field must not bring back another's errors
        # (an empty Phone would mark Email "give Email or Phone" again).
        for row in self.rows.values():
            row.touched = False
        desk, self._desk_sticky = self._desk_sticky or {}, None
        self._stored = None
        for name, row in self.rows.items():
            if not (keep_sticky and row.spec.sticky):
                row.editor.set_value(row.spec.default or "")
            elif name in desk:
                row.editor.set_value(desk[name])  # the desk's own choice, not the record's
            row.show_errors([])
            row.show_hints([])
        self._refresh()
        if focus:
            self.focus_first()

    # -- validation ----------------------------------------------------------------------------

    def _errors(self) -> dict[str, list[str]]:
        """Core's verdict on the current values."""
        return validate_record(self.profile, self.record_values())

    def retire(self) -> None:
        """This form is being replaced: ignore its fields' last events."""
        self._retired = True
        if self.held:
            self._end_hold()
            self.cleared.emit()  # the held record is not being fixed here any more

    def _edited(self, name: str) -> None:
        """While typing: keep shown errors current, but don't show new ones yet."""
        if self._retired:
            return
        row = self.rows[name]
        if row.touched:
            self.error_lines.update(name, self._errors())
        self._refresh()

    def _left(self, name: str) -> None:
        """Leaving a field shows its errors and hints."""
        if self._retired:
            return
        row = self.rows[name]
        self._last_left = name
        if not row.editor.value().strip() and not row.touched:
            return  # passing through an empty field with Tab is not a mistake
        row.touched = True
        errors = self._errors()
        self.error_lines.update(name, errors)
        values = self.record_values()
        hints = record_hints(self.profile, values, self._phone_region)
        if values[name] != row.editor.value() and name not in errors:
            shown = shown_date(values[name]) if row.spec.type in ("date", "datetime") else None
            hints.setdefault(name, []).insert(
                0,
                self.tr("Read as {shown} (sent as {value}).").format(
                    shown=shown, value=values[name]
                )
                if shown
                else self.tr("Read as {value}.").format(value=values[name]),
            )
        row.show_hints(hints.get(name, []))
        self._refresh()

    def _refresh(self) -> None:
        """Send is enabled only when core finds nothing wrong; its tooltip says why not."""
        errors = self._errors()
        self.send_button.setEnabled(not errors and not self.held)
        if self.held:
            self.send_button.setToolTip(
                self.tr("To fix it first, click the field with the error or press F2")
            )
        elif errors:
            first = [messages[0] for messages in errors.values()][:3]
            self.send_button.setToolTip(self.tr("Not ready to send:") + "\n" + "\n".join(first))
        else:
            self.send_button.setToolTip(self.tr("Send this record (Enter)"))

    def try_send(self) -> None:
        """Enter or Send: show every problem, or ask the window to send."""
        if self.held:
            return  # a refused record shown back: a click or F2 takes it up to fix first
        errors = self._errors()
        if errors:
            # Replace any message about the last person: it is not about this one.
            self.banner.show_message(
                Tone.ERROR, self.tr("Not sent yet: correct the marked fields, then press Enter.")
            )
            self.show_errors(errors)
            return
        values = self.record_values()
        if self.typos.stops(values):
            return
        self.banner.clear()
        self.send_requested.emit(values)

    @property
    def suggestion(self) -> tuple[str, str] | None:
        """The (field, address) Alt+U would put in, after a likely typo stopped Enter."""
        return self.typos.suggestion

    def use_suggestion(self) -> None:
        """Alt+U: put the suggested address in its field (Ctrl+Y is Redo in a text box)."""
        if self.typos.use_suggestion():
            self._refresh()

    def show_server_errors(self, errors: Mapping[str, list[str]], *, focus: bool = True) -> None:
        """Show CustomerGauge's errors under their fields; they stay until the value changes."""
        self.error_lines.remember_server(errors)
        self.show_errors(errors, focus=focus)

    def show_errors(self, errors: Mapping[str, list[str]], *, focus: bool = True) -> None:
        """Show errors under their fields (all other fields cleared) and focus the first."""
        first = self.error_lines.show_all(errors)
        if first is not None and focus:
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- focus and clearing ----------------------------------------------------------------------

    def focus_first_error(self) -> None:
        """Put the cursor in the first field with an error (else the first field)."""
        row = next((r for r in self.rows.values() if r.errors()), None)
        if row is None:
            self.focus_first()
        else:
            row.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def take_keys(self, event: QKeyEvent) -> None:
        """A key typed elsewhere (the Recent list) that was meant for the form: to the
        field last left, else the first, as if typed there."""
        row = self.rows.get(self._last_left or "") or next(iter(self.rows.values()), None)
        if row is None:
            return
        target = row.editor.focusProxy() or row.editor
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.sendEvent(target, event)

    def focus_first(self) -> None:
        """Put the cursor in the first field (for the next visitor)."""
        first = next(iter(self.rows.values()), None)
        if first is not None:
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_clear(self) -> None:
        """Esc or Clear: empty the form, asking first if something was typed."""
        if self.held:
            self.put_aside()
            return
        if self.has_typed_anything():
            was = QApplication.focusWidget()
            answer = QMessageBox.question(
                self,
                self.tr("Clear the form?"),
                self.tr("Clear what you typed? This can't be undone."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                # Typing goes on where it was (not on the Clear button that was clicked).
                fields = [row.editor.focusProxy() or row.editor for row in self.rows.values()]
                if was is not None and was in fields:
                    was.setFocus(Qt.FocusReason.OtherFocusReason)
                else:
                    self.focus_first()
                return
        self.banner.clear()
        self.reset()
        # Once more when the question's window has gone: the window, active again, would put
        # the cursor back where it was before the question (a field further down).
        QTimer.singleShot(0, self, self.focus_first)
        self.cleared.emit()
