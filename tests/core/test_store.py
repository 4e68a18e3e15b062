"""The sends table: durable enqueue, atomic claims from two threads, paging, reopening."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cg_desktop.core.store.sends import (
    _BUSY_WAIT_MS,
    _CHECKPOINT_WAIT_MS,
    SCHEMA_VERSION,
    Status,
    Store,
    StoreError,
)


def _enqueue(store: Store, n: int) -> list[int]:
    return [
        store.enqueue(
            profile="Demo",
            region="sandbox",
            configuration="conf",
            record={"Email": f"p{i}@example.com", "First Name": "Zoë"},
            contact=f"p{i}@example.com",
            options={"format": "json"},
        )
        for i in range(n)
    ]


def test_enqueued_record_is_on_disk_before_enqueue_returns(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db")
    send_id = _enqueue(store, 1)[0]
    # A second, independent connection sees it: it was committed, not just buffered.
    other = sqlite3.connect(tmp_path / "sends.db")
    row = other.execute("SELECT status, record FROM sends WHERE id = ?", (send_id,)).fetchone()
    other.close()
    store.close()
    assert row == ("queued", '{"Email": "p0@example.com", "First Name": "Zoë"}')


def test_database_uses_wal_full_sync_and_a_schema_version(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db")
    db = store._db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()


def test_claim_marks_sending_counts_attempts_and_takes_oldest_first(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db")
    first, second = _enqueue(store, 2)
    claimed = store.claim_next()
    assert claimed is not None and claimed.id == first
    assert claimed.status is Status.SENDING and claimed.attempts == 1
    store.mark(first, Status.QUEUED, message="later", next_attempt_at=10**12)
    # The first is not due yet, so the second comes next.
    again = store.claim_next()
    assert again is not None and again.id == second
    assert store.claim_next() is None
    store.close()


def test_mark_records_the_answer_and_delivery_time(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db", clock=lambda: 1000.0)
    (send_id,) = _enqueue(store, 1)
    store.claim_next()
    store.mark(send_id, Status.DELIVERED, message="Sent.", http_status=200, server_answer="")
    send = store.get(send_id)
    assert send is not None
    assert (send.status, send.http_status, send.delivered_at, send.message) == (
        Status.DELIVERED,
        200,
        1000.0,
        "Sent.",
    )
    store.close()


def test_two_threads_never_claim_the_same_send(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    setup = Store(path)
    ids = _enqueue(setup, 200)
    setup.close()
    claimed: list[list[int]] = [[], []]
    errors: list[BaseException] = []

    def drain(slot: int) -> None:
        store = Store(path)  # one connection per thread
        try:
            while (send := store.claim_next()) is not None:
                claimed[slot].append(send.id)
                store.mark(send.id, Status.DELIVERED)
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=drain, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors
    everything = claimed[0] + claimed[1]
    assert sorted(everything) == ids  # each exactly once
    check = Store(path)
    assert check.count([Status.DELIVERED]) == 200
    assert all(s.attempts == 1 for s in check.page(limit=500))
    check.close()


def test_a_store_refuses_use_from_another_thread(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db")
    caught: list[BaseException] = []

    def misuse() -> None:
        try:
            store.count()
        except sqlite3.ProgrammingError as exc:
            caught.append(exc)

    t = threading.Thread(target=misuse)
    t.start()
    t.join()
    store.close()
    assert caught, "sqlite3 must refuse a connection shared across threads"


def test_reopen_after_close_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    store = Store(path)
    ids = _enqueue(store, 3)
    store.claim_next()
    store.close()
    again = Store(path)
    assert [s.id for s in again.page()] == ids[::-1]
    assert again.get(ids[0]).status is Status.SENDING  # type: ignore[union-attr]
    assert again.requeue_interrupted() == 1
    send = again.get(ids[0])
    assert send is not None and send.status is Status.QUEUED and send.result_unknown
    again.close()


def test_paging_filters_by_status_and_text(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db")
    ids = _enqueue(store, 10)
    store.mark(ids[3], Status.REJECTED, message="The Email field must be a valid email address.")
    page = store.page(limit=4)
    assert [s.id for s in page] == ids[::-1][:4]
    rest = store.page(before_id=page[-1].id, limit=100)
    assert [s.id for s in rest] == ids[::-1][4:]
    assert [s.id for s in store.page(statuses=[Status.REJECTED])] == [ids[3]]
    assert [s.id for s in store.page(text="p7@")] == [ids[7]]
    assert store.page(text="100%_") == []  # LIKE wildcards are taken literally
    assert store.waiting() == 9
    store.close()


def test_a_newer_schema_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer cg-desktop"):
        Store(path)


def test_a_file_that_is_not_sqlite_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="can't be used"):
        Store(path)


def test_claims_can_be_limited_to_regions_and_made_due_at_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db", clock=lambda: 100.0)
    eu = store.enqueue(profile="P", region="eu", configuration="c", record={"Email": "a@b"})
    us = store.enqueue(profile="P", region="us", configuration="c", record={"Email": "c@d"})
    store.mark(eu, Status.QUEUED, next_attempt_at=500.0)
    assert store.claim_next(lanes=["au"]) is None
    assert store.claim_next(lanes=[]) is None
    assert store.next_due_at(["eu"]) == 500.0
    assert store.claim_next(lanes=["eu"]) is None  # not due yet
    store.due_now(["eu"])
    assert store.next_due_at(["eu"]) == 0.0
    claimed = store.claim_next(lanes=["eu", "au"])
    assert claimed is not None and claimed.id == eu
    assert store.next_due_at(["us"]) == 0.0 and store.get(us).status is Status.QUEUED  # type: ignore[union-attr]
    store.close()


def test_a_webhook_lane_is_claimed_apart_from_its_region(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db", clock=lambda: 100.0)
    hook = store.enqueue(
        profile="H", region="eu", configuration="", record={"Email": "a@b"}, lane="eu/hook/x1"
    )
    api = store.enqueue(profile="P", region="eu", configuration="c", record={"Email": "c@d"})
    assert store.waiting_lanes() == ["eu", "eu/hook/x1"]
    first = store.claim_next(lanes=["eu"])
    assert first is not None and first.id == api and first.lane == "eu"
    assert store.claim_next(lanes=["eu"]) is None  # the webhook's send waits for its sign-in
    second = store.claim_next(lanes=["eu/hook/x1"])
    assert second is not None and (second.id, second.region) == (hook, "eu")
    store.close()


# -- schema v2: upgrade from v1, settled_at, secure_delete ------------------------------------

# The schema exactly as version 1 shipped it, frozen here so the upgrade is tested against
# what is really on users' disks, whatever store.py's schema becomes.
V1_SCHEMA = """
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


