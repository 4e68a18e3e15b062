"""Start-up with a damaged database: kept aside with its -wal and -shm, never deleted."""

from __future__ import annotations

import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from cg_desktop.core.store.recovery import damage, open_store
from cg_desktop.core.store.sends import Status, Store, StoreError

WHEN = 1_795_500_900.0  # a fixed clock, so the kept file's name is known
STAMP = time.strftime("%Y%m%d-%H%M%S", time.localtime(WHEN))


def clock() -> float:
    return WHEN


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def quick_check_fails(path: Path) -> bool:
    """Whether SQLite itself finds the database damaged (so the test damaged it for real)."""
    # Read-only, so that closing does not fold the -wal into the file and delete it.
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return db.execute("PRAGMA quick_check").fetchall() != [("ok",)]
    except sqlite3.DatabaseError:
        return True
    finally:
        db.close()


def fill(path: Path, n: int) -> None:
    store = Store(path)
    for i in range(n):
        email = f"visitor{i}@example.com"
        store.enqueue(
            profile="Demo",
            region="eu",
            configuration="conf",
            record={"Email": email, "Comment": f"row {i} " + "c" * 80},
            contact=email,
        )
    store.close()  # checkpoints: the rows are now in the database file itself


def test_a_new_or_healthy_database_opens_without_a_message(tmp_path: Path) -> None:
    path = tmp_path / "data" / "sends.db"
    store, message = open_store(path, clock=clock)
    assert message is None
    store.enqueue(profile="P", region="eu", configuration="c", record={"Email": "a@b"})
    store.close()
    store, message = open_store(path, clock=clock)
    assert message is None and store.count() == 1
    store.close()
    assert sorted(p.name for p in path.parent.iterdir() if "damaged" in p.name) == []


