"""The desk never waits: Enter saves and clears at once; the answers come to the Recent strip.

Key events go to whichever widget has the focus, as a keyboard's do, so a keystroke that
would land in the wrong place (a locked field, the region box) shows up here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS, OUT_OF_DATE, fill, refuse, send_and_wait, start_using

from cg_desktop.core.store.sends import Status
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.main_window import MainWindow


def focused() -> QWidget:
    """The widget the keyboard types into now."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_keys(qtbot: QtBot, *parts: str | Qt.Key) -> None:
    """Type text and keys, each key event to whatever has the focus at that moment."""
    for part in parts:
        if isinstance(part, Qt.Key):
            qtbot.keyClick(focused(), part)
        else:
            for char in part:
                qtbot.keyClick(focused(), char)


def visitor(email: str, first: str) -> tuple[str | Qt.Key, ...]:
    """Email, Tab past Phone, First Name, Enter: how a desk types a visitor."""
    return (email, Qt.Key.Key_Tab, Qt.Key.Key_Tab, first, Qt.Key.Key_Return)


def test_typing_the_next_visitor_while_a_send_hangs_loses_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    sandbox = window.practice.sandbox
    sandbox.set_latency(3.0)  # trade-show Wi-Fi
    start_using(qtbot, window)
    held = sandbox.hold_next_answer()  # and the first answer waits until the test says
    form = window.form
    assert form is not None
    form.focus_first()
    type_keys(qtbot, *visitor("ana@example.com", "Ana"))
    qtbot.waitUntil(lambda: held.arrived, timeout=HANG_MS)
    # Ana's send is on the wire; the next visitor types straight on, without a pause.
    assert window.recent.texts() == ["Ana · ana@example.com\n… Sending…"]
    assert focused() is form.rows["Email"].editor.focusProxy()
    type_keys(qtbot, "bo@example.com", Qt.Key.Key_Tab, Qt.Key.Key_Tab, "Bo")
    assert form.values()["Email"] == "bo@example.com"  # every keystroke landed
    assert form.values()["First Name"] == "Bo"
    type_keys(qtbot, Qt.Key.Key_Return)
    assert form.values()["Email"] == ""  # Bo is saved too; the form is ready again
    held.release()
    qtbot.waitUntil(lambda: len(sandbox.accepted) == 2, timeout=HANG_MS)
    qtbot.waitUntil(lambda: not window.work.sending.pending, timeout=HANG_MS)
    assert sorted(a.record["Email"] for a in sandbox.accepted) == [
        "ana@example.com",
        "bo@example.com",
    ]
    assert [s.status for s in window.work.store.page()] == [Status.DELIVERED] * 2
    assert window.recent.texts() == [
        "Bo · bo@example.com\n✓ Sent",
        "Ana · ana@example.com\n✓ Sent",
    ]


def test_a_refusal_comes_back_under_its_fields_when_the_form_is_untouched(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    start_using(qtbot, window)
    form = window.form
    assert form is not None
    fill(window, Email="ann@example.com", First_Name="Ann", Company_Size="about 50")
    form.focus_first()
    with qtbot.waitSignal(window.outcome_shown, timeout=HANG_MS):
        type_keys(qtbot, Qt.Key.Key_Return)
    # Nothing was typed since: Ann is back, the error under its field, never green.
    assert form.values()["Email"] == "ann@example.com"
    assert form.rows["Company Size"].errors() == ["The Company Size must be a number."]
    assert form.banner.tone is Tone.ERROR
    assert "Ann (ann@example.com) was not sent" in form.banner.text.text()
    assert "To fix it, click the field or press F2" in form.banner.text.text()
    assert window.recent.texts() == ["Ann · ann@example.com\n! Needs a fix — Fix (F2)"]
    # Held: the cursor did not move under the person's hands, and Enter sends nothing.
    assert form.held
    assert focused() is form.rows["Email"].editor.focusProxy()
    type_keys(qtbot, Qt.Key.Key_Return)
    assert len(window.work.store.page()) == 1 and form.held
    # A click in the refused field takes it up: now it is Ann's fix, typed as usual.
    size = form.rows["Company Size"].editor.focusProxy()
    qtbot.mouseClick(size, Qt.MouseButton.LeftButton)
    assert not form.held
    assert "Fix what CustomerGauge refused for Ann" in form.banner.text.text()
    assert not form.has_typed_anything()  # unchanged, it is safe in the store
    size.selectAll()
    type_keys(qtbot, "50")
    assert form.values()["Company Size"] == "50" and form.has_typed_anything()
    with qtbot.waitSignal(window.outcome_shown, timeout=HANG_MS):
        type_keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.work.sending.pending, timeout=HANG_MS)
    assert window.recent.texts() == ["Ann · ann@example.com\n✓ Sent"]
    fixed, refused = window.work.store.page()
    assert refused.fixed_by == fixed.id


