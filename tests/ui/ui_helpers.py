"""Helpers for window tests: fill the form, send and wait for the outcome to be shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cg_desktop.ui.form.record_form import RecordForm
from cg_desktop.ui.main_window import MainWindow

# Every Qt wait in these tests ends on its condition; this bounds a hang only. Generous, so
# a slow or loaded machine never fails a test that would pass on a fast one.
HANG_MS = 30_000
# A practice profile that lets through what CustomerGauge refuses (words as Company size).
OUT_OF_DATE = "Demo — out-of-date copy (practice)"


def fill(window: MainWindow, **values: str) -> None:
    """Type values into the form's fields, by field name with spaces as underscores."""
    assert window.form is not None
    for key, value in values.items():
        window.form.rows[key.replace("_", " ")].editor.set_value(value)


def send_and_wait(qtbot: QtBot, window: MainWindow, timeout: int = HANG_MS) -> None:
    """Press Send (as Enter does) and wait until the window has shown the outcome."""
    assert window.form is not None
    with qtbot.waitSignal(window.outcome_shown, timeout=timeout):
        window.form.try_send()
    qtbot.waitUntil(lambda: not window.work.sending.pending, timeout=timeout)


def start_using(qtbot: QtBot, window: MainWindow, timeout: int = 30_000) -> None:
    """A person starts using the window (a key press), so the sender loads the network."""
    assert window.form is not None
    first = next(iter(window.form.rows.values())).editor
    qtbot.keyClick(first.focusProxy() or first, Qt.Key.Key_Shift)
    qtbot.waitUntil(lambda: window.work.sender.worker.warm, timeout=timeout)


def refuse(
    qtbot: QtBot, window: MainWindow, email: str = "ann@example.com", name: str = "Ann"
) -> RecordForm:
    """Send, from the out-of-date profile, a record CustomerGauge refuses; the form after."""
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    fill(window, Email=email, First_Name=name, Company_Size="about 50")
    send_and_wait(qtbot, window)
    assert window.form is not None
    return window.form