def make_v1_database(path: Path) -> None:
    """A version-1 database as the v1 Store left it: WAL, four sends in different states."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.executescript(V1_SCHEMA)
    db.execute("PRAGMA user_version = 1")
    rows = [
        (100.0, "delivered", 160.0, "v1.delivered@example.com"),
        (200.0, "duplicate", None, "v1.duplicate@example.com"),
        (300.0, "rejected", None, "v1.rejected@example.com"),
        (400.0, "queued", None, "v1.queued@example.com"),
    ]
    for created, status, delivered, email in rows:
        db.execute(
            "INSERT INTO sends (created_at, profile, region, configuration, record, contact, "
            "status, attempts, delivered_at) VALUES (?, 'Demo', 'eu', 'conf', ?, ?, ?, 1, ?)",
            (created, f'{{"Email": "{email}"}}', email, status, delivered),
        )
    db.close()


def _schema_of(path: Path) -> list[tuple[str, str]]:
    db = sqlite3.connect(path)
    rows = db.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    db.close()
    return rows


def test_a_version_1_database_is_upgraded_in_place_keeping_every_send(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    make_v1_database(path)
    store = Store(path)
    assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    sends = {s.contact: s for s in store.page()}
    assert len(sends) == 4
    # Every send of before webhooks went through its region's Records API.
    assert {s.lane for s in sends.values()} == {"eu"}
    assert store.waiting_lanes() == ["eu"]
    delivered = sends["v1.delivered@example.com"]
    assert delivered.record == {"Email": "v1.delivered@example.com"}
    assert (delivered.status, delivered.delivered_at) == (Status.DELIVERED, 160.0)
    # Settled sends count from their delivery, else their creation; queued ones aren't settled.
    assert delivered.settled_at == 160.0
    assert sends["v1.duplicate@example.com"].settled_at == 200.0
    assert sends["v1.rejected@example.com"].settled_at == 300.0
    assert sends["v1.queued@example.com"].settled_at is None
    assert all(s.purged_at is None and s.fixed_by is None for s in sends.values())
    # The upgraded database works as a new one does.
    claimed = store.claim_next()
    assert claimed is not None and claimed.contact == "v1.queued@example.com"
    store.close()
    # Reopening does not upgrade twice, and the result is the same schema a new database gets.
    Store(path).close()
    fresh = tmp_path / "fresh.db"
    Store(fresh).close()
    assert _schema_of(path) == _schema_of(fresh)


def test_upgrading_from_version_1_leaves_no_old_copies_in_free_space(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    make_v1_database(path)
    # Version 1 did not zero what it deleted (SQLite's own default; Debian's build zeroes).
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA secure_delete = OFF")
    db.execute(
        "INSERT INTO sends (created_at, profile, region, configuration, record, status) "
        "VALUES (1, 'Demo', 'eu', 'c', '{\"Email\": \"leftover-6618@example.com\"}', 'queued')"
    )
    db.execute("DELETE FROM sends WHERE record LIKE '%leftover-6618%'")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    assert b"leftover-6618@example.com" in path.read_bytes()
    store = Store(path)
    raw = path.read_bytes() + Path(f"{path}-wal").read_bytes()
    assert b"leftover-6618@example.com" not in raw
    assert b"v1.queued@example.com" in raw
    assert store.count() == 4
    store.close()


def test_delete_does_not_hang_on_another_connections_open_read(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    store = Store(path)
    ids = _enqueue(store, 2)
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM sends").fetchone()  # holds a read snapshot
    said: list[str] = []
    store._db.set_trace_callback(said.append)
    assert store.delete(ids[0])
    store._db.set_trace_callback(None)
    # The checkpoint after it waits a second at most, not the ten a write may wait (how
    # long it takes is measured in tests/benchmarks/bench_prompt.py).
    checkpoint = said.index("PRAGMA wal_checkpoint(TRUNCATE)")
    waits = [s for s in said[:checkpoint] if s.startswith("PRAGMA busy_timeout")]
    assert waits[-1] == f"PRAGMA busy_timeout = {_CHECKPOINT_WAIT_MS}"
    assert _CHECKPOINT_WAIT_MS < _BUSY_WAIT_MS
    assert said[-1] == f"PRAGMA busy_timeout = {_BUSY_WAIT_MS}"  # and back for writes
    assert not store.checkpoint()  # the reader still holds part of the WAL
    reader.execute("COMMIT")
    reader.close()
    assert [s.id for s in store.page()] == ids[1:]
    assert store.checkpoint()  # and the next one completes
    store.close()


def test_a_database_upgraded_from_version_1_is_purged_too(tmp_path: Path) -> None:
    from cg_desktop.core.store.retention import DAY, purge_personal_data

    path = tmp_path / "sends.db"
    make_v1_database(path)
    store = Store(path)
    # The v1 delivered (at 160) and duplicate (made at 200) sends; rejected and queued stay.
    assert purge_personal_data(store, 1, 200 + DAY + 1) == 2
    assert {s.contact for s in store.page() if s.purged_at is None} == {
        "v1.rejected@example.com",
        "v1.queued@example.com",
    }
    store.close()


def test_mark_records_when_a_send_settled_and_clears_it_when_requeued(tmp_path: Path) -> None:
    now = [1000.0]
    store = Store(tmp_path / "sends.db", clock=lambda: now[0])
    a, b = _enqueue(store, 2)
    assert store.get(a).settled_at is None  # type: ignore[union-attr]
    for status in (Status.DELIVERED, Status.DUPLICATE, Status.REJECTED, Status.FAILED):
        now[0] += 10
        store.mark(a, status)
        assert store.get(a).settled_at == now[0], status  # type: ignore[union-attr]
    store.mark(b, Status.REJECTED)
    now[0] += 10
    store.mark(b, Status.QUEUED)  # edited and queued again: not settled any more
    assert store.get(b).settled_at is None  # type: ignore[union-attr]
    store.mark(b, Status.SENDING)
    assert store.get(b).settled_at is None  # type: ignore[union-attr]
    store.close()


def test_every_connection_zeroes_deleted_content(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db")
    assert store._db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    store.close()


def test_a_non_sqlite_file_is_reported_as_damaged_and_a_newer_one_is_not(
    tmp_path: Path,
) -> None:
    from cg_desktop.core.store.sends import DamagedStoreError

    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00\x01 not sqlite " * 500)
    with pytest.raises(DamagedStoreError):
        Store(garbage)
    newer = tmp_path / "newer.db"
    db = sqlite3.connect(newer)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(StoreError) as info:
        Store(newer)
    assert not isinstance(info.value, DamagedStoreError)


# -- clear history ----------------------------------------------------------------------------


def test_clear_history_deletes_finished_sends_only_and_their_bytes(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    store = Store(path)
    ids = [
        store.enqueue(
            profile="Demo",
            region="eu",
            configuration="conf",
            record={"Email": f"clear-{status}-4471@example.com"},
            contact=f"clear-{status}-4471@example.com",
        )
        for status in ("delivered", "duplicate", "rejected", "failed", "sending", "queued")
    ]
    for send_id, status in zip(ids, ("delivered", "duplicate", "rejected", "failed"), strict=False):
        store.mark(send_id, Status(status))
    assert store.claim(ids[4]) is not None
    # Delivered and already-surveyed go; refused and failed are visitors still to fix.
    assert store.clear_history() == 2
    assert sorted(s.id for s in store.page()) == ids[2:]
    assert store.get(ids[4]).status is Status.SENDING  # type: ignore[union-attr]
    assert store.get(ids[5]).status is Status.QUEUED  # type: ignore[union-attr]
    # Gone from the file and its WAL, not just from the table.
    raw = b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    for status in ("delivered", "duplicate"):
        assert f"clear-{status}-4471".encode() not in raw
    for status in ("rejected", "failed", "queued"):
        assert f"clear-{status}-4471".encode() in raw
    assert store.clear_history() == 0
    store.close()


# -- write failures ---------------------------------------------------------------------------

DISK_FULL = (
    "This computer's disk is full, so the record could not be saved. Nothing was sent and "
    "nothing you typed is lost: free some space and press Send again."
)


def test_a_full_disk_refuses_the_record_with_a_sentence_and_writes_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sends.db"
    store = Store(path)
    _enqueue(store, 3)
    # A real SQLITE_FULL: the database may not grow by the pages this record needs.
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages + 1}")
    big = {"Email": "full-disk-8812@example.com", "Notes": "n" * 40_000}
    with pytest.raises(StoreError) as info:
        store.enqueue(profile="Demo", region="eu", configuration="c", record=big)
    assert str(info.value) == DISK_FULL
    assert isinstance(info.value.__cause__, sqlite3.OperationalError)
    assert "full" in str(info.value.__cause__)
    # Nothing partial: no row, a sound file, and the store keeps working once there is room.
    assert store.count() == 3
    other = sqlite3.connect(path)
    assert other.execute("SELECT COUNT(*) FROM sends").fetchone()[0] == 3
    assert (
        other.execute("SELECT COUNT(*) FROM sends WHERE record LIKE '%full-disk%'").fetchone()[0]
        == 0
    )
    assert other.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    other.close()
    store._db.execute("PRAGMA max_page_count = 1000000")
    send_id = store.enqueue(profile="Demo", region="eu", configuration="c", record=big)
    assert store.get(send_id).record == big  # type: ignore[union-attr]
    store.close()


def test_a_read_only_or_busy_database_refuses_the_record_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    store = Store(path)
    record = {"Email": "a@example.com"}
    store._db.execute("PRAGMA query_only = ON")  # SQLite answers SQLITE_READONLY
    with pytest.raises(StoreError, match=r"read-only.*nothing you typed is lost"):
        store.enqueue(profile="Demo", region="eu", configuration="c", record=record)
    store._db.execute("PRAGMA query_only = OFF")
    # Another connection holds the write lock longer than this one is willing to wait.
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store._db.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(StoreError, match=r"busy too long.*press Send again"):
            store.enqueue(profile="Demo", region="eu", configuration="c", record=record)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.count() == 0
    store.close()


def test_a_send_being_sent_is_not_deleted(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db")
    (send_id,) = _enqueue(store, 1)
    store.claim(send_id)
    assert store.delete(send_id) is False
    assert store.get(send_id) is not None
    store.mark(send_id, Status.DELIVERED)
    assert store.delete(send_id) is True and store.get(send_id) is None
    assert store.waiting_lanes() == []
    _enqueue(store, 1)
    assert store.waiting_lanes() == ["sandbox"]
    store.close()


def test_a_refused_send_needs_a_fix_until_its_contact_is_sent_again(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db")
    first, other = _enqueue(store, 2)
    store.mark(first, Status.REJECTED)
    store.mark(other, Status.DELIVERED)
    assert store.needing_a_fix() == 1
    again = store.enqueue(
        profile="Demo",
        region="sandbox",
        configuration="c",
        record={"Email": "p0@example.com"},
        contact="p0@example.com",
    )
    assert store.needing_a_fix() == 0  # queued again counts as dealt with
    store.mark(again, Status.REJECTED)
    assert store.needing_a_fix() == 1  # the newest attempt is refused too
    store.mark(again, Status.DELIVERED)
    store.mark_fixed(again, again)  # a delivered send is never marked fixed
    assert store.get(again).fixed_by is None  # type: ignore[union-attr]
    store.mark_fixed(first, again)
    fixed = store.get(first)
    assert fixed is not None and fixed.fixed_by == again and not fixed.needs_fix
    assert fixed.status_words == "Fixed (sent again)"
    assert store.needing_a_fix() == 0
    store.close()


READ_COUNT = (
    "import sqlite3, sys\n"
    "db = sqlite3.connect(sys.argv[1])\n"
    "print(db.execute('SELECT COUNT(*) FROM sends').fetchone()[0])\n"
    "db.close()\n"
)


def test_another_program_reading_the_database_never_takes_the_wal_from_under_us(
    tmp_path: Path,
) -> None:
    # The window's connection and the sender thread's, as in the app. Opening the second
    # once closed a descriptor of the file, which drops all of this process's POSIX locks:
    # a backup tool or viewer opening the file then deleted the -wal on closing, and what
    # was committed afterwards went to a deleted file (lost in a crash).
    path = tmp_path / "sends.db"
    window, sender = Store(path), Store(path)
    try:
        subprocess.run([sys.executable, "-c", READ_COUNT, str(path)], check=True, timeout=60)
        window.enqueue(
            profile="Desk", region="eu", configuration="c", record={"Email": "quinn@example.com"}
        )
        seen = subprocess.run(
            [sys.executable, "-c", READ_COUNT, str(path)],
            capture_output=True, text=True, check=True, timeout=60,
        ).stdout.strip()  # fmt: skip
        assert seen == "1", "the record went to a -wal no other process can see"
        assert Path(f"{path}-wal").exists()
    finally:
        sender.close()
        window.close()


def test_queued_sends_follow_their_profiles_corrected_webhook(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db")
    old = store.enqueue(
        profile="Fair", region="eu", configuration="", record={"Email": "a@b"}, lane="eu/hook/abc"
    )
    done = store.enqueue(
        profile="Fair", region="eu", configuration="", record={"Email": "c@d"}, lane="eu/hook/abc"
    )
    store.mark(done, Status.DELIVERED)
    api = store.enqueue(profile="Desk", region="us", configuration="c", record={"Email": "e@f"})
    assert store.follow_profile("Fair", "eu/hook/abc123", "eu") == 1
    assert store.get(old).lane == "eu/hook/abc123"  # type: ignore[union-attr]
    assert store.get(done).lane == "eu/hook/abc"  # type: ignore[union-attr]  (history as it was)
    # A Records API send keeps the region it went to; a profile turned webhook takes its own.
    assert store.follow_profile("Desk", "eu", "eu") == 0
    assert store.follow_profile("Desk", "us/hook/h1", "us") == 1
    assert store.get(api).lane == "us/hook/h1"  # type: ignore[union-attr]
    assert store.follow_profile("Desk", "us", "us") == 1  # and back to the API
    store.close()
