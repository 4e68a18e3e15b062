"""Help → Check this computer… and File → Export profile…, in a real (offscreen) window."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
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
    assert names[0] == "Keyring" and names[-1] == "Clock" and "Signing in" in names
    statuses = {line.name: line.status for line in dialog.lines}
    assert statuses["Signing in"] == "ok" and statuses["Profile"] == "ok"
    shown = dialog.text.toPlainText()
    assert "Signing in: signed in as sandbox-client" in shown
    assert dialog.summary.text().startswith("Ready")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().count("\n") == len(dialog.lines) - 1
    # A second Check this computer… brings the open one forward instead of a second run.
    window.menu_actions["check"].trigger()
    assert window.readiness is dialog
    dialog.close()
    qtbot.waitUntil(lambda: window.readiness is None, timeout=HANG_MS)


def test_closing_the_check_stops_the_checks_not_yet_run(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QCoreApplication, QThreadPool

    window.menu_actions["check"].trigger()
    dialog = window.readiness
    assert dialog is not None
    dialog.close()  # at once: the first check may be running, the rest never start
    lines = dialog.lines
    seen = len(lines)
    # Every check that was running has ended, and any answer it queued is delivered (or
    # dropped); the dialog itself is gone.
    assert QThreadPool.globalInstance().waitForDone(HANG_MS)
    QCoreApplication.processEvents()
    assert len(lines) == seen < 11
    assert window.readiness is None


def test_export_profile_writes_a_file_other_desks_can_import(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cg_desktop.ui.dialogs import profile_export

    written = tmp_path / "Shared" / "Spring fair.cgprofile"
    written.parent.mkdir()
    asked: list[str] = []
    monkeypatch.setattr(
        profile_export, "ask_where", lambda _parent, name: asked.append(name) or written
    )
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window.menu_actions["export_profile"].trigger()
    profile = window.current_profile()
    assert profile is not None and asked == [f"{profile.name}.cgprofile"]
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


def test_a_folder_that_cant_be_written_is_said_not_raised(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cg_desktop.ui.dialogs import profile_export

    monkeypatch.setattr(
        profile_export, "ask_where", lambda _p, _n: tmp_path / "gone" / "x.cgprofile"
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window.menu_actions["export_profile"].trigger()
    assert warned and "could not write x.cgprofile" in warned[0]
