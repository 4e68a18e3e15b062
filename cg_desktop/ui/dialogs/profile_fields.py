"""The profile editor's fields table: one row per field, edited in place, findings marked."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cg_desktop.core.profiles.checks import Finding
from cg_desktop.core.profiles.draft import FieldDraft
from cg_desktop.core.profiles.editor_words import FIELD_TYPE_WORDS, choices_text
from cg_desktop.core.profiles.model import FIELD_TYPES
from cg_desktop.ui.colours import colours
from cg_desktop.ui.words import said

# The order keeps what most fields need (and a fixed value's two cells) in view in a window
# 1280 pixels wide; the rarely used columns come last, where the table scrolls.
KEY, LABEL, TYPE, REQUIRED, CHOICES, HIDDEN, VALUE, STICKY, MAX_LENGTH, HELP = range(10)
# Where in the row each kind of finding is shown.
PART_COLUMN = {
    "key": KEY,
    "choices": CHOICES,
    "default": VALUE,
    "max_length": MAX_LENGTH,
    "required": REQUIRED,
}


def cell_tone(severity: str) -> str:
    """A cell's background for a problem or a warning (the scheme's, light or dark)."""
    return colours().danger.background if severity == "problem" else colours().warning.background


_CHECKS = {REQUIRED: "required", STICKY: "sticky", HIDDEN: "hidden"}
_TEXTS = {KEY: "name", LABEL: "label", HELP: "help", VALUE: "default"}


class _CellEditors(QStyledItemDelegate):
    """The editor each cell needs: the key in a fixed-width font, a list of types, a number."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """A combo for the type, a spin box for the length, a fixed-width box for the key."""
        if index.column() == TYPE:
            combo = QComboBox(parent)
            for code in FIELD_TYPES:
                combo.addItem(said(FIELD_TYPE_WORDS[code]), code)
            # A choice made is a choice meant: no second step to commit it.
            combo.activated.connect(lambda _i: self._chosen(combo))
            return combo
        if index.column() == MAX_LENGTH:
            spin = QSpinBox(parent)
            spin.setRange(0, 1_000_000)
            spin.setSpecialValueText(self.tr("no limit"))  # 0 means none
            return spin
        editor = super().createEditor(parent, option, index)
        if index.column() == KEY and isinstance(editor, QLineEdit):
            editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        return editor

    def _chosen(self, combo: QComboBox) -> None:
        """A type was picked from the list: it counts at once, and the list closes."""
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Start the editor from the cell's value."""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.UserRole) or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Put the editor's value in the cell: the code as data, people's words as text."""
        if isinstance(editor, QComboBox):
            code = editor.currentData()
            model.setData(index, code, Qt.ItemDataRole.UserRole)
            model.setData(index, said(FIELD_TYPE_WORDS[code]), Qt.ItemDataRole.DisplayRole)
        elif isinstance(editor, QSpinBox):
            value = editor.value() or None
            model.setData(index, value, Qt.ItemDataRole.UserRole)
            model.setData(index, "" if value is None else str(value), Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class FieldsTable(QTableWidget):
    """Shows a profile's fields and edits them in place; `fields_changed` after each edit."""

    fields_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty table; `show_fields` fills it."""
        super().__init__(0, HELP + 1, parent)  # HELP is the last column
        self.setObjectName("fields-table")
        self._fields: list[FieldDraft] = []
        self._read_only = False
        self._filling = False
        for column, (heading, meaning) in enumerate(self._columns()):
            item = QTableWidgetItem(heading)
            item.setToolTip(meaning)
            self.setHorizontalHeaderItem(column, item)
        self.setItemDelegate(_CellEditors(self))
        # Tab goes to the next control (the buttons below), arrows go from cell to cell:
        # a table that keeps Tab for its cells traps a keyboard user for 10 × rows presses.
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {KEY: 124, LABEL: 112, TYPE: 96, CHOICES: 96, VALUE: 100, MAX_LENGTH: 84}
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        for column in (REQUIRED, STICKY, HIDDEN):
            self.resizeColumnToContents(column)  # a check box: as wide as its heading
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.itemChanged.connect(self._item_changed)

    def _columns(self) -> tuple[tuple[str, str], ...]:
        """(heading, what it means for an administrator) of each column, in order: the
        heading's tooltip says the second."""
        return (
            (
                self.tr("Key"),
                self.tr(
                    "The exact key the mapping expects, as in CustomerGauge's Field Settings "
                    "(case-sensitive)."
                ),
            ),
            (
                self.tr("Label"),
                self.tr("What the desk sees beside the field (the key, if left empty)."),
            ),
            (self.tr("Type"), self.tr("What may be typed: text, an email address, a date…")),
            (self.tr("Required"), self.tr("The desk can't send without it.")),
            (
                self.tr("Choices"),
                self.tr("For a Choice field: the choices offered (double-click to edit)."),
            ),
            (self.tr("Hidden"), self.tr("Not shown on the form: its Value is always sent.")),
            (
                self.tr("Value"),
                self.tr("A hidden field's fixed value, or a value a shown field starts with."),
            ),
            (
                self.tr("Sticky"),
                self.tr("Kept after each send, for the next visitor (a desk's Touchpoint, say)."),
            ),
            (self.tr("Max length"), self.tr("The most characters allowed (empty: no limit).")),
            (self.tr("Help"), self.tr("A line of help shown under the field.")),
        )

    def _said(self, on: bool) -> str:
        """What a screen reader says for a check box cell."""
        return self.tr("yes") if on else self.tr("no")

    # -- showing ---------------------------------------------------------------------------------

    def show_fields(self, fields: list[FieldDraft], *, read_only: bool = False) -> None:
        """Show these fields (the table edits this very list in place)."""
        current = (self.currentRow(), self.currentColumn())
        self._fields = fields
        self._read_only = read_only
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self._filling = True
        try:
            self.setRowCount(len(fields))
            for row, spec in enumerate(fields):
                self._fill_row(row, spec)
        finally:
            self._filling = False
        if fields and current[0] >= 0:
            self.setCurrentCell(min(current[0], len(fields) - 1), max(current[1], 0))

    def _fill_row(self, row: int, spec: FieldDraft) -> None:
        """One field's cells."""
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        editable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._read_only:
            editable |= Qt.ItemFlag.ItemIsEditable
        for column, attribute in _TEXTS.items():
            item = QTableWidgetItem(str(getattr(spec, attribute)))
            item.setFlags(editable)
            if column == KEY:
                item.setFont(fixed)
            self.setItem(row, column, item)
        kind = QTableWidgetItem(said(FIELD_TYPE_WORDS.get(spec.type, spec.type)))
        kind.setData(Qt.ItemDataRole.UserRole, spec.type)
        kind.setFlags(editable)
        self.setItem(row, TYPE, kind)
        length = QTableWidgetItem("" if spec.max_length is None else str(spec.max_length))
        length.setData(Qt.ItemDataRole.UserRole, spec.max_length)
        length.setFlags(editable)
        self.setItem(row, MAX_LENGTH, length)
        choices = QTableWidgetItem(choices_text(spec.choices))
        # Edited in their own small dialog (one per line), not in the cell.
        choices.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.setItem(row, CHOICES, choices)
        for column, attribute in _CHECKS.items():
            check = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not self._read_only:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            check.setFlags(flags)
            on = bool(getattr(spec, attribute))
            check.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.AccessibleTextRole, self._said(on))
            self.setItem(row, column, check)

    def mark(self, findings: list[Finding]) -> None:
        """Colour the cells findings are about (problems red, warnings amber), with tooltips."""
        marked: dict[tuple[int, int], Finding] = {}
        for finding in findings:
            column = PART_COLUMN.get(finding.part)
            if finding.field is None or column is None:
                continue
            spot = (finding.field, column)
            # A problem outranks a warning in the same cell.
            if spot not in marked or finding.severity == "problem":
                marked[spot] = finding
        self._filling = True
        try:
            for row in range(self.rowCount()):
                for column in range(self.columnCount()):
                    item = self.item(row, column)
                    if item is None:
                        continue
                    found = marked.get((row, column))
                    if found is None:
                        item.setData(Qt.ItemDataRole.BackgroundRole, None)
                        item.setToolTip("")
                    else:
                        item.setBackground(QBrush(QColor(cell_tone(found.severity))))
                        item.setToolTip(said(found.text))
        finally:
            self._filling = False

    # -- editing -------------------------------------------------------------------------------

    def _item_changed(self, item: QTableWidgetItem) -> None:
        """A cell was edited: the same change in the field it shows."""
        if self._filling or not 0 <= item.row() < len(self._fields):
            return
        spec, column = self._fields[item.row()], item.column()
        if column in _TEXTS:
            setattr(spec, _TEXTS[column], item.text())
        elif column in _CHECKS:
            on = item.checkState() == Qt.CheckState.Checked
            setattr(spec, _CHECKS[column], on)
            self._filling = True
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._said(on))
            self._filling = False
        elif column == TYPE:
            spec.type = str(item.data(Qt.ItemDataRole.UserRole))
        elif column == MAX_LENGTH:
            value = item.data(Qt.ItemDataRole.UserRole)
            spec.max_length = int(value) if value else None
        else:
            return
        self.fields_changed.emit()

    def set_choices(self, row: int, choices: list[str]) -> None:
        """Give one field these choices (from the choices dialog)."""
        self._fields[row].choices = choices
        self._filling = True
        try:
            item = self.item(row, CHOICES)
            if item is not None:
                item.setText(choices_text(choices))
        finally:
            self._filling = False
        self.fields_changed.emit()

    def go_to(self, row: int, column: int) -> None:
        """Select one cell and put the focus on it (a finding was chosen)."""
        self.setCurrentCell(row, column)
        item = self.item(row, column)
        if item is not None:
            self.scrollToItem(item)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
