"""Folders and files only their owner can read: personal data stays personal, whatever the umask.

On POSIX the app's data, config and log folders are 0700 and every file cg-desktop writes
in them 0600. On Windows the per-user folders (AppData) are already private to the user,
and chmod can't express more, so these calls change nothing there.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"


def private_dir(path: Path) -> Path:
    """Make the folder (and missing parents), and make it the owner's alone; returns it."""
    path.mkdir(parents=True, exist_ok=True)
    if _POSIX:
        os.chmod(path, PRIVATE_DIR)
    return path


def create_private(path: Path) -> None:
    """Create an empty file readable by its owner only, or make an existing one so."""
    if _POSIX:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
        try:
            os.fchmod(fd, PRIVATE_FILE)  # the umask may have taken bits away: not added ones
        finally:
            os.close(fd)


def make_private(*paths: Path) -> None:
    """Make existing files readable by their owner only (missing ones are skipped)."""
    if _POSIX:
        for path in paths:
            with contextlib.suppress(FileNotFoundError):
                os.chmod(path, PRIVATE_FILE)
