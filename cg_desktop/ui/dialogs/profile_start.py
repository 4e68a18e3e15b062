"""New profile: choose the data type, then start from its usual fields or from pasted names.

Pasted names (one per line, or a table copied from CustomerGauge's Field Settings) become
fields with a guessed type; the guesses are shown, and can be corrected, before anything
is added.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.profiles.draft import FieldDraft
from cg_desktop.core.profiles.editor_words import DATA_TYPE_WORDS, FIELD_TYPE_WORDS
from cg_desktop.core.profiles.fast_start import fields_from_pasted, template
from cg_desktop.core.profiles.model import DATA_TYPES, FIELD_TYPES
from cg_desktop.ui.accessible import name_buddies
from cg_desktop.ui.colours import colours
from cg_desktop.ui.words import said


class NewProfileDialog(QDialog):
    """Asks what a new profile starts with; `data_type()` and `fields()` say what was chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Contacts and its usual fields are chosen to begin with."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New profile"))
        self.data_type_combo = QComboBox()
        for code in DATA_TYPES:
            self.data_type_combo.addItem(said(DATA_TYPE_WORDS[code]), code)
        self.data_type_combo.setCurrentIndex(DATA_TYPES.index("contacts"))
        type_label = QLabel(self.tr("Data &type (as the mapping in CustomerGauge)"))
        type_label.setBuddy(self.data_type_combo)
        self.template_radio = QRadioButton(self.tr("Start with the &usual fields"))
        self.template_radio.setChecked(True)
        self.template_keys = QLabel()
        self.template_keys.setWordWrap(True)
        self.template_keys.setStyleSheet(f"color:{colours().secondary};")
        self.paste_radio = QRadioButton(self.tr("&Paste field names…"))
        self.paste_label = QLabel(
            self.tr(
                "Paste the field &names from CustomerGauge (Data → Field Settings): one per "
                "line, or a copied table (its first column is used)."
            )
        )
        self.paste_label.setWordWrap(True)
        self.paste_box = QPlainTextEdit()
        self.paste_box.setObjectName("pasted-names")
        self.paste_box.setTabChangesFocus(True)
        self.paste_box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.paste_label.setBuddy(self.paste_box)
        self.guess_label = QLabel(self.tr("Check the &kind of each field (guessed from its name):"))
        self.guesses = QTableWidget(0, 2)
        self.guesses.setObjectName("guessed-fields")
        self.guesses.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Type")])
        self.guesses.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.guesses.setColumnWidth(1, 150)
        self.guesses.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.guesses.setTabKeyNavigation(False)
        self.guess_label.setBuddy(self.guesses)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(self.tr("&Create"))
        self.create_button.setDefault(True)
        self._buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._pasted: list[FieldDraft] = []
        # Types the administrator corrected, by key: pasting more must not undo them.
        self._corrected: dict[str, str] = {}
        self._lay_out(type_label)
        self.data_type_combo.currentIndexChanged.connect(self._show_template)
        self.paste_radio.toggled.connect(self._show_choice)
        self.paste_box.textChanged.connect(self._guess)
        self._show_template()
        self._show_choice()
        self.resize(520, 520)
        name_buddies(self)  # each labelled control is named after its label

    def _lay_out(self, type_label: QLabel) -> None:
        """Data type; the two ways to start; the pasting part under its choice."""
        row = QHBoxLayout()
        row.addWidget(type_label)
        row.addWidget(self.data_type_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(self.template_radio)
        layout.addWidget(self.template_keys)
        layout.addSpacing(6)
        layout.addWidget(self.paste_radio)
        layout.addWidget(self.paste_label)
        layout.addWidget(self.paste_box, 2)
        layout.addWidget(self.guess_label)
        layout.addWidget(self.guesses, 3)
        layout.addStretch(0)
        layout.addWidget(self._buttons)

    def data_type(self) -> str:
        """The chosen data type's code."""
        return str(self.data_type_combo.currentData())

    def fields(self) -> list[FieldDraft]:
        """The fields to start with: the template's, or the pasted ones with their types."""
        if not self.paste_radio.isChecked():
            return template(self.data_type())
        return [
            FieldDraft(spec.name, spec.label, self._corrected.get(spec.name, spec.type))
            for spec in self._pasted
        ]

    def _show_template(self) -> None:
        """Name the template's keys, so "the usual fields" isn't a leap in the dark."""
        keys = ", ".join(spec.name for spec in template(self.data_type()))
        self.template_keys.setText(
            self.tr("For {data_type}: {keys}.").format(
                data_type=self.data_type_combo.currentText(), keys=keys
            )
        )

    def _show_choice(self) -> None:
        """The pasting part only when pasting was chosen."""
        pasting = self.paste_radio.isChecked()
        for widget in (self.paste_label, self.paste_box, self.guess_label, self.guesses):
            widget.setVisible(pasting)
        self.template_keys.setEnabled(not pasting)
        self._update_create()
        if pasting:
            self.paste_box.setFocus()

    def _guess(self) -> None:
        """Each pasted name as a field, its type guessed (changeable in its row)."""
        self._pasted = fields_from_pasted(self.paste_box.toPlainText())
        self.guesses.setRowCount(len(self._pasted))
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for row, spec in enumerate(self._pasted):
            key = QTableWidgetItem(spec.name)
            key.setFont(fixed)
            self.guesses.setItem(row, 0, key)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Type of {key}").format(key=spec.name))
            for code in FIELD_TYPES:
                combo.addItem(said(FIELD_TYPE_WORDS[code]), code)
            combo.setCurrentIndex(FIELD_TYPES.index(self._corrected.get(spec.name, spec.type)))
            combo.activated.connect(
                lambda _i, name=spec.name, c=combo: self._correct(name, str(c.currentData()))
            )
            self.guesses.setCellWidget(row, 1, combo)
        self._update_create()

    def _correct(self, name: str, kind: str) -> None:
        """The administrator chose another type for a pasted key."""
        self._corrected[name] = kind

    def _update_create(self) -> None:
        """Create needs something to create: pasted names, when pasting."""
        ready = not self.paste_radio.isChecked() or bool(self._pasted)
        self.create_button.setEnabled(ready)
        self.create_button.setToolTip("" if ready else self.tr("Paste the field names first."))
