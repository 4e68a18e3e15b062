"""The history pane: lazy paging over 100,000 sends, filters, details, live updates."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from cg_desktop.core.store.sends import Status, Store
from cg_desktop.ui.history.model import PAGE, HistoryModel
from cg_desktop.ui.history.panel import HistoryPanel


def fill_database(path: Path, n: int) -> None:
    """n sends straight into the table (what years of a busy desk look like)."""
    Store(path).close()  # create the schema
    db = sqlite3.connect(path)
    now = time.time()
    rows = [
        (
            now - n + i,
            "Demo",
            "sandbox",
            "conf",
            "{}",
            json.dumps({"Email": f"p{i}@example.com"}),
            f"p{i}@example.com",
            "rejected" if i % 1000 == 0 else "delivered",
            1,
            "",
        )
        for i in range(n)
    ]
    db.executemany(
        "INSERT INTO sends (created_at, profile, region, configuration, options, record, "
        "contact, status, attempts, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.commit()
    db.close()


def test_100000_rows_open_one_page_at_a_time(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "sends.db"
    fill_database(path, 100_000)
    store = Store(path)
    model = HistoryModel(store)
    model.reload()
    assert model.rowCount() == PAGE  # only the first page is read
    assert model.canFetchMore(model.index(-1, -1))
    assert model.data(model.index(0, 2)) == "p99999@example.com"  # newest first
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 2 * PAGE
    model.set_filter([Status.REJECTED], "")  # 100 of them, spread over all 100,000
    assert model.rowCount() == 100
    assert not model.canFetchMore(model.index(-1, -1))
    assert {model.data(model.index(r, 3)) for r in range(100)} == {"Needs a fix"}
    store.close()


def test_panel_filters_by_text_and_shows_exact_details(qtbot: QtBot, tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db")
    first = store.enqueue(
        profile="Demo",
        region="sandbox",
        configuration="c",
        record={"Email": "ann@example.com"},
        contact="ann@example.com",
    )
    store.mark(
        first,
        Status.REJECTED,
        message="Fix it",
        http_status=422,
        server_answer='{"message": "The Email field must be a valid email address."}',
    )
    store.enqueue(
        profile="Demo",
        region="sandbox",
        configuration="c",
        record={"Email": "bob@example.com"},
        contact="bob@example.com",
    )
    panel = HistoryPanel(store, lambda _profile: {"Email": "Email address"})
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 2
    panel.search.setText("ann@")
    assert panel.model.rowCount() == 1
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    # Read as the form showed it: the label, the value, how it went in words...
    details = panel.details.toPlainText()
    assert "Email address: ann@example.com" in details
    assert "Needs a fix. Fix it" in details
    assert "{" not in details  # no JSON for a person to read
    # ...and the exact request and answer under Technical details.
    assert panel.technical.isHidden()
    panel.technical_button.click()
    assert not panel.technical.isHidden()
    technical = panel.technical.toPlainText()
    assert '{"message": "The Email field must be a valid email address."}' in technical
    assert "HTTP 422" in technical
    assert '"Email": "ann@example.com"' in technical
    panel.search.clear()
    panel.status_filter.setCurrentIndex(panel.status_filter.findText("Waiting"))
    assert [panel.model.send_at(r).contact for r in range(panel.model.rowCount())] == [
        "bob@example.com"
    ]
    store.close()


def test_panel_updates_live(qtbot: QtBot, tmp_path: Path) -> None:
    store = Store(tmp_path / "sends.db")
    panel = HistoryPanel(store)
    qtbot.addWidget(panel)
    send_id = store.enqueue(
        profile="Demo",
        region="sandbox",
        configuration="c",
        record={"Email": "c@example.com"},
        contact="c@example.com",
    )
    panel.send_changed(send_id)
    assert panel.model.rowCount() == 1
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    store.mark(send_id, Status.DELIVERED, message="Sent.")
    panel.send_changed(send_id)
    assert panel.model.data(panel.model.index(0, 3)) == "Delivered"
    assert "Sent." in panel.details.toPlainText()
    store.close()
