"""A keyboard-only run: from the region selector to a sent record and its history entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS

from cg_desktop.core.store.sends import Status
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.main_window import MainWindow


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_until(qtbot: QtBot, target: QWidget, limit: int = 20) -> None:
    """Press Tab until `target` has the focus; fails if Tab never gets there."""
    for _ in range(limit):
        if focused() is target:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()!r}")


def type_into(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def test_keyboard_only_from_region_to_sent_and_history(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=HANG_MS)
    # Alt+R: the region selector (its label's mnemonic).
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert focused() is window.region_combo
    assert window.current_region().code == "sandbox"
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert focused() is window.profile_combo
    form = window.form
    assert form is not None
    email = form.rows["Email"].editor.focusProxy()
    tab_until(qtbot, email)
    type_into(qtbot, "lee@example.com")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # Phone
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # First Name
    assert focused() is form.rows["First Name"].editor.focusProxy()
    type_into(qtbot, "Lee")
    # A mistake, seen when leaving the field, fixed with the keyboard.
    tab_until(qtbot, form.rows["Company Size"].editor.focusProxy())
    type_into(qtbot, "fifty")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert form.rows["Company Size"].errors() == ["The Company Size must be a number."]
    qtbot.keyClick(
        form.rows["Company Size"].editor.focusProxy(),
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier,
    )
    qtbot.keyClicks(form.rows["Company Size"].editor.focusProxy(), "50")
    with qtbot.waitSignal(window.outcome_shown, timeout=HANG_MS):
        qtbot.keyClick(form.rows["Company Size"].editor.focusProxy(), Qt.Key.Key_Return)
    assert form.banner.tone is Tone.SUCCESS
    assert window.practice is not None and len(window.practice.sandbox.accepted) == 1
    # The history: Ctrl+2, then arrows select a send and its details show.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.work.history
    window.work.history.table.setFocus()
    qtbot.keyClick(window.work.history.table, Qt.Key.Key_Down)
    send = window.work.history.selected_send()
    assert send is not None and send.status is Status.DELIVERED
    assert "Email address:" in window.work.history.details.toPlainText()
    assert "lee@example.com" in window.work.history.details.toPlainText()


def test_switching_profile_while_typing_in_a_field_is_safe(
    qtbot: QtBot, window: MainWindow
) -> None:
    # The old form is replaced while one of its fields has the focus (a crash once).
    window.activateWindow()
    assert window.form is not None
    window.form.rows["Email"].editor.setFocus()
    qtbot.keyClicks(focused(), "half-typed@")
    # Each switch: the event loop runs until Qt has really deleted the old form.
    with qtbot.waitSignal(window.form.destroyed, timeout=HANG_MS):
        window.profile_combo.setCurrentIndex(1)
    assert window.form is not None and window.form.profile.name.startswith("Demo — out-of-date")
    with qtbot.waitSignal(window.form.destroyed, timeout=HANG_MS):
        window.profile_combo.setCurrentIndex(0)
    assert window.form.values()["Email"] == ""
