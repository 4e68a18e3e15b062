"""Runs the personal-data purge at start-up and then daily, on the GUI's database connection."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from cg_desktop.core.store.retention import purge_due, purge_personal_data
from cg_desktop.core.store.sends import Store, StoreError

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000  # hourly: a laptop asleep at the daily mark catches up


class RetentionKeeper(QObject):
    """Purges personal data of old delivered sends when due (start-up, then daily)."""

    def __init__(
        self,
        store: Store,
        days: Callable[[], int],
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._days = days
        self._clock = clock
        self.last_run: float | None = None
        self.purged_total = 0
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.run_if_due)

    def start(self) -> None:
        """Check every hour, and purge now if due."""
        self._timer.start()  # first: a failing first purge must not stop the daily ones
        self.run_if_due()

    def stop(self) -> None:
        """No more purges (the window is closing)."""
        self._timer.stop()

    def run_if_due(self) -> None:
        """Purge if a day has passed since the last purge (or none ran yet).

        Every hour the WAL is also checkpointed: if a purge's own checkpoint was held off
        by a reader, the purged bytes leave the -wal file within the hour.
        """
        if purge_due(self.last_run, self._clock()):
            self.run_now()
        else:
            try:
                self._store.checkpoint()
            except (StoreError, sqlite3.Error):
                log.warning("WAL checkpoint failed; will try again")

    def run_now(self) -> int:
        """Purge now (e.g. after the retention period was shortened); returns how many."""
        now = self._clock()
        try:
            purged = purge_personal_data(self._store, self._days(), now)
        except (StoreError, sqlite3.Error):
            log.exception("personal-data purge failed; will try again")
            return 0
        self.last_run = now
        self.purged_total += purged
        if purged:
            log.info("removed the personal data of %d delivered sends", purged)
        return purged
