"""File → Export profile…: the chosen profile as a .cgprofile file for other desks."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cg_desktop.core.profiles.files import save_profile
from cg_desktop.core.profiles.model import Profile

SUFFIX = ".cgprofile"


def suggested_name(profile: Profile) -> str:
    """A file name from the profile's name: "Spring fair desk.cgprofile"."""
    stem = re.sub(r'[\\/:*?"<>|]+', " ", profile.name).strip() or "profile"
    return f"{stem}{SUFFIX}"


def export_profile(profile: Profile, parent: QWidget) -> Path | None:
    """Ask where, write the profile (schema version included, never a secret), say so."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, "Export profile", suggested_name(profile), f"Profiles (*{SUFFIX})"
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    try:
        save_profile(profile, target)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            "Profile not exported",
            f"cg-desktop could not write {target.name} ({exc.strerror or exc}). Choose a "
            "folder you may write to, such as Documents.",
        )
        return None
    QMessageBox.information(
        parent,
        "Profile exported",
        f"“{profile.name}” is saved as {target}. Hand this file to the other desks: "
        "opening it imports the profile. It holds no password or secret.",
    )
    return target
