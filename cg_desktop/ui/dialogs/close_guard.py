"""Before the window closes: ask when typing would be lost or sends would wait."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def may_close(
    parent: QWidget, *, typed: bool, waiting: int, action: str = "Close cg-desktop"
) -> bool:
    """Ask before closing when typing would be lost or sends would wait for next time.

    `action` names what closes the window ("Leave practice mode"), as the question says it.
    """
    if not typed and not waiting:
        return True
    parts = []
    if typed:
        parts.append("What is typed in the form has not been sent and will be lost.")
    if waiting:
        parts.append(
            f"{waiting} record{'s are' if waiting != 1 else ' is'} still waiting to be "
            f"sent: {'they are' if waiting != 1 else 'it is'} kept, and "
            f"{'go' if waiting != 1 else 'goes'} out the next time cg-desktop is open."
        )
    answer = QMessageBox.question(
        parent,
        f"{action}?",
        " ".join(parts) + f"\n\n{action} anyway?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
