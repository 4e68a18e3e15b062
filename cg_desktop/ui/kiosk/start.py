"""Starting kiosk mode: its profile and region, the staff PIN (set now if there is none)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from cg_desktop.core.api.regions import region
from cg_desktop.core.kiosk.pin import PinHash, hash_pin, pin_problem
from cg_desktop.core.profiles.model import Profile
from cg_desktop.ui.context import AppContext
from cg_desktop.ui.kiosk.pin_dialogs import NewPinDialog
from cg_desktop.ui.kiosk.window import KioskWindow


class KioskRefused(Exception):
    """Kiosk mode can't start; the message is a sentence for the person starting it."""


def kiosk_profile(context: AppContext, wanted: str | None) -> Profile:
    """The one profile the kiosk runs: --profile, else the last one used (practice: the demo)."""
    practice = context.practice
    profiles = practice.profiles if practice is not None else context.library.profiles()
    name = wanted or (None if practice is not None else context.settings.last_profile)
    chosen = next((p for p in profiles if p.name == name), None) if name else None
    if chosen is None and name is None and profiles:
        chosen = profiles[0]
    if chosen is None:
        raise KioskRefused(
            f"There is no profile called “{wanted or name}” on this computer."
            if (wanted or name)
            else "Kiosk mode needs a profile: import the one your administrator gave you "
            "(start cg-desktop without --kiosk, File → Import profile…), then start again."
        )
    return chosen


def kiosk_pin(context: AppContext, given: str | None) -> PinHash:
    """The staff PIN's hash: from --kiosk-pin, else the saved one, else asked for now."""
    if given is not None:
        problem = pin_problem(given)
        if problem is not None:
            raise KioskRefused(f"--kiosk-pin: {problem}")
        pin = hash_pin(given)
    else:
        saved = PinHash.from_dict(context.settings.kiosk_pin)
        if saved is not None:
            return saved
        dialog = NewPinDialog()
        if dialog.exec() != NewPinDialog.DialogCode.Accepted or dialog.pin_hash() is None:
            raise KioskRefused("Kiosk mode needs a staff PIN; none was set.")
        pin = dialog.pin_hash()  # type: ignore[assignment]
    context.settings.kiosk_pin = dict(pin.to_dict())
    context.save_settings()
    return pin


def open_kiosk(
    context: AppContext, profile_name: str | None, region_code: str | None, pin: str | None
) -> KioskWindow:
    """The kiosk window, shown full screen; raises KioskRefused with a sentence.

    The profile: `profile_name`, else the one chosen for the kiosk (File → Kiosk mode…),
    else the last used. The region: `region_code`, else the one chosen with that profile,
    else the profile's own.
    """
    settings = context.settings
    profile = kiosk_profile(context, profile_name or settings.kiosk_profile)
    chosen = settings.kiosk_region if profile.name == settings.kiosk_profile else None
    practice = context.practice
    where = (
        practice.region if practice is not None else region(region_code or chosen or profile.region)
    )
    window = KioskWindow(context, profile, where, kiosk_pin(context, pin))
    window.show_kiosk()
    return window


def refuse(reason: str, parent: QWidget | None = None) -> None:
    """Say why kiosk mode did not start."""
    QMessageBox.warning(parent, "Kiosk mode did not start", reason)
