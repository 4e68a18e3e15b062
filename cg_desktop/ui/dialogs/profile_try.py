"""The profile editor's "Try in practice mode" button, and its question before trying."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

TRY_TIP = (
    "Send a test record to the practice sandbox, which takes this profile's fields as its "
    "mapping: see CustomerGauge's checks and the exact keys sent."
)
BLOCKED_TIP = "Fix the problems listed under the fields first."


class TryButton(QPushButton):
    """Tr&y in practice mode: on while the profile shown has no problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Tr&y in practice mode", parent)  # Alt+Y: no other control has Y
        self.setObjectName("try-in-practice")
        self.setAutoDefault(False)  # Enter in the editor saves; it never leaves the editor
        self.setToolTip(TRY_TIP)

    def allow(self, ready: bool, blocked: bool) -> None:
        """On when the draft is a profile (`ready`); `blocked`: it has problems to fix."""
        self.setEnabled(ready)
        self.setToolTip(BLOCKED_TIP if blocked else TRY_TIP)


def save_before_trying(parent: QWidget, name: str) -> bool:
    """Ask to save the changes first (practice replaces the window); True to save and try."""
    answer = QMessageBox.question(
        parent,
        "Save before trying?",
        f"Practice mode opens in place of this window. Save the changes to “{name}” and try "
        "it there?",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return answer == QMessageBox.StandardButton.Save
