"""The history pane: sends newest first, a filter, and the exact details of one send."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.store.details import Labels, readable_detail_lines, technical_details
from cg_desktop.core.store.sends import Send, Status, Store
from cg_desktop.ui.accessible import name, name_buddies
from cg_desktop.ui.form.banner import Banner
from cg_desktop.ui.history.model import HistoryModel
from cg_desktop.ui.words import said


class HistoryPanel(QWidget):
    """Lists past sends with a status and text filter; shows one send's details."""

    # Actions on the current send (the window carries them out, asking first where needed).
    edit_requested = Signal(object)  # Send
    retry_requested = Signal(object)  # Send
    delete_requested = Signal(object)  # Send
    export_requested = Signal()
    clear_requested = Signal()

    def __init__(
        self,
        store: Store,
        labels: Labels | None = None,
        parent: QWidget | None = None,
        *,
        show_keys: bool = False,
    ) -> None:
        """`labels`: a profile's field labels by key, to show a send as the form did;
        `show_keys` (practice mode): the details also show the exact keys sent."""
        super().__init__(parent)
        self._labels = labels or (lambda _profile: {})
        self._show_keys = show_keys
        self.banner = Banner(self)  # what the history's actions did, shown where they were
        self.model = HistoryModel(store, self)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("history-status")
        for label, statuses in self._filters():
            self.status_filter.addItem(label, statuses)
        self.search = QLineEdit()
        self.search.setObjectName("history-search")
        self.search.setPlaceholderText(self.tr("Search contact, profile or message…"))
        self.search.setClearButtonEnabled(True)
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.status_filter)
        find = QLabel(self.tr("Se&arch:"))
        find.setBuddy(self.search)
        bar = QHBoxLayout()
        bar.addWidget(show)
        bar.addWidget(self.status_filter)
        bar.addWidget(find)
        bar.addWidget(self.search, 1)
        self.table = QTableView()
        self.table.setObjectName("history-table")
        name(self.table, self.tr("Sends"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 210, 200, 120, 70)):
            self.table.setColumnWidth(column, width)
        self.details = QPlainTextEdit()
        self.details.setObjectName("history-details")
        name(self.details, self.tr("Details of the chosen send"))
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(
            self.tr("Select a send to see what was sent and how it went.")
        )
        self.technical_button = QToolButton()
        self.technical_button.setText(self.tr("Technical details"))
        self.technical_button.setCheckable(True)
        self.technical_button.setToolTip(
            self.tr("The exact request and CustomerGauge's exact answer")
        )
        self.technical = QPlainTextEdit()
        self.technical.setObjectName("history-technical")
        self.technical.setReadOnly(True)
        self.technical.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.technical.hide()
        self.technical_button.toggled.connect(self.technical.setVisible)
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 0, 0, 0)
        lower_column.addWidget(self.details, 2)
        lower_column.addWidget(self.technical_button, 0, Qt.AlignmentFlag.AlignLeft)
        lower_column.addWidget(self.technical, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.edit_button = QPushButton(self.tr("&Edit and resend…"))
        self.edit_button.setToolTip(
            self.tr("Open this record in the form, with CustomerGauge's errors")
        )
        self.retry_button = QPushButton(self.tr("Retr&y now"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.clear_button = QPushButton(self.tr("C&lear history…"))
        actions = QHBoxLayout()
        for button in (self.edit_button, self.retry_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.clear_button)
        self.edit_button.clicked.connect(lambda: self._act(self.edit_requested, self.edit_button))
        self.retry_button.clicked.connect(
            lambda: self._act(self.retry_requested, self.retry_button)
        )
        self.delete_button.clicked.connect(
            lambda: self._act(self.delete_requested, self.delete_button)
        )
        self.export_button.clicked.connect(self.export_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(lambda: self._act(self.delete_requested, self.delete_button))
        self.table.activated.connect(
            lambda _index: self._act(self.edit_requested, self.edit_button)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        self.status_filter.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        # The current row (keyboard or mouse) is the one whose details show.
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(lambda: self._show(None))
        self.model.reload()
        name_buddies(self)  # each labelled control is named after its label

    def _filters(self) -> list[tuple[str, list[Status] | None]]:
        """The status filter's choices: words, and the statuses each shows (None: all)."""
        return [
            (self.tr("All sends"), None),
            (self.tr("Waiting"), [Status.QUEUED, Status.SENDING]),
            (self.tr("Delivered"), [Status.DELIVERED]),
            (self.tr("Needs a fix"), [Status.REJECTED]),
            (self.tr("Already surveyed"), [Status.DUPLICATE]),
            (self.tr("Failed"), [Status.FAILED]),
        ]

    def show_needing_a_fix(self) -> None:
        """Only the refusals still waiting for a fix (F2 after a restart, Recent empty)."""
        for index in range(self.status_filter.count()):
            if self.status_filter.itemData(index) == [Status.REJECTED]:
                self.status_filter.setCurrentIndex(index)

    def _filter(self) -> None:
        """Apply the status choice and the search text."""
        self.model.set_filter(self.status_filter.currentData(), self.search.text())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Show the details of the send in the current row."""
        self._show(self.model.send_at(current.row()) if current.isValid() else None)

    def _show(self, send: Send | None) -> None:
        """Fill the details view and offer the actions that fit this send."""
        lines = (
            readable_detail_lines(send, self._labels(send.profile), show_keys=self._show_keys)
            if send is not None
            else []
        )
        self.details.setPlainText("\n".join(said(line) for line in lines))
        self.technical.setPlainText(technical_details(send) if send is not None else "")
        status = send.status if send is not None else None
        # A refusal put right by a delivered copy is not sent a third time.
        self.edit_button.setEnabled(send is not None and send.needs_fix)
        self.retry_button.setEnabled(status is Status.QUEUED)
        self.delete_button.setEnabled(send is not None and status is not Status.SENDING)

    def _act(self, signal: SignalInstance, button: QPushButton) -> None:
        """Ask for an action on the current send, if that action fits it (its button says)."""
        send = self.selected_send()
        if send is not None and button.isEnabled():
            signal.emit(send)

    def selected_send(self) -> Send | None:
        """The send in the current row."""
        current = self.table.currentIndex()
        return self.model.send_at(current.row()) if current.isValid() else None

    def send_changed(self, send_id: int) -> None:
        """A send was added or its status changed: update the list and open details."""
        self.model.refresh_send(send_id)
        current = self.selected_send()
        if current is not None and current.id == send_id:
            self._show(current)
