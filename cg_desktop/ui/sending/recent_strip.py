"""The Recent strip beside the form: each send made since the app opened, and how it stands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.ui.words import said

if TYPE_CHECKING:  # core.recent loads the outcome types: not needed for the first paint
    from cg_desktop.core.recent import RecentSend

# Words first; the mark repeats the state for a quick glance (never colour alone).
_MARKS = {
    "Sent": "✓",
    "Already surveyed": "✓",
    "Sending…": "…",
    "Needs a fix": "!",
}


class RecentStrip(QFrame):
    """Lists recent sends, newest first, live; Fix opens a refused one in the form."""

    fix_requested = Signal(int)  # send id
    # Text typed while the list had the focus (a row was clicked to look at it): it was
    # meant for the form, where the next visitor is typed. A copy of the key event.
    typed = Signal(QKeyEvent)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recent")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(200)
        self.setMaximumWidth(280)
        title = QLabel("<b>" + self.tr("Recent") + "</b>")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Recent sends"))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setSpacing(3)  # each send stands apart from the next
        self.list.setAlternatingRowColors(True)
        self.list.installEventFilter(self)
        # Until the first send, the list says what it is for (a row nobody can select).
        self._placeholder: QListWidgetItem | None = QListWidgetItem(
            self.tr("Records you send appear here, with how each one went.")
        )
        self._placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(self._placeholder)
        self.fix_button = QPushButton(self.tr("Fix (F2)"))
        self.fix_button.setToolTip(
            self.tr("Open the selected refused record in the form to fix it")
        )
        self.fix_button.setEnabled(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(title)
        column.addWidget(self.list, 1)
        column.addWidget(self.fix_button)
        self._rows: dict[int, RecentSend] = {}
        self.list.currentItemChanged.connect(lambda *_: self._update_fix())
        self.list.itemActivated.connect(lambda item: self._fix(self._id_of(item)))
        self.fix_button.clicked.connect(lambda: self._fix(self._selected_id()))

    def show_send(self, row: RecentSend) -> None:
        """Add a send at the top, or update its row where it is."""
        if self._placeholder is not None:
            self.list.takeItem(self.list.row(self._placeholder))
            self._placeholder = None
        item = self._item(row.send_id)
        if item is None:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, row.send_id)
            self.list.insertItem(0, item)
        self._rows[row.send_id] = row
        mark = _MARKS.get(row.state.value, "↻")  # the waiting ones: to be tried again
        words = said(row.words)
        item.setText(f"{row.label}\n{mark} {words}")
        item.setToolTip(f"{row.label}: {words}")
        self._update_fix()

    def forget(self, send_id: int) -> None:
        """Take a send's row away (its refusal was put right by a newer send)."""
        item = self._item(send_id)
        if item is not None:
            self.list.takeItem(self.list.row(item))
        self._rows.pop(send_id, None)
        self._update_fix()

    def texts(self) -> list[str]:
        """What each row says, top to bottom (for tests and the accessibility walk)."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _item(self, send_id: int) -> QListWidgetItem | None:
        """The row of a send, if shown."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if self._id_of(item) == send_id:
                return item
        return None

    @staticmethod
    def _id_of(item: QListWidgetItem | None) -> int | None:
        """The send id a row stands for."""
        if item is None:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def _selected_id(self) -> int | None:
        """The selected row's send id; else the newest that needs a fix."""
        chosen = self._id_of(self.list.currentItem())
        if chosen is not None and self._fixable(chosen):
            return chosen
        return next((r.send_id for r in self._newest_first() if self._fixable(r.send_id)), None)

    def _newest_first(self) -> list[RecentSend]:
        """The rows as listed."""
        ids = [self._id_of(self.list.item(i)) for i in range(self.list.count())]
        return [self._rows[i] for i in ids if i is not None]

    def _fixable(self, send_id: int) -> bool:
        """True when this send still waits for a fix."""
        row = self._rows.get(send_id)
        return row is not None and row.fixable

    def _fix(self, send_id: int | None) -> None:
        """Ask for this send to be opened in the form."""
        if send_id is not None and self._fixable(send_id):
            self.fix_requested.emit(send_id)

    def fix_newest(self) -> bool:
        """F2: open the selected refused send, else the newest one; False when none is."""
        chosen = self._selected_id()
        self._fix(chosen)
        return chosen is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Letters typed in the list go to the form (the list's type-ahead search would eat
        a visitor's email); arrows, Tab and Enter stay the list's."""
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.text().isprintable()
            and event.text()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.typed.emit(QKeyEvent(event))
            return True
        return False

    def _update_fix(self) -> None:
        """Fix is on when some send waits for a fix."""
        self.fix_button.setEnabled(self._selected_id() is not None)
