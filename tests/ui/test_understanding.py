"""The form understands what people type: likely typos asked about once, dates and numbers read."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS, fill, send_and_wait

from cg_desktop.core.profiles.files import load_demo_profile
from cg_desktop.core.profiles.understand import Reading
from cg_desktop.core.profiles.wording import CONTACT_NEEDED
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.form.record_form import RecordForm
from cg_desktop.ui.main_window import MainWindow


def test_a_likely_typo_stops_the_first_enter_and_a_second_sends_it_as_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill(window, Email="joe@examplecom", First_Name="Joe")
    form = window.form
    assert form is not None
    form.try_send()  # the first Enter: a question, not a send
    assert window.work.store.count() == 0
    assert form.banner.tone is Tone.WARNING
    assert "Did you mean joe@example.com?" in form.banner.text.text()
    assert form.rows["Email"].hint_line.isVisibleTo(form)
    send_and_wait(qtbot, window)  # the second: sent as typed (CustomerGauge accepts it)
    assert [a.record["Email"] for a in window.practice.sandbox.accepted] == ["joe@examplecom"]


def test_alt_u_takes_the_suggestion(qtbot: QtBot, window: MainWindow) -> None:
    fill(window, Email="ann@gmial.com", First_Name="Ann")
    form = window.form
    assert form is not None
    window.activateWindow()  # shortcuts work in the active window, as on a desk
    qtbot.waitUntil(window.isActiveWindow, timeout=HANG_MS)
    form.try_send()
    qtbot.keyClick(
        form.rows["Email"].editor.focusProxy(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier
    )
    assert form.values()["Email"] == "ann@gmail.com"
    send_and_wait(qtbot, window)
    assert [a.record["Email"] for a in window.practice.sandbox.accepted] == ["ann@gmail.com"]


def test_a_changed_address_is_asked_about_again(qtbot: QtBot, window: MainWindow) -> None:
    fill(window, Email="bo@hotmial.com", First_Name="Bo")
    form = window.form
    assert form is not None
    form.try_send()
    fill(window, Email="bo@yahooo.com")
    form.try_send()
    assert window.work.store.count() == 0
    assert "Did you mean bo@yahoo.com?" in form.banner.text.text()


def test_dates_and_numbers_are_sent_in_the_servers_form(qtbot: QtBot, window: MainWindow) -> None:
    fill(
        window,
        Email="cy@example.com",
        First_Name="Cy",
        Visit_Date="30/06/2024",
        Company_Size="1,200",
    )
    send_and_wait(qtbot, window)
    (accepted,) = window.practice.sandbox.accepted
    assert accepted.record["Visit Date"] == "2024-06-30"
    assert accepted.record["Company Size"] == "1200"


def test_the_understood_date_is_shown_beside_the_field(qtbot: QtBot) -> None:
    form = RecordForm(load_demo_profile(), reading=Reading(day_first=True))
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()  # focus moves (and "left the field" fires) in the active window
    qtbot.waitUntil(form.isActiveWindow, timeout=HANG_MS)
    row = form.rows["Visit Date"]
    row.editor.setFocus()
    qtbot.keyClicks(row.editor.focusProxy(), "3/6/2024")
    qtbot.keyClick(row.editor.focusProxy(), Qt.Key.Key_Tab)
    assert row.errors() == []
    # In words, as the language writes a date (no day/month doubt), and what is sent.
    words = QLocale().toString(QDate(2024, 6, 3), QLocale.FormatType.LongFormat)
    assert f"Read as {words} (sent as 2024-06-03)." in row.hint_line.text.text()
    assert "June" in words


def test_errors_read_in_the_forms_words_with_customergauges_in_the_tooltip(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.profile_combo.setCurrentText("Demo — out-of-date copy (practice)")
    fill(window, Email="ann@example.com", First_Name="Ann", Company_Size="about 50")
    send_and_wait(qtbot, window)
    window.recent.fix_newest()  # F2
    row = window.form.rows["Company Size"]
    assert row.errors() == ["The Company Size must be a number."]  # the exact words, kept
    assert row.shown_errors() == ["Company size: use a number, like 250 or 1200."]
    assert "The Company Size must be a number." in row.error_line.toolTip()


def test_email_or_phone_missing_is_one_sentence(qtbot: QtBot, window: MainWindow) -> None:
    fill(window, First_Name="Bo")
    form = window.form
    assert form is not None
    form.try_send()
    shown = [form.rows[name].shown_errors() for name in ("Email", "Phone")]
    assert shown == [[CONTACT_NEEDED], []]
    assert form.rows["Phone"].errors()  # marked all the same (and for screen readers)
    fill(window, Phone="+44 20 7946 0958")
    form.try_send()
    assert form.rows["Email"].shown_errors() == [] and form.rows["Phone"].errors() == []


def test_a_text_field_counts_near_its_limit_and_stops_there(qtbot: QtBot) -> None:
    form = RecordForm(load_demo_profile())
    qtbot.addWidget(form)
    form.show()
    editor = form.rows["First Name"].editor  # at most 50 characters
    line = editor.focusProxy()
    assert editor.counter is not None and editor.counter.isHidden()
    qtbot.keyClicks(line, "x" * 39)
    assert editor.counter.isHidden()
    qtbot.keyClicks(line, "x" * 20)  # 59 keys: typing stops at the limit
    assert editor.value() == "x" * 50
    assert editor.counter.isVisible() and editor.counter.text() == "50/50"
    # A stored record longer than the limit (opened to be fixed) is never cut short.
    editor.set_value("y" * 60)
    assert editor.value() == "y" * 60
    qtbot.keyClick(line, Qt.Key.Key_Backspace)  # and it can still be shortened
    assert editor.value() == "y" * 59
