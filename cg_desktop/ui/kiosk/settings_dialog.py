"""Kiosk settings: the idle time, opening as a kiosk at start, the staff PIN.

The same dialog serves the administrator at the desk's window (File → Kiosk mode…, whose
OK starts the kiosk) and staff in the kiosk's staff panel (behind the PIN, OK saves).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cg_desktop.core.api.regions import Region
from cg_desktop.core.kiosk.pin import PinHash
from cg_desktop.core.profiles.model import Profile
from cg_desktop.core.settings import KIOSK_IDLE_SECONDS_RANGE, Settings
from cg_desktop.ui.accessible import name_buddies
from cg_desktop.ui.kiosk.pin_dialogs import NewPinDialog
from cg_desktop.ui.words import said


@dataclass(frozen=True)
class KioskChoice:
    """What the dialog was left with: applied to the settings by apply_choice()."""

    idle_seconds: int
    at_start: bool
    pin: PinHash | None  # a new PIN's hash; None keeps the one there is


class KioskSettingsDialog(QDialog):
    """The kiosk's settings; `choice()` once accepted."""

    def __init__(
        self,
        settings: Settings,
        *,
        running: str,
        ok_text: str,
        save_only: bool = False,
        practice: bool = False,
        has_pin: bool | None = None,
        idle_seconds: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`running` says which profile and region the kiosk runs; `ok_text` names what OK
        does ("Start kiosk mode" at the desk, "Save" in the staff panel); `save_only` adds
        a Save button beside it (the desk: settings kept, no kiosk yet); in `practice`
        nothing is kept for the real desk, so it can't be made to open as a kiosk.
        `has_pin` and `idle_seconds`: a running kiosk's own (else the settings')."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kiosk mode"))
        self._has_pin = settings.kiosk_pin is not None if has_pin is None else has_pin
        self._new_pin: PinHash | None = None
        self.saved_only = False
        intro = QLabel(
            self.tr(
                "Kiosk mode makes this computer a self-service desk: full screen, the form "
                "only, one visitor at a time, the form cleared after each. Staff leave it, or "
                "open the staff panel (Ctrl+Alt+S), with the PIN."
            )
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(460)
        self.running = QLabel(running)
        self.running.setObjectName("kiosk-runs")
        self.running.setWordWrap(True)
        self.idle = QSpinBox()
        self.idle.setObjectName("kiosk-idle-seconds")
        self.idle.setRange(*KIOSK_IDLE_SECONDS_RANGE)
        self.idle.setSingleStep(15)
        self.idle.setValue(idle_seconds or settings.kiosk_idle_seconds)
        self.idle.setSuffix(self.tr(" seconds"))
        self.at_start = QCheckBox(self.tr("&Open in kiosk mode whenever cg-desktop starts"))
        self.at_start.setObjectName("kiosk-at-start")
        self.at_start.setChecked(settings.kiosk_at_start and not practice)
        self.at_start.setVisible(not practice)
        self.pin_state = QLabel()
        self.pin_state.setObjectName("kiosk-pin-state")
        self.pin_button = QPushButton()
        self.pin_button.setObjectName("kiosk-set-pin")
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_state, 1)
        pin_row.addWidget(self.pin_button)
        form = QFormLayout()
        form.addRow(self.tr("Runs:"), self.running)
        idle_label = QLabel(self.tr("&Clear an untouched form after"))
        idle_label.setBuddy(self.idle)
        form.addRow(idle_label, self.idle)
        form.addRow("", self.at_start)
        if practice:
            note = QLabel(self.tr("Practice mode: these settings last until you leave this kiosk."))
            note.setWordWrap(True)
            form.addRow("", note)
        form.addRow(self.tr("Staff PIN:"), pin_row)
        # Made in the order they stand, so that Tab goes through them as the eye does.
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        if save_only:
            save = self.buttons.addButton(self.tr("Sa&ve"), QDialogButtonBox.ButtonRole.ApplyRole)
            save.setObjectName("kiosk-save-only")
            save.clicked.connect(self._save_only)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # no text cut off
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.pin_button.clicked.connect(self.set_pin)
        self._show_pin()
        name_buddies(self)  # each labelled control is named after its label

    def _show_pin(self) -> None:
        """Whether a PIN is set (OK asks for one first: a kiosk without one can't be left)."""
        if self._new_pin is not None:
            self.pin_state.setText(self.tr("New PIN chosen (saved with the rest)."))
        elif self._has_pin:
            self.pin_state.setText(self.tr("Set."))
        else:
            self.pin_state.setText(self.tr("Not set yet: kiosk mode needs one."))
        self.pin_button.setText(
            self.tr("Change &PIN…")
            if self._has_pin or self._new_pin is not None
            else self.tr("Set &PIN…")
        )

    def set_pin(self) -> None:
        """Ask for a new PIN, twice (kept as a hash until the dialog is accepted)."""
        dialog = NewPinDialog(self)
        if dialog.exec() == NewPinDialog.DialogCode.Accepted and dialog.pin_hash() is not None:
            self._new_pin = dialog.pin_hash()
        self._show_pin()

    def accept(self) -> None:
        """OK: with a PIN only (asked for now if there is none; cancelled, the dialog stays)."""
        if not self._has_pin and self._new_pin is None:
            self.set_pin()
            if self._new_pin is None:
                return
        super().accept()

    def _save_only(self) -> None:
        """Save: the settings are kept, and the kiosk does not start now."""
        self.saved_only = True
        self.accept()
        if self.result() != KioskSettingsDialog.DialogCode.Accepted:
            self.saved_only = False  # no PIN was set: nothing is saved, the dialog stays

    def choice(self) -> KioskChoice:
        """What was chosen."""
        return KioskChoice(
            idle_seconds=int(self.idle.value()),
            at_start=self.at_start.isChecked(),
            pin=self._new_pin,
        )


def kiosk_runs(profile: Profile, region: Region) -> str:
    """The line saying what a kiosk runs: "the profile “Spring fair”, sending to Europe"."""
    return QCoreApplication.translate(
        "KioskSettingsDialog", "the profile “{profile}”, sending to {region}"
    ).format(profile=profile.name, region=said(region.label))


def apply_choice(settings: Settings, choice: KioskChoice) -> None:
    """Put the dialog's choice into the settings (the caller saves them)."""
    settings.kiosk_idle_seconds = choice.idle_seconds
    settings.kiosk_at_start = choice.at_start
    if choice.pin is not None:
        settings.kiosk_pin = dict(choice.pin.to_dict())
