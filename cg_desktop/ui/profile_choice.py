"""The profile selector's list: which profiles it offers, which one is chosen, and the ones
imported (File → Import profile…, or files dropped on the window) or added meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject
from PySide6.QtWidgets import QWidget

from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.core.profiles.model import Profile
from cg_desktop.ui.top_bar import TopBar

if TYPE_CHECKING:  # loaded on demand: not needed for the first paint
    from cg_desktop.ui.dialogs.profile_import import ProfileImport
    from cg_desktop.ui.practice.session import Practice


class ProfileChoice(QObject):
    """The profiles behind the top bar's selector: loaded, refreshed, chosen and imported."""

    def __init__(
        self,
        bar: TopBar,
        library: ProfileLibrary,
        practice: Practice | None,
        *,
        typing: Callable[[], bool],
        data_dir: Path,
        parent: QWidget,
    ) -> None:
        """`typing`: whether the open form holds anything typed (it is never disturbed then);
        `parent` owns the import's dialogs; nothing under `data_dir` is imported."""
        super().__init__(parent)
        self._bar = bar
        self._library = library
        self._practice = practice
        self._typing = typing
        self._data_dir = data_dir
        self._parent = parent
        self._profiles: list[Profile] = []
        self._import: ProfileImport | None = None

    def current_profile(self) -> Profile | None:
        """The profile chosen in the selector."""
        index = self._bar.profile_combo.currentIndex()
        return self._profiles[index] if 0 <= index < len(self._profiles) else None

    def load_profiles(self, prefer: str | None = None) -> None:
        """Fill the profile selector from the library (the practice profiles in practice)."""
        if self._practice is not None:
            self._profiles = list(self._practice.profiles)
        else:
            self._profiles = self._library.profiles()
        names = [p.name for p in self._profiles]
        self._bar.set_profiles(
            self._shown_names(self._profiles), names.index(prefer) if prefer in names else 0
        )

    def _shown_names(self, profiles: list[Profile]) -> list[str]:
        """The selector's words: a profile IT provides says so (it can't be replaced here)."""
        if self._practice is not None:
            return [p.name for p in profiles]
        provided = self._library.organisation_names()
        return [
            QCoreApplication.translate("MainWindow", "{name} — your organisation").format(
                name=p.name
            )
            if p.name in provided
            else p.name
            for p in profiles
        ]

    def refresh_profile_list(self) -> None:
        """Pick up profiles added to the folder meanwhile, never disturbing the open form.

        A profile file double-clicked while cg-desktop is open is imported by the second
        start (app.py), or IT drops one in the folder: it appears here when the window is
        next activated. The chosen profile and its form stay as they are.
        """
        if self._practice is not None:
            return
        profiles = self._library.profiles()
        current = self.current_profile()
        if current is None:
            if profiles:
                self.load_profiles()
            return
        typing = self._typing()
        fresh = next((p for p in profiles if p.name == current.name), None)
        if fresh is not None and fresh != current and not typing:
            # The chosen profile was replaced (imported again): its new form, since
            # nothing typed would be lost.
            self._profiles = profiles
            self._bar.set_profiles(self._shown_names(profiles), profiles.index(fresh))
            return
        if fresh != current:
            # Gone from the folder, or replaced while someone types: the open form keeps
            # its profile until it is changed (the next activation after that updates it).
            profiles = sorted(
                [p for p in profiles if p.name != current.name] + [current], key=lambda p: p.name
            )
        if profiles == self._profiles:
            return
        self._profiles = profiles
        self._bar.refresh_profiles(self._shown_names(profiles), profiles.index(current))

    def choose_profile(self, name: str) -> bool:
        """Show the form of the profile with this name; False if there is none."""
        names = [p.name for p in self._profiles]
        if name not in names:
            return False
        self._bar.profile_combo.setCurrentIndex(names.index(name))
        return True

    @property
    def profile_import(self) -> ProfileImport:
        """Importing a profile file (its dialog module loads when first needed)."""
        if self._import is None:
            from cg_desktop.ui.dialogs.profile_import import ProfileImport

            self._import = ProfileImport(self._library, self._parent, data_dir=self._data_dir)
            self._import.imported.connect(lambda name: self.load_profiles(prefer=name))
        return self._import

    def import_profile(self) -> None:
        """Import profile…: choose a file, check it, show its form."""
        self.profile_import.import_profile()

    def dropped_files(self, data: QMimeData) -> list[Path]:
        """The profile files in dragged or dropped data (none in practice mode)."""
        from cg_desktop.ui.dialogs.profile_import import dropped_profiles

        return dropped_profiles(data) if self._practice is None else []

    def import_files(self, files: list[Path]) -> None:
        """Import profile files dropped on the window, as File → Import would."""
        for path in files:
            self.profile_import.import_profile_file(path)
