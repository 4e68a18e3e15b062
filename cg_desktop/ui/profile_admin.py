"""An administrator's profile commands: File → Profiles… (the editor) and File → Export profile…."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.core.profiles.model import Profile
from cg_desktop.ui.desk_locale import desk_country, desk_reading
from cg_desktop.ui.profile_choice import ProfileChoice

if TYPE_CHECKING:  # loaded on demand: not needed for the first paint
    from cg_desktop.ui.dialogs.profile_editor import ProfileEditor


class ProfileAdmin(QObject):
    """Opens the profile editor (one at a time) and exports the chosen profile; the
    selector shows what the editor saved."""

    def __init__(
        self,
        library: ProfileLibrary,
        choice: ProfileChoice,
        *,
        typing: Callable[[], bool],
        try_profile: Callable[[Profile], object],
        parent: QWidget,
    ) -> None:
        """`typing`: whether the open form holds anything typed (never disturbed then);
        `try_profile`: the editor's Try in practice mode; `parent` owns the dialogs."""
        super().__init__(parent)
        self._library = library
        self._choice = choice
        self._typing = typing
        self._try_profile = try_profile
        self._parent = parent
        self.editor: ProfileEditor | None = None  # File → Profiles…, while open

    def edit_profiles(self) -> ProfileEditor:
        """File → Profiles…: create and edit profiles; the selector shows the result after."""
        from cg_desktop.ui.dialogs.profile_editor import ProfileEditor

        if self.editor is not None:  # one editor at a time: the open one comes forward
            self.editor.raise_()
            self.editor.activateWindow()
            return self.editor
        current = self._choice.current_profile()
        editor = ProfileEditor(
            self._library,
            phone_region=desk_country(),
            reading=desk_reading(),
            try_profile=self._try_profile,
            parent=self._parent,
        )
        if current is not None:  # opens on the desk's profile: edits meant for it land there
            editor.reload(prefer=current.name)
        editor.finished.connect(
            lambda _code: self._profiles_edited(editor, current.name if current else None)
        )
        self.editor = editor
        editor.open()  # window-modal, without a nested event loop
        return editor

    def _profiles_edited(self, editor: ProfileEditor, shown: str | None) -> None:
        """The editor closed: list the profiles again, showing the one saved last."""
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()
        if not editor.library_changed:
            return
        if self._typing():
            # Nothing typed is lost: the open form stays until its profile is changed.
            self._choice.refresh_profile_list()
            return
        self._choice.load_profiles(prefer=editor.last_saved or shown)

    def export_profile(self) -> None:
        """File → Export profile…: the chosen profile as a file to hand to other desks."""
        from cg_desktop.ui.dialogs.profile_export import export_profile

        profile = self._choice.current_profile()
        if profile is None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self._parent,
                QCoreApplication.translate("MainWindow", "Export profile"),
                QCoreApplication.translate(
                    "MainWindow", "There is no profile to export yet: import one first."
                ),
            )
            return
        export_profile(profile, self._parent)
