"""The profile editor's "Try in practice mode" button, and its question before trying."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class TryButton(QPushButton):
    """Tr&y in practice mode: on while the profile shown has no problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Tr&y in practice mode"))  # Alt+Y: no other control has Y
        self.setObjectName("try-in-practice")
        self.setAutoDefault(False)  # Enter in the editor saves; it never leaves the editor
        self.setToolTip(self._try_tip())

    def _try_tip(self) -> str:
        """What trying does."""
        return self.tr(
            "Send a test record to the practice sandbox, which takes this profile's fields as "
            "its mapping: see CustomerGauge's checks and the exact keys sent."
        )

    def allow(self, ready: bool, blocked: bool) -> None:
        """On when the draft is a profile (`ready`); `blocked`: it has problems to fix."""
        self.setEnabled(ready)
        self.setToolTip(
            self.tr("Fix the problems listed under the fields first.")
            if blocked
            else self._try_tip()
        )


def save_before_trying(parent: QWidget, name: str) -> bool:
    """Ask to save the changes first (practice replaces the window); True to save and try."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ProfileTry", "Save before trying?"),
        QCoreApplication.translate(
            "ProfileTry",
            "Practice mode opens in place of this window. Save the changes to “{name}” and "
            "try it there?",
        ).format(name=name),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return answer == QMessageBox.StandardButton.Save
