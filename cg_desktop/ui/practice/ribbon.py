"""The yellow practice-mode ribbon, with the button that simulates a Wi-Fi outage."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from cg_desktop.ui.practice.session import Practice, ribbon_words


class PracticeRibbon(QWidget):
    """Says nothing goes to CustomerGauge, and lets a trainee practise an outage."""

    # The simulated outage is over: the waiting sends may go at once, as when a real
    # network comes back (the system says so; here nothing else would tell the sender).
    outage_ended = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practice-ribbon-bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#practice-ribbon-bar {background:#fbbc04;}")
        self.label = QLabel(ribbon_words())
        self.label.setObjectName("practice-ribbon")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color:#202124; font-weight:bold; padding:4px;")
        self.outage_button = QPushButton(self.tr("Simulate a Wi-Fi &outage"))
        # Alt+O must not take the cursor out of the form: the next keys would be lost
        # (and Space would end the outage).
        self.outage_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.outage_button.setCheckable(True)
        self.outage_button.setToolTip(
            self.tr(
                "Practice: CustomerGauge stops answering until you press this again. Sends "
                "wait and go out by themselves when the connection is back."
            )
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.outage_button)
        self._practice: Practice | None = None
        self.outage_button.toggled.connect(self._simulate_outage)
        self.hide()

    def attach(self, practice: Practice) -> None:
        """Show the ribbon for this practice session."""
        self._practice = practice
        self.label.setText(practice.ribbon)
        self.show()

    def _simulate_outage(self, offline: bool) -> None:
        """Take the sandbox off the air, or bring it back."""
        if self._practice is None:
            return
        if not self._practice.simulate_outage(offline):
            self.outage_button.blockSignals(True)
            self.outage_button.setChecked(True)  # still down
            self.outage_button.blockSignals(False)
            self.label.setText(
                self.tr("{ribbon} · the practice server could not restart: try again").format(
                    ribbon=self._practice.ribbon
                )
            )
            return
        if offline:
            self.outage_button.setText(self.tr("End the Wi-Fi &outage"))
            self.label.setText(
                self.tr("{ribbon} · Wi-Fi outage (simulated)").format(ribbon=self._practice.ribbon)
            )
        else:
            self.outage_button.setText(self.tr("Simulate a Wi-Fi &outage"))
            self.label.setText(self._practice.ribbon)
            self.outage_ended.emit()
