"""Tab goes where the eye goes: top to bottom, left to right, and round again; every control
Tab reaches shows that it has the focus. Keys are pressed on the focused widget, as a
person's Tab arrives."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS

from cg_desktop.core.api.regions import region
from cg_desktop.core.credentials import CredentialStore
from cg_desktop.core.kiosk.pin import PinLock, hash_pin
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.settings import Settings
from cg_desktop.ui.context import build_context
from cg_desktop.ui.dialogs.credentials import CredentialsDialog
from cg_desktop.ui.dialogs.profile_fields_panel import ChoicesDialog
from cg_desktop.ui.dialogs.profile_start import NewProfileDialog
from cg_desktop.ui.dialogs.settings import SettingsDialog
from cg_desktop.ui.kiosk.pin_dialogs import NewPinDialog, PinDialog
from cg_desktop.ui.kiosk.settings_dialog import KioskSettingsDialog
from cg_desktop.ui.kiosk.staff_panel import StaffActions, StaffPanel
from cg_desktop.ui.kiosk.window import KioskWindow
from cg_desktop.ui.main_window import MainWindow
from cg_desktop.ui.practice.session import start_practice


def tab_round(top: QWidget, qtbot: QtBot) -> list[QWidget]:
    """The controls Tab visits in `top`, starting from the focused one, once round."""
    top.activateWindow()

    def focus_inside() -> bool:
        focused = QApplication.focusWidget()
        return top.isActiveWindow() and focused is not None and top.isAncestorOf(focused)

    qtbot.waitUntil(focus_inside, timeout=HANG_MS)
    first = QApplication.focusWidget()
    assert first is not None
    visited = [first]
    for _ in range(200):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None and top.isAncestorOf(now), "Tab left the window"
        if now is first:
            return visited
        visited.append(now)
    raise AssertionError("Tab never came back round")


def place(widget: QWidget, top: QWidget) -> QRect:
    """Where `widget` is in `top`."""
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def label(widget: QWidget) -> str:
    """A control as a failure message names it."""
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return (
        widget.objectName()
        or text.replace("&", "")
        or widget.accessibleName()
        or (type(widget).__name__)
    )


def reading_order_breaks(top: QWidget, visited: list[QWidget]) -> list[str]:
    """Steps of the round that go back up or left on the same line (from the top-left one)."""
    start = min(
        range(len(visited)), key=lambda i: (place(visited[i], top).y(), place(visited[i], top).x())
    )
    ring = visited[start:] + visited[:start]
    breaks = []
    for before, after in itertools.pairwise(ring):
        a, b = place(before, top), place(after, top)
        same_line = b.top() < a.bottom() and a.top() < b.bottom()
        ok = b.left() >= a.left() if same_line else b.top() >= a.top()
        if not ok:
            breaks.append(f"{label(before)} → {label(after)}")
    return breaks


def test_the_desk_window_goes_bar_tabs_fields_buttons_then_the_recent_strip(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.form is not None
    visited = [label(w) for w in tab_round(window, qtbot)]
    start = visited.index("region")
    ring = visited[start:] + visited[:start]
    fields = [row.editor.focusProxy().objectName() for row in window.form.rows.values()]
    assert ring[:5] == ["region", "profile", "Credentials…", "Settings…", "qt_tabwidget_tabbar"]
    assert ring[5 : 5 + len(fields)] == fields
    assert ring[5 + len(fields) :] == ["Clear", "Recent sends"]  # Send and Fix: not yet


def test_the_kiosk_goes_through_its_fields_then_clear_and_send(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any
) -> None:
    practice = start_practice()
    context = build_context(paths, practice=practice, credentials=CredentialStore(file_keyring))
    kiosk = KioskWindow(context, practice.profiles[0], practice.region, hash_pin("2468"))
    qtbot.addWidget(kiosk)
    with qtbot.waitSignal(kiosk.started, timeout=HANG_MS):
        kiosk.show_kiosk()
    try:
        kiosk.form.rows["Email"].editor.set_value("ana@example.com")  # Send is enabled
        kiosk.form.rows["First Name"].editor.set_value("Ana")
        visited = tab_round(kiosk, qtbot)
        assert reading_order_breaks(kiosk, visited) == []
        assert [label(w) for w in visited[-2:]] == ["Clear", "send"]
    finally:
        kiosk.confirm_close = False
        kiosk.close()


@pytest.mark.parametrize(
    "make",
    [
        lambda keyring: CredentialsDialog(region("eu"), CredentialStore(keyring)),
        lambda _keyring: SettingsDialog(30),
        lambda _keyring: KioskSettingsDialog(
            Settings(kiosk_pin=dict(hash_pin("2468").to_dict())), running="x", ok_text="Start"
        ),
        lambda _keyring: NewPinDialog(),
        lambda _keyring: PinDialog(PinLock(hash_pin("2468")), "the staff panel"),
        lambda _keyring: StaffPanel(
            ["Signed in"], StaffActions(lambda: None, lambda: None, lambda: None, lambda: None)
        ),
        lambda _keyring: NewProfileDialog(),
        lambda _keyring: ChoicesDialog("Colour", ["Red", "Green"]),
    ],
)
def test_each_dialog_tabs_in_reading_order(
    qtbot: QtBot, file_keyring: Any, make: Callable[[Any], QDialog]
) -> None:
    dialog = make(file_keyring)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    visited = tab_round(dialog, qtbot)
    assert reading_order_breaks(dialog, visited) == [], dialog.windowTitle()
