"""The Settings dialog: how long personal data of delivered sends is kept, and the language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.languages import LANGUAGES
from cg_desktop.core.settings import Settings
from cg_desktop.ui.accessible import name_buddies
from cg_desktop.ui.form.banner import Tone

MAX_DAYS = 3650


class SettingsDialog(QDialog):
    """Lets a person choose the retention period (days) for personal data."""

    def __init__(
        self, retention_days: int, language: str | None = None, parent: QWidget | None = None
    ) -> None:
        """`language`: the one chosen before (None: the computer's)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        explain = QLabel(
            self.tr(
                "After this many days, delivered sends lose their personal data: the record "
                "and CustomerGauge's answer are removed and the contact is masked "
                "(j***@example.com). The send stays in the history. Sends not yet delivered "
                "are never touched."
            )
        )
        explain.setWordWrap(True)
        self.days = QSpinBox()
        self.days.setObjectName("retention-days")
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(retention_days)
        self.days.setSuffix(self.tr(" days"))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        self.language_combo.addItem(self.tr("The computer's language"), None)
        for code, own_name in LANGUAGES.items():
            self.language_combo.addItem(own_name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        language_note = QLabel(self.tr("A new language is used from the next start of cg-desktop."))
        language_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Keep personal data for"), self.days)
        form.addRow(self.tr("&Language"), self.language_combo)
        form.addRow("", language_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)
        name_buddies(self)  # each labelled control is named after its label

    def language(self) -> str | None:
        """The language chosen (None: the computer's)."""
        chosen = self.language_combo.currentData()
        return str(chosen) if chosen else None

    def retention_days(self) -> int:
        """The chosen number of days."""
        return int(self.days.value())


def change_settings(
    parent: QWidget,
    settings: Settings,
    save: Callable[[], None],
    tell: Callable[[Tone, str], None],
) -> bool:
    """The Settings dialog over `settings`: True when accepted (and `save` was called).

    `tell` says a sentence above the desk's form (a new language waits for the next start).
    """
    dialog = SettingsDialog(settings.retention_days, settings.language, parent)
    if dialog.exec() != SettingsDialog.DialogCode.Accepted:
        return False
    settings.retention_days = dialog.retention_days()
    if dialog.language() != settings.language:
        settings.language = dialog.language()
        tell(
            Tone.INFO,
            QCoreApplication.translate(
                "MainWindow", "The new language is used from the next start."
            ),
        )
    save()
    return True
