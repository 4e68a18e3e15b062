"""A damaged database's unsent records are queued again in the fresh one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cg_desktop.core.store.recovery import open_store
from cg_desktop.core.store.sends import Status, Store


def build(path: Path) -> None:
    """300 delivered sends, 3 unsent ones (two waiting, one mid-send at the crash) and a
    refusal fixed since."""
    with Store(path) as store:
        for i in range(300):
            sent = store.enqueue(
                profile="Demo",
                region="sandbox",
                configuration="c",
                record={"Email": f"done{i}@example.com"},
            )
            store.mark(sent, Status.DELIVERED)
        for name in ("kim", "lea", "max"):
            store.enqueue(
                profile="Demo",
                region="eu",
                configuration="c",
                record={"Email": f"{name}@example.com", "First Name": name.title()},
                contact=f"{name}@example.com",
                # Lea is the corrected copy of send 7: an id the fresh file gives another.
                options={"format": "form", **({"fixes": "7"} if name == "lea" else {})},
            )
        store.claim_next(lanes=["eu"])  # kim: "sending" when the machine died
        # A refusal put right since by a delivered copy: nothing left to fix.
        fixed = store.enqueue(
            profile="Demo", region="eu", configuration="c", record={"Email": "ned@example.com"}
        )
        store.mark(fixed, Status.REJECTED)
        store.mark_fixed(fixed, sent)


def break_the_index(path: Path) -> None:
    """Overwrite the status index's root page: quick_check fails, the table still reads."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'sends_by_status'"
    ).fetchone()[0]
    db.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xde\xad" * (page_size // 2))


def test_unsent_records_survive_a_damaged_database(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    build(path)
    break_the_index(path)
    store, notice = open_store(path)
    try:
        assert notice is not None and "damaged" in notice
        assert "3 records not yet sent could still be read from it and will be sent" in notice
        unsent = sorted(store.page(), key=lambda s: s.contact)
        assert [s.contact for s in unsent] == [
            "kim@example.com",
            "lea@example.com",
            "max@example.com",
        ]
        assert all(s.status is Status.QUEUED and s.region == "eu" for s in unsent)
        assert unsent[0].record == {"Email": "kim@example.com", "First Name": "Kim"}
        assert unsent[0].options == {"format": "form"}
        assert unsent[1].options == {"format": "form"}  # the stale link is dropped
        assert unsent[0].result_unknown and not unsent[1].result_unknown
        assert store.count([Status.DELIVERED]) == 0  # the history itself stays in the kept file
    finally:
        store.close()
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("sends.db.damaged-")]
    assert kept, "the damaged file is kept"
