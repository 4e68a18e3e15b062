"""Importing a profile file: checked first, copied into the profiles folder, then shown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cg_desktop.core.profiles.model import Profile, ProfileError

if TYPE_CHECKING:
    from cg_desktop.ui.main_window import MainWindow


class ProfileImport(QObject):
    """Asks for a profile file, checks it and adds it to the window's profiles."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def import_profile(self) -> None:
        """Choose a profile file, check it, and copy it into the profiles folder."""
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Import profile", "", "Profiles (*.json)"
        )
        if path:
            self.import_profile_file(Path(path))

    def import_profile_file(self, path: Path) -> Profile | None:
        """Import one checked profile file; problems are shown, never raised."""
        try:
            profile = self.window.library.import_file(path)
        except ProfileError as exc:
            if "already there" not in exc.problem:
                QMessageBox.warning(
                    self.window,
                    "Profile not imported",
                    "This file can't be used as a profile. Ask your CustomerGauge "
                    f"administrator for a corrected one.\n\nDetails: {exc}",
                )
                return None
            answer = QMessageBox.question(self.window, "Replace profile?", str(exc))
            if answer != QMessageBox.StandardButton.Yes:
                return None
            profile = self.window.library.import_file(path, replace=True)
        self.window.load_profiles(prefer=profile.name)
        return profile
