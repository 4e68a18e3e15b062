"""The sends: outbox and history in one SQLite table, on disk before the first attempt.

One `Store` is one connection, used by the thread that opened it (sqlite3 checks);
a second thread opens its own `Store` on the same file. WAL lets the two read and
write side by side; `BEGIN IMMEDIATE` makes claiming a send atomic between them.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from cg_desktop.core.private_files import create_private, make_private, private_dir
from cg_desktop.core.store.errors import (
    CORRUPT_CODES,
    DamagedStoreError,
    StoreError,
    primary_code,
    write_error,
)
from cg_desktop.core.store.schema import (
    COLUMNS,
    NEEDING_A_FIX_SQL,
    PURGEABLE_SQL,
    SCHEMA,
    SCHEMA_VERSION,
    SETTLED,
    UPGRADES,
    Send,
    Status,
    history_filter,
    row_to_send,
)

__all__ = [
    "SCHEMA_VERSION",
    "SETTLED",
    "DamagedStoreError",
    "Send",
    "Status",
    "Store",
    "StoreError",
    "write_error",
]

# How long a statement waits for the other connection's lock; a checkpoint waits less,
# as it waits for reads to end and runs on the window's thread (Delete, Clear history).
_BUSY_WAIT_MS = 10_000
_CHECKPOINT_WAIT_MS = 1_000


class Store:
    """One connection to the sends database; open one per thread."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self._clock = clock
        private_dir(self.path.parent)
        # Personal data: the file is the owner's alone before SQLite writes a byte, and
        # SQLite gives its -wal and -shm files the database file's permissions.
        create_private(self.path)
        make_private(self.path.with_name(self.path.name + "-wal"))
        make_private(self.path.with_name(self.path.name + "-shm"))
        # Autocommit mode: every transaction below is explicit, so none is left open.
        self._db = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
        try:
            self._db.execute(f"PRAGMA busy_timeout = {_BUSY_WAIT_MS}")
            # FULL: a record acknowledged as saved survives a power cut (NORMAL may not).
            self._db.execute("PRAGMA synchronous = FULL")
            # Deleted and overwritten personal data is zeroed, not left in free space.
            self._db.execute("PRAGMA secure_delete = ON")
            self._migrate()
        except BaseException as exc:
            self._db.close()  # a refused file must not leave a connection open
            if not isinstance(exc, sqlite3.DatabaseError):
                raise
            damaged = primary_code(exc) in CORRUPT_CODES
            error = DamagedStoreError if damaged else StoreError
            raise error(f"The history database {self.path} can't be used: {exc}.") from None

    def _migrate(self) -> None:
        """Create the schema, or upgrade an older one, to SCHEMA_VERSION."""
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"The history database {self.path} was made by a newer cg-desktop; "
                "update cg-desktop to open it."
            )
        # Only now, as the file is ours to change (a newer version's is left as it is).
        self._db.execute("PRAGMA journal_mode = WAL")
        if version == SCHEMA_VERSION:
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the lock: another thread may have created it meanwhile.
            version = found = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                version = 1
            while version < SCHEMA_VERSION:
                for statement in UPGRADES[version]:
                    self._db.execute(statement)
                version += 1
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        if found == 1:
            # Version 1 ran without secure_delete: old copies of records may sit in free
            # space. Rebuilding the file once leaves none for the purge to miss; with no
            # room to rebuild (it needs a copy's worth), starting matters more.
            with contextlib.suppress(sqlite3.OperationalError):
                self._db.execute("VACUUM")
                self.checkpoint()

    def close(self) -> None:
        """Close this connection."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def enqueue(
        self,
        *,
        profile: str,
        region: str,
        configuration: str,
        record: Mapping[str, str],
        contact: str = "",
        options: Mapping[str, str] | None = None,
        lane: str | None = None,
    ) -> int:
        """Save a record as queued; it is committed to disk when this returns.

        `lane` is how it goes out (core/lanes.py); by default its region's Records API.

        Raises StoreError with a sentence for the person (disk full, read-only, busy); the
        insert is one statement, so a failure leaves nothing half-written.
        """
        try:
            cursor = self._db.execute(
                "INSERT INTO sends (created_at, profile, region, configuration, options, record, "
                "contact, lane, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued')",
                (
                    self._clock(),
                    profile,
                    region,
                    configuration,
                    json.dumps(dict(options or {}), ensure_ascii=False),
                    json.dumps(dict(record), ensure_ascii=False),
                    contact,
                    region if lane is None else lane,
                ),
            )
        except sqlite3.Error as exc:
            raise write_error(exc, self.path) from exc
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def claim_next(
        self, now: float | None = None, *, lanes: Iterable[str] | None = None
    ) -> Send | None:
        """Take the oldest queued send that is due: mark it sending and count the attempt.

        `lanes` limits it to sends whose lane can be sent by now (signed in, not paused).
        """
        due = self._clock() if now is None else now
        in_lanes, chosen = _in_lanes(lanes)
        if in_lanes is None:
            return None
        where = "status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
        return self._claim(f"{where}{in_lanes} ORDER BY id LIMIT 1", (due, *chosen))

    def due_now(self, lanes: Iterable[str]) -> None:
        """Make every queued send of these lanes due at once (network back, Send now)."""
        in_lanes, chosen = _in_lanes(lanes)
        if in_lanes:
            self._db.execute(
                f"UPDATE sends SET next_attempt_at = NULL WHERE status = 'queued'{in_lanes}",
                chosen,
            )

    def claim(self, send_id: int) -> Send | None:
        """Take one queued send now, due or not (Send now); None if it isn't queued."""
        return self._claim("status = 'queued' AND id = ?", (send_id,))

    def _claim(self, where: str, params: tuple[object, ...]) -> Send | None:
        """Atomically move one queued send to sending, so two threads never both take it."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            row = self._db.execute(f"SELECT id FROM sends WHERE {where}", params).fetchone()
            if row is None:
                self._db.execute("COMMIT")
                return None
            self._db.execute(
                "UPDATE sends SET status = 'sending', attempts = attempts + 1 WHERE id = ?",
                (row[0],),
            )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        return self.get(row[0])

    def mark(
        self,
        send_id: int,
        status: Status,
        *,
        message: str = "",
        http_status: int | None = None,
        server_answer: str = "",
        cg_id: str | None = None,
        next_attempt_at: float | None = None,
        result_unknown: bool = False,
    ) -> None:
        """Record what became of an attempt. `result_unknown` is sticky once set."""
        now = self._clock()
        delivered_at = now if status is Status.DELIVERED else None
        # Retention counts from here; a send back in the queue is not settled any more.
        settled_at = now if status in SETTLED else None
        self._db.execute(
            "UPDATE sends SET status = ?, message = ?, http_status = ?, server_answer = ?, "
            "cg_id = COALESCE(?, cg_id), next_attempt_at = ?, "
            "result_unknown = MAX(result_unknown, ?), delivered_at = COALESCE(?, delivered_at), "
            "settled_at = ? WHERE id = ?",
            (
                status.value,
                message,
                http_status,
                server_answer,
                cg_id,
                next_attempt_at,
                int(result_unknown),
                delivered_at,
                settled_at,
                send_id,
            ),
        )

    def requeue_interrupted(self) -> int:
        """Put sends left `sending` by a crash back in the queue; returns how many."""
        cursor = self._db.execute(
            "UPDATE sends SET status = 'queued', next_attempt_at = NULL, result_unknown = 1 "
            "WHERE status = 'sending'"
        )
        return cursor.rowcount

    def delete(self, send_id: int) -> bool:
        """Remove one send from the history, its bytes too (secure_delete, checkpoint).

        Never one that is being sent right now (it could be delivered all the same):
        returns False then, True when it was deleted (or was already gone).
        """
        cursor = self._db.execute(
            "DELETE FROM sends WHERE id = ? AND status != 'sending'", (send_id,)
        )
        self.checkpoint()
        return cursor.rowcount == 1 or self.get(send_id) is None

    def clear_history(self) -> int:
        """Delete every finished send (delivered, already surveyed, or a refusal fixed since);
        returns how many."""
        # Refused and failed sends are visitors not surveyed yet: they stay until fixed
        # or deleted one by one.
        count = self._db.execute(
            "DELETE FROM sends WHERE status IN ('delivered', 'duplicate') OR fixed_by IS NOT NULL"
        ).rowcount
        self.checkpoint()
        return count

    def remove_personal_data(self, masked: Mapping[int, tuple[str, str]], now: float) -> int:
        """Empty the record and server answer of these sends and set (contact, message).

        For retention (core/retention.py): all in one transaction, skipping sends that are
        no longer delivered or duplicate or were purged meanwhile; returns how many changed.
        """
        changed = 0
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for send_id, (contact, message) in masked.items():
                changed += self._db.execute(
                    "UPDATE sends SET record = '{}', server_answer = '', contact = ?, "
                    f"message = ?, purged_at = ? WHERE id = ? AND {PURGEABLE_SQL}",
                    (contact, message, now, send_id),
                ).rowcount
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        return changed

    def checkpoint(self) -> bool:
        """Copy the WAL into the database and empty it, so removed bytes leave the -wal too.

        False when another connection's read kept part of it (the next checkpoint finishes).
        """
        self._db.execute(f"PRAGMA busy_timeout = {_CHECKPOINT_WAIT_MS}")
        try:
            busy, _, _ = self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            self._db.execute(f"PRAGMA busy_timeout = {_BUSY_WAIT_MS}")
        return not busy

    # -- reading -------------------------------------------------------------------------

    def get(self, send_id: int) -> Send | None:
        """One send by id."""
        row = self._db.execute(f"SELECT {COLUMNS} FROM sends WHERE id = ?", (send_id,)).fetchone()
        return None if row is None else row_to_send(row)

    def count(self, statuses: Iterable[Status] | None = None) -> int:
        """How many sends there are (in the given statuses)."""
        where, params = history_filter(statuses, "")
        return int(self._db.execute(f"SELECT COUNT(*) FROM sends{where}", params).fetchone()[0])

    def waiting(self) -> int:
        """How many sends are not yet settled (queued or sending)."""
        return self.count((Status.QUEUED, Status.SENDING))

    def needing_a_fix(self) -> int:
        """Refused or failed sends that no newer send of the same contact superseded."""
        return int(self._db.execute(NEEDING_A_FIX_SQL).fetchone()[0])

    def mark_fixed(self, send_id: int, fixed_by: int) -> None:
        """A refused send was put right: its corrected copy `fixed_by` was delivered."""
        self._db.execute(
            "UPDATE sends SET fixed_by = ?, message = ? WHERE id = ? AND status IN "
            "('rejected', 'failed') AND fixed_by IS NULL",
            (fixed_by, "Fixed: the corrected copy was sent.", send_id),
        )

    def follow_profile(self, profile: str, lane: str, region: str) -> int:
        """Queued sends of a profile go by its lane now (its webhook was corrected, or it
        moved between a webhook and the Records API); how many moved.

        A Records API send keeps the region it was sent to: only sends whose way out the
        profile itself decides (its webhook, or a webhook it no longer has) follow it.
        """
        cursor = self._db.execute(
            "UPDATE sends SET lane = ?, region = ? WHERE profile = ? AND status = 'queued' "
            "AND lane != ? AND (instr(?, '/hook/') > 0 OR instr(lane, '/hook/') > 0)",
            (lane, region, profile, lane, lane),
        )
        return cursor.rowcount

    def waiting_lanes(self) -> list[str]:
        """The lanes that have sends still to go (each needs its sign-in to go)."""
        rows = self._db.execute(
            "SELECT DISTINCT lane FROM sends WHERE status IN ('queued', 'sending')"
        ).fetchall()
        return sorted(str(row[0]) for row in rows)

    def next_due_at(self, lanes: Iterable[str] | None = None) -> float | None:
        """When the earliest queued send (of these lanes) is due; None: nothing queued."""
        in_lanes, chosen = _in_lanes(lanes)
        if in_lanes is None:
            return None
        row = self._db.execute(
            "SELECT MIN(COALESCE(next_attempt_at, 0)) FROM sends WHERE status = 'queued'"
            + in_lanes,
            chosen,
        ).fetchone()
        return None if row[0] is None else float(row[0])

    def matches(
        self, send_id: int, statuses: Iterable[Status] | None = None, text: str = ""
    ) -> bool:
        """Whether one send passes a history filter (the same rule `page` applies)."""
        where, params = history_filter(statuses, text)
        where += (" AND" if where else " WHERE") + " id = ?"
        return (
            self._db.execute(f"SELECT 1 FROM sends{where}", (*params, send_id)).fetchone()
            is not None
        )

    def purgeable(self, settled_before: float, *, limit: int = 500) -> list[Send]:
        """Up to `limit` delivered and duplicate sends settled before a time, data not removed."""
        # The partial index holds exactly these sends, and they leave it once purged, so
        # each batch is found at once (the planner would otherwise scan the status index).
        rows = self._db.execute(
            f"SELECT {COLUMNS} FROM sends INDEXED BY sends_to_purge "
            f"WHERE {PURGEABLE_SQL} AND settled_at < ? LIMIT ?",
            (settled_before, limit),
        ).fetchall()
        return [row_to_send(row) for row in rows]

    def page(
        self,
        *,
        before_id: int | None = None,
        limit: int = 200,
        statuses: Iterable[Status] | None = None,
        text: str = "",
    ) -> list[Send]:
        """Sends newest first, `limit` at a time, continuing below `before_id` (keyset paging)."""
        where, params = history_filter(statuses, text)
        if before_id is not None:
            where += (" AND" if where else " WHERE") + " id < ?"
            params = (*params, before_id)
        rows = self._db.execute(
            f"SELECT {COLUMNS} FROM sends{where} ORDER BY id DESC LIMIT ?", (*params, limit)
        ).fetchall()
        return [row_to_send(row) for row in rows]


def _in_lanes(lanes: Iterable[str] | None) -> tuple[str | None, tuple[str, ...]]:
    """An " AND lane IN (...)" clause and its values; "" for any lane, None for none."""
    if lanes is None:
        return "", ()
    chosen = tuple(lanes)
    if not chosen:
        return None, ()
    return f" AND lane IN ({', '.join('?' * len(chosen))})", chosen
