"""Starting kiosk mode: its profile and region, the staff PIN (set now if there is none).

Practice mode shares the real desk's settings file, so a practice kiosk reads the saved
PIN but never writes a kiosk choice (profile, region, PIN, opening at start) into it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cg_desktop.core.api.regions import Region, RegionError, region
from cg_desktop.core.kiosk.pin import PinHash, hash_pin, pin_problem
from cg_desktop.core.profiles.model import Profile
from cg_desktop.ui.context import AppContext
from cg_desktop.ui.kiosk.pin_dialogs import NewPinDialog, PinDialog, kept_lock
from cg_desktop.ui.kiosk.window import KioskWindow
from cg_desktop.ui.words import said


class KioskRefused(Exception):
    """Kiosk mode can't start; the message is a sentence for the person starting it."""


@dataclass(frozen=True)
class KioskPlan:
    """What a kiosk runs: its profile and region, the staff PIN's hash, the idle wait."""

    profile: Profile
    region: Region
    pin: PinHash
    idle_seconds: int


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
            QCoreApplication.translate(
                "KioskStart", "There is no profile called “{name}” on this computer."
            ).format(name=wanted or name)
            if (wanted or name)
            else QCoreApplication.translate(
                "KioskStart",
                "Kiosk mode needs a profile: import the one your administrator gave you "
                "(start cg-desktop without --kiosk, File → Import profile…), then start again.",
            )
        )
    return chosen


def kiosk_pin(context: AppContext, given: str | None, *, may_ask: bool = True) -> PinHash:
    """The staff PIN's hash: from --kiosk-pin, else the saved one, else asked for now (when
    `may_ask`: never at an unattended start, where a visitor would be the one asked)."""
    if given is not None:
        problem = pin_problem(given)
        if problem is not None:
            raise KioskRefused(f"--kiosk-pin: {said(problem)}")
        pin = hash_pin(given)
    else:
        saved = PinHash.from_dict(context.settings.kiosk_pin)
        if saved is not None:
            return saved
        if not may_ask:
            raise KioskRefused(
                QCoreApplication.translate("KioskStart", "No staff PIN is set for kiosk mode.")
            )
        dialog = NewPinDialog()
        if dialog.exec() != NewPinDialog.DialogCode.Accepted or dialog.pin_hash() is None:
            raise KioskRefused(
                QCoreApplication.translate(
                    "KioskStart", "Kiosk mode needs a staff PIN; none was set."
                )
            )
        pin = dialog.pin_hash()  # type: ignore[assignment]
    if context.practice is None:
        context.settings.kiosk_pin = dict(pin.to_dict())
        context.save_settings()
    return pin


def plan_kiosk(
    context: AppContext,
    *,
    profile_name: str | None = None,
    region_code: str | None = None,
    pin_text: str | None = None,
    pin: PinHash | None = None,
    idle_seconds: int | None = None,
    may_ask: bool = True,
) -> KioskPlan:
    """What the kiosk will run; raises KioskRefused with a sentence.

    The profile: `profile_name`, else the one chosen for the kiosk (File → Kiosk mode…),
    else the last used. The region: `region_code`, else the one chosen with that profile,
    else the profile's own (practice mode: the sandbox). The PIN: `pin`, else `pin_text`
    (--kiosk-pin), else the saved one, else asked for (if `may_ask`).
    """
    settings = context.settings
    practice = context.practice
    remembered = settings.kiosk_profile if practice is None else None
    profile = kiosk_profile(context, profile_name or remembered)
    chosen = settings.kiosk_region if remembered and profile.name == remembered else None
    if practice is not None:
        where = practice.region
    else:
        code = region_code or chosen or profile.region
        try:
            where = region(code)
        except RegionError:  # the demo profile's "sandbox", a hand-edited file
            raise KioskRefused(
                QCoreApplication.translate(
                    "KioskStart",
                    "The profile “{profile}” is not for a CustomerGauge region (it says "
                    "“{region}”): start with --sandbox to practise with it, or give the "
                    "region with --region eu, us or au.",
                ).format(profile=profile.name, region=code)
            ) from None
    return KioskPlan(
        profile=profile,
        region=where,
        pin=pin or kiosk_pin(context, pin_text, may_ask=may_ask),
        idle_seconds=idle_seconds or settings.kiosk_idle_seconds,
    )


def open_kiosk(context: AppContext, plan: KioskPlan) -> KioskWindow:
    """The kiosk window for `plan`, shown full screen."""
    window = KioskWindow(
        context, plan.profile, plan.region, plan.pin, idle_ms=plan.idle_seconds * 1000
    )
    window.show_kiosk()
    return window


def refuse(reason: str, parent: QWidget | None = None) -> None:
    """Say why kiosk mode did not start."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("KioskStart", "Kiosk mode did not start"), reason
    )


def desk_behind_pin(reason: str, context: AppContext) -> bool:
    """This computer should open as a kiosk but can't: say why, and open the desk's window
    (with every visitor's history) only to staff who give the PIN. False: the app closes."""
    pin = PinHash.from_dict(context.settings.kiosk_pin)
    if pin is None:
        refuse(
            QCoreApplication.translate(
                "KioskStart", "{reason} Ask the person who set up this desk."
            ).format(reason=reason)
        )
        return False
    refuse(
        QCoreApplication.translate(
            "KioskStart",
            "{reason} Staff can open cg-desktop's window with the staff PIN; "
            "without it, cg-desktop closes.",
        ).format(reason=reason)
    )
    dialog = PinDialog(kept_lock(context, pin), "cg-desktop's window")
    return dialog.exec() == PinDialog.DialogCode.Accepted
