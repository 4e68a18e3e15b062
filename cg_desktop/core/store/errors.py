"""What went wrong with the sends database, in words a person can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# SQLite's primary result codes, and what a person can do when a write fails with one.
_FULL, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _NOTADB = 13, 5, 6, 8, 10, 11, 26
_KEPT = " so the record could not be saved. Nothing was sent and nothing you typed is lost: "
_BUSY_TEXT = "The history database {path} stayed busy too long (another cg-desktop?)," + _KEPT
_WRITE_FAILURES = {
    _FULL: "This computer's disk is full," + _KEPT + "free some space and press Send again.",
    _READONLY: "The history database {path} is read-only," + _KEPT + "check the folder's "
    "permissions and press Send again.",
    _BUSY: _BUSY_TEXT + "press Send again.",
    _LOCKED: _BUSY_TEXT + "press Send again.",
    _IOERR: "The disk refused a write to {path}," + _KEPT + "check the disk and press Send again.",
}


class StoreError(Exception):
    """The database can't be used; the message says what to do."""


class DamagedStoreError(StoreError):
    """The file is not an SQLite database or SQLite found it corrupt (not: locked, newer)."""


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code of an error (extended codes carry it in the low byte)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def write_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """A StoreError in plain words for a failed write (disk full, read-only, locked, I/O)."""
    default = "The history database {path} refused a write," + _KEPT + "press Send again."
    text = _WRITE_FAILURES.get(primary_code(exc) or 0, default)
    return StoreError(text.format(path=path))


# Codes that mean the file itself is damaged (not locked, not from a newer version).
CORRUPT_CODES = frozenset({_CORRUPT, _NOTADB})
