"""Regressions from review: accounts for every waiting region, purge timer, start-up refusal."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS, fill

from cg_desktop.core.credentials import CredentialStore, client_service
from cg_desktop.core.delivery import Account
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.settings import Settings, save_settings
from cg_desktop.core.store.sends import SCHEMA_VERSION, Store
from cg_desktop.ui.context import build_context
from cg_desktop.ui.main_window import MainWindow
from cg_desktop.ui.retention_keeper import RetentionKeeper


def test_waiting_sends_of_another_region_get_their_account(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(Settings(last_region="us", client_ids={"eu": "eu-app"}), paths.settings_file)
    store = CredentialStore(file_keyring)
    store.save(client_service("eu"), "eu-app", "eu-secret")
    with Store(paths.database) as db:
        db.enqueue(profile="Desk", region="eu", configuration="c", record={"Email": "a@b.c"})
    window = MainWindow(build_context(paths, credentials=store))
    window.confirm_close = False
    qtbot.addWidget(window)
    given: list[Account] = []
    monkeypatch.setattr(window.outbox_sender, "set_account", given.append)
    try:
        assert window.current_region().code == "us"
        window.sign_in.offer_accounts()  # the keyring is read in a pool thread
        qtbot.waitUntil(lambda: bool(given), timeout=HANG_MS)
        assert [(a.region.code, a.credentials.client_id) for a in given] == [("eu", "eu-app")]
    finally:
        window.close()


def test_a_failing_first_purge_does_not_stop_the_daily_ones(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cg_desktop.ui.retention_keeper as keeper_module

    def full(*_a: object) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(keeper_module, "purge_personal_data", full)
    with Store(tmp_path / "sends.db") as store:
        keeper = RetentionKeeper(store, lambda: 30)
        keeper.start()  # no exception escapes
        assert keeper._timer.isActive() and keeper.last_run is None
        keeper.stop()


def test_edit_and_resend_asks_before_replacing_what_is_typed(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    with Store(window.paths.database) as db:
        old = db.enqueue(
            profile="Demo (practice)",
            region="sandbox",
            configuration="c",
            record={"Email": "old@example.com", "First Name": "Old"},
        )
        from cg_desktop.core.store.sends import Status

        db.mark(old, Status.REJECTED, http_status=422, server_answer="{}")
    window.refresh_history()
    fill(window, Email="new.visitor@example.com", First_Name="New")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.history.table.setCurrentIndex(window.history.model.index(0, 0))
    window.history.edit_button.click()
    assert window.form is not None and window.form.values()["Email"] == "new.visitor@example.com"


START_WITH_NEWER_DATABASE = """
import sys
from PySide6.QtWidgets import QMessageBox
shown = []
QMessageBox.critical = staticmethod(lambda _p, title, text: shown.append(text))
from cg_desktop.app import main
code = main(["--data-dir", sys.argv[1]])
print(code, shown[0] if shown else "no message")
"""


def test_a_database_from_a_newer_version_is_refused_with_a_message(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    paths.data_dir.mkdir(parents=True)
    db = sqlite3.connect(paths.database)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    result = subprocess.run(
        [sys.executable, "-c", START_WITH_NEWER_DATABASE, str(tmp_path)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("1 ")
    assert "newer cg-desktop" in result.stdout
    assert [p.name for p in paths.data_dir.iterdir() if "damaged" in p.name] == []


def test_closing_asks_when_typing_would_be_lost_or_sends_wait(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.confirm_close = True
    fill(window, First_Name="Half-typed")
    asked: list[str] = []

    def question(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    window.close()
    assert window.isVisible() and not window.closed
    assert "What is typed in the form has not been sent" in asked[0]
    window.form.reset()  # type: ignore[union-attr]
    window.close()  # nothing typed, nothing waiting: no question
    assert window.closed and len(asked) == 1
