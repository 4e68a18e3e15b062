"""File → Export profile…: the chosen profile as a .cgprofile file for other desks."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cg_desktop.core.profiles.files import save_profile
from cg_desktop.core.profiles.model import Profile, ProfileError
from cg_desktop.ui.words import said

SUFFIX = ".cgprofile"


def suggested_name(profile: Profile) -> str:
    """A file name from the profile's name: "Spring fair desk.cgprofile"."""
    stem = re.sub(r'[\\/:*?"<>|]+', " ", profile.name).strip() or "profile"
    return f"{stem}{SUFFIX}"


def ask_where(parent: QWidget, name: str) -> Path | None:
    """The file to write, chosen in a save dialog that adds .cgprofile itself, so its
    "replace the existing file?" question is about the file really written."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("ProfileExport", "Export profile"),
        "",
        QCoreApplication.translate("ProfileExport", "Profiles (*.cgprofile)"),
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(SUFFIX.lstrip("."))
    dialog.selectFile(name)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def export_profile(profile: Profile, parent: QWidget) -> Path | None:
    """Ask where, write the profile (schema version included, never a secret), say so."""
    target = ask_where(parent, suggested_name(profile))
    if target is None:
        return None
    try:
        save_profile(profile, target)
    except ProfileError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ProfileExport", "Profile not exported"),
            QCoreApplication.translate(
                "ProfileExport",
                "cg-desktop could not write {file}: {problem} Choose a folder you "
                "may write to, such as Documents.",
            ).format(file=target.name, problem=said(exc.problem)),
        )
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("ProfileExport", "Profile exported"),
        QCoreApplication.translate(
            "ProfileExport",
            "“{name}” is saved as {file}. Hand this file to the other desks: "
            "opening it imports the profile. It holds no password or secret.",
        ).format(name=profile.name, file=target),
    )
    return target
