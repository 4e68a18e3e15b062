"""The desk window's tabs: New record (the form or the welcome page, Recent beside) and History."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QStackedWidget, QTabWidget, QWidget

from cg_desktop.ui.form.record_form import RecordForm
from cg_desktop.ui.sending.recent_strip import RecentStrip

if TYPE_CHECKING:  # built when first needed, or after the first paint
    from cg_desktop.ui.first_run import FirstRunPage
    from cg_desktop.ui.history.panel import HistoryPanel


def beside(main: QWidget, side: QWidget) -> QWidget:
    """`main` with `side` on its right (the form and its Recent strip)."""
    page = QWidget()
    row = QHBoxLayout(page)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(main, 1)
    row.addWidget(side)
    return page


class DeskTabs(QTabWidget):
    """New record (Ctrl+1): the chosen profile's form, or the welcome page when there is
    none, with the Recent strip beside; History (Ctrl+2): a placeholder until it opens."""

    import_clicked = Signal()  # the welcome page's Import a profile…
    practice_clicked = Signal()  # the welcome page's practice mode
    history_chosen = Signal()  # the History tab was chosen: it needs the workbench

    def __init__(self, parent: QWidget | None = None) -> None:
        """The form's page (empty until a profile is chosen) and the History placeholder."""
        super().__init__(parent)
        self.setObjectName("tabs")
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes tabs → first field
        self.pages = QStackedWidget()
        self.pages.addWidget(self.form_scroll)
        self.recent = RecentStrip()
        self._first_run: FirstRunPage | None = None
        self.addTab(
            beside(self.pages, self.recent), QCoreApplication.translate("MainWindow", "New record")
        )  # Ctrl+1
        self.setTabToolTip(0, QCoreApplication.translate("MainWindow", "The form (Ctrl+1)"))
        # The history panel comes after the first paint; until then, an empty page.
        self._history_placeholder = QWidget()
        self.addTab(self._history_placeholder, QCoreApplication.translate("MainWindow", "History"))
        self.currentChanged.connect(self._tab_changed)

    @property
    def first_run(self) -> FirstRunPage:
        """The welcome page shown when there is no profile (built when first needed)."""
        if self._first_run is None:
            from cg_desktop.ui.first_run import FirstRunPage

            self._first_run = FirstRunPage()
            self._first_run.import_clicked.connect(self.import_clicked)
            self._first_run.practice_clicked.connect(self.practice_clicked)
            self.pages.addWidget(self._first_run)
        return self._first_run

    def show_first_run(self) -> None:
        """No profile to show: the welcome page instead of a form."""
        self.pages.setCurrentWidget(self.first_run)

    def put_form(self, form: RecordForm) -> None:
        """Show `form` on the New record page (after the old one was retired)."""
        self.form_scroll.setWidget(form)
        self.pages.setCurrentWidget(self.form_scroll)
        # Tab goes as the eye does: the fields, Clear, Send, then the Recent strip beside.
        QWidget.setTabOrder(form.send_button, self.recent.list)
        QWidget.setTabOrder(self.recent.list, self.recent.fix_button)

    def retire_form(self) -> None:
        """Take the old form out quietly, then delete it when Qt is done with its events.

        Deleting it on the spot would move the focus out of its fields mid-deletion, and
        their focus-out handlers would run on a half-destroyed form (a crash).
        """
        old = self.form_scroll.takeWidget()
        if isinstance(old, RecordForm):
            old.retire()
            old.hide()
            old.deleteLater()

    def show_history_panel(self, history: HistoryPanel, columns: str) -> None:
        """Put the history panel where its placeholder was, keeping the tab shown;
        `columns`: the table header's saved state (base64), if any."""
        index = self.currentIndex()
        self.removeTab(1)
        self.insertTab(1, history, QCoreApplication.translate("MainWindow", "History"))
        self.setTabToolTip(
            1, QCoreApplication.translate("MainWindow", "What was sent, and how it went (Ctrl+2)")
        )
        if columns:
            history.table.horizontalHeader().restoreState(QByteArray.fromBase64(columns.encode()))
        self.setCurrentIndex(index)
        self._history_placeholder.deleteLater()

    def _tab_changed(self, index: int) -> None:
        """The history tab needs the workbench (at once, if it was chosen that early)."""
        if index == 1:
            self.history_chosen.emit()
