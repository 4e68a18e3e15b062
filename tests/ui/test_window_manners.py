"""A desktop app's manners: menus and their keys, About, Help, the title, the window's place."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS, fill, send_and_wait

from cg_desktop.core.about import app_version
from cg_desktop.core.paths import AppPaths
from cg_desktop.ui.instance_lock import take_lock
from cg_desktop.ui.main_window import MainWindow


def test_the_menus_have_the_expected_items_and_keys(window: MainWindow) -> None:
    keys = {name: action.shortcut().toString() for name, action in window.menu_actions.items()}
    assert keys["quit"] == "Ctrl+Q"
    assert keys["form"] == "Ctrl+1" and keys["history"] == "Ctrl+2"
    assert keys["help"] == "F1" and keys["fix"] == "F2"
    assert "about" in keys and "export" in keys and "leave" in keys
    assert "import" not in keys  # practice mode offers only its own profiles
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Help"]


def test_about_shows_the_version_and_where_data_is_kept(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.menu_actions["about"].trigger()
    (text,) = shown
    assert f"Version {app_version()}" in text and app_version()[0].isdigit()
    assert str(window.paths.database) in text
    assert "keyring" in text


def test_ctrl_2_puts_the_cursor_in_the_history_list(qtbot: QtBot, window: MainWindow) -> None:
    fill(window, Email="lee@example.com", First_Name="Lee")
    send_and_wait(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=HANG_MS)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    table = window.work.history.table
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    send = window.work.history.selected_send()
    assert send is not None and send.record["Email"] == "lee@example.com"


def test_the_title_names_the_profile(window: MainWindow) -> None:
    assert window.windowTitle() == "Demo (practice) — cg-desktop — practice mode"


def test_size_and_place_are_remembered(
    make_window: Callable[..., MainWindow], paths: AppPaths
) -> None:
    first = make_window()
    first.resize(700, 500)
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (700, 500)


def test_leave_practice_mode_opens_the_real_desk(
    qtbot: QtBot, window: MainWindow, paths: AppPaths
) -> None:
    real = window.leave_practice()
    assert real is not None
    qtbot.addWidget(real)
    real.confirm_close = False
    assert window.closed and real.practice is None
    assert real.paths.database == paths.database  # the real history, not practice's
    assert "practice" not in real.windowTitle()
    real.close()


def test_leave_practice_after_practising_from_the_welcome_page(
    qtbot: QtBot, make_window: Callable[..., MainWindow], paths: AppPaths
) -> None:
    welcome = make_window(practice=False)
    # As app.py does: this process holds the real desk's lock.
    welcome.instance_lock = take_lock(paths.data_dir)
    welcome.locked_dir = paths.data_dir
    assert welcome.instance_lock is not None
    practice = welcome.open_practice()
    qtbot.addWidget(practice)
    practice.confirm_close = False
    qtbot.waitUntil(lambda: practice.is_started, timeout=HANG_MS)
    real = practice.leave_practice()  # not "already open": the lock is this process's
    assert real is not None and real.practice is None
    qtbot.addWidget(real)
    real.confirm_close = False
    assert real.paths.database == paths.database
    # And another app on the real desk's data is still refused.
    assert take_lock(paths.data_dir) is None
    real.close()


def test_leaving_practice_with_typing_asks_first_and_staying_keeps_one_window(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = make_window()
    window.confirm_close = True  # as a person's window is (tests' windows don't ask)
    assert window.form is not None
    window.form.rows["First Name"].editor.set_value("Half-typed")
    assert window.leave_practice() is None
    assert asked == ["Leave practice mode?"]
    assert window.isVisible() and window.successor is None  # one window, the typing kept
    assert window.form.values()["First Name"] == "Half-typed"
    window.confirm_close = False
