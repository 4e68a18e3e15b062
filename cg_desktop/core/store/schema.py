"""The sends table on disk: its schema, versions and upgrades, how a row reads, and filters.

Split from store.py, which holds the connection and the queries; import these names
from `cg_desktop.core.store.sends`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

SCHEMA_VERSION = 4


class Status(StrEnum):
    """Where a send stands."""

    QUEUED = "queued"  # waiting for its (next) attempt
    SENDING = "sending"  # claimed by the sender; left so only by a crash
    DELIVERED = "delivered"
    REJECTED = "rejected"  # the server refused the record: fix and resend
    DUPLICATE = "duplicate"  # the contact was surveyed recently: not sent again
    FAILED = "failed"  # cannot be sent as it is (e.g. unknown configuration)


# How a person reads each status (the history, the CSV export: English there; the history
# shows them in the person's language, ui/words.py).
STATUS_WORDS = {
    Status.QUEUED: Words(QT_TRANSLATE_NOOP("core", "Waiting")),
    Status.SENDING: Words(QT_TRANSLATE_NOOP("core", "Sending…")),
    Status.DELIVERED: Words(QT_TRANSLATE_NOOP("core", "Delivered")),
    Status.REJECTED: Words(QT_TRANSLATE_NOOP("core", "Needs a fix")),
    Status.DUPLICATE: Words(QT_TRANSLATE_NOOP("core", "Already surveyed")),
    Status.FAILED: Words(QT_TRANSLATE_NOOP("core", "Failed")),
}
_FIXED = Words(QT_TRANSLATE_NOOP("core", "Fixed (sent again)"))


# Statuses a send does not leave on its own: the history's, not the outbox's.
SETTLED = frozenset({Status.DELIVERED, Status.DUPLICATE, Status.REJECTED, Status.FAILED})
# Refused/failed sends with no newer send of the same contact in the same profile.
NEEDING_A_FIX_SQL = (
    "SELECT COUNT(*) FROM sends AS r WHERE r.status IN ('rejected', 'failed') "
    "AND r.fixed_by IS NULL AND NOT EXISTS (SELECT 1 FROM sends AS s WHERE s.id > r.id "
    "AND s.profile = r.profile AND s.contact = r.contact AND s.contact != '')"
)
SETTLED_SQL = "status IN ('delivered', 'duplicate', 'rejected', 'failed')"
# Sends whose personal data the retention period removes; never one that may be resent
# (a refusal is purged once a corrected copy put it right).
PURGEABLE_SQL = (
    "(status IN ('delivered', 'duplicate') OR fixed_by IS NOT NULL) AND purged_at IS NULL"
)
# What that was up to version 2 (the index upgrade 1 made; upgrade 2 replaces it).
_PURGEABLE_V2 = "status IN ('delivered', 'duplicate') AND purged_at IS NULL"

# Version 1 as first released. Never edit it: every new database runs the same upgrades
# as an old one, so the upgrade path is exercised on every start.
SCHEMA = """
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

# Upgrades from version N to N+1, all run inside the one creating/upgrading transaction.
UPGRADES: dict[int, tuple[str, ...]] = {
    1: (
        "ALTER TABLE sends ADD COLUMN settled_at REAL",
        "ALTER TABLE sends ADD COLUMN purged_at REAL",
        # v1 did not record when a send settled; sends settle within minutes of being
        # made, so the delivery time, else the creation time, is what retention counts from.
        f"UPDATE sends SET settled_at = COALESCE(delivered_at, created_at) WHERE {SETTLED_SQL}",
        f"CREATE INDEX sends_to_purge ON sends (settled_at) WHERE {_PURGEABLE_V2}",
    ),
    # v3: a refused send whose corrected copy was delivered is fixed (by that copy's id),
    # and from then on its personal data goes with the retention period too.
    2: (
        "ALTER TABLE sends ADD COLUMN fixed_by INTEGER",
        "DROP INDEX sends_to_purge",
        f"CREATE INDEX sends_to_purge ON sends (settled_at) WHERE {PURGEABLE_SQL}",
    ),
    # v4: the lane a send goes out by (core/lanes.py): its region for the Records API, or
    # one Incoming Webhook of a region, each with its own sign-in. Every older send went
    # through the Records API, so its lane is its region.
    3: (
        "ALTER TABLE sends ADD COLUMN lane TEXT NOT NULL DEFAULT ''",
        "UPDATE sends SET lane = region",
    ),
}

COLUMNS = (
    "id, created_at, profile, region, configuration, options, record, contact, status, "
    "attempts, next_attempt_at, http_status, server_answer, message, cg_id, result_unknown, "
    "delivered_at, settled_at, purged_at, fixed_by, lane"
)


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
    settled_at: float | None = None  # when it became delivered, duplicate, rejected or failed
    purged_at: float | None = None  # when retention removed its personal data
    fixed_by: int | None = None  # a refused send: the corrected copy that was delivered
    lane: str = ""  # how it goes out (core/lanes.py): its region, or one of its webhooks

    @property
    def status_words(self) -> str:
        """How the history and the CSV name its standing ("Fixed" for a refusal put right)."""
        return _FIXED if self.fixed_by is not None else STATUS_WORDS[self.status]

    @property
    def needs_fix(self) -> bool:
        """A refusal (or failure) not yet put right by a delivered copy."""
        return self.status in (Status.REJECTED, Status.FAILED) and self.fixed_by is None


def row_to_send(row: Sequence[Any]) -> Send:
    """A Send from a row selected with COLUMNS (sqlite3 gives its values untyped)."""
    (id_, created, profile, region, conf, options, record, contact, status, attempts,
     next_at, http_status, answer, message, cg_id, unknown, delivered, settled,
     purged, fixed_by, lane) = row  # fmt: skip
    return Send(
        id=int(id_),
        created_at=float(created),
        profile=str(profile),
        region=str(region),
        configuration=str(conf),
        options=json.loads(str(options)),
        record=json.loads(str(record)),
        contact=str(contact),
        status=Status(str(status)),
        attempts=int(attempts),
        next_attempt_at=None if next_at is None else float(next_at),
        http_status=None if http_status is None else int(http_status),
        server_answer=str(answer),
        message=str(message),
        cg_id=None if cg_id is None else str(cg_id),
        result_unknown=bool(unknown),
        delivered_at=None if delivered is None else float(delivered),
        settled_at=None if settled is None else float(settled),
        purged_at=None if purged is None else float(purged),
        fixed_by=None if fixed_by is None else int(fixed_by),
        lane=str(lane),
    )


def history_filter(statuses: Iterable[Status] | None, text: str) -> tuple[str, tuple[object, ...]]:
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
