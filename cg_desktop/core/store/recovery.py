"""Opening the history database at start-up; a damaged one is kept aside, never deleted.

A database SQLite can't read (not an SQLite file, `PRAGMA quick_check` not "ok",
corruption reported while opening) is renamed together with its `-wal`, `-shm` and
`-journal` files, keeping their pairing, and a fresh database is started. A database
that is merely locked, unreadable for permissions, or made by a newer cg-desktop is
not damaged: that StoreError goes to the caller and nothing is moved.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from cg_desktop.core.store.errors import CORRUPT_CODES, primary_code
from cg_desktop.core.store.salvage import salvage_unsent
from cg_desktop.core.store.sends import DamagedStoreError, Store, StoreError

# Files SQLite pairs with a database by name; they must move with it, or the next
# database opened under the old name could adopt (or SQLite delete) a stranger's log.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
_HEADER = b"SQLite format 3\x00"
# SQLite's primary result codes that mean "the file itself is bad".

log = logging.getLogger(__name__)


def open_store(path: Path, *, clock: Callable[[], float] = time.time) -> tuple[Store, str | None]:
    """The store at `path`, and a sentence for the user when a damaged one was set aside.

    Raises StoreError when the database can't be opened for another reason (newer
    cg-desktop, permissions, locked), or when a damaged one could not be moved aside.
    """
    path = Path(path)
    problem = damage(path)
    if problem is None:
        try:
            return Store(path, clock=clock), None
        except DamagedStoreError as exc:  # corruption that only showed while opening
            problem = str(exc)
    log.error("history database %s is damaged (%s); moving it aside", path, problem)
    moved = move_aside(path, clock())
    store = Store(path, clock=clock)
    rescued = salvage_unsent(moved[0], store) if moved and moved[0].exists() else 0
    notice = _tell(moved)
    if rescued:
        notice += (
            f" {rescued} record{'s' if rescued != 1 else ''} not yet sent could still be "
            "read from it and will be sent."
        )
    return store, notice


def damage(path: Path) -> str | None:
    """What is wrong with the database at `path`, or None when it is healthy or absent.

    A missing or empty database whose `-wal` or `-journal` is still there counts as
    damaged: opening it would make SQLite delete that log, and it may hold records.
    """
    try:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            size = 0
        if size == 0:
            orphans = [s for s in ("-wal", "-journal") if _side(path, s).exists()]
            return f"the database is missing but its {orphans[0]} is there" if orphans else None
        with path.open("rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError as exc:
        raise StoreError(
            f"The history database {path} can't be read ({exc.strerror}). Check that it is "
            "a file you may read and write, then start cg-desktop again."
        ) from exc
    if header != _HEADER:
        return "not an SQLite database"
    # Read-only: closing a read-write connection would checkpoint the -wal into the
    # file and delete it, changing a damaged database before it is kept aside.
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0)
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if primary_code(exc) in CORRUPT_CODES:
            return str(exc)
        raise StoreError(f"The history database {path} can't be opened: {exc}.") from exc
    finally:
        db.close()
    found = [str(row[0]) for row in rows]
    return None if found == ["ok"] else "; ".join(found[:5])


def move_aside(path: Path, when: float) -> list[Path]:
    """Rename the database and its side files to `<name>.damaged-<local time>[-n]<suffix>`.

    Returns the new paths, the database's first when it existed. Nothing is deleted or
    overwritten; if a rename fails, the ones done are undone and StoreError is raised.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(when))
    base = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while any(_side(base, s).exists() for s in ("", *SIDE_SUFFIXES)):
        base = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    # Side files first: stopped half-way, a damaged database without its log is found
    # damaged again next time, whereas a log left without its database could be
    # deleted by SQLite or replayed into the fresh one.
    moves = [(_side(path, s), _side(base, s)) for s in (*SIDE_SUFFIXES, "")]
    done: list[tuple[Path, Path]] = []
    try:
        for source, target in moves:
            if source.exists():
                os.rename(source, target)
                done.append((source, target))
    except OSError as exc:
        for source, target in reversed(done):
            os.rename(target, source)
        raise StoreError(
            f"The history database {path} is damaged, and it could not be moved aside "
            f"({exc.strerror}). Move or rename it yourself, then start cg-desktop again."
        ) from exc
    return sorted((target for _, target in done), key=lambda p: p != base)


def _side(path: Path, suffix: str) -> Path:
    """The file SQLite pairs with database `path` by this suffix ("" for the database)."""
    return path.with_name(path.name + suffix)


def _tell(moved: list[Path]) -> str:
    """The sentence for the user naming where the damaged database was kept."""
    if not moved:  # removed meanwhile by someone else: nothing of ours to point to
        return "The history database could not be read; a new, empty one was started."
    first, rest = moved[0], moved[1:]
    beside = ""
    if rest:
        # "-wal and -shm" beside the kept database; whole names when only its log was kept.
        paired = all(p.name.startswith(first.name) for p in rest)
        names = [p.name.removeprefix(first.name) if paired else p.name for p in rest]
        beside = f" (with its {' and '.join(names)} files beside it)"
    return (
        f"The history database was damaged and could not be read. It was kept as "
        f"{first}{beside}; a new, empty one was started. Nothing was deleted."
    )
