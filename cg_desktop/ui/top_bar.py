"""The bar above the tabs: region and profile selectors, and the buttons beside them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from cg_desktop.core.api.regions import Region
from cg_desktop.ui.accessible import name_buddies
from cg_desktop.ui.form.field_editors import ignore_wheel_unless_focused
from cg_desktop.ui.words import said


class TopBar(QWidget):
    """Region (Alt+R), profile (Alt+P), Import profile…, Credentials…, Settings…."""

    region_changed = Signal()
    profile_changed = Signal()

    def __init__(self, regions: Sequence[Region], parent: QWidget | None = None) -> None:
        """`regions` are the ones offered (practice mode offers only its own)."""
        super().__init__(parent)
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("region")
        for offered in regions:
            self.region_combo.addItem(said(offered.label), offered)
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profile")
        self.profile_combo.setMinimumWidth(220)
        self.import_button = QPushButton(self.tr("&Import profile…"))
        self.credentials_button = QPushButton(self.tr("&Credentials…"))
        self.settings_button = QPushButton(self.tr("Se&ttings…"))
        region_label = QLabel(self.tr("&Region:"))
        region_label.setBuddy(self.region_combo)
        self.profile_label = profile_label = QLabel(self.tr("&Profile:"))
        profile_label.setBuddy(self.profile_combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (
            region_label,
            self.region_combo,
            profile_label,
            self.profile_combo,
            self.import_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.credentials_button)
        row.addWidget(self.settings_button)
        for combo in (self.region_combo, self.profile_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            ignore_wheel_unless_focused(combo)
        self.region_combo.currentIndexChanged.connect(self.region_changed)
        self.profile_combo.currentIndexChanged.connect(self.profile_changed)
        name_buddies(self)  # each labelled control is named after its label

    def current_region(self) -> Region:
        """The region chosen in the selector."""
        chosen = self.region_combo.currentData()
        assert isinstance(chosen, Region)
        return chosen

    def select_region(self, code: str | None) -> None:
        """Choose a region by code, if it is offered."""
        for index in range(self.region_combo.count()):
            offered = self.region_combo.itemData(index)
            if isinstance(offered, Region) and offered.code == code:
                self.region_combo.setCurrentIndex(index)
                return

    def show_profile_choice(self, shown: bool) -> None:
        """Hide the profile selector and Import while there is no profile (the welcome
        page offers both ways forward itself, with the same keys)."""
        for widget in (self.profile_label, self.profile_combo, self.import_button):
            widget.setVisible(shown)

    def refresh_profiles(self, names: Sequence[str], current: int) -> None:
        """Put in new names around the same chosen profile, without announcing a change."""
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItems(list(names))
        self.profile_combo.setCurrentIndex(current)
        self.profile_combo.blockSignals(False)

    def set_profiles(self, names: Sequence[str], current: int) -> None:
        """Fill the profile selector without announcing each step; then announce once."""
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItems(list(names))
        self.profile_combo.setCurrentIndex(current)
        self.profile_combo.blockSignals(False)
        self.profile_changed.emit()
