"""One field of the form: its label, editor, error line (icon and text) and soft hint line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cg_desktop.core.profiles.model import FieldSpec
from cg_desktop.ui.form.field_editors import FieldEditor, editor_for


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

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        marker = " *" if spec.required else ""
        self.label = QLabel(f"{spec.label}{marker}")
        self.editor: FieldEditor = editor_for(spec, self)
        self.label.setBuddy(self.editor.focusProxy() or self.editor)
        if spec.help:
            self.label.setToolTip(spec.help)
            self.editor.setToolTip(spec.help)
        self.error_line = MessageLine("SP_MessageBoxCritical", "#b3261e", self)
        self.error_line.setObjectName(f"error:{spec.name}")
        self.hint_line = MessageLine("SP_MessageBoxInformation", "#5f6368", self)
        self.hint_line.setObjectName(f"hint:{spec.name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.editor)
        layout.addWidget(self.error_line)
        layout.addWidget(self.hint_line)
        self.touched = False  # errors show only once the person has left the field

    def show_errors(self, errors: list[str]) -> None:
        """Show errors under the field and name them for screen readers."""
        self.error_line.set_messages(errors)
        focus = self.editor.focusProxy() or self.editor
        focus.setAccessibleDescription(" ".join(errors))
        focus.setProperty("invalid", bool(errors))

    def show_hints(self, hints: list[str]) -> None:
        """Show soft, non-blocking doubts under the field."""
        self.hint_line.set_messages(hints)

    def errors(self) -> list[str]:
        """The errors shown now."""
        return self.error_line.text.text().splitlines() if not self.error_line.isHidden() else []
