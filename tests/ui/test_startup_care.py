"""Start-up care: a damaged database is set aside with a message; old personal data purged."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS, fill, send_and_wait

from cg_desktop.core.paths import AppPaths
from cg_desktop.core.settings import Settings, save_settings
from cg_desktop.core.store.sends import Status, Store
from cg_desktop.ui.main_window import MainWindow


def test_a_corrupt_database_is_kept_aside_and_the_app_works(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.database.write_bytes(b"\x00garbage, not a database\x00" * 400)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    window = make_window()
    qtbot.waitUntil(lambda: bool(told), timeout=HANG_MS)
    kept = [p for p in paths.data_dir.iterdir() if p.name.startswith("sends.db.damaged-")]
    assert len(kept) == 1
    assert str(kept[0]) in told[0]
    assert kept[0].read_bytes().startswith(b"\x00garbage")  # never deleted
    fill(window, Email="val@example.com", First_Name="Val")
    send_and_wait(qtbot, window)
    assert [s.status for s in window.work.store.page()] == [Status.DELIVERED]


def test_start_up_purges_personal_data_past_the_retention_period(
    qtbot: QtBot, make_window: Callable[..., MainWindow], paths: AppPaths
) -> None:
    save_settings(Settings(retention_days=30), paths.settings_file)
    forty_days_ago = time.time() - 40 * 86_400
    with Store(paths.database, clock=lambda: forty_days_ago) as store:
        old = store.enqueue(
            profile="Demo",
            region="sandbox",
            configuration="c",
            record={"Email": "wren.old@example.com", "First Name": "Wren"},
            contact="wren.old@example.com",
        )
        store.claim(old)
        store.mark(old, Status.DELIVERED, message="Sent.")
        waiting = store.enqueue(
            profile="Demo",
            region="sandbox",
            configuration="c",
            record={"Email": "xia.waiting@example.com"},
            contact="xia.waiting@example.com",
        )
        store.mark(waiting, Status.QUEUED, next_attempt_at=time.time() + 3600)
    window = make_window()
    qtbot.waitUntil(lambda: window.work.retention.last_run is not None, timeout=HANG_MS)
    purged = window.work.store.get(old)
    assert purged is not None and purged.record == {} and purged.contact == "w***@example.com"
    still = window.work.store.get(waiting)
    assert still is not None and still.record == {"Email": "xia.waiting@example.com"}
    model = window.work.history.model  # the list shows the masked contact, not the old one
    assert "w***@example.com" in [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    raw = sqlite3.connect(paths.database).execute("SELECT record FROM sends").fetchall()
    assert all("wren.old" not in json.dumps(r) for r in raw)
