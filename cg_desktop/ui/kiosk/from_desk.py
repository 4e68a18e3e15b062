"""File → Kiosk mode… at the desk's window: choose the kiosk's settings before it starts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cg_desktop.core.api.regions import Region
from cg_desktop.core.profiles.model import Profile
from cg_desktop.core.settings import Settings
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.kiosk.settings_dialog import (
    KioskChoice,
    KioskSettingsDialog,
    apply_choice,
    kiosk_runs,
)


@dataclass(frozen=True)
class KioskRequest:
    """The desk asks for the kiosk: on this profile and region, with these settings."""

    profile: Profile
    region: Region
    choice: KioskChoice


def choose_kiosk(
    parent: QWidget, settings: Settings, profile: Profile, region: Region, *, practice: bool
) -> tuple[KioskChoice, bool] | None:
    """Ask for the kiosk's settings (a PIN first, if there is none): the choice, and whether
    to start now (else only save it); None when cancelled."""
    dialog = KioskSettingsDialog(
        settings,
        running=kiosk_runs(profile, region),
        ok_text=QCoreApplication.translate("KioskSettingsDialog", "&Start kiosk mode"),
        save_only=not practice,
        practice=practice,
        parent=parent,
    )
    if dialog.exec() != KioskSettingsDialog.DialogCode.Accepted:
        return None
    return dialog.choice(), not dialog.saved_only


def ask_for_kiosk(
    parent: QWidget,
    settings: Settings,
    profile: Profile | None,
    region: Region,
    *,
    practice: bool,
    save: Callable[[], None],
    editor_open: bool,
    typed: Callable[[], bool],
    tell: Callable[[Tone, str], None],
) -> KioskRequest | None:
    """File → Kiosk mode… at the desk: its settings, then (unless only saved) whether the desk
    may close. The request when the kiosk is to replace the desk, else None.

    `practice`: the desk is in practice mode; `save`: writes `settings`; `editor_open`: the
    profile editor is open; `typed`: whether the form holds anything typed; `tell`: says a
    sentence above the desk's form.
    """
    if profile is None:
        tell(
            Tone.WARNING,
            QCoreApplication.translate(
                "MainWindow", "Kiosk mode needs a profile: choose one (or File → Import profile…)."
            ),
        )
        return None
    if editor_open:  # its unsaved edits can't be asked about later
        tell(
            Tone.WARNING,
            QCoreApplication.translate(
                "MainWindow",
                "Close the profile editor first, then choose File → Kiosk mode… again.",
            ),
        )
        return None
    from cg_desktop.ui.dialogs.close_guard import may_close

    chosen = choose_kiosk(parent, settings, profile, region, practice=practice)
    if chosen is None:
        return None
    choice, start = chosen
    request = KioskRequest(profile, region, choice)
    if not start:
        keep_kiosk(settings, request)
        save()
        tell(
            Tone.INFO, QCoreApplication.translate("MainWindow", "Kiosk mode's settings are saved.")
        )
        return None
    # What waits is sent by the kiosk (the same outbox): only typing would be lost.
    if not may_close(parent, typed=typed(), waiting=0, action="start kiosk"):
        return None  # nothing saved: as if never asked
    return request


@dataclass(frozen=True)
class KioskSettingsKept:
    """The kiosk's saved settings as they were, to put back if the kiosk can't start."""

    pin: dict[str, object] | None
    idle_seconds: int
    at_start: bool
    profile: str | None
    region: str | None


def kiosk_settings(settings: Settings) -> KioskSettingsKept:
    """The kiosk's settings now."""
    return KioskSettingsKept(
        settings.kiosk_pin,
        settings.kiosk_idle_seconds,
        settings.kiosk_at_start,
        settings.kiosk_profile,
        settings.kiosk_region,
    )


def put_back(settings: Settings, kept: KioskSettingsKept) -> None:
    """The kiosk's settings as they were (the caller saves them)."""
    settings.kiosk_pin, settings.kiosk_idle_seconds = kept.pin, kept.idle_seconds
    settings.kiosk_at_start = kept.at_start
    settings.kiosk_profile, settings.kiosk_region = kept.profile, kept.region


def keep_kiosk(settings: Settings, request: KioskRequest) -> None:
    """The choice into the settings (the caller saves them): the kiosk runs this profile and
    region now, and at each start when it is to open as a kiosk."""
    apply_choice(settings, request.choice)
    settings.kiosk_profile = request.profile.name
    settings.kiosk_region = request.region.code
