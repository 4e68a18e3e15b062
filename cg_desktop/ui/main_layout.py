"""The main window's layout: ribbon, top bar, tabs (form, history), status bar, shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.api.regions import REGION_CODES, region
from cg_desktop.ui.first_run import FirstRunPage
from cg_desktop.ui.form.field_editors import ignore_wheel_unless_focused
from cg_desktop.ui.history.actions import HistoryActions
from cg_desktop.ui.history.panel import HistoryPanel
from cg_desktop.ui.practice.ribbon import PracticeRibbon

if TYPE_CHECKING:
    from cg_desktop.ui.main_window import MainWindow


def build_window(window: MainWindow) -> None:
    """Lay out the window: ribbon, top bar, tabs with the form and history; wire them."""
    window.ribbon = PracticeRibbon()
    window.outage_button = window.ribbon.outage_button
    window.region_combo = QComboBox()
    window.region_combo.setObjectName("region")
    if window.practice is None:  # practice mode offers no real region: nothing real goes out
        for code in REGION_CODES:
            window.region_combo.addItem(region(code).label, region(code))
    window.profile_combo = QComboBox()
    window.profile_combo.setObjectName("profile")
    window.profile_combo.setMinimumWidth(220)
    window.import_button = import_button = QPushButton("&Import profile…")
    window.credentials_button = QPushButton("&Credentials…")
    window.settings_button = QPushButton("Se&ttings…")
    window.send_now_button = QPushButton("Send &now")
    window.send_now_button.setToolTip("Try the waiting sends again now")
    window.send_now_button.hide()
    window.status = QLabel()
    window.status.setObjectName("status")
    # A long status must never widen the window and push buttons off screen.
    window.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    region_label = QLabel("&Region:")
    region_label.setBuddy(window.region_combo)
    profile_label = QLabel("&Profile:")
    profile_label.setBuddy(window.profile_combo)
    bar = QHBoxLayout()
    for widget in (
        region_label,
        window.region_combo,
        profile_label,
        window.profile_combo,
        import_button,
    ):
        bar.addWidget(widget)
    bar.addStretch(1)
    bar.addWidget(window.credentials_button)
    bar.addWidget(window.settings_button)
    window.first_run = FirstRunPage()
    window.form_scroll = QScrollArea()
    window.form_scroll.setWidgetResizable(True)
    window.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes tabs → first field
    window.pages = QStackedWidget()
    window.pages.addWidget(window.first_run)
    window.pages.addWidget(window.form_scroll)
    window.history = HistoryPanel(window.store)
    window.history_actions = HistoryActions(window)
    window.tabs = QTabWidget()
    window.tabs.setObjectName("tabs")
    window.tabs.addTab(window.pages, "New record")  # Ctrl+1 (Alt+R is the region)
    window.tabs.addTab(window.history, "&History")
    central = QWidget()
    column = QVBoxLayout(central)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(window.ribbon)
    inner = QVBoxLayout()
    inner.setContentsMargins(9, 6, 9, 9)
    inner.addLayout(bar)
    inner.addWidget(window.tabs, 1)
    column.addLayout(inner, 1)
    window.setCentralWidget(central)
    # The status area: who is signed in, what waits, when it goes; Send now beside it.
    window.statusBar().addWidget(window.status, 1)
    window.statusBar().addPermanentWidget(window.send_now_button)
    window.statusBar().setSizeGripEnabled(False)
    for combo in (window.region_combo, window.profile_combo):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        ignore_wheel_unless_focused(combo)
    window.region_combo.currentIndexChanged.connect(window._region_changed)
    window.profile_combo.currentIndexChanged.connect(window._profile_changed)
    import_button.clicked.connect(window.profile_import.import_profile)
    window.first_run.import_clicked.connect(window.profile_import.import_profile)
    window.first_run.practice_clicked.connect(window.open_practice)
    window.credentials_button.clicked.connect(lambda: window.sign_in.ask())
    window.send_now_button.clicked.connect(window.sending.send_waiting)
    window.settings_button.clicked.connect(window.open_settings)
    QShortcut(QKeySequence("Ctrl+1"), window, window.show_form)
    QShortcut(QKeySequence("Ctrl+2"), window, lambda: window.tabs.setCurrentIndex(1))
