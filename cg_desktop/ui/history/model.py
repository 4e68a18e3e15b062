"""The history table's model: sends newest first, fetched from the store a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cg_desktop.core.store.sends import Send, Status, Store
from cg_desktop.ui.locale_text import shown_time
from cg_desktop.ui.words import said

PAGE = 200
COLUMN_COUNT = 6  # Time, Profile, Contact, Status, Attempts, Message (headerData)

Index = QModelIndex | QPersistentModelIndex


def format_time(stamp: float) -> str:
    """A local time a person reads at a glance, as their language writes it."""
    return shown_time(stamp)


class HistoryModel(QAbstractTableModel):
    """Shows the store's sends lazily (canFetchMore/fetchMore), so 100,000 rows open at once."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[Send] = []
        self._exhausted = False
        self._statuses: list[Status] | None = None
        self._text = ""

    # -- filtering and refreshing ----------------------------------------------------------

    def set_filter(self, statuses: list[Status] | None, text: str) -> None:
        """Show only sends in `statuses` (None: all) whose text contains `text`."""
        self._statuses = statuses
        self._text = text
        self.reload()

    def reload(self) -> None:
        """Forget the loaded rows and start again from the newest."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def refresh_send(self, send_id: int) -> None:
        """One send changed or was added: update its row in place, or show it on top."""
        send = self._store.get(send_id)
        for row, known in enumerate(self._rows):
            if known.id == send_id:
                if send is None or not self._matches(send):
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self._rows[row]
                    self.endRemoveRows()
                else:
                    self._rows[row] = send
                    self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
                return
        newest = self._rows[0].id if self._rows else 0
        if send is not None and send.id > newest and self._matches(send):
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, send)
            self.endInsertRows()

    def _matches(self, send: Send) -> bool:
        """Whether a send passes the current filter (same rule as the store's query)."""
        return self._store.matches(send.id, self._statuses, self._text)

    def send_at(self, row: int) -> Send | None:
        """The send shown in a row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far (more come through fetchMore)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The fixed columns."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def canFetchMore(self, parent: Index) -> bool:
        """True while older sends remain in the store."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        """Load the next page of older sends."""
        if parent.isValid() or self._exhausted:
            return
        before = self._rows[-1].id if self._rows else None
        page = self._store.page(
            before_id=before, limit=PAGE, statuses=self._statuses, text=self._text
        )
        if len(page) < PAGE:
            self._exhausted = True
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Time"),
                self.tr("Profile"),
                self.tr("Contact"),
                self.tr("Status"),
                self.tr("Attempts"),
                self.tr("Message"),
            )
            return titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The text of one cell; the full message as its tooltip."""
        if not index.isValid():
            return None
        send = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(send, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return send.message
        if role == Qt.ItemDataRole.UserRole:
            return send.id
        return None

    @staticmethod
    def _cell(send: Send, column: int) -> str:
        """The display text of one column of a send."""
        if column == 0:
            return format_time(send.created_at)
        if column == 1:
            return send.profile
        if column == 2:
            return send.contact
        if column == 3:
            return said(send.status_words)
        if column == 4:
            return str(send.attempts)
        return send.message
