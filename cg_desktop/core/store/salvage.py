"""Rescuing unsent records from a damaged database that was set aside.

A damaged file often still reads in parts. Records that were never delivered are the
ones that matter (a visitor waits for a survey): each one that can be read is queued
again in the fresh database. The damaged file itself is only read, from a copy.
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import tempfile
from pathlib import Path

from cg_desktop.core.store.sends import Status, Store

log = logging.getLogger(__name__)

_UNSENT = (
    # NOT INDEXED: read the table itself; a damaged index must not hide its rows.
    "SELECT profile, region, configuration, options, record, contact, status "
    "FROM sends NOT INDEXED "
    "WHERE status IN ('queued', 'sending', 'rejected', 'failed'){fixed} ORDER BY id"
)
# From version 3 on: a refusal a delivered copy put right is not brought back to fix.
_NOT_FIXED = " AND fixed_by IS NULL"


def salvage_unsent(damaged: Path, store: Store) -> int:
    """Queue again in `store` every unsent record readable from `damaged`; how many."""
    with tempfile.TemporaryDirectory(prefix="cg-desktop-salvage-") as folder:
        copy = Path(folder) / "damaged.db"
        try:
            # A copy (with its -wal): reading must never change the file kept aside.
            shutil.copyfile(damaged, copy)
            for suffix in ("-wal", "-shm"):
                side = damaged.with_name(damaged.name + suffix)
                if side.exists():
                    shutil.copyfile(side, Path(f"{copy}{suffix}"))
        except OSError:
            return 0
        rows = _readable_rows(copy)
    rescued = 0
    for profile, region, configuration, options, record, contact, status in rows:
        try:
            send_id = store.enqueue(
                profile=str(profile),
                region=str(region),
                configuration=str(configuration),
                record=json.loads(str(record)),
                contact=str(contact or ""),
                options=_without_links(json.loads(str(options or "{}"))),
            )
        except (ValueError, TypeError):
            continue  # a row whose data didn't survive
        if status == "sending":  # its first attempt may have landed: the duplicate rule decides
            store.mark(send_id, Status.QUEUED, result_unknown=True)
        elif status in ("rejected", "failed"):
            store.mark(send_id, Status(status), message="Recovered from the damaged history.")
        rescued += 1
    return rescued


def _without_links(options: dict[str, str]) -> dict[str, str]:
    """A rescued send's options, less its link to the refusal it fixes: ids change here,
    and the old one would name some other send."""
    return {key: value for key, value in options.items() if key != "fixes"}


def _readable_rows(copy: Path) -> list[tuple[object, ...]]:
    """The unsent rows that can still be read, row by row, stopping at the damage."""
    rows: list[tuple[object, ...]] = []
    try:
        db = sqlite3.connect(copy)
    except sqlite3.Error:
        return rows
    try:
        columns = {str(row[1]) for row in db.execute("PRAGMA table_info(sends)")}
        cursor = db.execute(_UNSENT.format(fixed=_NOT_FIXED if "fixed_by" in columns else ""))
        while True:
            row = cursor.fetchone()
            if row is None:
                break
            rows.append(row)
    except sqlite3.Error as exc:
        log.warning("salvage stopped at damage (%s); %d unsent records read", exc, len(rows))
    finally:
        db.close()
    return rows
