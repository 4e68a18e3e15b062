"""Badge scans on a kiosk: a keyboard-wedge scanner's burst of keys, read and put in the form.

A scanner types what it read far faster than a person, then Enter (a vCard: a line and
Enter at a time). Keys reach the field with the cursor as they come; once the burst is
known to be a scan (core/kiosk/burst.py), the form is put back as it was before the
burst and filled from the badge (core/kiosk/scan.py), asking first before replacing
anything the visitor typed. Times are the key events' own (the X server's), never the
clock's, so a loaded machine can't make a person look like a scanner.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cg_desktop.core.kiosk.burst import BurstDetector
from cg_desktop.core.kiosk.scan import Scan, fill_fields, parse_scan
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.form.record_form import RecordForm

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIERS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
)
# After a scanner pauses mid-card this long (ms of quiet), what it typed is read as it is
# (longer than the pause BurstDetector holds as the scanner's own, hiccup_ms).
QUIET_MS = 1_200


class ScanWatch(QObject):
    """Watches the keys typed into a form; turns a scanner's burst into filled fields."""

    def __init__(self, form: RecordForm, parent: QObject | None = None) -> None:
        """Watches `form` only (the kiosk's): keys elsewhere (a dialog) are not scans."""
        super().__init__(parent)
        self.form = form
        self.detector = BurstDetector()
        self.last_scan: Scan | None = None
        self._filled: dict[str, str] = {}  # what the last scan put in the form
        self._visitor = 0  # counts resets: a question outlived by its visitor is void
        self._last_ms: float | None = None
        self._before: dict[str, str] = {}  # the form as it was when this run of keys began
        # The form as it was before a payload that a long pause spoilt: put back at quiet.
        self._spoilt_before: dict[str, str] | None = None
        self._eat_enter = False  # the Enter's shortcut was held back: its key press goes too
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self._flush)

    def _in_form(self, watched: QObject) -> bool:
        """Whether a key event is the form's own (its focused field), counted once."""
        focus = QApplication.focusWidget()
        return (
            isinstance(watched, QWidget)
            and watched is focus
            and (watched is self.form or self.form.isAncestorOf(watched))
        )

    def watch(self, watched: QObject, event: QEvent) -> bool:
        """Look at one event; True when it is part of a scan and must go no further."""
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent) or not self._in_form(watched):
            return False
        if event.key() in _ENTER:
            return self._enter(event, kind)
        if kind != QEvent.Type.KeyPress or event.key() in _MODIFIERS:
            return False  # a scanner presses Shift for capitals: not a break in its burst
        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if len(text) != 1 or not text.isprintable() or modifiers:
            self.detector.reset()  # Tab, arrows, Backspace: a person's keys
            self._spoilt_before = None  # nor is anything put back for them
            self._quiet.stop()
            self._last_ms = None
            return False
        at = float(event.timestamp())
        before = self.form.values()  # as it is before this key lands in a field
        if self.detector.key(text, at):
            if self.detector.spoilt and self._spoilt_before is None:
                self._spoilt_before = self._before  # the form before the broken payload
            self._before = before  # a new run: what to put back if it is a scan
        self._last_ms = at
        if self.detector.collecting or self.detector.spoilt:
            self._quiet.start()
        return False

    def _enter(self, event: QKeyEvent, kind: QEvent.Type) -> bool:
        """Enter: the end of a scan (or of one of its lines), or a person's Send."""
        if kind == QEvent.Type.KeyPress and self._eat_enter:
            self._eat_enter = False  # its shortcut was held back a moment ago
            return True
        at = float(event.timestamp()) or (self._last_ms or 0.0)
        text = self.detector.end(at)
        if self.detector.spoilt:  # a broken card's Enter: never the form's Send
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()
                self._eat_enter = True
            self._last_ms = at
            self._quiet.start()
            return True
        if text is None and not self.detector.collecting:
            if self.form.has_typed_anything():
                return False  # a person's Enter: the form sends
            # Enter on an empty form (a second Enter after sending): nothing to send, and
            # no red "not sent" under the thank-you.
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()
                self._eat_enter = True
            return True
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no Send for a scanner's Enter
            self._eat_enter = True
        self._last_ms = at
        if text is None:
            self._quiet.start()  # a vCard's line: more to come
            return True
        self._quiet.stop()
        # Read once this key is done with: a question asked from inside the event would
        # let the Enter go on to the form's Send when it closes.
        QTimer.singleShot(0, self, lambda: self._read(text))
        return True

    def reset(self) -> None:
        """Forget a burst in progress (the form was cleared for the next visitor)."""
        self._visitor += 1  # a badge being read for the last visitor is dropped
        self.detector.reset()
        self._quiet.stop()
        self._last_ms = None
        self._before = {}
        self._spoilt_before = None
        self._filled = {}
        self.last_scan = None

    def _flush(self) -> None:
        """The scanner went quiet mid-card: read what it typed, or, when a long pause broke
        the card, put the form back and say so."""
        if self._spoilt_before is not None:
            self._put_back(self._spoilt_before)
            self.reset()
            self.form.banner.show_message(
                Tone.WARNING,
                self.tr(
                    "That badge was read only in part. Please scan it again, or type your details."
                ),
            )
            return
        if self._last_ms is None:
            return
        text = self.detector.flush(self._last_ms + 10 * QUIET_MS)
        if text is not None:
            self._read(text)

    def _read(self, text: str) -> None:
        """A scan's text: the form back as before it, then filled from the badge."""
        # (The detector is left as it is: after a stalled card, it waits for the rest.)
        self._last_ms = None
        self._eat_enter = False
        self._put_back(self._before)
        scan = parse_scan(text)
        if scan is None:
            self.form.banner.show_message(
                Tone.WARNING, self.tr("That badge could not be read. Please type your details.")
            )
            return
        values = fill_fields(self.form.profile, scan)
        # A second badge over the first: none of the first's details may stay beside it.
        for name, value in self._filled.items():
            if name not in values and self.form.rows[name].editor.value() == value:
                self.form.rows[name].editor.set_value("")
        typed = {  # a previous badge's values weren't typed: a second scan replaces them
            name: value
            for name, value in values.items()
            if (now := self.form.rows[name].editor.value()).strip()
            and now != value
            and now != self._filled.get(name)
            and not self.form.rows[name].spec.sticky
        }
        if typed:
            visitor = self._visitor
            use = self._replace_typing(list(typed))
            if self._visitor != visitor:
                return  # the form was cleared for the next visitor while asking
            if not use:
                values = {name: value for name, value in values.items() if name not in typed}
        for name, value in values.items():
            self.form.rows[name].editor.set_value(value)
        self._filled = {name: self.form.rows[name].editor.value() for name in values}
        self.last_scan = scan
        self.form.banner.show_message(
            Tone.INFO,
            self.tr("Scanned: {name}. Check your details, then press Enter.").format(
                name=scan.display_name
            )
            if scan.display_name
            else self.tr("Your badge was read. Check your details, then press Enter."),
        )
        if self.form.profile.send_on_scan:
            self.form.try_send()

    def _put_back(self, before: dict[str, str]) -> None:
        """The form's fields as they were in `before` (a scanner's keys landed in one)."""
        for name, row in self.form.rows.items():
            if name in before and row.editor.value() != before[name]:
                row.editor.set_value(before[name])

    def _replace_typing(self, names: list[str]) -> bool:
        """Ask before a scan replaces what the visitor typed."""
        labels = ", ".join(self.form.rows[name].spec.label for name in names)
        box = QMessageBox(self.form)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Use the badge?"))
        box.setText(
            self.tr("Replace what you typed ({fields}) with the details from your badge?").format(
                fields=labels
            )
        )
        use = box.addButton(self.tr("Use the badge"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep what I typed"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(use)
        box.exec()
        return box.clickedButton() is use