def test_a_file_that_is_not_sqlite_is_kept_aside_with_its_side_files(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    originals = {
        "sends.db": b"PK\x03\x04 this is a zip file, not a database " * 200,
        "sends.db-wal": b"wal bytes " * 50,
        "sends.db-shm": b"shm bytes " * 50,
    }
    for name, content in originals.items():
        (tmp_path / name).write_bytes(content)

    store, message = open_store(path, clock=clock)

    kept = tmp_path / f"sends.db.damaged-{STAMP}"
    assert message == (
        f"The history database was damaged and could not be read. It was kept as {kept} "
        "(with its -wal and -shm files beside it); a new, empty one was started. "
        "Nothing was deleted."
    )
    on_disk = files_in(tmp_path)
    # Every byte is still there, under names that keep the database and its logs paired.
    for name, content in originals.items():
        moved = name.replace("sends.db", f"sends.db.damaged-{STAMP}")
        assert on_disk[moved] == content
    # The fresh store works.
    send_id = store.enqueue(profile="P", region="eu", configuration="c", record={"Email": "a@b"})
    assert store.claim(send_id) is not None
    store.mark(send_id, Status.DELIVERED)
    assert store.count([Status.DELIVERED]) == 1
    store.close()


def test_a_database_with_a_corrupted_page_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    fill(path, 300)
    assert not Path(f"{path}-wal").exists()
    # A b-tree page of the sends table or its index, overwritten with noise.
    data = corrupt_middle_page(path)
    assert quick_check_fails(path), "the damage must be one SQLite really detects"
    assert damage(path) is not None

    store, message = open_store(path, clock=clock)

    kept = tmp_path / f"sends.db.damaged-{STAMP}"
    assert message is not None and str(kept) in message and "Nothing was deleted" in message
    assert kept.read_bytes() == bytes(data)
    # The rows still readable were all waiting to be sent: they are queued again.
    rescued = store.count()
    assert 0 < rescued < 300 and store.count([Status.QUEUED]) == rescued
    assert f"{rescued} records not yet sent could still be read" in message
    store.close()


def corrupt_middle_page(path: Path) -> bytes:
    """Overwrite one page in the middle of the file with noise; returns the new bytes."""
    page_size = 4096
    pages = path.stat().st_size // page_size
    assert pages > 8  # a few hundred rows span many pages
    data = bytearray(path.read_bytes())
    middle = pages // 2 * page_size
    data[middle : middle + page_size] = random.Random(7).randbytes(page_size)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_database_is_kept_with_its_wal_unchanged(tmp_path: Path) -> None:
    live, crashed = tmp_path / "live", tmp_path / "crashed"
    fill(live / "sends.db", 300)
    store = Store(live / "sends.db")
    store.enqueue(profile="P", region="eu", configuration="c", record={"Email": "last@x"})
    crashed.mkdir()
    for name in ("sends.db", "sends.db-wal", "sends.db-shm"):
        shutil.copy(live / name, crashed / name)  # what a crash leaves behind
    store.close()
    path = crashed / "sends.db"
    corrupt_middle_page(path)
    before = files_in(crashed)
    assert len(before["sends.db-wal"]) > 0
    assert quick_check_fails(path)

    store, message = open_store(path, clock=clock)
    store.close()
    # The last commits, only in the -wal, were not folded into the damaged file: both
    # are kept exactly as the crash left them.
    for name, content in before.items():
        if name != "sends.db-shm":  # an index of the -wal that SQLite rebuilds at will
            assert files_in(crashed)[name.replace("sends.db", f"sends.db.damaged-{STAMP}")] == (
                content
            )
    assert message is not None and "-wal and -shm" in message


def test_a_healthy_database_with_its_wal_from_a_crash_is_left_alone(tmp_path: Path) -> None:
    # Copy the files while a store is open: what a crash or a power cut leaves behind,
    # with the last commits only in the -wal.
    live = tmp_path / "live"
    store = Store(live / "sends.db")
    for i in range(5):
        store.enqueue(profile="P", region="eu", configuration="c", record={"Email": f"{i}@x"})
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("sends.db", "sends.db-wal", "sends.db-shm"):
        shutil.copy(live / name, crashed / name)
    store.close()
    assert (crashed / "sends.db-wal").stat().st_size > 0

    store, message = open_store(crashed / "sends.db", clock=clock)
    assert message is None
    assert store.count() == 5  # the commits in the -wal were kept, not discarded
    store.close()
    assert not [p for p in crashed.iterdir() if "damaged" in p.name]


def test_a_database_from_a_newer_cg_desktop_is_refused_not_moved(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE future (x)")
    db.execute("PRAGMA user_version = 99")
    db.close()
    before = files_in(tmp_path)
    with pytest.raises(StoreError, match="newer cg-desktop"):
        open_store(path, clock=clock)
    assert files_in(tmp_path) == before


def test_a_log_left_without_its_database_is_kept_aside_not_deleted(tmp_path: Path) -> None:
    # SQLite deletes the -wal of a missing database when it creates a new one.
    wal = b"\x37\x7f\x06\x82 a write-ahead log that may hold records " * 100
    (tmp_path / "sends.db-wal").write_bytes(wal)
    store, message = open_store(tmp_path / "sends.db", clock=clock)
    kept = tmp_path / f"sends.db.damaged-{STAMP}-wal"
    assert kept.read_bytes() == wal
    assert message is not None and f"It was kept as {kept};" in message
    assert store.count() == 0
    store.close()


def test_a_second_damage_in_the_same_second_overwrites_nothing(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    path.write_bytes(b"first damaged file" * 100)
    store, _ = open_store(path, clock=clock)
    store.close()
    path.unlink()
    Path(f"{path}-wal").unlink(missing_ok=True)
    Path(f"{path}-shm").unlink(missing_ok=True)
    path.write_bytes(b"second damaged file" * 100)
    store, message = open_store(path, clock=clock)
    store.close()
    first = tmp_path / f"sends.db.damaged-{STAMP}"
    second = tmp_path / f"sends.db.damaged-{STAMP}-2"
    assert first.read_bytes() == b"first damaged file" * 100
    assert second.read_bytes() == b"second damaged file" * 100
    assert message is not None and str(second) in message


def test_an_unreadable_database_is_refused_not_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # chmod 0 can't stop root (CI runs as root), so the OS refusal is simulated.
    path = tmp_path / "sends.db"
    fill(path, 1)
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(StoreError, match="can't be read"):
        open_store(path, clock=clock)
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "sends.db"
    ]


def test_something_else_in_the_databases_place_is_refused_not_moved(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    path.mkdir()
    with pytest.raises(StoreError, match="can't be read"):
        open_store(path, clock=clock)
    assert [p.name for p in tmp_path.iterdir()] == ["sends.db"] and path.is_dir()