def test_f2_takes_up_a_held_refusal_with_the_cursor_where_the_fix_is(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = refuse(qtbot, window)
    assert form.held
    window.activateWindow()  # shortcuts work in the active window, as on a desk
    qtbot.waitUntil(window.isActiveWindow, timeout=HANG_MS)
    qtbot.keyClick(focused(), Qt.Key.Key_F2)  # nothing typed: no question
    assert not form.held
    assert form.values()["Email"] == "ann@example.com"
    assert form.rows["Company Size"].errors() == ["The Company Size must be a number."]
    assert focused() is form.rows["Company Size"].editor.focusProxy()  # where the fix is
    type_keys(qtbot, "0")  # taken up, typing edits Ann's record
    assert form.values()["Company Size"] == "about 500" and form.has_typed_anything()


def test_escape_puts_a_held_refusal_aside_without_asking(qtbot: QtBot, window: MainWindow) -> None:
    form = refuse(qtbot, window)
    assert form.held
    form.focus_first()
    type_keys(qtbot, Qt.Key.Key_Escape)  # a question box would block this test
    assert not form.held and form.values()["Email"] == ""
    assert form.banner.tone is Tone.WARNING
    assert "Ann (ann@example.com) waits in Recent: F2" in form.banner.text.text()
    assert window.recent.texts() == ["Ann · ann@example.com\n! Needs a fix — Fix (F2)"]


def test_a_composed_letter_over_a_held_refusal_lands_in_the_emptied_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    # A dead key and a letter reach the field as composed text, not as a key press.
    form = refuse(qtbot, window)
    assert form.held
    form.focus_first()
    type_keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Tab)  # to First Name, for a visitor's name
    composed = QInputMethodEvent()
    composed.setCommitString("É")
    QApplication.sendEvent(focused(), composed)
    type_keys(qtbot, "mile")
    assert form.values()["First Name"] == "Émile"
    assert form.values()["Email"] == "" and form.values()["Company Size"] == ""
    assert not form.held


def test_a_click_on_another_field_or_the_banners_cross_puts_a_held_refusal_aside(
    qtbot: QtBot, window: MainWindow
) -> None:
    # A desk's first mouse act after Enter is about the next person; only a click in the
    # field the refusal is about takes the record up. Details and arrow keys change nothing.
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    form = window.form
    assert form is not None
    for put_aside in ("First Name", "cross"):
        fill(window, Email="ann@example.com", First_Name="Ann", Company_Size="about 50")
        send_and_wait(qtbot, window)
        assert form.held
        form.focus_first()
        type_keys(qtbot, Qt.Key.Key_Left, Qt.Key.Key_End)
        qtbot.mouseClick(form.banner.details_button, Qt.MouseButton.LeftButton)
        assert form.held and form.values()["Email"] == "ann@example.com"
        if put_aside == "cross":
            qtbot.mouseClick(form.banner.close_button, Qt.MouseButton.LeftButton)
        else:
            name = form.rows["First Name"].editor.focusProxy()
            qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
            assert focused() is name  # the click went on, into the emptied form
        assert not form.held and form.values()["Email"] == ""
        assert "Ann (ann@example.com) waits in Recent" in form.banner.text.text()


def test_news_of_another_send_puts_a_held_refusal_aside(qtbot: QtBot, window: MainWindow) -> None:
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    sandbox = window.practice.sandbox
    start_using(qtbot, window)
    ann_answer = sandbox.hold_next_answer()
    dee_answer = sandbox.hold_next_answer()  # each answer comes when the test says
    form = window.form
    assert form is not None
    fill(window, Email="ann@example.com", First_Name="Ann", Company_Size="about 50")
    form.try_send()
    qtbot.waitUntil(lambda: ann_answer.arrived, timeout=HANG_MS)
    fill(window, Email="dee@example.com", First_Name="Dee")
    form.try_send()  # Dee goes after Ann; the form is empty again
    with qtbot.waitSignal(window.outcome_shown, timeout=HANG_MS):
        ann_answer.release()
    assert form.held and form.values()["Email"] == "ann@example.com"
    qtbot.waitUntil(lambda: dee_answer.arrived, timeout=HANG_MS)
    with qtbot.waitSignal(window.outcome_shown, timeout=HANG_MS):
        dee_answer.release()
    # The form never shows Ann under a banner about Dee.
    assert not form.held and form.values()["Email"] == ""
    assert "Sent to Dee" in form.banner.text.text()
    assert form.banner.tone is Tone.WARNING  # not green: it tells of Ann's refusal too
    assert "Ann (ann@example.com) waits in Recent" in form.banner.text.text()


