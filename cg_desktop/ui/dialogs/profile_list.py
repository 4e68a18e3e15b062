"""The profile editor's list: the library's profiles (the organisation's marked), and the
buttons that make, copy and delete them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.profiles.library import ProfileEntry
from cg_desktop.ui.words import said


class ProfileList(QWidget):
    """Lists profiles by name; `chosen` says which one a person picked (None: none)."""

    chosen = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        """Empty; `fill` lists the profiles. Created in Tab order."""
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("profile-list")
        # Long names wrap rather than hide behind a scroll bar ("… — your organisation").
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self.tr("&New…"))
        self.duplicate_button = QPushButton(self.tr("Du&plicate"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        label = QLabel(self.tr("Pr&ofiles"))
        label.setBuddy(self.list)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label)
        column.addWidget(self.list, 1)
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            button.setAutoDefault(False)
            column.addWidget(button)
        self.list.currentItemChanged.connect(self._picked)

    def fill(self, entries: list[ProfileEntry], prefer: str | None) -> str | None:
        """List these profiles, `prefer` (else the first) marked; returns the one marked.

        A file that can't be read is listed too, not choosable: nobody wonders where it went.
        """
        self.list.blockSignals(True)
        self.list.clear()
        first: QListWidgetItem | None = None
        preferred: QListWidgetItem | None = None
        for entry in entries:
            if entry.profile is None:
                item = QListWidgetItem(
                    self.tr("{file} — can't be read").format(file=entry.path.name)
                )
                item.setToolTip(said(entry.problem or ""))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                name = entry.profile.name
                item = QListWidgetItem(
                    self.tr("{name} — your organisation").format(name=name)
                    if entry.organisation
                    else name
                )
                item.setData(Qt.ItemDataRole.UserRole, name)
                first = first or item
                preferred = item if name == prefer else preferred
            self.list.addItem(item)
        marked = preferred or first
        if marked is not None:
            self.list.setCurrentItem(marked)
        self.list.blockSignals(False)
        return str(marked.data(Qt.ItemDataRole.UserRole)) if marked is not None else None

    def mark(self, name: str | None) -> None:
        """Mark a profile (None: none) without announcing it: it is shown already."""
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if name is not None and item.data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def lines(self) -> list[str]:
        """The list's lines, as shown."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        """A person picked a line."""
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)
