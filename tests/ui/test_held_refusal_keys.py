"""F2 and stray keys around a refused record: they reach what the person means."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS, OUT_OF_DATE, fill, refuse, send_and_wait

from cg_desktop.core.store.sends import Status
from cg_desktop.ui.main_window import MainWindow


def focused() -> QWidget:
    """The widget the keyboard types into now."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_f2_takes_up_the_held_refusal_even_with_an_older_one_chosen_in_recent(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = refuse(qtbot, window)
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
    assert refuse(qtbot, window).held
    window.profile_combo.setCurrentText("Demo (practice)")
    assert window.form.values()["Email"] == ""
    assert "Ann (ann@example.com) waits in Recent" in window.form.banner.text.text()
    assert window.recent.texts()[0] == "Ann · ann@example.com\n! Needs a fix — Fix (F2)"


def test_a_second_refusal_takes_the_held_ones_place_and_says_where_that_went(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    sandbox = window.practice.sandbox
    answers = [sandbox.hold_next_answer(), sandbox.hold_next_answer()]
    form = window.form
    assert form is not None
    for email, name in (("ann@example.com", "Ann"), ("bo@example.com", "Bo")):
        fill(window, Email=email, First_Name=name, Company_Size="about 50")
        form.try_send()  # both sent before any answer
    for answer in answers:
        qtbot.waitUntil(lambda answer=answer: answer.arrived, timeout=HANG_MS)
        with qtbot.waitSignal(window.outcome_shown, timeout=HANG_MS):
            answer.release()
    assert form.held and form.values()["Email"] == "bo@example.com"
    text = form.banner.text.text()
    assert "Bo (bo@example.com) was not sent" in text
    assert "Ann (ann@example.com) waits in Recent" in text
    assert window.work.sending.fixing == window.work.store.page()[0].id  # Bo's, not Ann's


def test_a_refusal_waits_while_a_list_is_open_for_the_next_person(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    sandbox = window.practice.sandbox
    answer = sandbox.hold_next_answer()
    form = window.form
    assert form is not None
    fill(window, Email="ann@example.com", First_Name="Ann", Company_Size="about 50")
    form.try_send()
    qtbot.waitUntil(lambda: answer.arrived, timeout=HANG_MS)
    combo = form.rows["Touchpoint"].editor.focusProxy()
    assert isinstance(combo, QComboBox)
    combo.showPopup()  # "Where we met" chosen for the next visitor
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=HANG_MS)
    with qtbot.waitSignal(window.outcome_shown, timeout=HANG_MS):
        answer.release()
    assert not form.held and form.values()["Email"] == ""  # Ann waits in Recent
    combo.hidePopup()


def test_keys_that_open_or_turn_a_choice_put_a_held_refusal_aside(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    form = window.form
    assert form is not None
    combo = form.rows["Touchpoint"].editor.focusProxy()
    assert isinstance(combo, QComboBox)
    chosen = combo.currentText()
    refuse(qtbot, window)
    combo.setFocus()
    wheel = QWheelEvent(
        combo.rect().center().toPointF(), combo.mapToGlobal(combo.rect().center()).toPointF(),
        QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(combo, wheel)
    assert form.held and combo.currentText() == chosen  # the wheel changed nothing
    qtbot.keyClick(combo, Qt.Key.Key_F4)  # opens the list: about the next person
    assert not form.held and form.values()["Email"] == ""
    combo.hidePopup()


def test_typing_in_the_refused_field_itself_puts_the_record_aside(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = refuse(qtbot, window)
    size = form.rows["Company Size"].editor.focusProxy()
    size.setFocus()  # the cursor happens to be in the refused field (Tab, say)
    assert form.held
    qtbot.keyClicks(size, "12")
    assert not form.held
    assert form.values()["Company Size"] == "12" and form.values()["Email"] == ""
    assert window.work.sending.fixing is None  # typed over: never sent as Ann's fix


def test_the_menu_key_puts_a_held_refusal_aside_before_its_menu_opens(
    qtbot: QtBot, window: MainWindow
) -> None:
    # The keyboard's Menu key opens Undo / Paste / Delete on the field with the cursor.
    form = refuse(qtbot, window)
    email = form.rows["Email"].editor.focusProxy()
    email.setFocus()
    centre = email.rect().center()
    menu = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, centre, email.mapToGlobal(centre))
    QApplication.sendEvent(email, menu)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=HANG_MS)
    assert form.values()["Email"] == ""  # the menu opened on the emptied field
    close_popup()
    assert not form.held
    assert window.recent.texts()[0] == "Ann · ann@example.com\n! Needs a fix — Fix (F2)"


def close_popup() -> None:
    """Close whatever menu is open."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()
