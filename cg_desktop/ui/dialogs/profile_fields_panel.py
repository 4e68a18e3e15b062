"""The profile editor's fields: the table, and the buttons that add, remove and move fields."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.profiles.checks import Finding
from cg_desktop.core.profiles.draft import FieldDraft
from cg_desktop.ui.accessible import name_buddies
from cg_desktop.ui.dialogs.profile_fields import CHOICES, KEY, PART_COLUMN, FieldsTable


class FieldsPanel(QWidget):
    """Edits a draft's list of fields in place; `fields_changed` after each change."""

    fields_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Empty; `show_fields` fills it. Created in Tab order."""
        super().__init__(parent)
        self._fields: list[FieldDraft] = []
        self._editable = False
        self.table = FieldsTable()
        self.add_button = QPushButton(self.tr("Add fi&eld"))
        self.remove_button = QPushButton(self.tr("Remove fiel&d"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.choices_button = QPushButton(self.tr("Edit &choices…"))
        self.choices_dialog: ChoicesDialog | None = None
        label = QLabel(self.tr("F&ields"))
        label.setBuddy(self.table)
        buttons = QHBoxLayout()
        for button in self._buttons():
            button.setAutoDefault(False)  # Enter in a cell must not press one
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        self.table.fields_changed.connect(self.fields_changed)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.add_button.clicked.connect(self.add_field)
        self.remove_button.clicked.connect(self.remove_field)
        self.up_button.clicked.connect(lambda: self.move_field(-1))
        self.down_button.clicked.connect(lambda: self.move_field(1))
        self.choices_button.clicked.connect(self.edit_choices)

    def _buttons(self) -> tuple[QPushButton, ...]:
        """The buttons under the table, left to right."""
        return (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.choices_button,
        )

    def show_fields(self, fields: list[FieldDraft], *, editable: bool) -> None:
        """Show this list of fields (changed in place from now on), editable or not."""
        self._fields = fields
        self._editable = editable
        self.table.show_fields(fields, read_only=not editable)
        self._update_buttons()

    def mark(self, findings: list[Finding]) -> None:
        """Mark the cells findings are about."""
        self.table.mark(findings)

    def go_to(self, finding: Finding) -> None:
        """Put the focus where a finding is: its cell, or Add field for "add the fields"."""
        if finding.field is not None:
            self.table.go_to(finding.field, PART_COLUMN.get(finding.part, KEY))
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        """What can be done with the table's current row."""
        row, count = self.table.currentRow(), len(self._fields)
        chosen = self._editable and 0 <= row < count
        self.add_button.setEnabled(self._editable)
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < count - 1)
        self.choices_button.setEnabled(chosen)

    # -- changes -------------------------------------------------------------------------------

    def add_field(self) -> None:
        """A new empty field at the end, its key being typed."""
        self._fields.append(FieldDraft())
        self._redraw(len(self._fields) - 1, KEY)
        item = self.table.item(len(self._fields) - 1, KEY)
        if item is not None:
            self.table.editItem(item)

    def remove_field(self) -> None:
        """Remove the current field (nothing is saved until Save: Close asks)."""
        row = self.table.currentRow()
        if 0 <= row < len(self._fields):
            del self._fields[row]
            self._redraw(min(row, len(self._fields) - 1))

    def move_field(self, step: int) -> None:
        """Move the current field up (-1) or down (1) the form."""
        row = self.table.currentRow()
        other = row + step
        if 0 <= row < len(self._fields) and 0 <= other < len(self._fields):
            self._fields[row], self._fields[other] = self._fields[other], self._fields[row]
            self._redraw(other)

    def _redraw(self, row: int, column: int | None = None) -> None:
        """Show the fields again after a change of number or order, `row` current."""
        column = max(self.table.currentColumn(), 0) if column is None else column
        self.table.show_fields(self._fields, read_only=not self._editable)
        if row >= 0:
            self.table.setCurrentCell(row, column)
        self._update_buttons()
        self.fields_changed.emit()

    def _double_clicked(self, _row: int, column: int) -> None:
        """Double-clicking the Choices cell opens the choices."""
        if column == CHOICES:
            self.edit_choices()

    def edit_choices(self) -> None:
        """The current field's choices, one per line, in their own small dialog."""
        row = self.table.currentRow()
        if not self._editable or not 0 <= row < len(self._fields):
            return
        spec = self._fields[row]
        dialog = ChoicesDialog(spec.name, spec.choices, self)
        dialog.accepted.connect(lambda: self.table.set_choices(row, dialog.choices()))
        dialog.finished.connect(dialog.deleteLater)
        self.choices_dialog = dialog
        dialog.open()


class ChoicesDialog(QDialog):
    """A Choice field's choices, one per line."""

    def __init__(self, field_name: str, choices: list[str], parent: QWidget | None = None) -> None:
        """`field_name`: the field's key, named in the title."""
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Choices for {key}").format(key=field_name)
            if field_name
            else self.tr("Choices for this field")
        )
        explain = QLabel(self.tr("&One choice per line, exactly as CustomerGauge expects it:"))
        self.text = QPlainTextEdit("\n".join(choices))
        self.text.setTabChangesFocus(True)
        explain.setBuddy(self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(360, 300)
        name_buddies(self)  # each labelled control is named after its label

    def choices(self) -> list[str]:
        """The choices typed, one per non-empty line (the server trims them: so do we)."""
        return [line.strip() for line in self.text.toPlainText().splitlines() if line.strip()]
