"""What screen readers get: each control's name from its label, and announcements of what
appears (an outcome, an error) so that nobody has to go looking for it.

Qt names a control after a label only when both share a parent, and names a combo box or
a line edit after its value otherwise ("Trade Show"), so names are set here explicitly.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

_MNEMONIC = re.compile(r"&(&?)")


def spoken(label: str) -> str:
    """A label's text as a name: without the Alt+letter marker, the colon, the asterisk."""
    text = _MNEMONIC.sub(lambda match: match.group(1), label).strip()
    required = text.endswith("*")
    text = text.rstrip("*").strip().rstrip(":").strip()
    if required:
        return QCoreApplication.translate("Accessible", "{label}, required").format(label=text)
    return text


def name_buddies(top: QWidget) -> None:
    """Each control a label in `top` is the buddy of takes the label's words as its name
    (unless it has a name already)."""
    for label in top.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName() and label.text().strip():
            buddy.setAccessibleName(spoken(label.text()))


def name(widget: QWidget, words: str) -> None:
    """Name a control that has no label (a list, a details box)."""
    widget.setAccessibleName(words)


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have screen readers say `text` now (an error: at once; else when they pause)."""
    if not text.strip():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