def test_a_refusal_waits_in_the_strip_while_someone_types_and_ctrl_e_opens_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    sandbox = window.practice.sandbox
    start_using(qtbot, window)
    held = sandbox.hold_next_answer()
    form = window.form
    assert form is not None
    fill(window, Email="cy@example.com", First_Name="Cy", Company_Size="about 50")
    form.try_send()
    qtbot.waitUntil(lambda: held.arrived, timeout=HANG_MS)
    fill(window, Email="dee@example.com", First_Name="Dee")  # the next visitor, half typed
    with qtbot.waitSignal(window.outcome_shown, timeout=HANG_MS):
        held.release()
    # Dee's typing is untouched; Cy waits in the strip.
    assert form.values()["Email"] == "dee@example.com" and form.values()["First Name"] == "Dee"
    assert form.banner.tone is Tone.WARNING  # never green for a refusal
    assert "Cy (cy@example.com) was not sent" in form.banner.text.text()
    assert window.recent.texts() == ["Cy · cy@example.com\n! Needs a fix — Fix (F2)"]
    assert window.recent.fix_button.isEnabled()
    # Dee is sent; then F2 brings Cy back, errors under the field, without asking.
    send_and_wait(qtbot, window)
    assert form.banner.tone is Tone.SUCCESS and "Sent to Dee" in form.banner.text.text()
    window.activateWindow()  # shortcuts work in the active window, as on a desk
    qtbot.waitUntil(window.isActiveWindow, timeout=HANG_MS)
    assert isinstance(focused(), QLineEdit)  # F2 works from inside a text field too
    qtbot.keyClick(focused(), Qt.Key.Key_F2)
    assert form.values()["Email"] == "cy@example.com"
    assert form.rows["Company Size"].errors() == ["The Company Size must be a number."]
    fill(window, Company_Size="50")
    send_and_wait(qtbot, window)
    # Cy's refused row made way for the copy that went through: one row per visitor.
    assert window.recent.texts() == ["Cy · cy@example.com\n✓ Sent", "Dee · dee@example.com\n✓ Sent"]
    assert not window.recent.fix_button.isEnabled()
    assert window.work.store.page()[2].fixed_by == window.work.store.page()[0].id


