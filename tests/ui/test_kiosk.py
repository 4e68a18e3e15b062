"""Kiosk mode in practice: scans, idle reset, the PIN, nothing of the last visitor on screen
(a real sandbox over loopback, a real SQLite file, key events with their own timestamps)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from ui_helpers import HANG_MS, fill

from cg_desktop.core.credentials import CredentialStore
from cg_desktop.core.kiosk.pin import PinLock, hash_pin
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.store.sends import Status
from cg_desktop.ui.context import build_context
from cg_desktop.ui.kiosk.pin_dialogs import PinDialog
from cg_desktop.ui.kiosk.staff_panel import StaffActions, StaffPanel
from cg_desktop.ui.kiosk.window import KioskWindow
from cg_desktop.ui.practice.session import start_practice

PIN = "2468"
VCARD = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    "N:Doe;John;;;",
    "FN:John Doe",
    "EMAIL;TYPE=work:john.doe@example.com",
    "TEL:+44 20 7946 0958",
    "ORG:ACME Ltd",
    "END:VCARD",
]
MECARD = "MECARD:N:Lee,Ann;EMAIL:ann.lee@example.com;TEL:+1 555 0100;ORG:Initech;;"


@pytest.fixture
def kiosk(qtbot: QtBot, paths: AppPaths, file_keyring: Any) -> Iterator[KioskWindow]:
    """A practice kiosk on the demo profile, its timers fast (the idle wait is a test's)."""
    practice = start_practice()
    context = build_context(paths, practice=practice, credentials=CredentialStore(file_keyring))
    window = KioskWindow(
        context,
        practice.profiles[0],
        practice.region,
        hash_pin(PIN),
        idle_ms=60_000,
        warn_ticks=3,
        tick_ms=30,
        thanks_ms=60_000,
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.started, timeout=HANG_MS):
        window.show_kiosk()
    qtbot.waitExposed(window, timeout=HANG_MS)
    yield window
    window.confirm_close = False
    window.close()
    assert not window.work.sender.worker_thread.isRunning()


def press(widget: QWidget, key: Qt.Key, text: str, at_ms: int) -> None:
    """One key press as the X server delivers it: with its own timestamp."""
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(at_ms)
    QApplication.sendEvent(widget, event)


def type_lines(lines: list[str], gap_ms: int, start_ms: int = 1_000_000) -> int:
    """Type lines into the focused field, each ended by Enter, `gap_ms` between keys
    (capitals with Shift pressed first, as a keyboard, and a scanner, does)."""
    at = start_ms
    for line in lines:
        for char in line:
            if char.isupper():
                press(QApplication.focusWidget(), Qt.Key.Key_Shift, "", at)
            press(QApplication.focusWidget(), Qt.Key.Key_unknown, char, at)
            at += gap_ms
        press(QApplication.focusWidget(), Qt.Key.Key_Return, "\r", at)
        at += gap_ms
    return at


def visible_texts(window: QWidget) -> str:
    """Every word a person can see in the window (labels, fields, buttons)."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
    return "\n".join(texts)


def test_a_vcard_burst_fills_the_fields_and_waits_for_enter(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    type_lines(VCARD, gap_ms=6)
    qtbot.waitUntil(lambda: kiosk.scans.last_scan is not None, timeout=HANG_MS)
    values = kiosk.form.values()
    assert values["Email"] == "john.doe@example.com"
    assert (values["First Name"], values["Last Name"]) == ("John", "Doe")
    assert values["Phone"] == "+44 20 7946 0958"
    assert values["Account Name"] == "ACME Ltd"
    # Said where the welcome was (under the form it pushed Send off a laptop's screen).
    assert "Scanned: John Doe" in kiosk.notice.message.text()
    assert kiosk.notice.currentWidget() is kiosk.notice.message_page
    assert kiosk.work.store.count() == 0  # the visitor checks, then presses Enter


def test_a_scanner_pausing_mid_card_still_fills_the_form_and_leaves_no_raw_text(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    # A Bluetooth scanner: 6 ms a key, and a 250 ms pause in the middle of "FN:John Doe".
    card = "\n".join(VCARD) + "\n"
    pause_at = card.index("FN:Joh") + 6
    at = 1_000_000
    for index, char in enumerate(card):
        at += 6 + (250 if index == pause_at else 0)
        if char == "\n":
            press(QApplication.focusWidget(), Qt.Key.Key_Return, "\r", at)
            continue
        if char.isupper():
            press(QApplication.focusWidget(), Qt.Key.Key_Shift, "", at)
        press(QApplication.focusWidget(), Qt.Key.Key_unknown, char, at)
    qtbot.waitUntil(lambda: kiosk.scans.last_scan is not None, timeout=HANG_MS)
    values = kiosk.form.values()
    assert values["Email"] == "john.doe@example.com"
    assert (values["First Name"], values["Last Name"]) == ("John", "Doe")
    assert not any("VCARD" in value or "FN:" in value for value in values.values())


def type_card(card: str, gap_ms: int, pause_after: str, pause_ms: int) -> None:
    """A scanner typing `card` ("\\n" as Enter, then a last Enter), pausing after a text."""
    text = card + "\n"
    pause_at = text.index(pause_after) + len(pause_after)
    at = 1_000_000
    for index, char in enumerate(text):
        at += gap_ms + (pause_ms if index == pause_at else 0)
        if char == "\n":
            press(QApplication.focusWidget(), Qt.Key.Key_Return, "\r", at)
            continue
        if char.isupper():
            press(QApplication.focusWidget(), Qt.Key.Key_Shift, "", at)
        press(QApplication.focusWidget(), Qt.Key.Key_unknown, char, at)


def test_a_card_broken_by_a_long_pause_is_taken_back_and_the_visitor_told(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    fill(kiosk, First_Name="Zed")  # typed before the scan: stays
    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    type_card("\n".join(VCARD), 6, "FN:Jo", 1_500)  # the scanner stops for 1.5 s
    qtbot.waitUntil(lambda: "read only in part" in kiosk.notice.message.text(), timeout=HANG_MS)
    values = kiosk.form.values()
    assert values["Email"] == "" and values["First Name"] == "Zed", values
    assert not any("VCARD" in value or "hn Doe" in value for value in values.values())
    assert kiosk.scans.last_scan is None
    assert kiosk.work.store.count() == 0  # none of its Enters sent anything


def test_a_card_whose_scanner_stalled_for_seconds_is_read_whole_and_never_sent(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    at = type_lines(VCARD[:4], gap_ms=6)  # up to FN, then the scanner stalls
    qtbot.waitUntil(lambda: kiosk.scans.last_scan is not None, timeout=HANG_MS)
    assert kiosk.form.values()["First Name"] == "John"  # the first half, read at the quiet
    type_lines(VCARD[4:], gap_ms=6, start_ms=at + 5_000)  # 5 s later, the rest
    qtbot.waitUntil(lambda: kiosk.form.values()["Email"] == "john.doe@example.com", timeout=HANG_MS)
    values = kiosk.form.values()
    assert (values["Phone"], values["Account Name"]) == ("+44 20 7946 0958", "ACME Ltd")
    assert not any(":" in value for value in values.values()), values
    assert kiosk.work.store.count() == 0  # none of the card's Enters sent it


def test_a_card_stalled_before_a_lines_enter_is_read_whole_and_that_enter_sends_nothing(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    at = type_lines(VCARD[:4], gap_ms=6)  # up to FN, each with its Enter
    for char in VCARD[4]:  # the EMAIL line, and the scanner stalls before its Enter
        if char.isupper():
            press(QApplication.focusWidget(), Qt.Key.Key_Shift, "", at)
        press(QApplication.focusWidget(), Qt.Key.Key_unknown, char, at)
        at += 6
    qtbot.waitUntil(lambda: kiosk.scans.last_scan is not None, timeout=HANG_MS)  # read so far
    press(QApplication.focusWidget(), Qt.Key.Key_Return, "\r", at + 3_000)  # 3 s later
    assert kiosk.work.store.count() == 0  # the scanner's Enter: no Send
    type_lines(VCARD[5:], gap_ms=6, start_ms=at + 3_080)  # the rest, after a short hiccup
    qtbot.waitUntil(lambda: kiosk.form.values()["Phone"] == "+44 20 7946 0958", timeout=HANG_MS)
    values = kiosk.form.values()
    assert (values["Email"], values["First Name"], values["Account Name"]) == (
        "john.doe@example.com",
        "John",
        "ACME Ltd",
    )
    assert "Scanned: John Doe" in kiosk.notice.message.text()
    assert kiosk.work.store.count() == 0


def test_clear_leaves_nothing_of_a_badge_said_or_waiting(
    qtbot: QtBot, kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    at = type_lines(VCARD[:4], gap_ms=6)  # a card that stalls: read at the quiet
    qtbot.waitUntil(lambda: kiosk.scans.last_scan is not None, timeout=HANG_MS)
    assert "Scanned: John Doe" in kiosk.notice.message.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    kiosk.form.ask_clear()  # the visitor clears it all
    assert kiosk.notice.message.text() == "" and kiosk.notice.currentWidget() is kiosk.welcome
    # The next visitor's one-line badge is theirs alone (it was joined to the stalled card).
    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    type_lines(["EMAIL:bob@example.org"], gap_ms=5, start_ms=at + 2_000)
    qtbot.waitUntil(lambda: kiosk.form.values()["Email"] == "bob@example.org", timeout=HANG_MS)
    assert kiosk.form.values()["First Name"] == ""
    assert "John" not in visible_texts(kiosk)


def test_a_card_stalled_in_the_middle_of_a_line_is_read_whole(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    at = type_lines(VCARD[:4], gap_ms=6)
    for char in VCARD[4][:22]:  # "EMAIL;TYPE=work:john.d", and the scanner stalls
        if char.isupper():
            press(QApplication.focusWidget(), Qt.Key.Key_Shift, "", at)
        press(QApplication.focusWidget(), Qt.Key.Key_unknown, char, at)
        at += 6
    qtbot.waitUntil(lambda: kiosk.scans.last_scan is not None, timeout=HANG_MS)  # read so far
    type_lines([VCARD[4][22:], *VCARD[5:]], gap_ms=6, start_ms=at + 3_000)  # 3 s later
    qtbot.waitUntil(lambda: kiosk.form.values()["Phone"] == "+44 20 7946 0958", timeout=HANG_MS)
    values = kiosk.form.values()
    assert (values["Email"], values["Account Name"]) == ("john.doe@example.com", "ACME Ltd")
    assert not any(":" in value for value in values.values()), values
    assert kiosk.work.store.count() == 0


def test_a_second_badge_leaves_nothing_of_the_first(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    type_lines(VCARD, gap_ms=5)
    qtbot.waitUntil(lambda: kiosk.scans.last_scan is not None, timeout=HANG_MS)
    assert kiosk.form.values()["Account Name"] == "ACME Ltd"
    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    type_lines(["ann.lee@example.com"], gap_ms=4, start_ms=2_000_000)  # a bare-email badge
    qtbot.waitUntil(lambda: kiosk.form.values()["Email"] == "ann.lee@example.com", timeout=HANG_MS)
    values = kiosk.form.values()
    assert (values["First Name"], values["Last Name"], values["Account Name"]) == ("", "", "")
    assert values["Phone"] == ""


def test_a_mecard_burst_fills_the_fields(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.form.rows["First Name"].editor.focusProxy().setFocus()
    type_lines([MECARD], gap_ms=4)
    qtbot.waitUntil(lambda: kiosk.scans.last_scan is not None, timeout=HANG_MS)
    values = kiosk.form.values()
    assert (values["Email"], values["First Name"], values["Last Name"]) == (
        "ann.lee@example.com",
        "Ann",
        "Lee",
    )
    assert values["Account Name"] == "Initech"


def test_the_same_text_typed_by_a_person_is_not_a_scan(kiosk: KioskWindow) -> None:
    email = kiosk.form.rows["Email"].editor.focusProxy()
    email.setFocus()
    type_lines([MECARD[:30]], gap_ms=120)  # a quick typist: 120 ms a key
    assert kiosk.scans.last_scan is None
    assert kiosk.form.values()["Email"] == MECARD[:30]  # typed as typed, nothing taken
    assert kiosk.form.values()["First Name"] == ""


def test_a_scan_asks_before_replacing_what_was_typed(
    qtbot: QtBot, kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cg_desktop.ui.kiosk.scan_watch import ScanWatch

    asked: list[list[str]] = []
    monkeypatch.setattr(ScanWatch, "_replace_typing", lambda _self, names: asked.append(names))
    fill(kiosk, First_Name="Jon")  # the visitor typed a name, then scanned
    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    type_lines(VCARD, gap_ms=5)
    qtbot.waitUntil(lambda: kiosk.scans.last_scan is not None, timeout=HANG_MS)
    assert asked == [["First Name"]]
    assert kiosk.form.values()["First Name"] == "Jon"  # kept (the answer was "keep")
    assert kiosk.form.values()["Email"] == "john.doe@example.com"  # empty ones filled


def test_a_second_badge_replaces_the_first_without_asking(
    qtbot: QtBot, kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cg_desktop.ui.kiosk.scan_watch import ScanWatch

    asked: list[list[str]] = []
    monkeypatch.setattr(ScanWatch, "_replace_typing", lambda _self, names: asked.append(names))
    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    type_lines(VCARD, gap_ms=5)
    qtbot.waitUntil(lambda: kiosk.scans.last_scan is not None, timeout=HANG_MS)
    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    type_lines([MECARD], gap_ms=4, start_ms=2_000_000)  # oops, a colleague's badge: rescan
    qtbot.waitUntil(
        lambda: kiosk.scans.last_scan is not None and kiosk.scans.last_scan.first_name == "Ann",
        timeout=HANG_MS,
    )
    assert asked == []  # nothing there was typed by the visitor
    assert kiosk.form.values()["Email"] == "ann.lee@example.com"
    assert kiosk.form.values()["First Name"] == "Ann"


def test_after_a_send_and_after_the_thanks_nothing_of_the_visitor_shows(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    fill(kiosk, Email="rosa.diaz@example.com", First_Name="Rosa", Last_Name="Diaz")
    kiosk.form.try_send()
    assert kiosk.thanks.isVisible()
    assert kiosk.thanks.text() == "Thank you, Rosa — you’re all set."
    shown = visible_texts(kiosk)
    assert "rosa.diaz" not in shown and "Diaz" not in shown  # first name only, never contact
    qtbot.waitUntil(
        lambda: [s.status for s in kiosk.work.store.page()] == [Status.DELIVERED],
        timeout=HANG_MS,
    )
    # The next visitor starts typing: the thanks goes, and nothing of Rosa is left.
    press(kiosk.form.rows["Email"].editor.focusProxy(), Qt.Key.Key_unknown, "m", 5)
    assert not kiosk.thanks.isVisible()
    assert "Rosa" not in visible_texts(kiosk) and "rosa" not in visible_texts(kiosk)


def test_idle_reset_counts_down_then_clears_everything(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.idle._idle.setInterval(30)
    fill(kiosk, Email="walk.away@example.com", First_Name="Walter")
    kiosk.idle.touch()
    qtbot.waitUntil(lambda: kiosk.warning.isVisible(), timeout=HANG_MS)
    assert "The form clears in" in kiosk.warning.text.text()
    qtbot.waitUntil(lambda: not kiosk.warning.isVisible(), timeout=HANG_MS)
    assert kiosk.form.values()["Email"] == "" and kiosk.form.values()["First Name"] == ""
    assert "Walter" not in visible_texts(kiosk) and "walk.away" not in visible_texts(kiosk)


def test_im_still_here_keeps_the_form(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.idle._idle.setInterval(30)
    fill(kiosk, First_Name="Stay")
    kiosk.idle.touch()
    qtbot.waitUntil(lambda: kiosk.warning.isVisible(), timeout=HANG_MS)
    kiosk.idle._idle.setInterval(60_000)
    kiosk.warning.still_here.click()
    assert not kiosk.warning.isVisible() and kiosk.form.values()["First Name"] == "Stay"


def test_close_attempts_do_nothing_without_the_pin(kiosk: KioskWindow) -> None:
    fill(kiosk, First_Name="Kept")
    kiosk.close()  # the close button, Alt+F4
    assert kiosk.isVisible() and not kiosk.closed
    escape = kiosk.form.rows["First Name"].editor.focusProxy()
    press(escape, Qt.Key.Key_Escape, "", 10)
    assert kiosk.form.values()["First Name"] == "Kept"  # Esc clears nothing either


def test_wrong_pins_lock_the_staff_panel_for_a_minute(qtbot: QtBot) -> None:
    now = [0.0]
    lock = PinLock(hash_pin(PIN), clock=lambda: now[0])
    dialog = PinDialog(lock, "the staff panel")
    qtbot.addWidget(dialog)
    for _ in range(5):
        dialog.pin.setText("1357")
        dialog.try_pin()
    assert "Too many wrong PINs" in dialog.verdict.text()
    # No box to type into meanwhile: a PIN typed then would be refused without a word.
    assert not dialog.pin.isEnabled() and not dialog.ok.isEnabled()
    dialog.show()
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setFocus()  # all that is left to focus
    QTest.keyClick(cancel, Qt.Key.Key_Return)  # staff's Enter: the dialog stays, saying why
    assert dialog.isVisible() and "Too many wrong PINs" in dialog.verdict.text()
    dialog.pin.setText(PIN)  # even the right one waits out the minute
    dialog.try_pin()
    assert dialog.result() != PinDialog.DialogCode.Accepted
    now[0] = 61.0
    dialog.pin.setText(PIN)
    dialog.try_pin()
    assert dialog.result() == PinDialog.DialogCode.Accepted


def enter_pin(dialog: PinDialog) -> int:
    """A PinDialog.exec where staff type the right PIN."""
    dialog.pin.setText(PIN)
    dialog.try_pin()
    return int(dialog.result())


def test_the_right_pin_leaves_kiosk_mode(
    qtbot: QtBot, kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def leave(panel: StaffPanel) -> int:
        shown.append(panel.state.text())
        panel.leave_button.click()
        return int(panel.result())

    monkeypatch.setattr(PinDialog, "exec", enter_pin)
    monkeypatch.setattr(StaffPanel, "exec", leave)
    kiosk.open_staff_panel()
    assert shown and "Signed in as sandbox-client (practice)" in shown[0]
    assert kiosk.closed and not kiosk.isVisible()


def test_targets_are_touch_sized_and_nothing_but_the_form_is_offered(kiosk: KioskWindow) -> None:
    from PySide6.QtWidgets import QComboBox, QMenuBar, QPushButton, QTabWidget

    small = [
        (type(w).__name__, w.text() if isinstance(w, QAbstractButton) else w.objectName())
        for w in kiosk.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QComboBox)
        and w.isVisible()
        and w.height() < 44
    ]
    assert small == []
    # No region, profile, credentials, settings, history or menus for a visitor.
    assert not kiosk.findChildren(QTabWidget) and not kiosk.findChildren(QMenuBar)
    buttons = {w.text() for w in kiosk.findChildren(QPushButton) if w.isVisible()}
    assert buttons == {"Staff", "Clear", "Send"}


def test_the_staff_pin_is_set_twice_alike_and_kept_only_as_a_hash(qtbot: QtBot) -> None:
    from cg_desktop.ui.kiosk.pin_dialogs import NewPinDialog

    dialog = NewPinDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.pin.setText("1111")
    assert not ok.isEnabled() and dialog.problem.text()  # all one digit: refused, said why
    dialog.pin.setText("482605913377")  # 12 digits: can't turn up in the hex by chance
    dialog.again.setText("482605913378")
    assert not ok.isEnabled() and "not the same" in dialog.problem.text()
    dialog.again.setText("482605913377")
    assert ok.isEnabled()
    ok.click()
    stored = dialog.pin_hash()
    assert stored is not None and "482605913377" not in repr(stored.to_dict())
    assert dialog.pin.text() == "" and dialog.again.text() == ""  # not left in the boxes
    assert PinLock(stored).check("482605913377").ok
    assert not PinLock(stored).check("482605913378").ok


def test_the_first_kiosk_start_asks_for_the_pin_and_keeps_its_hash(
    paths: AppPaths, file_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cg_desktop.ui.kiosk.pin_dialogs import NewPinDialog
    from cg_desktop.ui.kiosk.start import kiosk_pin

    def answer(dialog: NewPinDialog) -> int:
        dialog.pin.setText("573920481736")
        dialog.again.setText("573920481736")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(NewPinDialog, "exec", answer)
    context = build_context(paths, credentials=CredentialStore(file_keyring))
    stored = kiosk_pin(context, None)
    saved = paths.settings_file.read_text(encoding="utf-8")
    assert '"kiosk_pin"' in saved and "573920481736" not in saved
    again = build_context(paths, credentials=CredentialStore(file_keyring))
    assert kiosk_pin(again, None) == stored  # the next start uses it, asks nothing


def test_the_idle_reset_closes_any_dialog_left_open(qtbot: QtBot, kiosk: KioskWindow) -> None:
    nothing = StaffActions(lambda: None, lambda: None, lambda: None, lambda: None)
    panel = StaffPanel(["Signed in"], nothing, kiosk)
    panel.show()  # staff walked away from it
    kiosk.clear_for_next_visitor()
    assert not panel.isVisible()  # no Leave kiosk mode for the next visitor without the PIN


def test_enter_on_an_empty_form_does_nothing(kiosk: KioskWindow) -> None:
    field = kiosk.form.rows["Email"].editor.focusProxy()
    field.setFocus()
    override = QKeyEvent(
        QEvent.Type.ShortcutOverride, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"
    )
    override.ignore()
    QApplication.sendEvent(field, override)
    assert override.isAccepted()  # the form's Send shortcut does not fire: no red "not sent"
    press(field, Qt.Key.Key_Return, "\r", 10)
    assert kiosk.form.banner.text.text() == "" and kiosk.work.store.count() == 0


def test_the_form_stays_put_while_thanks_and_warnings_come_and_go(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    email = kiosk.form.rows["Email"].editor

    def where() -> int:
        return email.mapTo(kiosk, email.rect().topLeft()).y()

    before, width = where(), kiosk.width()
    fill(kiosk, Email="rosa.diaz@example.com", First_Name="Rosa")
    kiosk.form.try_send()
    assert kiosk.thanks.isVisible() and not kiosk.welcome.isVisible()
    assert where() == before  # a visitor reaching for a field finds it where it was
    kiosk.notice.warn(10)  # the idle countdown (its timing is another test's)
    assert kiosk.warning.isVisible() and not kiosk.thanks.isVisible() and where() == before
    assert kiosk.width() == width  # the warning fits the screen, however narrow
    kiosk.notice.end_warning()  # I'm still here
    assert kiosk.thanks.isVisible() and where() == before  # the thanks had time left
    kiosk.notice.end_thanks()
    assert kiosk.welcome.isVisible() and where() == before
    fill(kiosk, Email="m@example.com", First_Name="Maximiliana-Josephine von Habsburg")
    kiosk.form.try_send()  # a long name is cut, not wrapped onto a line of its own
    assert kiosk.thanks.text().startswith("Thank you, Maximiliana-Jos…") and where() == before


def test_the_lockout_counts_down_where_staff_can_see_it(qtbot: QtBot) -> None:
    now = [0.0]
    lock = PinLock(hash_pin(PIN), clock=lambda: now[0])
    dialog = PinDialog(lock, "the staff panel")
    qtbot.addWidget(dialog)
    for _ in range(5):
        dialog.pin.setText("1357")
        dialog.try_pin()
    assert dialog.verdict.text() == "Too many wrong PINs: try again in 60 s."
    now[0] = 45.0
    qtbot.waitUntil(lambda: "in 15 s" in dialog.verdict.text(), timeout=HANG_MS)
    now[0] = 61.0
    qtbot.waitUntil(lambda: dialog.verdict.text() == "You can try the PIN again.", timeout=HANG_MS)
    assert dialog.pin.isEnabled() and dialog.ok.isEnabled()
    assert "color" not in dialog.verdict.styleSheet()  # news, not an error: not in red
    again = PinDialog(lock, "the staff panel")  # not locked any more: nothing to say
    qtbot.addWidget(again)
    assert again.verdict.text() == ""


def test_a_badge_scanned_while_a_question_is_open_answers_nothing_and_sends_nothing(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    fill(kiosk, Email="kept@example.com", First_Name="Kim")
    seen: list[str] = []

    def scan_into_the_question() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, scan_into_the_question)
            return
        seen.append(box.text())
        button = box.defaultButton()
        assert button is not None
        box.activateWindow()  # as the system does for a question: keys go to it
        qtbot.waitUntil(lambda: QApplication.focusWidget() is button, timeout=HANG_MS)
        at = 3_000_000
        for char in MECARD:  # "N" in it would be No; its Enter would Send
            press(button, Qt.Key.Key_unknown, char, at)
            at += 4
        press(button, Qt.Key.Key_Return, "\r", at)
        seen.append("still open" if box.isVisible() else "answered")
        box.reject()

    QTimer.singleShot(0, scan_into_the_question)
    kiosk.form.ask_clear()
    assert seen == ["Clear what you typed? This can't be undone.", "still open"]
    assert kiosk.form.values()["Email"] == "kept@example.com"
    assert kiosk.work.store.count() == 0
    # The visitor goes on typing where they were, not on the Clear button.
    assert kiosk.focusWidget() is kiosk.form.rows["Email"].editor.focusProxy()


@pytest.mark.parametrize("answer", ["space", "letter then enter"])
def test_in_a_question_a_stalled_badges_enter_answers_nothing_but_a_persons_keys_do(
    qtbot: QtBot, kiosk: KioskWindow, answer: str
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    fill(kiosk, Email="kept@example.com", First_Name="Kim")
    seen: list[bool] = []

    def tap(button: QWidget, key: Qt.Key, text: str, at: int) -> None:
        """A key pressed and let go, as a keyboard (and a scanner) sends it."""
        press(button, key, text, at)
        release = QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, text)
        QApplication.sendEvent(button, release)

    def keys_into_the_question() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, keys_into_the_question)
            return
        try:
            answer_it(box)
        finally:
            if isValid(box) and box.isVisible():
                box.reject()  # (a failed check must not leave the test hanging on the box)

    def answer_it(box: QMessageBox) -> None:
        button = box.defaultButton()  # No
        assert button is not None
        answered: list[int] = []
        box.finished.connect(answered.append)
        box.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is button, timeout=HANG_MS)
        at = 3_000_000
        for char in "Ann Lee":  # a badge's space is no press of the button
            tap(button, Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown, char, at)
            at += 4
        tap(button, Qt.Key.Key_Return, "\r", at + 400)  # after the scanner stalled
        # (Enter clicks a button with a short animation: pressed at once, clicked later.)
        seen.append(not answered and not button.isDown())
        at += 5_000  # a person, later
        if answer == "space":  # Space presses the focused button, as anywhere
            tap(button, Qt.Key.Key_Space, " ", at)
        else:  # "y" is kept from the box; the Enter after it is a person's and answers
            tap(button, Qt.Key.Key_unknown, "y", at)
            tap(button, Qt.Key.Key_Return, "\r", at + 300)
        qtbot.waitUntil(lambda: bool(answered), timeout=HANG_MS)
        seen.append(not answered)

    QTimer.singleShot(0, keys_into_the_question)
    kiosk.form.ask_clear()
    assert seen == [True, False]
    assert kiosk.form.values()["Email"] == "kept@example.com"  # No, the default, was pressed
    assert kiosk.work.store.count() == 0


def test_a_restart_gives_no_fresh_pin_tries(paths: AppPaths, file_keyring: Any) -> None:
    from cg_desktop.ui.kiosk.pin_dialogs import kept_lock

    stored = hash_pin(PIN)
    lock = kept_lock(build_context(paths), stored)
    for _ in range(3):
        lock.check("1357")
    # The app started again: the settings file is read afresh.
    again = kept_lock(build_context(paths), stored)
    assert again.check("1357").tries_left == 1
    # Not the PIN itself; its digits may turn up inside a hash's hex, by chance.
    kept = paths.settings_file.read_text(encoding="utf-8")
    assert not re.search(rf"(?<![0-9a-f]){PIN}(?![0-9a-f])", kept), kept
    # Practice mode keeps nothing for the real desk (they share the settings file).
    practice = start_practice()
    try:
        trial = kept_lock(build_context(paths, practice=practice), stored)
        assert trial.check("1357").tries_left == 4
    finally:
        practice.stop()


def test_minimised_it_comes_straight_back_full_screen(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.showMinimized()
    qtbot.waitUntil(
        lambda: (
            bool(kiosk.windowState() & Qt.WindowState.WindowFullScreen) and not kiosk.isMinimized()
        ),
        timeout=HANG_MS,
    )


def test_an_empty_form_is_not_counted_down_but_a_popup_left_open_is_closed(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    from PySide6.QtCore import QTimer

    from cg_desktop.ui.form.field_editors import DateFieldEditor

    warned: list[int] = []
    kiosk.idle.warning.connect(warned.append)
    kiosk.idle._idle.timeout.emit()  # a whole idle wait on an empty form: nothing to say
    assert warned == [] and not kiosk.warning.isVisible() and kiosk.idle._idle.isActive()
    date = kiosk.form.rows["Visit Date"].editor
    assert isinstance(date, DateFieldEditor)
    kiosk.idle.set_idle_ms(30)
    kiosk.idle.touch()
    stuck: list[str] = []

    def unstick() -> None:  # only if the reset forgot the popup (the test then fails)
        if QApplication.activePopupWidget() is not None:
            stuck.append("the calendar stayed open")
            QApplication.activePopupWidget().close()

    QTimer.singleShot(HANG_MS, unstick)
    with qtbot.waitSignal(kiosk.idle.expired, timeout=HANG_MS):
        date.open_calendar()  # the month opens, and the visitor walks away
    assert warned and stuck == [] and QApplication.activePopupWidget() is None


def test_staff_get_five_minutes_in_the_staff_panel(
    kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    during: list[int] = []
    monkeypatch.setattr(PinDialog, "exec", enter_pin)
    monkeypatch.setattr(StaffPanel, "exec", lambda _panel: during.append(kiosk.idle.idle_ms))
    kiosk.open_staff_panel()
    assert during == [5 * 60 * 1000] and kiosk.idle.idle_ms == 60_000


def test_the_pin_dialog_counts_tries_in_words(qtbot: QtBot) -> None:
    dialog = PinDialog(PinLock(hash_pin(PIN)), "the staff panel")
    qtbot.addWidget(dialog)
    said = []
    for _ in range(4):
        dialog.pin.setText("1357")
        dialog.try_pin()
        said.append(dialog.verdict.text())
    assert said[-2:] == [
        "That PIN is not right. 2 tries left.",
        "That PIN is not right. 1 try left.",
    ]


def test_a_badge_question_left_open_at_the_idle_reset_fills_nothing_for_the_next_visitor(
    qtbot: QtBot, kiosk: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The visitor scanned over what they typed and walked away from "Use the badge?": the
    reset clears the form, and the badge must not be written into the next one's form."""
    from PySide6.QtWidgets import QMessageBox

    def walk_away(box: QMessageBox) -> int:
        kiosk.clear_for_next_visitor()  # the idle reset, while the question is open
        return 0

    monkeypatch.setattr(QMessageBox, "exec", walk_away)
    fill(kiosk, First_Name="Jon")
    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    type_lines(VCARD, gap_ms=5)
    qtbot.waitUntil(lambda: not kiosk.form.has_typed_anything(), timeout=HANG_MS)
    QApplication.processEvents()  # the read that asked has returned by now
    assert kiosk.scans.last_scan is None
    assert all(value in ("", "Trade Show") for value in kiosk.form.values().values())
    assert "John" not in visible_texts(kiosk) and "Doe" not in visible_texts(kiosk)


def test_a_quickly_rolled_start_then_a_pause_is_not_a_broken_badge(kiosk: KioskWindow) -> None:
    email = kiosk.form.rows["First Name"].editor.focusProxy()
    email.setFocus()
    events = [("A", 0), ("n", 300), ("a", 600), (" ", 900), ("M", 910), ("e", 935)]
    events += [("n", 2500), ("d", 2700), ("e", 2900), ("s", 3100)]
    for char, at in events:
        press(email, Qt.Key.Key_unknown, char, 5_000_000 + at)
    assert not kiosk.scans.detector.spoilt
    assert kiosk.form.values()["First Name"] == "Ana Mendes"


def test_on_a_1280x800_screen_send_stays_in_sight_after_a_scan(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    """The scan's "Check your details, then press Enter" must not push Send out of sight
    (at 1280x800 it did: a scroll bar, and only the top pixels of Send)."""
    kiosk.showNormal()
    kiosk.resize(1280, 800)
    qtbot.waitUntil(lambda: kiosk.size().height() == 800, timeout=HANG_MS)
    kiosk.form.rows["Email"].editor.focusProxy().setFocus()
    type_lines(VCARD, gap_ms=5)
    qtbot.waitUntil(lambda: kiosk.scans.last_scan is not None, timeout=HANG_MS)
    QApplication.processEvents()
    send = kiosk.form.send_button
    corner = send.mapTo(kiosk, send.rect().bottomRight())
    assert send.visibleRegion().boundingRect().size() == send.size(), "Send is cut off"
    assert corner.y() < kiosk.height(), corner


def test_on_a_1280x800_screen_send_stays_in_sight_after_a_typo_question(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    kiosk.showNormal()
    kiosk.resize(1280, 800)
    qtbot.waitUntil(lambda: kiosk.size().height() == 800, timeout=HANG_MS)
    fill(kiosk, Email="joe@gmial.com", First_Name="Joe")
    kiosk.form.try_send()  # the first Enter asks about the likely typo
    assert "Did you mean joe@gmail.com?" in kiosk.notice.message.text()
    assert kiosk.work.store.count() == 0
    QApplication.processEvents()
    send = kiosk.form.send_button
    assert send.visibleRegion().boundingRect().size() == send.size(), "Send is cut off"
    # On a touch screen there is no Alt+U: the suggestion is a button too.
    assert kiosk.notice.offer.isVisible() and "joe@gmail.com" in kiosk.notice.offer.text()
    kiosk.notice.offer.click()
    assert kiosk.form.values()["Email"] == "joe@gmail.com"
    assert "Changed to joe@gmail.com" in kiosk.notice.message.text()
    assert not kiosk.notice.offer.isVisible()
    kiosk.form.banner.clear()  # dismissed: not said any longer
    assert kiosk.notice.currentWidget() is kiosk.welcome
