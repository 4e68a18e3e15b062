"""The generated form: widgets per type, inline validation timing, Send state, Esc, sticky."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS

from cg_desktop.core.profiles.files import load_demo_profile
from cg_desktop.core.profiles.model import FieldSpec
from cg_desktop.ui.form.field_editors import ChoiceFieldEditor, DateFieldEditor, LineFieldEditor
from cg_desktop.ui.form.record_form import RecordForm

DEMO = load_demo_profile()


@pytest.fixture
def form(qtbot: QtBot) -> RecordForm:
    widget = RecordForm(DEMO)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget, timeout=HANG_MS)
    return widget


def focus_out(qtbot: QtBot, form: RecordForm, name: str) -> None:
    """Leave a field with Tab, as a person does."""
    form.rows[name].editor.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or form, Qt.Key.Key_Tab)


def test_one_widget_per_field_type_with_labels_and_required_marker(form: RecordForm) -> None:
    assert isinstance(form.rows["Email"].editor, LineFieldEditor)
    assert isinstance(form.rows["Visit Date"].editor, DateFieldEditor)
    assert isinstance(form.rows["Touchpoint"].editor, ChoiceFieldEditor)
    first = form.rows["First Name"]
    assert first.label.text().endswith(" *")
    assert first.label.buddy() is first.editor.focusProxy()
    email = form.rows["Email"].editor.focusProxy()
    assert isinstance(email, QLineEdit) and email.placeholderText()
    combo = form.rows["Touchpoint"].editor.focusProxy()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "Trade Show",
        "Webinar",
        "Customer Success Call",
    ]


def test_send_is_disabled_while_invalid_and_its_tooltip_says_why(form: RecordForm) -> None:
    assert not form.send_button.isEnabled()
    assert "The First Name field is required." in form.send_button.toolTip()
    form.rows["First Name"].editor.set_value("Joe")
    form.rows["Email"].editor.set_value("joe@example.com")
    assert form.send_button.isEnabled()
    assert "Enter" in form.send_button.toolTip()


def test_errors_wait_until_the_field_is_left(qtbot: QtBot, form: RecordForm) -> None:
    form.rows["Email"].editor.setFocus()
    qtbot.keyClicks(form.rows["Email"].editor.focusProxy(), "joe@")
    assert form.rows["Email"].errors() == []  # not on the first keystroke
    focus_out(qtbot, form, "Email")
    assert form.rows["Email"].errors() == ["The Email field must be a valid email address."]
    assert not form.rows["Email"].error_line.isHidden()
    # Fixing it clears the error while typing, once it has been shown.
    form.rows["Email"].editor.set_value("joe@example.com")
    assert form.rows["Email"].errors() == []


def test_passing_an_empty_field_with_tab_is_not_an_error(qtbot: QtBot, form: RecordForm) -> None:
    focus_out(qtbot, form, "First Name")
    assert form.rows["First Name"].errors() == []


def test_enter_on_an_invalid_form_shows_every_error_and_sends_nothing(
    qtbot: QtBot, form: RecordForm
) -> None:
    with qtbot.assertNotEmitted(form.send_requested):
        form.rows["Company Size"].editor.set_value("1,5")
        form.rows["Email"].editor.setFocus()
        qtbot.keyClick(form.rows["Email"].editor.focusProxy(), Qt.Key.Key_Return)
    assert form.rows["First Name"].errors() == ["The First Name field is required."]
    assert form.rows["Company Size"].errors() == ["The Company Size must be a number."]
    assert form.rows["Email"].errors() == ["The Email field is required when Phone is not present."]


def test_enter_sends_the_values_as_typed(qtbot: QtBot, form: RecordForm) -> None:
    form.rows["Email"].editor.set_value(" joe@example.com ")
    form.rows["First Name"].editor.set_value("Joe")
    with qtbot.waitSignal(form.send_requested, timeout=HANG_MS) as sent:
        qtbot.keyClick(form.rows["First Name"].editor.focusProxy(), Qt.Key.Key_Enter)
    assert sent.args[0]["Email"] == " joe@example.com "  # core trims when it builds the record
    assert sent.args[0]["Touchpoint"] == "Trade Show"


def test_hints_are_soft_and_never_block(qtbot: QtBot, form: RecordForm) -> None:
    form.rows["First Name"].editor.set_value("Joe")
    form.rows["Email"].editor.set_value("joe@gmial.com")
    focus_out(qtbot, form, "Email")
    assert form.rows["Email"].errors() == []
    assert not form.rows["Email"].hint_line.isHidden()
    assert "gmail.com" in form.rows["Email"].hint_line.text.text()
    assert form.send_button.isEnabled()


def test_esc_asks_first_then_clears_but_sticky_fields_stay(
    qtbot: QtBot, form: RecordForm, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    form.rows["Touchpoint"].editor.set_value("Webinar")
    form.rows["First Name"].editor.set_value("Joe")
    form.rows["First Name"].editor.setFocus()
    qtbot.keyClick(form.rows["First Name"].editor.focusProxy(), Qt.Key.Key_Escape)
    assert form.values()["First Name"] == "Joe"  # answered No
    qtbot.keyClick(form.rows["First Name"].editor.focusProxy(), Qt.Key.Key_Escape)
    assert form.values()["First Name"] == ""
    # The question's window closing hands the cursor back where it was (a real window
    # manager does): the form then puts it in the first field, for the next person.
    form.rows["Last Name"].editor.focusProxy().setFocus()
    first = next(iter(form.rows.values())).editor.focusProxy()
    qtbot.waitUntil(first.hasFocus, timeout=HANG_MS)
    assert form.values()["Touchpoint"] == "Webinar"  # sticky survives a clear
    assert len(asked) == 2 and "Clear what you typed?" in asked[0]


def test_esc_on_an_untouched_form_does_not_ask(
    qtbot: QtBot, form: RecordForm, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    form.rows["Email"].editor.setFocus()
    qtbot.keyClick(form.rows["Email"].editor.focusProxy(), Qt.Key.Key_Escape)


def test_hidden_fixed_fields_are_listed_read_only(qtbot: QtBot) -> None:
    hidden = FieldSpec(
        "Touchpoint",
        "Touchpoint",
        "choice",
        choices=("Trade Show",),
        default="Trade Show",
        hidden=True,
    )
    fields = tuple(hidden if f.name == "Touchpoint" else f for f in DEMO.fields)
    form = RecordForm(dataclasses.replace(DEMO, fields=fields))
    qtbot.addWidget(form)
    assert "Touchpoint" not in form.rows
    assert form.also_sent.text() == "Also sent: Touchpoint = Trade Show"
    assert not form.also_sent.isHidden()


def test_date_field_takes_typing_and_the_calendar(qtbot: QtBot, form: RecordForm) -> None:
    from PySide6.QtCore import QDate

    editor = form.rows["Visit Date"].editor
    assert isinstance(editor, DateFieldEditor)
    editor.set_value("2024-06-30")
    assert form.values()["Visit Date"] == "2024-06-30"
    editor.calendar.clicked.emit(QDate(2025, 1, 31))
    assert form.values()["Visit Date"] == "2025-01-31"


def test_datetime_field_keeps_a_typed_time_when_a_date_is_picked(qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate

    spec = FieldSpec("Visit Time", "Visit time", "datetime")
    editor = DateFieldEditor(spec)
    qtbot.addWidget(editor)
    editor.set_value("2024-06-30 14:05:00")
    editor.calendar.clicked.emit(QDate(2024, 7, 1))
    assert editor.value() == "2024-07-01 14:05:00"
