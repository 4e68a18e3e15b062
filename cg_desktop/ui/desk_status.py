"""What the desk window's status line says: who is signed in here, what waits, when it goes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from cg_desktop.core.api.regions import Region
from cg_desktop.core.profiles.model import Profile
from cg_desktop.core.settings import Settings
from cg_desktop.ui.sending.reports import QueueState
from cg_desktop.ui.status_area import StatusArea

if TYPE_CHECKING:  # the store opens after the first paint; practice mode loads on demand
    from cg_desktop.core.store.sends import Store
    from cg_desktop.ui.practice.session import Practice


class DeskStatus(QObject):
    """Keeps the status area up to date from the desk's choice, the store and the sender."""

    def __init__(
        self,
        area: StatusArea,
        settings: Settings,
        practice: Practice | None,
        *,
        region: Callable[[], Region | None],
        profile: Callable[[], Profile | None],
        store: Callable[[], Store | None],
        parent: QObject,
    ) -> None:
        """`region` and `profile`: the desk's choice now (no region: none offered yet);
        `store`: the open store, None before it opens or once the window has closed."""
        super().__init__(parent)
        self._area = area
        self._settings = settings
        self._practice = practice
        self._region = region
        self._profile = profile
        self._store = store
        self._queue = QueueState(waiting=0, next_attempt_at=None)

    def queue_changed(self, queue: QueueState) -> None:
        """The sender's view of the outbox changed: waiting, next try, paused."""
        self._queue = queue
        self.update()

    def update(self) -> None:
        """The status area: who is signed in here, what is waiting, and when it goes."""
        from cg_desktop.core.lanes import lane_for
        from cg_desktop.ui.sending.status_text import who_words

        current = self._region()
        if current is None:
            who = QCoreApplication.translate("MainWindow", "Not signed in")
        else:
            lane = lane_for(self._profile(), current.code)
            practice = self._practice
            who = who_words(
                lane,
                self._settings,
                (practice.credentials, practice.hooks) if practice is not None else None,
            )
        queue, to_fix = self._queue, 0
        store = self._store()
        if store is not None:
            # The counts come from the database itself, so they're right even before the
            # sender has reported; the sender adds what only it knows (next try, pause).
            queue = dataclasses.replace(queue, waiting=store.waiting())
            to_fix = store.needing_a_fix()
        self._area.show_state(who, queue, to_fix)
