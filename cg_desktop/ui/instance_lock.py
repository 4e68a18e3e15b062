"""One cg-desktop per data folder: a second would requeue the first's sends and send twice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from cg_desktop.core.private_files import private_dir


def already_open_words() -> str:
    """What a second start is told: the app is open already, use that window."""
    return QCoreApplication.translate(
        "InstanceLock",
        "cg-desktop is already open on this computer (it may be minimised or on another "
        "desktop). Use that window.",
    )


# For the start-up check (app.py), which runs before a translation is installed.
ALREADY_OPEN = already_open_words()


def take_lock(data_dir: Path) -> QLockFile | None:
    """The data folder's lock, held while the returned object lives; None if it is taken."""
    private_dir(data_dir)
    lock = QLockFile(str(data_dir / "cg-desktop.lock"))
    return lock if lock.tryLock(200) else None
