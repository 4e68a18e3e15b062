"""Before the window closes: ask when typing would be lost or sends would wait."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from cg_desktop.ui.main_window import MainWindow


def may_close(window: MainWindow) -> bool:
    """Ask before closing when typing would be lost or sends would wait for next time."""
    if window.confirm_close is False:
        return True
    typed = window.form is not None and window.form.has_typed_anything()
    waiting = window.store.waiting()
    if not typed and not waiting:
        return True
    parts = []
    if typed:
        parts.append("What is typed in the form has not been sent and will be lost.")
    if waiting:
        parts.append(
            f"{waiting} record{'s are' if waiting != 1 else ' is'} still waiting to be "
            "sent: they are kept, and go out the next time cg-desktop is open."
        )
    answer = QMessageBox.question(
        window,
        "Close cg-desktop?",
        " ".join(parts) + "\n\nClose anyway?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
