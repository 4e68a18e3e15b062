"""F2 and stray keys around a refused record: they reach what the person means."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS, fill, send_and_wait

from cg_desktop.core.store.sends import Status
from cg_desktop.ui.main_window import MainWindow

OUT_OF_DATE = "Demo — out-of-date copy (practice)"


def focused() -> QWidget:
    """The widget the keyboard types into now."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def refuse(qtbot: QtBot, window: MainWindow, email: str, name: str) -> None:
    """Send a record the out-of-date profile lets through and CustomerGauge refuses."""
    fill(window, Email=email, First_Name=name, Company_Size="about 50")
    send_and_wait(qtbot, window)


def test_f2_takes_up_the_held_refusal_even_with_an_older_one_chosen_in_recent(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    form = window.form
    assert form is not None
    refuse(qtbot, window, "ann@example.com", "Ann")
    form.put_aside()
    window.recent.list.setCurrentRow(0)  # Ann's row, looked at a while ago
    refuse(qtbot, window, "bo@example.com", "Bo")
    assert form.held
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=HANG_MS)
    qtbot.keyClick(focused(), Qt.Key.Key_F2)
    # The record the banner is about, not the row chosen earlier.
    assert not form.held and form.values()["Email"] == "bo@example.com"
    assert focused() is form.rows["Company Size"].editor.focusProxy()


def test_letters_typed_in_the_recent_list_go_on_in_the_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.form
    assert form is not None
    fill(window, Email="ann@example.com", First_Name="Ann")
    send_and_wait(qtbot, window)
    name = form.rows["First Name"].editor.focusProxy()
    name.setFocus()
    qtbot.keyClicks(name, "Jo")
    window.recent.list.setFocus()  # a row clicked to look at it
    qtbot.keyClick(window.recent.list, Qt.Key.Key_Down)  # arrows stay the list's
    window.recent.list.setCurrentRow(0)
    qtbot.keyClicks(window.recent.list, "e")
    assert form.values()["First Name"] == "Joe"  # in the field the cursor had left
    assert focused() is name  # and the next keys go there too


def test_f2_after_a_restart_shows_the_refusals_that_need_a_fix_in_history(
    qtbot: QtBot, window: MainWindow
) -> None:
    store = window.work.store
    old = store.enqueue(
        profile=OUT_OF_DATE, region="sandbox", configuration="c",
        record={"Email": "cy@example.com", "First Name": "Cy"}, contact="cy@example.com",
    )  # fmt: skip
    store.mark(old, Status.REJECTED, http_status=422, server_answer="{}")
    assert not window.recent.fix_button.isEnabled()  # an earlier session's: not in Recent
    window.fix_refused()  # F2
    history = window.work.history
    assert window.tabs.currentIndex() == 1
    assert history.status_filter.currentData() == [Status.REJECTED]
    assert history.model.rowCount() == 1 and history.model.send_at(0).id == old


def test_choosing_another_profile_says_where_the_held_refusal_went(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    refuse(qtbot, window, "ann@example.com", "Ann")
    assert window.form is not None and window.form.held
    window.profile_combo.setCurrentText("Demo (practice)")
    assert window.form.values()["Email"] == ""
    assert "Ann (ann@example.com) waits in Recent" in window.form.banner.text.text()
    assert window.recent.texts()[0] == "Ann · ann@example.com\n! Needs a fix — Fix (F2)"
