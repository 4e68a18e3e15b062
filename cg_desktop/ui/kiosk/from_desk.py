"""File → Kiosk mode… at the desk's window: choose the kiosk's settings before it starts."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cg_desktop.core.api.regions import Region
from cg_desktop.core.profiles.model import Profile
from cg_desktop.ui.context import AppContext
from cg_desktop.ui.kiosk.settings_dialog import (
    KioskChoice,
    KioskSettingsDialog,
    apply_choice,
    kiosk_runs,
)


def choose_kiosk(
    parent: QWidget, context: AppContext, profile: Profile, region: Region
) -> KioskChoice | None:
    """Ask for the kiosk's settings (a PIN first, if there is none); None when cancelled."""
    dialog = KioskSettingsDialog(
        context.settings,
        running=kiosk_runs(profile, region),
        ok_text="&Start kiosk mode",
        parent=parent,
    )
    if dialog.exec() != KioskSettingsDialog.DialogCode.Accepted:
        return None
    return dialog.choice()


def keep_kiosk(context: AppContext, choice: KioskChoice, profile: Profile, region: Region) -> None:
    """Save the choice: the kiosk runs this profile and region now, and at each start when
    it is to open as a kiosk."""
    settings = context.settings
    apply_choice(settings, choice)
    settings.kiosk_profile = profile.name
    settings.kiosk_region = region.code
    context.save_settings()
