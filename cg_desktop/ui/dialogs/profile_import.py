"""Importing a profile file: checked first, copied into the profiles folder, then shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cg_desktop.core.profiles.changes import profile_changes
from cg_desktop.core.profiles.files import load_profile
from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.core.profiles.model import Profile, ProfileError
from cg_desktop.ui.words import said


class ProfileImport(QObject):
    """Asks for a profile file, checks it and adds it to the library."""

    imported = Signal(str)  # the name of the profile now in the library

    def __init__(
        self, library: ProfileLibrary, parent: QWidget, *, data_dir: Path | None = None
    ) -> None:
        """`parent` owns the file dialog and the questions; nothing under `data_dir` (the
        live database's folder) is ever opened as a profile."""
        super().__init__(parent)
        self._library = library
        self._parent = parent
        self._data_dir = data_dir

    def import_profile(self) -> None:
        """Choose a profile file, check it, and copy it into the profiles folder."""
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import profile"),
            "",
            self.tr("Profiles (*.cgprofile *.json)"),
        )
        if path:
            self.import_profile_file(Path(path))

    def import_profile_file(self, path: Path) -> Profile | None:
        """Import one checked profile file; problems are shown, never raised."""
        if self._data_dir is not None and path.resolve().is_relative_to(self._data_dir.resolve()):
            # Opening and closing the live database (sends.db) would drop its locks.
            QMessageBox.warning(
                self._parent,
                self.tr("Profile not imported"),
                self.tr(
                    "That folder holds cg-desktop's own history, not profiles. Choose the "
                    "profile file your administrator gave you."
                ),
            )
            return None
        if not path.is_file():
            # Not a problem with the file: there is none (moved, renamed, on a drive
            # that is gone). Asking the administrator for another would not help.
            QMessageBox.warning(
                self._parent,
                self.tr("Profile not found"),
                self.tr(
                    "cg-desktop can't find “{file}” in {folder}. Was it moved, "
                    "renamed or deleted? Open it from where it is now."
                ).format(file=path.name, folder=path.parent),
            )
            return None
        try:
            profile = self._library.import_file(path)
        except ProfileError as exc:
            if "already there" not in exc.problem:
                QMessageBox.warning(
                    self._parent,
                    self.tr("Profile not imported"),
                    self.tr(
                        "This file can't be used as a profile. Ask your CustomerGauge "
                        "administrator for a corrected one.\n\nDetails: {details}"
                    ).format(details=said(exc.message)),
                )
                return None
            incoming = load_profile(path)
            kept = self._library.kept_as(incoming)
            changes = profile_changes(kept, incoming) if kept is not None else []
            if kept is not None and not changes:
                # The same profile again: nothing to ask, it is simply shown.
                self.imported.emit(kept.name)
                return kept
            answer = QMessageBox.question(
                self._parent,
                self.tr("Replace profile?"),
                replace_question(kept.name if kept else incoming.name, changes),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            profile = self._library.import_file(path, replace=True)
        self.imported.emit(profile.name)
        return profile


# More than this many changes are summed up: the question must fit on a screen.
_SHOWN_CHANGES = 12


def replace_question(name: str, changes: list[str]) -> str:
    """ "Replace profile?" with what would change, so nobody replaces a form blindly."""
    if not changes:
        return QCoreApplication.translate(
            "ProfileImport", "A profile called “{name}” is already here. Replace it with this file?"
        ).format(name=name)
    shown = [f"• {change}" for change in changes[:_SHOWN_CHANGES]]
    if len(changes) > _SHOWN_CHANGES:
        more = QCoreApplication.translate("ProfileImport", "and {count} more changes")
        shown.append(f"• {more.format(count=len(changes) - _SHOWN_CHANGES)}")
    return QCoreApplication.translate(
        "ProfileImport",
        "A profile called “{name}” is already here. This file changes it:\n\n"
        "{changes}\n\nReplace it?",
    ).format(name=name, changes="\n".join(shown))


def import_beside_open_app(library: ProfileLibrary, path: Path, data_dir: Path) -> bool:
    """A profile file opened while cg-desktop is already open: add it, and say where it is.

    This second start can't show it in the open window, but the open window lists the
    library's profiles again when it is next activated (MainWindow.refresh_profile_list).
    Returns whether the profile was added.
    """
    owner = QWidget()
    # The questions and messages appear in the middle of the screen, not in its corner
    # (the owner is never shown; dialogs centre on it, and it covers the screen).
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        owner.setGeometry(screen.availableGeometry())
    profile = ProfileImport(library, owner, data_dir=data_dir).import_profile_file(path)
    if profile is None:
        return False
    QMessageBox.information(
        owner,
        QCoreApplication.translate("ProfileImport", "Profile added"),
        QCoreApplication.translate(
            "ProfileImport",
            "cg-desktop is already open. The profile “{name}” is added to it: "
            "choose it in the Profile list of the open window.",
        ).format(name=profile.name),
    )
    return True


# What a profile file may be called (exported ones are .cgprofile; older ones .json).
PROFILE_SUFFIXES = (".cgprofile", ".json")


def dropped_profiles(data: QMimeData) -> list[Path]:
    """The local profile files in dragged or dropped data (other files and URLs ignored)."""
    if not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in PROFILE_SUFFIXES]
