"""Before the window closes: ask when typing would be lost or sends would wait."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

# What closes the window, as the question names it.
Closing = Literal["close", "leave practice", "try in practice", "start kiosk"]


def _asked(action: Closing) -> tuple[str, str]:
    """The question's title and its last line, for what closes the window."""
    if action == "leave practice":
        return (
            QCoreApplication.translate("CloseGuard", "Leave practice mode?"),
            QCoreApplication.translate("CloseGuard", "Leave practice mode anyway?"),
        )
    if action == "try in practice":
        return (
            QCoreApplication.translate("CloseGuard", "Try in practice mode?"),
            QCoreApplication.translate("CloseGuard", "Try in practice mode anyway?"),
        )
    if action == "start kiosk":
        return (
            QCoreApplication.translate("CloseGuard", "Start kiosk mode?"),
            QCoreApplication.translate("CloseGuard", "Start kiosk mode anyway?"),
        )
    return (
        QCoreApplication.translate("CloseGuard", "Close cg-desktop?"),
        QCoreApplication.translate("CloseGuard", "Close cg-desktop anyway?"),
    )


def may_close(parent: QWidget, *, typed: bool, waiting: int, action: Closing = "close") -> bool:
    """Ask before closing when typing would be lost or sends would wait for next time.

    `action` says what closes the window ("leave practice"), as the question names it.
    """
    if not typed and not waiting:
        return True
    parts = []
    if typed:
        parts.append(
            QCoreApplication.translate(
                "CloseGuard", "What is typed in the form has not been sent and will be lost."
            )
        )
    if waiting == 1:
        parts.append(
            QCoreApplication.translate(
                "CloseGuard",
                "1 record is still waiting to be sent: it is kept, and goes out the next "
                "time cg-desktop is open.",
            )
        )
    elif waiting:
        parts.append(
            QCoreApplication.translate(
                "CloseGuard",
                "{count} records are still waiting to be sent: they are kept, and go out the "
                "next time cg-desktop is open.",
            ).format(count=waiting)
        )
    title, question = _asked(action)
    answer = QMessageBox.question(
        parent,
        title,
        " ".join(parts) + "\n\n" + question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
