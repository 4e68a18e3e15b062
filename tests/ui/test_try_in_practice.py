"""Try in practice mode: an administrator's new profile, sent end to end to the sandbox.

Real widgets, real files and a real sandbox on loopback: the editor writes the profile,
the practice window sends with it, and the sandbox (serving the profile's fields as its
mapping) is asked what it received.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from test_profile_editor import activate, paste_new, problem_lines, questions, retype
from ui_helpers import HANG_MS, fill, send_and_wait

from cg_desktop.core.api.regions import SANDBOX
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.files import load_profile
from cg_desktop.core.profiles.model import FieldSpec, Profile
from cg_desktop.ui.dialogs.profile_editor import ProfileEditor
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.main_window import MainWindow

SIX = "Email\nFirst Name\nLast Name\nCompany\nPhone\nVisit Date\n"
REFERENCE = "5f1c2a77-3b0e-4d8e-9a51-0c6f2b9d4e10"  # not one of the demo account's
Button = QMessageBox.StandardButton


@pytest.fixture
def successors() -> Iterator[list[MainWindow]]:
    """Practice windows a test opened by handing over: closed (and their sender stopped)."""
    opened: list[MainWindow] = []
    yield opened
    for window in opened:
        window.close()
        assert not window.work.sender.worker_thread.isRunning()


def practice_window(qtbot: QtBot, window: MainWindow, opened: list[MainWindow]) -> MainWindow:
    """The practice window `window` handed over to, once it is working."""
    successor = window.successor
    assert successor is not None and successor.practice is not None
    successor.confirm_close = False  # the test closes it without the person's question
    qtbot.addWidget(successor)
    opened.append(successor)
    qtbot.waitUntil(lambda: successor.is_started, timeout=HANG_MS)
    return successor


def open_editor(qtbot: QtBot, window: MainWindow) -> ProfileEditor:
    """File → Profiles…"""
    window.menu_actions["profiles"].trigger()
    editor = window.profile_editor
    assert editor is not None
    qtbot.waitExposed(editor, timeout=HANG_MS)
    return editor


def new_contacts_desk(qtbot: QtBot, window: MainWindow) -> ProfileEditor:
    """File → Profiles…, New… from the six pasted names, named, its reference given (unsaved)."""
    editor = open_editor(qtbot, window)
    paste_new(qtbot, editor, SIX)
    activate(qtbot, editor)
    retype(qtbot, editor.settings.name_edit, "Contacts desk")
    retype(qtbot, editor.settings.reference_edit, REFERENCE)
    return editor


def test_six_pasted_names_become_a_profile_tried_end_to_end(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    successors: list[MainWindow],
) -> None:
    window = make_window(practice=False)
    asked = questions(monkeypatch)  # saved before trying: nothing is asked
    editor = open_editor(qtbot, window)
    assert editor.try_button.isVisible() and not editor.try_button.isEnabled()

    guessed = paste_new(qtbot, editor, SIX)
    assert list(guessed) == SIX.splitlines()
    assert editor.settings.data_type_combo.currentText() == "Contacts"
    activate(qtbot, editor)
    retype(qtbot, editor.settings.name_edit, "Contacts desk")
    assert not editor.try_button.isEnabled()  # the reference is still missing
    retype(qtbot, editor.settings.reference_edit, REFERENCE)
    assert problem_lines(editor) == []
    preview = editor.preview.form
    assert preview is not None and list(preview.rows) == SIX.splitlines()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = load_profile(paths.profiles_dir / "contacts-desk.json")
    assert saved.region == "eu"  # tried in practice, kept for the real region

    assert editor.try_button.isEnabled()
    qtbot.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    practice = practice_window(qtbot, window, successors)
    assert asked == [] and window.profile_editor is None and not window.isVisible()
    assert practice.ribbon is not None
    assert practice.ribbon.label.text() == (
        "Practice mode — trying “Contacts desk”; nothing is sent to CustomerGauge"
    )
    assert practice.form is not None
    assert practice.form.profile == dataclasses.replace(saved, region=SANDBOX)
    assert practice.current_region().code == SANDBOX
    assert practice.paths.database.parent.name == "practice"

    fill(
        practice,
        Email="ann.lee@example.com",
        First_Name="Ann",
        Last_Name="Lee",
        Company="ACME",
        Phone="+44 20 7946 0958",
        Visit_Date="2024-06-30",
    )
    send_and_wait(qtbot, practice)
    form = practice.form
    assert practice.practice is not None
    sandbox = practice.practice.sandbox
    qtbot.waitUntil(lambda: form.banner.tone is Tone.SUCCESS, timeout=HANG_MS)
    assert "Sent to Ann Lee" in form.banner.text.text()
    # The exact keys that went out, shown at once, in a fixed-width font.
    details = form.banner.details
    assert details.isVisible() and form.banner.details_button.isChecked()
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert QFontInfo(details.font()).fixedPitch() == QFontInfo(fixed).fixedPitch()
    shown = details.toPlainText().splitlines()
    assert shown[0] == "The exact keys sent:"
    assert shown[1:7] == [
        '"Email":      "ann.lee@example.com"',
        '"First Name": "Ann"',
        '"Last Name":  "Lee"',
        '"Company":    "ACME"',
        '"Phone":      "+44 20 7946 0958"',
        '"Visit Date": "2024-06-30"',
    ]
    # The sandbox received exactly those keys, all of them known to its mapping.
    [accepted] = sandbox.accepted
    assert accepted.configuration == REFERENCE and accepted.ignored_keys == ()
    assert list(accepted.record) == SIX.splitlines()
    assert accepted.record["Visit Date"] == "2024-06-30"
    # History says the same, keys included.
    practice.show_history()
    history = practice.work.history
    history.table.selectRow(0)
    assert '"First Name": "Ann"' in history.details.toPlainText()


def test_the_sandbox_applies_the_tried_profiles_rules_and_the_error_lands_under_the_field(
    qtbot: QtBot, make_window: Callable[..., MainWindow], successors: list[MainWindow]
) -> None:
    tried = Profile(
        name="Fair desk",
        region="us",
        configuration=REFERENCE,
        data_type="surveys",
        fields=(
            FieldSpec("Email", "Email", "email"),
            FieldSpec("Badge", "Badge number", "text", required=True, max_length=6),
            FieldSpec("Hall", "Hall", "choice", choices=("North", "South")),
            FieldSpec("Touchpoint", "Touchpoint", "text", default="Spring Fair", hidden=True),
        ),
    )
    window = make_window(practice=False)
    assert window.try_in_practice(tried) is not None
    practice = practice_window(qtbot, window, successors)
    assert practice.form is not None and practice.form.profile.name == "Fair desk"
    # A record the form would have stopped (an older copy of the profile sends it, say):
    # the sandbox itself checks the tried profile's rules, with CustomerGauge's words.
    with qtbot.waitSignal(practice.outcome_shown, timeout=HANG_MS):
        practice.work.sending.send_values({"Email": "bo@example.com", "Hall": "East"})
    assert practice.practice is not None and practice.practice.sandbox.accepted == []
    form = practice.form
    assert form.banner.tone is Tone.ERROR
    assert '"Touchpoint": "Spring Fair"' in form.banner.details.toPlainText()  # hidden, sent
    practice.recent.fix_newest()
    assert form.rows["Badge"].errors() == ["The Badge field is required."]
    assert form.rows["Hall"].errors() == ["The Hall field is invalid."]
    assert not form.rows["Badge"].error_line.isHidden()


def test_unsaved_changes_are_saved_before_trying_or_nothing_happens(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    successors: list[MainWindow],
) -> None:
    window = make_window(practice=False)
    editor = new_contacts_desk(qtbot, window)
    assert editor.dirty and editor.try_button.isEnabled()

    asked = questions(monkeypatch, Button.Cancel)
    qtbot.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Save the changes to “Contacts desk”" in asked[0]
    assert editor.isVisible() and editor.dirty and window.successor is None
    assert not (paths.profiles_dir / "contacts-desk.json").exists()

    asked = questions(monkeypatch, Button.Save)
    qtbot.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert load_profile(paths.profiles_dir / "contacts-desk.json").name == "Contacts desk"
    practice = practice_window(qtbot, window, successors)
    assert practice.form is not None and practice.form.profile.name == "Contacts desk"
    # Back from practice, the real desk offers the saved profile.
    real = practice.leave_practice()
    assert real is not None
    real.confirm_close = False
    qtbot.addWidget(real)
    successors.append(real)
    qtbot.waitUntil(lambda: real.is_started, timeout=HANG_MS)
    current = real.current_profile()
    assert current is not None and current.name == "Contacts desk" and current.region == "eu"


def test_a_desk_with_typing_asks_before_practice_takes_its_place(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    successors: list[MainWindow],
) -> None:
    window = make_window(practice=False)
    editor = new_contacts_desk(qtbot, window)
    questions(monkeypatch)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.profile_editor is None, timeout=HANG_MS)
    fill(window, First_Name="Half-typed")
    window.confirm_close = True  # a person's window: typing would be lost, so it asks
    profile = window.current_profile()
    assert profile is not None

    answers = iter([Button.No])
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: next(answers))
    assert window.try_in_practice(profile) is None  # the person stays with the typing
    assert window.isVisible() and window.successor is None
    assert window.form is not None and window.form.values()["First Name"] == "Half-typed"
    window.confirm_close = False


def test_a_webhook_profile_is_tried_through_the_sandboxs_webhook(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    successors: list[MainWindow],
) -> None:
    window = make_window(practice=False)
    questions(monkeypatch)
    editor = new_contacts_desk(qtbot, window)
    settings = editor.settings
    settings.transport_combo.setCurrentIndex(settings.transport_combo.findText("Incoming Webhook"))
    retype(qtbot, settings.webhook_edit, "https://hooks.eu.customergauge.com/fair01")
    retype(qtbot, settings.webhook_user_edit, "fair-desk")
    assert problem_lines(editor) == []
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    practice = practice_window(qtbot, window, successors)
    assert "Webhook user fair-desk (practice)" in practice.status.text()
    fill(practice, Email="ivo@example.com", First_Name="Ivo")
    send_and_wait(qtbot, practice)
    assert practice.form is not None and practice.form.banner.tone is Tone.SUCCESS
    assert practice.practice is not None
    [accepted] = practice.practice.sandbox.accepted
    # Through the tried webhook (its id from the pasted URL), its fields flat.
    assert accepted.via == "hook" and accepted.record == {
        "Email": "ivo@example.com",
        "First Name": "Ivo",
    }
    assert [s.lane for s in practice.work.store.page()] == ["sandbox/hook/fair01"]
