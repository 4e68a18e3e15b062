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
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

# Below this, a long day of sends and the log could fill the disk.
LOW_SPACE_BYTES = 200 * 1024 * 1024


def check_keyring(credentials: CredentialStore) -> str:
    """A secure keyring is there for the Client Secret."""
    status = credentials.status()
    if not status.secure:
        raise CheckProblem(
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "no secure keyring on this computer: the Client Secret can only be kept "
                    "until cg-desktop closes.",
                )
            ),
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Log in to a desktop session with a keyring (GNOME Keyring, KWallet) running "
                    "and unlocked; on Windows and macOS, sign in to your own user account.",
                )
            ),
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
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "{folder} can't be written ({error}): no record could be saved."
                ),
                folder=where,
                error=exc.strerror or exc,
            ),
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "Ask IT to give your user account write access to that folder."
                )
            ),
        ) from None
    free = shutil.disk_usage(where).free
    shown = (
        Words(QT_TRANSLATE_NOOP("core", "{size} GB free"), size=f"{free / 2**30:.1f}")
        if free >= 2**30
        else Words(QT_TRANSLATE_NOOP("core", "{size} MB free"), size=f"{free / 2**20:.0f}")
    )
    if free < LOW_SPACE_BYTES:
        template = (
            QT_TRANSLATE_NOOP("core", "{folder} is writable but the disk is nearly full ({free}).")
            if where == data_dir
            else QT_TRANSLATE_NOOP(
                "core", "{folder} can be made but the disk is nearly full ({free})."
            )
        )
        raise CheckWarning(
            Words(template, folder=data_dir, free=shown),
            Words(QT_TRANSLATE_NOOP("core", "Free some space on this disk before the event.")),
        )
    template = (
        QT_TRANSLATE_NOOP("core", "{folder} is writable, {free}")
        if where == data_dir
        else QT_TRANSLATE_NOOP("core", "{folder} can be made, {free}")
    )
    return Words(template, folder=data_dir, free=shown)


def check_database(database: Path) -> str:
    """The history database is healthy: the same read-only test the app makes at start-up
    (store/recovery.damage), so the check and the start agree on what "damaged" is."""
    try:
        problem = damage(database)
    except StoreError as exc:
        raise CheckProblem(
            str(exc),  # the store's own sentence (core/store/errors.py: not translated yet)
            Words(
                QT_TRANSLATE_NOOP("core", "Ask IT to give your user account access to that folder.")
            ),
        ) from None
    if problem is not None:
        raise CheckProblem(
            Words(
                QT_TRANSLATE_NOOP("core", "the history database is damaged ({problem})."),
                problem=problem,
            ),
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Close cg-desktop and open it again: it sets a damaged database aside by "
                    "itself and sends the records it can still read.",
                )
            ),
        )
    if not database.exists():
        return Words(QT_TRANSLATE_NOOP("core", "no history yet (it is made with the first send)"))
    return Words(QT_TRANSLATE_NOOP("core", "{database} is healthy"), database=database)


def check_waiting(database: Path) -> str:
    """Sends still waiting to go, and refused ones waiting for a fix."""
    if not database.exists():
        return Words(QT_TRANSLATE_NOOP("core", "nothing waiting"))
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
            Words(QT_TRANSLATE_NOOP("core", "can't count the waiting sends ({error})."), error=exc),
            Words(QT_TRANSLATE_NOOP("core", "See the database line above.")),
        ) from None
    if to_fix:
        refused = (
            Words(QT_TRANSLATE_NOOP("core", "1 record refused"))
            if to_fix == 1
            else Words(QT_TRANSLATE_NOOP("core", "{count} records refused"), count=to_fix)
        )
        found = (
            Words(
                QT_TRANSLATE_NOOP("core", "{refused}, waiting for a fix, and {waiting}."),
                refused=refused,
                waiting=_waiting(waiting),
            )
            if waiting
            else Words(QT_TRANSLATE_NOOP("core", "{refused}, waiting for a fix."), refused=refused)
        )
        raise CheckWarning(
            found,
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Open History (Ctrl+2), choose Show: Needs a fix, and use Edit and resend.",
                )
            ),
        )
    if waiting:
        raise CheckWarning(
            Words(QT_TRANSLATE_NOOP("core", "{waiting}."), waiting=_waiting(waiting)),
            Words(
                QT_TRANSLATE_NOOP("core", "Open cg-desktop while connected: they go by themselves.")
            ),
        )
    return Words(QT_TRANSLATE_NOOP("core", "nothing waiting, nothing to fix"))


def check_profile(entries: list[ProfileEntry], wanted: str | None) -> str:
    """The profile the desk will use loads (or, with none named, that there is one)."""
    names = [e.profile.name for e in entries if e.profile is not None]
    broken = [e for e in entries if e.profile is None]
    import_one = Words(
        QT_TRANSLATE_NOOP(
            "core", "Import the profile your administrator gave you (File → Import profile…)."
        )
    )
    if wanted is not None and wanted in names:
        return Words(QT_TRANSLATE_NOOP("core", "“{name}” loads"), name=wanted)
    if broken and (wanted is not None or not names):
        first = broken[0]
        raise CheckProblem(
            Words(
                QT_TRANSLATE_NOOP("core", "the profile file {file} can't be used ({problem})."),
                file=first.path.name,
                problem=first.problem,
            ),
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Ask your CustomerGauge administrator for a corrected file, then import it.",
                )
            ),
        )
    if wanted is not None:
        listed = ", ".join(f"“{n}”" for n in names)
        raise CheckProblem(
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "there is no profile called “{name}” (there are {names})."
                ),
                name=wanted,
                names=listed,
            )
            if names
            else Words(
                QT_TRANSLATE_NOOP("core", "there is no profile called “{name}”."), name=wanted
            ),
            import_one,
        )
    if not names:
        raise CheckProblem(
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "there is no profile yet: the form doesn't know what to send."
                )
            ),
            import_one,
        )
    if broken:
        raise CheckWarning(
            Words(
                QT_TRANSLATE_NOOP("core", "1 load; {file} can't be used ({problem}).")
                if len(names) == 1
                else QT_TRANSLATE_NOOP("core", "{count} load; {file} can't be used ({problem})."),
                count=len(names),
                file=broken[0].path.name,
                problem=broken[0].problem,
            ),
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "Ask your CustomerGauge administrator for a corrected file."
                )
            ),
        )
    return Words(
        QT_TRANSLATE_NOOP("core", "1 load: {names}")
        if len(names) == 1
        else QT_TRANSLATE_NOOP("core", "{count} load: {names}"),
        count=len(names),
        names=", ".join(names),
    )


def _read_only(path: Path) -> closing[sqlite3.Connection]:
    """A read-only connection, closed after its `with`: it never checkpoints or changes the
    records (SQLite may still make the -wal and -shm files it reads through)."""
    return closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0))


def _waiting(count: int) -> str:
    """ "1 record waiting to be sent", "3 records waiting to be sent"."""
    if count == 1:
        return Words(QT_TRANSLATE_NOOP("core", "1 record waiting to be sent"))
    return Words(QT_TRANSLATE_NOOP("core", "{count} records waiting to be sent"), count=count)
