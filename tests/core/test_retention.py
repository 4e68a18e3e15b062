"""Personal-data retention: masked contacts, and the purged data gone from the file's bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from cg_desktop.core.store.retention import (
    DAY,
    mask_contact,
    mask_in_text,
    purge_due,
    purge_personal_data,
)
from cg_desktop.core.store.sends import Send, Status, Store

T0 = 1_700_000_000.0


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def database_bytes(path: Path) -> bytes:
    """The database file and its -wal and -shm, as they are on disk."""
    return b"".join(
        p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


@pytest.mark.parametrize(
    ("contact", "masked"),
    [
        ("john.doe@example.com", "j***@example.com"),
        ("  Zoë@example.org ", "Z***@example.org"),
        ('"odd@local"@example.com', '"***@example.com'),
        ("123456789", "*******89"),
        ("+44 7700 900-389", "*******89"),
        ("(0)6 12.34.56.89", "*******89"),
        ("112", "*******"),  # too short to keep two digits of
        ("John Doe", "J***"),
        ("Zoë", "Z***"),
        ("Acme Ltd 2", "A***"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_mask_contact(contact: str, masked: str) -> None:
    assert mask_contact(contact) == masked


def test_mask_in_text_masks_every_personal_value_in_any_case_once() -> None:
    text = "Accepted for ZELDA@example.com (Zelda Quill) of example.com; score 10."
    masked = mask_in_text(text, ["zelda@example.com", "Zelda Quill", "example.com", "10"])
    # Longest first, one pass: the email's mask keeps its domain, "10" is too short to mask.
    assert masked == "Accepted for z***@example.com (Z***) of e***; score 10."
    assert mask_in_text("Sent.", []) == "Sent."
    assert mask_in_text("Sent.", ["", "  "]) == "Sent."


def test_purge_is_due_at_start_up_then_daily_and_after_the_clock_went_back() -> None:
    assert purge_due(None, T0)
    assert not purge_due(T0, T0 + DAY - 1)
    assert purge_due(T0, T0 + DAY)
    assert purge_due(T0, T0 - 60)  # the clock was set back: don't wait for it to catch up
    assert not purge_due(T0, T0 + 10, every=60)


def _send(store: Store, record: dict[str, str], contact: str) -> int:
    return store.enqueue(
        profile="Trade show", region="eu", configuration="conf", record=record, contact=contact
    )


def test_purged_personal_data_is_gone_from_the_database_files(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    clock = Clock()
    store = Store(path, clock=clock)
    # The sender thread's own connection is open too, as in the app.
    sender = Store(path, clock=clock)

    email = "zelda.unique-9731@example.com"
    delivered = _send(
        store,
        {"Email": email, "First Name": "Quirinalia", "Last Name": "Zebulonovich", "NPS": "9"},
        email,
    )
    phone = "+44 7700 900731"
    duplicate = _send(store, {"Phone": phone, "First Name": "Ximenadora"}, phone)
    named = _send(store, {"First Name": "Wilhelmina", "Last Name": "Vanterpool-7716"}, "W V")
    kept = {
        Status.REJECTED: "rejected.keepme-5521@example.com",
        Status.FAILED: "failed.keepme-5522@example.com",
        Status.SENDING: "sending.keepme-5523@example.com",
        Status.QUEUED: "queued.keepme-5524@example.com",
    }
    kept_ids = {status: _send(store, {"Email": e}, e) for status, e in kept.items()}

    for send_id in (delivered, duplicate, named, kept_ids[Status.SENDING]):
        assert sender.claim(send_id) is not None
    # The server's answer can echo the record; a long one spills into overflow pages.
    echo = '{"echo": "' + email + " " + "x" * 6000 + ' Zebulonovich"}'
    sender.mark(
        delivered,
        Status.DELIVERED,
        message="Sent. CustomerGauge accepted the record and will send the survey.",
        http_status=200,
        server_answer=echo,
    )
    sender.mark(
        duplicate,
        Status.DUPLICATE,
        message="This contact already received a survey recently (CG-ID 4242).",
        http_status=422,
        server_answer=f'{{"errors": {{"duplicate": ["{phone} duplicates with 4242."]}}}}',
        cg_id="4242",
    )
    # A message that quotes the person (the server's words, say) is masked as well.
    sender.mark(named, Status.DELIVERED, message="Sent for Wilhelmina Vanterpool-7716.")
    sender.mark(kept_ids[Status.REJECTED], Status.REJECTED, server_answer=kept[Status.REJECTED])
    sender.mark(kept_ids[Status.FAILED], Status.FAILED, server_answer=kept[Status.FAILED])
    before = database_bytes(path)
    gone = [email, "Quirinalia", "Zebulonovich", phone, "Ximenadora", "Wilhelmina", "Vanterpool"]
    assert all(s.encode() in before for s in gone)  # else the test proves nothing

    # Long after: even the sends still waiting are far beyond the retention period.
    clock.now = T0 + 31 * DAY
    assert purge_personal_data(store, 30, clock.now) == 3

    # Gone from the bytes at once, with both connections still open ...
    raw = database_bytes(path)
    for text in gone:
        assert text.encode() not in raw, text
    for text in kept.values():
        assert text.encode() in raw, text
    # ... and after closing.
    store.close()
    sender.close()
    raw = database_bytes(path)
    for text in gone:
        assert text.encode() not in raw, text
    for text in kept.values():
        assert text.encode() in raw, text

    check = Store(path)
    sends = {s.id: s for s in check.page()}
    check.close()
    first = sends[delivered]
    assert (first.contact, first.record, first.server_answer) == ("z***@example.com", {}, "")
    assert (first.status, first.http_status, first.profile) == (Status.DELIVERED, 200, "Trade show")
    assert first.message == "Sent. CustomerGauge accepted the record and will send the survey."
    assert first.purged_at == T0 + 31 * DAY and first.created_at == T0
    second = sends[duplicate]
    assert (second.contact, second.cg_id, second.status) == ("*******31", "4242", Status.DUPLICATE)
    assert second.message == "This contact already received a survey recently (CG-ID 4242)."
    third = sends[named]
    assert (third.contact, third.message) == ("W***", "Sent for W*** V***.")
    for status, send_id in kept_ids.items():
        send = sends[send_id]
        assert (send.status, send.contact, send.purged_at) == (status, kept[status], None)
        assert send.record == {"Email": kept[status]}


def _sends(store: Store) -> list[Send]:
    return store.page(limit=1000)


def test_a_purge_with_nothing_due_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    clock = Clock()
    store = Store(path, clock=clock)
    recent = _send(store, {"Email": "recent@example.com"}, "recent@example.com")
    store.mark(recent, Status.DELIVERED)
    waiting = _send(store, {"Email": "waiting@example.com"}, "waiting@example.com")
    store.mark(waiting, Status.REJECTED)
    rows, files = _sends(store), {p: p.read_bytes() for p in tmp_path.glob("sends.db*")}
    files.pop(Path(f"{path}-shm"))  # readers' marks live there, not data

    # 29 days and 23 hours after the delivery: not yet.
    assert purge_personal_data(store, 30, T0 + 30 * DAY - 3600) == 0
    assert _sends(store) == rows
    assert {p: p.read_bytes() for p in files} == files
    store.close()


def test_purging_twice_purges_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db", clock=Clock())
    send_id = _send(store, {"Email": "twice@example.com"}, "twice@example.com")
    store.mark(send_id, Status.DELIVERED)
    assert purge_personal_data(store, 1, T0 + 2 * DAY) == 1
    assert purge_personal_data(store, 1, T0 + 3 * DAY) == 0
    send = store.get(send_id)
    assert (
        send is not None and send.purged_at == T0 + 2 * DAY and send.contact == "t***@example.com"
    )
    store.close()


def test_retention_counts_from_settling_not_from_saving(tmp_path: Path) -> None:
    clock = Clock()
    store = Store(tmp_path / "sends.db", clock=clock)
    send_id = _send(store, {"Email": "offline@example.com"}, "offline@example.com")
    # Saved offline at a trade show, delivered ten days later.
    clock.now = T0 + 10 * DAY
    store.mark(send_id, Status.DELIVERED)
    assert purge_personal_data(store, 30, T0 + 35 * DAY) == 0
    assert purge_personal_data(store, 30, T0 + 41 * DAY) == 1
    store.close()


def test_sends_that_may_be_resent_are_never_purged(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db", clock=Clock())
    ids = {}
    for status in (Status.QUEUED, Status.SENDING, Status.REJECTED, Status.FAILED):
        ids[status] = _send(store, {"Email": f"{status}@example.com"}, f"{status}@example.com")
        if status is not Status.QUEUED:
            store.mark(ids[status], status)
    assert purge_personal_data(store, 1, T0 + 3650 * DAY) == 0
    for status, send_id in ids.items():
        send = store.get(send_id)
        assert send is not None and send.record == {"Email": f"{status}@example.com"}
    store.close()


def test_a_refusal_put_right_by_a_delivered_copy_is_purged_too(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db", clock=Clock())
    refused = _send(store, {"Email": "fixme@example.com", "Size": "about 50"}, "fixme@example.com")
    store.mark(refused, Status.REJECTED)
    copy = _send(store, {"Email": "fixme@example.com", "Size": "50"}, "fixme@example.com")
    store.mark(copy, Status.DELIVERED)
    assert purge_personal_data(store, 1, T0 + 2 * DAY) == 1  # the copy only: not fixed yet
    store.mark_fixed(refused, copy)
    assert purge_personal_data(store, 1, T0 + 2 * DAY) == 1  # now the refusal too
    purged = store.get(refused)
    assert purged is not None and purged.purged_at is not None
    assert "fixme@example.com" not in repr(purged.record)
    store.close()


def test_retention_is_at_least_a_day(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db")
    with pytest.raises(ValueError, match="at least one day"):
        purge_personal_data(store, 0, T0)
    store.close()
