"""One field of the form: its label, editor, error line (icon and text) and soft hint line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cg_desktop.core.profiles.model import FieldSpec
from cg_desktop.core.profiles.wording import in_our_words
from cg_desktop.ui.accessible import announce, spoken
from cg_desktop.ui.colours import colours
from cg_desktop.ui.form.field_editors import FieldEditor, editor_for
from cg_desktop.ui.words import said


class MessageLine(QWidget):
    """An icon and a sentence under a field; hidden when empty.

    Its icon and label are made when it first has something to say: a form has two of
    these per field, and most never show anything (the first paint doesn't wait for them).
    """

    def __init__(self, icon: str, colour: str, parent: QWidget | None = None) -> None:
        """`icon` names a QStyle.StandardPixmap (looked up when first shown)."""
        super().__init__(parent)
        self._icon_name = icon
        self._colour = colour
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setStyleSheet(f"color:{colour};")
        self._icon: QLabel | None = None
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.text, 1)
        self.hide()

    def set_messages(self, messages: list[str]) -> None:
        """Show these sentences (one per line), or hide the line when there are none."""
        messages = [said(message) for message in messages]  # core's, in the person's language
        if messages and self._icon is None:
            from PySide6.QtWidgets import QStyle

            pixmap = getattr(QStyle.StandardPixmap, self._icon_name)
            self._icon = QLabel(self)
            self._icon.setPixmap(self.style().standardIcon(pixmap).pixmap(14, 14))
            self._layout.insertWidget(0, self._icon, 0, Qt.AlignmentFlag.AlignTop)
        self.text.setText("\n".join(messages))
        self.setVisible(bool(messages))


class FieldRow(QWidget):
    """The editor with its error and hint lines; the form puts its label beside it."""

    def __init__(
        self, spec: FieldSpec, parent: QWidget | None = None, *, day_first: bool = True
    ) -> None:
        """`day_first`: how the desk writes dates (for the examples in error sentences)."""
        super().__init__(parent)
        self.spec = spec
        self._day_first = day_first
        self._exact: list[str] = []  # CustomerGauge's own words for the errors shown
        marker = " *" if spec.required else ""
        self.label = QLabel(f"{spec.label}{marker}")
        self.editor: FieldEditor = editor_for(spec, self)
        focus = self.editor.focusProxy() or self.editor
        self.label.setBuddy(focus)
        # What a screen reader says on reaching the field: its label (and "required"),
        # then its help; an error, when there is one, comes before the help.
        focus.setAccessibleName(spoken(self.label.text()))
        focus.setAccessibleDescription(spec.help)
        if spec.help:
            self.label.setToolTip(spec.help)
            self.editor.setToolTip(spec.help)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.editor)
        # The error and hint lines are made when first needed: most fields never show
        # either, and a form builds before the first paint (DESIGN.md: first paint first).
        self._error_line: MessageLine | None = None
        self._hint_line: MessageLine | None = None
        self.touched = False  # errors show only once the person has left the field

    @property
    def error_line(self) -> MessageLine:
        """The line of errors under the editor (made on first use)."""
        if self._error_line is None:
            self._error_line = MessageLine("SP_MessageBoxCritical", colours().error, self)
            self._error_line.setObjectName(f"error:{self.spec.name}")
            self._layout.insertWidget(1, self._error_line)  # right under the editor
        return self._error_line

    @property
    def hint_line(self) -> MessageLine:
        """The line of soft hints, under the errors (made on first use)."""
        if self._hint_line is None:
            self._hint_line = MessageLine("SP_MessageBoxInformation", colours().secondary, self)
            self._hint_line.setObjectName(f"hint:{self.spec.name}")
            self._layout.addWidget(self._hint_line)
        return self._hint_line

    def show_errors(self, errors: list[str], *, quiet: bool = False) -> None:
        """Show errors under the field in the form's words (CustomerGauge's exact words in
        the tooltip), and name them for screen readers. `quiet`: the field is marked but
        the sentence is under another field (Email or Phone: one sentence for both)."""
        self._exact = list(errors)
        ours = [said(in_our_words(error, self.spec, day_first=self._day_first)) for error in errors]
        ours = list(dict.fromkeys(ours))  # two texts can say the same thing
        if errors or self._error_line is not None:
            self.error_line.set_messages([] if quiet else ours)
            self.error_line.setToolTip(
                self.tr("CustomerGauge's words: {words}").format(words=" ".join(errors))
                if errors and not quiet
                else ""
            )
        focus = self.editor.focusProxy() or self.editor
        spoken_errors = " ".join(ours)
        before = focus.accessibleDescription()
        focus.setAccessibleDescription(
            " ".join(part for part in (spoken_errors, self.spec.help) if part)
        )
        focus.setProperty("invalid", bool(errors))
        if spoken_errors and not quiet and not before.startswith(spoken_errors):
            announce(focus, spoken_errors)  # a new error: said once, where it appears

    def show_hints(self, hints: list[str]) -> None:
        """Show soft, non-blocking doubts under the field."""
        if hints or self._hint_line is not None:
            self.hint_line.set_messages(hints)

    def errors(self) -> list[str]:
        """The errors marked on the field now, in CustomerGauge's exact words."""
        return list(self._exact)

    def shown_errors(self) -> list[str]:
        """The error sentences a person reads under the field now."""
        line = self._error_line
        return line.text.text().splitlines() if line is not None and not line.isHidden() else []
