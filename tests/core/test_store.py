"""The sends table: durable enqueue, atomic claims from two threads, paging, reopening."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from cg_desktop.core.store import SCHEMA_VERSION, Status, Store, StoreError


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
    assert store.claim_next(regions=["au"]) is None
    assert store.claim_next(regions=[]) is None
    assert store.next_due_at(["eu"]) == 500.0
    assert store.claim_next(regions=["eu"]) is None  # not due yet
    store.due_now(["eu"])
    assert store.next_due_at(["eu"]) == 0.0
    claimed = store.claim_next(regions=["eu", "au"])
    assert claimed is not None and claimed.id == eu
    assert store.next_due_at(["us"]) == 0.0 and store.get(us).status is Status.QUEUED  # type: ignore[union-attr]
    store.close()
