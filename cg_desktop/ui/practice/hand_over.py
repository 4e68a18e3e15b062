"""Practice mode in and out: the window that takes a desk window's place on other folders,
holding the data folder's lock for as long as it lives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cg_desktop.core.profiles.model import Profile
from cg_desktop.ui.context import AppContext, build_context

if TYPE_CHECKING:  # loaded on demand
    from cg_desktop.core.paths import AppPaths
    from cg_desktop.ui.dialogs.close_guard import Closing
    from cg_desktop.ui.practice.session import Practice

W = TypeVar("W")  # the window that takes this one's place

# Opens the window replacing this one on a context, holding a lock on a folder, then closes.
OpenWindow = Callable[[AppContext, object, Path | None], W]


class HandOver(Generic[W]):
    """Opens practice mode (from the welcome page or the profile editor) or, leaving it,
    the real desk, in a new window that replaces this one."""

    def __init__(
        self,
        context: AppContext,
        *,
        lock: Callable[[], tuple[object, Path | None]],
        ask: Callable[[Closing], bool],
        open_window: OpenWindow[W],
        parent: QWidget,
    ) -> None:
        """`lock`: the lock this window holds now, and its folder; `ask`: whether this window
        may close for the named action (asked now, not again as it closes); `open_window`:
        opens the replacement and closes this window; `parent` owns the messages."""
        self._context = context
        self._lock = lock
        self._ask = ask
        self._open_window = open_window
        self._parent = parent

    def open_practice(self, trying: Profile | None = None) -> W:
        """A practice window (its own history) replaces this one.

        `trying`: a profile from the profile editor, tried there end to end.
        """
        from cg_desktop.ui.practice.session import start_practice

        lock, locked_dir = self._lock()
        # The real desk stays locked while practising: no second app opens on its data.
        return self._hand_over(
            self._context.paths.for_practice(), lock, locked_dir, start_practice(trying)
        )

    def try_in_practice(self, profile: Profile) -> W | None:
        """The profile editor's Try in practice mode; None when the person stays here."""
        # Asked before the practice window opens, not as this one closes (too late then).
        if not self._ask("try in practice"):
            return None
        return self.open_practice(trying=profile)

    def leave_practice(self) -> W | None:
        """File → Leave practice mode: the real desk's window replaces this one.

        None when cg-desktop is already open on the real desk's data (it says so).
        """
        from cg_desktop.ui.instance_lock import already_open_words, take_lock

        real = self._context.paths.leaving_practice()
        instance_lock, locked_dir = self._lock()
        # This process may hold the real desk's lock already (practice was opened from
        # the welcome page): a second lock from the same process would fail.
        held = locked_dir == real.data_dir
        fresh = None if held else take_lock(real.data_dir)
        lock = instance_lock if held else fresh
        if lock is None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self._parent,
                QCoreApplication.translate("MainWindow", "cg-desktop is already open"),
                already_open_words(),
            )
            return None
        # Asked before the desk's window opens, not as this one closes (refused then,
        # both windows would stay open).
        if not self._ask("leave practice"):
            if fresh is not None:
                fresh.unlock()  # the desk's folder stays free for another start
            return None
        # The lock is held for as long as that window lives.
        return self._hand_over(real, lock, real.data_dir, None)

    def _hand_over(
        self, paths: AppPaths, lock: object, locked_dir: Path | None, practice: Practice | None
    ) -> W:
        """Open the window that replaces this one (on `paths`, holding `lock`)."""
        context = build_context(
            paths,
            practice=practice,
            credentials=self._context.credentials,
            before_network=self._context.before_network,
        )
        return self._open_window(context, lock, locked_dir)
