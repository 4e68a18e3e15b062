"""Help → Check this computer… and File → Export profile…, in a real (offscreen) window."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS

from cg_desktop.core.profiles.files import load_profile
from cg_desktop.ui.main_window import MainWindow


def test_check_this_computer_shows_each_line_and_copies_the_report(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.menu_actions["check"].trigger()
    dialog = window.readiness
    qtbot.waitUntil(lambda: dialog.finished_checking, timeout=HANG_MS)
    names = [line.name for line in dialog.lines]
    assert names[0] == "keyring" and names[-1] == "clock" and "sign-in" in names
    statuses = {line.name: line.status for line in dialog.lines}
    assert statuses["sign-in"] == "ok" and statuses["profile"] == "ok"
    shown = dialog.text.toPlainText()
    assert "sign-in: signed in as sandbox-client" in shown
    assert dialog.summary.text().startswith("Ready")
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "signed in as sandbox-client" in copied and "sandbox-secret" not in copied
    dialog.close()


def test_export_profile_writes_a_file_other_desks_can_import(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "Shared" / "Spring fair"  # typed without the suffix
    chosen.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(chosen), "Profiles (*.cgprofile)")
    )
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window.menu_actions["export_profile"].trigger()
    written = chosen.with_name("Spring fair.cgprofile")
    profile = window.current_profile()
    assert profile is not None and load_profile(written) == profile
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert not [k for k in data if "secret" in k.lower() or "password" in k.lower()]
    assert said and "holds no password or secret" in said[0]


def test_export_with_no_profile_says_there_is_none(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window = make_window(practice=False)
    window.menu_actions["export_profile"].trigger()
    assert said == ["There is no profile to export yet: import one first."]
