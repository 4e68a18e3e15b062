"""The Help menu's commands: the help page (F1), About, and Check this computer…."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from cg_desktop.core.api.regions import Region
from cg_desktop.core.profiles.model import Profile
from cg_desktop.ui.context import AppContext

if TYPE_CHECKING:  # loaded on demand: not needed for the first paint
    from cg_desktop.ui.dialogs.readiness import ReadinessDialog


class HelpCommands(QObject):
    """Shows help and About, and runs the readiness check (one at a time) for this desk."""

    def __init__(
        self,
        context: AppContext,
        *,
        region: Callable[[], Region],
        profile: Callable[[], Profile | None],
        parent: QWidget,
    ) -> None:
        """`region` and `profile`: the desk's choice now; `parent` owns the dialogs."""
        super().__init__(parent)
        self._context = context
        self._region = region
        self._profile = profile
        self._parent = parent
        self.readiness: ReadinessDialog | None = None  # Check this computer…, if open

    def show_help(self) -> None:
        """F1: a page of help."""
        from cg_desktop.ui.dialogs.about import show_help  # not needed for the first paint

        show_help(self._parent)

    def show_about(self) -> None:
        """Help → About: version, licence, where data is kept."""
        # Lazily: reading the package metadata loads importlib.metadata and email (~25 ms).
        from cg_desktop.ui.dialogs.about import show_about

        show_about(self._parent, self._context.paths)

    def check_computer(self) -> None:
        """Help → Check this computer…: is this desk ready for the first visitor?"""
        from cg_desktop.ui.dialogs.readiness import ReadinessDialog, desk_of

        desk = desk_of(self._context, self._region(), self._profile())
        if self.readiness is not None:  # one check at a time: the open one comes forward
            self.readiness.raise_()
            self.readiness.activateWindow()
            return
        dialog = ReadinessDialog(desk, self._parent)
        dialog.finished.connect(lambda _code: self._readiness_closed(dialog))
        self.readiness = dialog
        dialog.show()

    def _readiness_closed(self, dialog: ReadinessDialog) -> None:
        """The check's dialog closed: it goes (its run was abandoned as it closed)."""
        if self.readiness is dialog:
            self.readiness = None
        dialog.deleteLater()

    def close_readiness(self) -> None:
        """The window closes: a check left open would stay over the next window."""
        if self.readiness is not None:
            self.readiness.reject()
