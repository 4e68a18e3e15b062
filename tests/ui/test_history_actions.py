"""The history's actions: edit and resend, retry now, delete, export, clear (ask first)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS, fill, send_and_wait

from cg_desktop.core.store.sends import Status
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.main_window import MainWindow

OUT_OF_DATE = "Demo — out-of-date copy (practice)"


def answer(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(
        _parent: object, _title: str, text: str, *_a: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def select_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    """Choose a send in the history, once the history shows it (it reloads on its own
    after an outcome: on a busy machine, a moment after the outcome was shown)."""
    history = window.work.history
    window.tabs.setCurrentWidget(history)
    qtbot.waitUntil(lambda: history.model.rowCount() > row, timeout=HANG_MS)
    history.table.setCurrentIndex(history.model.index(row, 0))


def test_edit_and_resend_a_refused_send(qtbot: QtBot, window: MainWindow) -> None:
    window.choose_profile(OUT_OF_DATE)
    fill(window, Email="pat@example.com", First_Name="Pat", Company_Size="about 50")
    send_and_wait(qtbot, window)
    window.form.reset()  # type: ignore[union-attr]  # someone else used the desk since
    window.choose_profile("Demo (practice)")
    select_row(qtbot, window, 0)
    assert window.work.history.edit_button.isEnabled()
    assert not window.work.history.retry_button.isEnabled()
    window.work.history.edit_button.click()
    form = window.form
    assert form is not None and form.profile.name == OUT_OF_DATE
    assert window.tabs.currentIndex() == 0
    assert form.values()["Email"] == "pat@example.com"
    assert form.rows["Company Size"].errors() == ["The Company Size must be a number."]
    assert form.banner.tone is Tone.WARNING
    assert "then back to “Demo (practice)”" in form.banner.text.text()
    fill(window, Company_Size="50")
    send_and_wait(qtbot, window)
    # Sent, and the desk is on its own profile again.
    assert window.form is not None and window.form.profile.name == "Demo (practice)"
    assert window.form.banner.tone is Tone.SUCCESS
    # Both stay in the history; the refused one says it was fixed, nothing needs a fix.
    sends = window.work.store.page()
    assert [s.status for s in sends] == [Status.DELIVERED, Status.REJECTED]
    assert sends[1].fixed_by == sends[0].id and sends[1].status_words == "Fixed (sent again)"
    assert "a fix (History)" not in window.status.text()
    window.show_history()
    window.work.history.table.selectRow(1)
    assert window.work.history.selected_send().id == sends[1].id
    assert not window.work.history.edit_button.isEnabled()  # fixed: not resent again


def test_retry_now_sends_a_waiting_record_at_once(qtbot: QtBot, window: MainWindow) -> None:
    window.practice.sandbox.inject("rate_429", retry_after=3600)  # type: ignore[union-attr]
    fill(window, Email="quinn@example.com", First_Name="Quinn")
    send_and_wait(qtbot, window)
    send = window.work.store.page()[0]
    assert send.status is Status.QUEUED and send.next_attempt_at is not None
    select_row(qtbot, window, 0)
    assert window.work.history.retry_button.isEnabled()
    with qtbot.waitSignal(window.outcome_shown, timeout=HANG_MS):
        window.work.history.retry_button.click()
    assert window.work.store.page()[0].status is Status.DELIVERED


def test_delete_asks_first_and_warns_for_unsent(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Retry-After an hour: the sender's own retry can't come while the test looks.
    window.practice.sandbox.inject("busy_503", retry_after=3600)  # type: ignore[union-attr]
    fill(window, Email="rae@example.com", First_Name="Rae")
    send_and_wait(qtbot, window)
    select_row(qtbot, window, 0)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    window.work.history.delete_button.click()
    assert "it will never be sent" in asked[0]
    assert window.work.store.count() == 1  # answered No
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.work.history.delete_button.click()
    assert window.work.store.count() == 0
    assert window.work.history.model.rowCount() == 0


def test_clear_history_keeps_waiting_sends(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(window, Email="sam@example.com", First_Name="Sam")
    send_and_wait(qtbot, window)
    # Retry-After an hour: the sender's own retry can't come while the test looks.
    window.practice.sandbox.inject("busy_503", retry_after=3600)  # type: ignore[union-attr]
    fill(window, Email="tia@example.com", First_Name="Tia")
    send_and_wait(qtbot, window)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.work.history.clear_button.click()
    assert "Sends still waiting, and refused ones that need a fix, are kept" in asked[0]
    assert [s.contact for s in window.work.store.page()] == ["tia@example.com"]
    assert window.work.history.model.rowCount() == 1


@pytest.mark.parametrize("personal", [True, False])
def test_export_with_or_without_personal_data(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    personal: bool,
) -> None:
    fill(window, Email="uma@example.com", First_Name="Uma")
    send_and_wait(qtbot, window)
    target = tmp_path / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    choice = "With personal data" if personal else "Without personal data"

    def exec_box(box: QMessageBox) -> int:
        chosen = next(b for b in box.buttons() if b.text() == choice)
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    window.work.history.export_button.click()
    text = target.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert len(rows) == 2
    assert ("uma@example.com" in text) is personal
    if not personal:
        assert "u***@example.com" in text
    # Said on the History tab, where Export was pressed.
    assert "Exported 1 send to" in window.work.history.banner.text.text()


def test_export_never_writes_into_the_apps_own_data_folder(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = window.paths.database  # typed by mistake: it would replace the live history
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.buttons()[0].click() or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    before = target.read_bytes()
    window.work.history_actions.export()
    assert warned and "holds cg-desktop's own history" in warned[0]
    assert target.read_bytes() == before