def test_no_green_banner_is_left_when_the_next_send_is_not_possible(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill(window, Email="eve@example.com", First_Name="Eve")
    send_and_wait(qtbot, window)
    form = window.form
    assert form is not None and form.banner.tone is Tone.SUCCESS
    fill(window, Email="frank@@example.com", First_Name="Frank")
    form.try_send()  # refused by the form's own checks
    assert form.banner.tone is Tone.ERROR
    assert "Sent to" not in form.banner.text.text()


def test_banners_while_offline_name_each_visitor(qtbot: QtBot, window: MainWindow) -> None:
    start_using(qtbot, window)
    window.practice.sandbox.stop()  # the Wi-Fi drops
    texts = []
    for name in ("Gil", "Hal"):
        fill(window, Email=f"{name.lower()}@example.com", First_Name=name)
        send_and_wait(qtbot, window)
        assert window.form is not None
        texts.append(window.form.banner.text.text())
    for name, text in zip(("Gil", "Hal"), texts, strict=True):
        assert text.startswith(f"{name} ({name.lower()}@example.com): ")
        assert text.endswith("Saved — it will be sent when the connection is back.")
    assert window.recent.texts() == [
        "Hal · hal@example.com\n↻ Waiting for the network",
        "Gil · gil@example.com\n↻ Waiting for the network",
    ]


def test_a_refused_record_never_changes_the_desks_sticky_choice(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    form = window.form
    assert form is not None
    fill(window, Email="bo@example.com", First_Name="Bo", Company_Size="about 50")
    send_and_wait(qtbot, window)  # refused, sent with Touchpoint "Trade Show"
    fill(window, Email="", First_Name="")
    form.reset()
    fill(window, Touchpoint="Webinar")  # the desk moves on to the webinar
    window.recent.fix_newest()  # Bo's record, as it was sent
    assert form.values()["Touchpoint"] == "Trade Show"
    fill(window, Company_Size="50")
    send_and_wait(qtbot, window)
    assert window.practice.sandbox.accepted[-1].record["Touchpoint"] == "Trade Show"
    assert form.values()["Touchpoint"] == "Webinar"  # the desk's own choice is back


def test_correcting_the_email_itself_still_marks_the_refusal_fixed(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    fill(window, Email="cy@exmaple.com", First_Name="Cy", Company_Size="about 50")
    send_and_wait(qtbot, window)
    window.recent.fix_newest()  # F2
    fill(window, Email="cy@example.com", Company_Size="50")  # both corrected
    send_and_wait(qtbot, window)
    refused = window.work.store.page()[1]
    assert refused.fixed_by == window.work.store.page()[0].id
    assert "a fix (History)" not in window.status.text()


def test_clearing_a_record_opened_to_fix_lets_it_go(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    form = window.form
    assert form is not None
    fill(window, Email="dan@example.com", First_Name="Dan", Company_Size="about 50")
    send_and_wait(qtbot, window)  # refused: back in the form
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    form.ask_clear()  # Esc: Dan is not fixed now
    fill(window, Email="eve@example.com", First_Name="Dan", Company_Size="50")
    send_and_wait(qtbot, window)  # another visitor, who happens to be a Dan too
    assert window.work.store.page()[1].fixed_by is None  # Dan's refusal still needs a fix


def test_fixing_a_record_of_another_profile_comes_back_to_the_desks_profile(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    fill(window, Email="hana@example.com", First_Name="Hana", Company_Size="about 50")
    send_and_wait(qtbot, window)
    window.profile_combo.setCurrentText("Demo (practice)")  # the desk's own profile
    window.recent.fix_newest()  # F2: Hana's record needs its own profile
    assert window.current_profile().name == OUT_OF_DATE
    assert window.form is not None
    assert "then back to “Demo (practice)”" in window.form.banner.text.text()
    fill(window, Company_Size="50")
    send_and_wait(qtbot, window)
    assert window.current_profile().name == "Demo (practice)"  # back, and it says so
    assert "Back to the profile “Demo (practice)”" in window.form.banner.text.text() or (
        "Sent to Hana" in window.form.banner.text.text()
    )
    assert window.practice.sandbox.accepted[0].record["Company Size"] == "50"


def test_a_person_refused_twice_is_put_right_by_one_delivered_send(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    for _ in range(2):  # sent twice, refused twice
        fill(window, Email="ida@example.com", First_Name="Ida", Company_Size="about 50")
        send_and_wait(qtbot, window)
        window.form.reset()
    fill(window, Email="ida@example.com", First_Name="Ida", Company_Size="50")
    send_and_wait(qtbot, window)
    assert window.recent.texts() == ["Ida · ida@example.com\n✓ Sent"]
    sends = window.work.store.page()
    assert [s.fixed_by for s in sends[1:]] == [sends[0].id, sends[0].id]
    assert "a fix (History)" not in window.status.text()


def test_a_refusal_never_lands_in_the_form_while_the_next_visitor_is_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Blind typing right after Enter: a visitor without an email starts with Tab.
    window.profile_combo.setCurrentText(OUT_OF_DATE)
    start_using(qtbot, window)
    form = window.form
    assert form is not None
    fill(window, Email="frank@example.com", First_Name="Frank", Company_Size="about 50")
    form.focus_first()
    with qtbot.waitSignal(window.outcome_shown, timeout=HANG_MS):
        type_keys(qtbot, Qt.Key.Key_Return)
    assert form.held and form.values()["Email"] == "frank@example.com"  # back, held
    type_keys(qtbot, Qt.Key.Key_Tab, "+44 20 7946 0958", Qt.Key.Key_Tab, "Eve")
    assert (form.values()["Email"], form.values()["Phone"]) == ("", "+44 20 7946 0958")
    assert (form.values()["First Name"], form.values()["Company Size"]) == ("Eve", "")
    assert window.recent.texts()[0] == "Frank · frank@example.com\n! Needs a fix — Fix (F2)"
    assert "Frank (frank@example.com) waits in Recent" in form.banner.text.text()


def test_a_second_f2_during_a_fix_keeps_the_way_back_to_the_desks_profile(
    qtbot: QtBot, window: MainWindow
) -> None:
    store = window.work.store
    refusals = {}
    for profile, email in ((OUT_OF_DATE, "hana@example.com"), ("Demo (practice)", "ivo@x.org")):
        refusals[profile] = store.enqueue(
            profile=profile, region="sandbox", configuration="c",
            record={"Email": email, "First Name": "H"}, contact=email,
        )  # fmt: skip
        store.mark(refusals[profile], Status.REJECTED, http_status=422, server_answer="{}")
    window.profile_combo.setCurrentText("Demo (practice)")  # the desk's own profile
    window.work.history_actions.fix(refusals[OUT_OF_DATE])  # F2: switches for the fix
    window.work.history_actions.fix(refusals["Demo (practice)"])  # F2 again, Replace: no
    fill(window, First_Name="Ivo")
    send_and_wait(qtbot, window)
    assert window.current_profile().name == "Demo (practice)"
