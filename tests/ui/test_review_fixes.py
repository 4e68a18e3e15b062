"""Regressions from review: accounts for every waiting region, purge timer, start-up refusal."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS, fill

from cg_desktop.core.credentials import ClientCredentials, CredentialStore, client_service
from cg_desktop.core.delivery import Account
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.settings import Settings, save_settings
from cg_desktop.core.store.sends import SCHEMA_VERSION, Store
from cg_desktop.ui.context import build_context
from cg_desktop.ui.dialogs.credentials import CredentialsDialog
from cg_desktop.ui.main_window import MainWindow
from cg_desktop.ui.practice.session import start_practice
from cg_desktop.ui.retention_keeper import RetentionKeeper
from cg_desktop.ui.sending import sign_in as sign_in_module


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
    monkeypatch.setattr(window.work.sender, "set_account", given.append)
    try:
        assert window.current_region().code == "us"
        window.work.sign_in.offer_accounts()  # the keyring is read in a pool thread
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
    asked: list[str] = []
    choice = ["Keep typing"]

    def answer(box: QMessageBox) -> int:
        asked.append(f"{box.text()} {box.informativeText()}")
        chosen = next(b for b in box.buttons() if b.text() == choice[0])
        chosen.click()  # as the person would
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.work.history.table.setCurrentIndex(window.work.history.model.index(0, 0))
    window.work.history.edit_button.click()
    assert window.form is not None and window.form.values()["Email"] == "new.visitor@example.com"
    # The question names both people, and keeping what is typed is the way out.
    assert "New (new.visitor@example.com)" in asked[0] and "Old (old@example.com)" in asked[0]
    choice[0] = "Replace"
    window.work.history.edit_button.click()
    assert window.form.values()["Email"] == "old@example.com"


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


class SlowKeyring(PlaintextKeyring):
    """A real file keyring whose reads wait until the test lets them go (a locked keyring)."""

    def __init__(self, path: Path, hold_from: int = 0) -> None:
        """Reads number `hold_from` (from 0) and later wait for `gate`."""
        super().__init__()
        self.file_path = str(path)
        self.gate = threading.Event()
        self.reading = threading.Event()  # a held read has begun
        self._hold_from = hold_from
        self._reads = 0

    def get_password(self, service: str, username: str) -> str | None:
        self._reads += 1
        if self._reads > self._hold_from:
            self.reading.set()
            self.gate.wait(HANG_MS / 1000)
        return super().get_password(service, username)


def _signed_in_window(
    qtbot: QtBot, paths: AppPaths, keyring: SlowKeyring
) -> tuple[MainWindow, list[object]]:
    """A real-account window (eu, signed in as old-id), its sender's calls recorded."""
    save_settings(Settings(last_region="eu", client_ids={"eu": "old-id"}), paths.settings_file)
    keyring.set_password(client_service("eu"), "old-id", "old-secret")
    window = MainWindow(build_context(paths, credentials=CredentialStore(keyring)))
    window.confirm_close = False
    qtbot.addWidget(window)
    calls: list[object] = []
    sender = window.work.sender
    sender.set_account = lambda account, resume=False: calls.append(account)  # type: ignore[method-assign]
    sender.send_now = lambda: calls.append("send now")  # type: ignore[method-assign]
    return window, calls


def test_a_slow_keyring_read_never_brings_back_credentials_replaced_meanwhile(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = SlowKeyring(tmp_path / "keyring.cfg")
    window, calls = _signed_in_window(qtbot, paths, slow)
    try:
        window.work.sign_in.offer_accounts()  # reads old-id's secret in a pool thread...
        assert slow.reading.wait(HANG_MS / 1000)

        class Saved:  # ...while the person signs in again, as new-id
            DialogCode = CredentialsDialog.DialogCode

            def __init__(self, *_a: object, **_k: object) -> None:
                pass

            def exec(self) -> CredentialsDialog.DialogCode:
                return CredentialsDialog.DialogCode.Accepted

            def credentials(self) -> ClientCredentials:
                return ClientCredentials("new-id", "new-secret")

        monkeypatch.setattr(sign_in_module, "CredentialsDialog", Saved)
        window.work.sign_in.ask()
        slow.gate.set()  # the old read ends now
        qtbot.waitUntil(lambda: not window.work.sign_in.looking_up, timeout=HANG_MS)
        given = [a.credentials.client_id for a in calls if isinstance(a, Account)]
        assert given == ["new-id"]
    finally:
        slow.gate.set()
        window.close()


def test_send_now_goes_after_the_accounts_are_with_the_sender(
    qtbot: QtBot, paths: AppPaths, tmp_path: Path
) -> None:
    # The first read (is this region signed in?) answers; the pool's read is held.
    slow = SlowKeyring(tmp_path / "keyring.cfg", hold_from=1)
    window, calls = _signed_in_window(qtbot, paths, slow)
    try:
        window.work.sending.send_waiting()
        assert slow.reading.wait(HANG_MS / 1000)
        assert calls == []  # nothing is asked of the sender while the keyring answers
        slow.gate.set()
        qtbot.waitUntil(lambda: "send now" in calls, timeout=HANG_MS)
        assert [type(c).__name__ for c in calls] == ["Account", "str"]
    finally:
        slow.gate.set()
        window.close()


def _newer_database(paths: AppPaths) -> None:
    """A database made by a newer cg-desktop: it can't be used, and isn't damaged."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(paths.database)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()


def test_enter_before_the_database_opens_a_newer_one_says_so_and_closes(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _newer_database(paths)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: told.append(text))
    window = MainWindow(
        build_context(paths, practice=start_practice(), credentials=CredentialStore(file_keyring))
    )
    qtbot.addWidget(window)
    stopped: list[str] = []
    window.cannot_start.connect(stopped.append)
    fill(window, Email="early@example.com", First_Name="Early")
    assert window.form is not None
    window.form.try_send()  # before any paint: the database opens now, and can't
    assert len(told) == 1 and "newer cg-desktop" in told[0]
    assert "What is typed in the form could not be saved." in told[0]
    assert stopped == told and window.closed
    window.form.try_send()  # nothing more happens, no exception, no second message
    assert len(told) == 1


def test_the_practice_window_from_the_first_run_page_says_when_it_cannot_start(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _newer_database(paths.for_practice())
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: told.append(text))
    window = make_window(practice=False)
    window.first_run.practice_button.click()
    practice_window = window.successor
    assert practice_window is not None
    qtbot.addWidget(practice_window)
    qtbot.waitUntil(lambda: practice_window.closed, timeout=HANG_MS)
    assert len(told) == 1 and "newer cg-desktop" in told[0]
