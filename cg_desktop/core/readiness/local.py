"""The readiness checks that need no network: keyring, data folder, database, waiting sends,
the profile. None of them changes anything the app keeps (the database is opened read-only)."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from cg_desktop.core.credentials import CredentialStore
from cg_desktop.core.profiles.library import ProfileEntry
from cg_desktop.core.readiness.lines import CheckProblem, CheckWarning
from cg_desktop.core.store.errors import StoreError
from cg_desktop.core.store.recovery import damage
from cg_desktop.core.store.schema import NEEDING_A_FIX_SQL

# Below this, a long day of sends and the log could fill the disk.
LOW_SPACE_BYTES = 200 * 1024 * 1024


def check_keyring(credentials: CredentialStore) -> str:
    """A secure keyring is there for the Client Secret."""
    status = credentials.status()
    if not status.secure:
        raise CheckProblem(
            "no secure keyring on this computer: the Client Secret can only be kept until "
            "cg-desktop closes.",
            "Log in to a desktop session with a keyring (GNOME Keyring, KWallet) running and "
            "unlocked; on Windows and macOS, sign in to your own user account.",
        )
    return status.backend_name


def check_data_folder(data_dir: Path) -> str:
    """The data folder can be written (records go to disk before they are sent) and has room.

    A folder not made yet is not made here (a check changes nothing): the nearest folder
    that exists must let it be made.
    """
    where = data_dir
    while not where.exists() and where.parent != where:
        where = where.parent
    try:
        with tempfile.NamedTemporaryFile(dir=where, prefix=".cg-check-"):
            pass
    except OSError as exc:
        raise CheckProblem(
            f"{where} can't be written ({exc.strerror or exc}): no record could be saved.",
            "Ask IT to give your user account write access to that folder.",
        ) from None
    free = shutil.disk_usage(where).free
    shown = f"{free / 2**30:.1f} GB free" if free >= 2**30 else f"{free / 2**20:.0f} MB free"
    said = f"{data_dir} is writable" if where == data_dir else f"{data_dir} can be made"
    if free < LOW_SPACE_BYTES:
        raise CheckWarning(
            f"{said} but the disk is nearly full ({shown}).",
            "Free some space on this disk before the event.",
        )
    return f"{said}, {shown}"


def check_database(database: Path) -> str:
    """The history database is healthy: the same read-only test the app makes at start-up
    (store/recovery.damage), so the check and the start agree on what "damaged" is."""
    try:
        problem = damage(database)
    except StoreError as exc:
        raise CheckProblem(
            str(exc), "Ask IT to give your user account access to that folder."
        ) from None
    if problem is not None:
        raise CheckProblem(
            f"the history database is damaged ({problem}).",
            "Close cg-desktop and open it again: it sets a damaged database aside by itself "
            "and sends the records it can still read.",
        )
    if not database.exists():
        return "no history yet (it is made with the first send)"
    return f"{database} is healthy"


def check_waiting(database: Path) -> str:
    """Sends still waiting to go, and refused ones waiting for a fix."""
    if not database.exists():
        return "nothing waiting"
    try:
        with _read_only(database) as db:
            waiting = int(
                db.execute(
                    "SELECT COUNT(*) FROM sends WHERE status IN ('queued', 'sending')"
                ).fetchone()[0]
            )
            to_fix = int(db.execute(NEEDING_A_FIX_SQL).fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise CheckProblem(
            f"can't count the waiting sends ({exc}).", "See the database line above."
        ) from None
    also = f", and {_records(waiting)} waiting to be sent" if waiting else ""
    if to_fix:
        raise CheckWarning(
            f"{_records(to_fix)} refused, waiting for a fix{also}.",
            "Open History (Ctrl+2), choose Show: Needs a fix, and use Edit and resend.",
        )
    if waiting:
        raise CheckWarning(
            f"{_records(waiting)} waiting to be sent.",
            "Open cg-desktop while connected: they go by themselves.",
        )
    return "nothing waiting, nothing to fix"


def check_profile(entries: list[ProfileEntry], wanted: str | None) -> str:
    """The profile the desk will use loads (or, with none named, that there is one)."""
    names = [e.profile.name for e in entries if e.profile is not None]
    broken = [e for e in entries if e.profile is None]
    if wanted is not None and wanted in names:
        return f"“{wanted}” loads"
    if broken and (wanted is not None or not names):
        first = broken[0]
        raise CheckProblem(
            f"the profile file {first.path.name} can't be used ({first.problem}).",
            "Ask your CustomerGauge administrator for a corrected file, then import it.",
        )
    if wanted is not None:
        listed = ", ".join(f"“{n}”" for n in names)
        raise CheckProblem(
            f"there is no profile called “{wanted}”"
            + (f" (there are {listed})." if names else "."),
            "Import the profile your administrator gave you (File → Import profile…).",
        )
    if not names:
        raise CheckProblem(
            "there is no profile yet: the form doesn't know what to send.",
            "Import the profile your administrator gave you (File → Import profile…).",
        )
    if broken:
        raise CheckWarning(
            f"{len(names)} load; {broken[0].path.name} can't be used ({broken[0].problem}).",
            "Ask your CustomerGauge administrator for a corrected file.",
        )
    return f"{len(names)} load: {', '.join(names)}"


def _read_only(path: Path) -> closing[sqlite3.Connection]:
    """A read-only connection, closed after its `with`: it never checkpoints or changes the
    records (SQLite may still make the -wal and -shm files it reads through)."""
    return closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0))


def _records(count: int) -> str:
    """ "1 record", "3 records"."""
    return f"{count} record{'s' if count != 1 else ''}"
