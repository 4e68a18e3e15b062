"""Folders and files only their owner can read: personal data stays personal, whatever the umask.

On POSIX the app's data, config and log folders are 0700 and every file cg-desktop writes
in them 0600. On Windows the per-user folders (AppData) are already private to the user,
and chmod can't express more, so these calls change nothing there.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"


def private_dir(path: Path) -> Path:
    """Make the folder (and missing parents), and make it the owner's alone; returns it."""
    path.mkdir(parents=True, exist_ok=True)
    if _POSIX:
        _chmod(path, PRIVATE_DIR)
    return path


def _chmod(path: Path, mode: int) -> None:
    """chmod where the file system allows it (a FAT USB stick, a share or a folder of
    someone else's may refuse: the data is kept all the same, and the refusal logged)."""
    try:
        os.chmod(path, mode)
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("could not make %s private (%s)", path.name, exc.strerror)


def create_private(path: Path) -> None:
    """Create an empty file readable by its owner only, or make an existing one so.

    An existing file is never opened: closing any descriptor of a file drops every POSIX
    lock this process holds on it, SQLite's too. Another program opening the database
    would then take itself for its only user and delete the -wal under the app's
    connections, and what they commit after that would be lost in a crash.
    """
    if _POSIX:
        if path.exists():
            _chmod(path, PRIVATE_FILE)
            return
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        except FileExistsError:  # made a moment ago by another connection: never reopen it
            _chmod(path, PRIVATE_FILE)
            return
        try:
            os.fchmod(fd, PRIVATE_FILE)  # the umask may have taken bits away: not added ones
        except OSError as exc:
            log.warning("could not make %s private (%s)", path.name, exc.strerror)
        finally:
            os.close(fd)


def make_private(*paths: Path) -> None:
    """Make existing files readable by their owner only (missing ones are skipped)."""
    if _POSIX:
        for path in paths:
            _chmod(path, PRIVATE_FILE)
