"""The sends: outbox and history in one SQLite table, on disk before the first attempt.

One `Store` is one connection, used by the thread that opened it (sqlite3 checks);
a second thread opens its own `Store` on the same file. WAL lets the two read and
write side by side; `BEGIN IMMEDIATE` makes claiming a send atomic between them.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

SCHEMA_VERSION = 1


class Status(StrEnum):
    """Where a send stands."""

    QUEUED = "queued"  # waiting for its (next) attempt
    SENDING = "sending"  # claimed by the sender; left so only by a crash
    DELIVERED = "delivered"
    REJECTED = "rejected"  # the server refused the record: fix and resend
    DUPLICATE = "duplicate"  # the contact was surveyed recently: not sent again
    FAILED = "failed"  # cannot be sent as it is (e.g. unknown configuration)


_SCHEMA = """
CREATE TABLE sends (
    id INTEGER PRIMARY KEY,
    created_at REAL NOT NULL,
    profile TEXT NOT NULL,
    region TEXT NOT NULL,
    configuration TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{}',
    record TEXT NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN
        ('queued', 'sending', 'delivered', 'rejected', 'duplicate', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL,
    http_status INTEGER,
    server_answer TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    cg_id TEXT,
    result_unknown INTEGER NOT NULL DEFAULT 0,
    delivered_at REAL
);
CREATE INDEX sends_by_status ON sends (status, next_attempt_at, id);
"""

# Upgrades from version N to N+1, run in order inside one transaction each.
_UPGRADES: dict[int, str] = {}

_COLUMNS = (
    "id, created_at, profile, region, configuration, options, record, contact, status, "
    "attempts, next_attempt_at, http_status, server_answer, message, cg_id, result_unknown, "
    "delivered_at"
)


class StoreError(Exception):
    """The database can't be used; the message says what to do."""


@dataclass(frozen=True)
class Send:
    """One row of the sends table: a record, where it goes, and what became of it."""

    id: int
    created_at: float
    profile: str
    region: str
    configuration: str
    options: dict[str, str]
    record: dict[str, str]
    contact: str
    status: Status
    attempts: int
    next_attempt_at: float | None
    http_status: int | None
    server_answer: str
    message: str
    cg_id: str | None
    result_unknown: bool
    delivered_at: float | None


def _row_to_send(row: tuple[object, ...]) -> Send:
    """A Send from a row selected with _COLUMNS."""
    (id_, created, profile, region, conf, options, record, contact, status, attempts,
     next_at, http_status, answer, message, cg_id, unknown, delivered) = row  # fmt: skip
    return Send(
        id=int(id_),  # type: ignore[call-overload]
        created_at=float(created),  # type: ignore[arg-type]
        profile=str(profile),
        region=str(region),
        configuration=str(conf),
        options=json.loads(str(options)),
        record=json.loads(str(record)),
        contact=str(contact),
        status=Status(str(status)),
        attempts=int(attempts),  # type: ignore[call-overload]
        next_attempt_at=None if next_at is None else float(next_at),  # type: ignore[arg-type]
        http_status=None if http_status is None else int(http_status),  # type: ignore[call-overload]
        server_answer=str(answer),
        message=str(message),
        cg_id=None if cg_id is None else str(cg_id),
        result_unknown=bool(unknown),
        delivered_at=None if delivered is None else float(delivered),  # type: ignore[arg-type]
    )


class Store:
    """One connection to the sends database; open one per thread."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self._clock = clock
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: every transaction below is explicit, so none is left open.
        self._db = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
        try:
            self._db.execute("PRAGMA busy_timeout = 10000")
            self._db.execute("PRAGMA journal_mode = WAL")
            # FULL: a record acknowledged as saved survives a power cut (NORMAL may not).
            self._db.execute("PRAGMA synchronous = FULL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreError(f"The history database {self.path} can't be used: {exc}.") from None

    def _migrate(self) -> None:
        """Create the schema, or upgrade an older one, to SCHEMA_VERSION."""
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"The history database {self.path} was made by a newer cg-desktop; "
                "update cg-desktop to open it."
            )
        if version == SCHEMA_VERSION:
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the lock: another thread may have created it meanwhile.
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                version = 1
            while version < SCHEMA_VERSION:
                self._db.execute(_UPGRADES[version])
                version += 1
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

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
    ) -> int:
        """Save a record as queued; it is committed to disk when this returns."""
        cursor = self._db.execute(
            "INSERT INTO sends (created_at, profile, region, configuration, options, record, "
            "contact, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued')",
            (
                self._clock(),
                profile,
                region,
                configuration,
                json.dumps(dict(options or {}), ensure_ascii=False),
                json.dumps(dict(record), ensure_ascii=False),
                contact,
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def claim_next(
        self, now: float | None = None, *, regions: Iterable[str] | None = None
    ) -> Send | None:
        """Take the oldest queued send that is due: mark it sending and count the attempt.

        `regions` limits it to sends whose region can be sent to now (signed in, not paused).
        """
        due = self._clock() if now is None else now
        where = "status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
        params: tuple[object, ...] = (due,)
        if regions is not None:
            chosen = list(regions)
            if not chosen:
                return None
            where += f" AND region IN ({', '.join('?' * len(chosen))})"
            params = (*params, *chosen)
        return self._claim(where + " ORDER BY id LIMIT 1", params)

    def due_now(self, regions: Iterable[str]) -> None:
        """Make every queued send of these regions due at once (network back, Send now)."""
        chosen = list(regions)
        if chosen:
            self._db.execute(
                f"UPDATE sends SET next_attempt_at = NULL WHERE status = 'queued' "
                f"AND region IN ({', '.join('?' * len(chosen))})",
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
        delivered_at = self._clock() if status is Status.DELIVERED else None
        self._db.execute(
            "UPDATE sends SET status = ?, message = ?, http_status = ?, server_answer = ?, "
            "cg_id = COALESCE(?, cg_id), next_attempt_at = ?, "
            "result_unknown = MAX(result_unknown, ?), delivered_at = COALESCE(?, delivered_at) "
            "WHERE id = ?",
            (
                status.value,
                message,
                http_status,
                server_answer,
                cg_id,
                next_attempt_at,
                int(result_unknown),
                delivered_at,
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

    def delete(self, send_id: int) -> None:
        """Remove one send from the history."""
        self._db.execute("DELETE FROM sends WHERE id = ?", (send_id,))

    # -- reading -------------------------------------------------------------------------

    def get(self, send_id: int) -> Send | None:
        """One send by id."""
        row = self._db.execute(f"SELECT {_COLUMNS} FROM sends WHERE id = ?", (send_id,)).fetchone()
        return None if row is None else _row_to_send(row)

    def count(self, statuses: Iterable[Status] | None = None) -> int:
        """How many sends there are (in the given statuses)."""
        where, params = _filters(statuses, "")
        return int(self._db.execute(f"SELECT COUNT(*) FROM sends{where}", params).fetchone()[0])

    def waiting(self) -> int:
        """How many sends are not yet settled (queued or sending)."""
        return self.count((Status.QUEUED, Status.SENDING))

    def next_due_at(self, regions: Iterable[str] | None = None) -> float | None:
        """When the earliest queued send (of these regions) is due; None: nothing queued."""
        where, params = "status = 'queued'", ()
        if regions is not None:
            chosen = list(regions)
            if not chosen:
                return None
            where += f" AND region IN ({', '.join('?' * len(chosen))})"
            params = tuple(chosen)
        row = self._db.execute(
            f"SELECT MIN(COALESCE(next_attempt_at, 0)) FROM sends WHERE {where}", params
        ).fetchone()
        return None if row[0] is None else float(row[0])

    def matches(
        self, send_id: int, statuses: Iterable[Status] | None = None, text: str = ""
    ) -> bool:
        """Whether one send passes a history filter (the same rule `page` applies)."""
        where, params = _filters(statuses, text)
        where += (" AND" if where else " WHERE") + " id = ?"
        return (
            self._db.execute(f"SELECT 1 FROM sends{where}", (*params, send_id)).fetchone()
            is not None
        )

    def page(
        self,
        *,
        before_id: int | None = None,
        limit: int = 200,
        statuses: Iterable[Status] | None = None,
        text: str = "",
    ) -> list[Send]:
        """Sends newest first, `limit` at a time, continuing below `before_id` (keyset paging)."""
        where, params = _filters(statuses, text)
        if before_id is not None:
            where += (" AND" if where else " WHERE") + " id < ?"
            params = (*params, before_id)
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM sends{where} ORDER BY id DESC LIMIT ?", (*params, limit)
        ).fetchall()
        return [_row_to_send(row) for row in rows]


def _filters(statuses: Iterable[Status] | None, text: str) -> tuple[str, tuple[object, ...]]:
    """A WHERE clause (with its leading space) for a status set and a search text."""
    clauses: list[str] = []
    params: list[object] = []
    if statuses is not None:
        chosen = [Status(s).value for s in statuses]
        clauses.append(f"status IN ({', '.join('?' * len(chosen))})" if chosen else "0")
        params += chosen
    if text.strip():
        like = (
            "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        columns = ("contact", "profile", "message", "record")
        clauses.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns) + ")")
        params += [like] * len(columns)
    if not clauses:
        return "", ()
    return " WHERE " + " AND ".join(clauses), tuple(params)
