"""File → Profiles…: an administrator makes and changes profiles without writing JSON.

Real widgets and real files: the editor writes the profiles folder, the window reads it.
Questions (QMessageBox) are answered by monkeypatch, and each test checks what was asked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS

from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.draft import ProfileDraft
from cg_desktop.core.profiles.fast_start import template
from cg_desktop.core.profiles.files import load_profile, save_profile
from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.ui.dialogs import profile_preview
from cg_desktop.ui.dialogs.profile_editor import ProfileEditor
from cg_desktop.ui.dialogs.profile_fields import CHOICES, HIDDEN, KEY, TYPE, VALUE, cell_tone
from cg_desktop.ui.main_window import MainWindow

REFERENCE = "9dd58237-c913-4073-9c76-07da0b49ff50"
SIX = "Email\nPhone\nFirst Name\nLast Name\nAccount Name\nVisit Date\n"
Button = QMessageBox.StandardButton


def draft(name: str) -> ProfileDraft:
    """A good Contacts profile (Email, Phone, First Name, Last Name)."""
    return ProfileDraft(name=name, configuration=REFERENCE, fields=template("contacts"))


@pytest.fixture
def library(paths: AppPaths) -> ProfileLibrary:
    """The window's library: "Front desk" of the user's own, "Spring fair" from IT."""
    provided = paths.organisation_profiles_dir
    assert provided is not None
    provided.mkdir(parents=True)
    save_profile(draft("Spring fair").to_profile(), provided / "fair.cgprofile")
    paths.profiles_dir.mkdir(parents=True, exist_ok=True)
    save_profile(draft("Front desk").to_profile(), paths.profiles_dir / "front-desk.json")
    return ProfileLibrary(paths.profiles_dir, provided)


@pytest.fixture
def editor(
    qtbot: QtBot, library: ProfileLibrary, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ProfileEditor]:
    """The editor on that library, shown, "Front desk" chosen; closed after, discarding."""
    shown = ProfileEditor(library)
    shown.show()
    qtbot.waitExposed(shown, timeout=HANG_MS)
    choose(shown, "Front desk")
    yield shown
    # Closed here, not by qtbot (which closes its widgets before fixtures end, when a real
    # question would wait for an answer forever): what the test left is discarded.
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: Button.Discard)
    shown.close()
    shown.deleteLater()


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make a window the active one (a person clicks on it), so focus and Alt+letters work."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=HANG_MS)


def choose(editor: ProfileEditor, name: str) -> None:
    """Click a profile in the list."""
    for row in range(editor.profile_list.count()):
        item = editor.profile_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == name:
            editor.profile_list.setCurrentItem(item)
            return
    raise AssertionError(f"{name!r} is not listed")


def listed(editor: ProfileEditor) -> list[str]:
    """The list's lines."""
    return editor.profiles.lines()


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Select what a box holds and type over it, as a person would."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def edit_cell(qtbot: QtBot, editor: ProfileEditor, row: int, column: int, text: str) -> None:
    """F2 on a cell, type over it, Enter: through the table's own cell editor."""
    table = editor.fields_table
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell_editor = open_cell_editor(table)
    qtbot.keyClick(cell_editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(cell_editor, text)
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    # The table takes the edit in when its events are next handled.
    qtbot.waitUntil(lambda: table.item(row, column).text() == text, timeout=HANG_MS)


def open_cell_editor(table: QWidget) -> QLineEdit:
    """The line edit open in a table cell (a closed one may linger until deleted)."""
    shown = [e for e in table.findChildren(QLineEdit) if e.isVisible()]
    assert len(shown) == 1, "no cell is being edited"
    return shown[0]


def choose_type(qtbot: QtBot, editor: ProfileEditor, row: int, word: str) -> None:
    """F2 on a Type cell and pick a type from its list."""
    table = editor.fields_table
    table.setFocus()
    table.setCurrentCell(row, TYPE)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = table.findChild(QComboBox)
    assert combo is not None
    combo.setCurrentIndex(combo.findText(word))
    combo.activated.emit(combo.currentIndex())  # what picking it from the open list does
    qtbot.waitUntil(lambda: table.item(row, TYPE).text() == word, timeout=HANG_MS)


def paste_new(qtbot: QtBot, editor: ProfileEditor, text: str) -> dict[str, str]:
    """New… → Contacts → Paste field names…: the key → type shown for checking, then Create."""
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    dialog = editor.new_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog, timeout=HANG_MS)
    dialog.data_type_combo.setCurrentIndex(dialog.data_type_combo.findText("Contacts"))
    activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Paste field names…
    # An Alt+letter "animates" the click: the button is released a moment later.
    qtbot.waitUntil(dialog.paste_radio.isChecked, timeout=HANG_MS)
    assert dialog.paste_box.isVisible() and not dialog.create_button.isEnabled()
    dialog.paste_box.setFocus()
    dialog.paste_box.insertPlainText(text)  # what Ctrl+V does
    table = dialog.guesses
    shown: dict[str, str] = {}
    for row in range(table.rowCount()):
        combo = table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        shown[table.item(row, 0).text()] = str(combo.currentData())
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=HANG_MS)
    return shown


def questions(monkeypatch: pytest.MonkeyPatch, *answers: Button) -> list[str]:
    """Answer QMessageBox.question with these answers in turn; the texts asked."""
    asked: list[str] = []
    queue = list(answers)

    def answer(_parent: QWidget, _title: str, text: str, *_rest: object) -> Button:
        asked.append(text)
        assert queue, f"asked one question too many: {text!r}"
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def problem_lines(editor: ProfileEditor) -> list[str]:
    """The red lines under the form."""
    return [text for severity, text in editor.findings_list.lines() if severity == "problem"]


def shade(editor: ProfileEditor, row: int, column: int) -> QColor | None:
    """The background a finding gave a cell (None when none)."""
    brush = editor.fields_table.item(row, column).background()
    return brush.color() if brush.style() != Qt.BrushStyle.NoBrush else None


# -- the administrator's first profile, from the menu to the desk's form -----------------------


def test_pasted_names_become_a_profile_the_window_then_offers(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(practice=False)
    assert window.form is None  # no profile yet: the welcome page
    asked = questions(monkeypatch)  # nothing may be asked: all is saved before closing
    window.menu_actions["profiles"].trigger()
    editor = window.profile_editor
    assert editor is not None
    qtbot.waitExposed(editor, timeout=HANG_MS)
    assert listed(editor) == [] and not editor.editing_area.isEnabled()

    guessed = paste_new(qtbot, editor, SIX)
    assert guessed == {
        "Email": "email",
        "Phone": "phone",
        "First Name": "text",
        "Last Name": "text",
        "Account Name": "text",
        "Visit Date": "date",
    }
    assert editor.settings.data_type_combo.currentText() == "Contacts"
    # The two things only the administrator knows are asked for, and Save waits for them.
    assert len(problem_lines(editor)) == 2 and not editor.save_button.isEnabled()
    activate(qtbot, editor)
    retype(qtbot, editor.settings.name_edit, "Spring visitors")
    retype(qtbot, editor.settings.reference_edit, REFERENCE)
    assert problem_lines(editor) == []
    assert QApplication.focusWidget() is editor.settings.reference_edit  # the preview took none
    form = editor.preview.form
    assert form is not None and editor.preview.is_current
    assert list(form.rows) == [line for line in SIX.splitlines()]
    assert not form.send_button.isVisible()  # a preview sends nothing

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = load_profile(paths.profiles_dir / "spring-visitors.json")
    assert saved.name == "Spring visitors" and saved.data_type == "contacts"
    assert [(f.name, f.type) for f in saved.fields] == list(guessed.items())
    assert not editor.save_button.isEnabled() and listed(editor) == ["Spring visitors"]

    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.profile_editor is None, timeout=HANG_MS)
    assert asked == []
    profile = window.current_profile()
    assert profile is not None and profile.name == "Spring visitors"
    assert window.form is not None and list(window.form.rows) == list(guessed)


def test_new_from_a_data_types_usual_fields(qtbot: QtBot, editor: ProfileEditor) -> None:
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    dialog = editor.new_dialog
    assert dialog is not None and dialog.template_radio.isChecked()
    dialog.data_type_combo.setCurrentIndex(dialog.data_type_combo.findText("Accounts"))
    assert "Account Name" in dialog.template_keys.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=HANG_MS)
    assert editor.draft.data_type == "accounts" and editor.dirty
    assert [f.name for f in editor.draft.fields] == ["Account Name", "Account ID"]
    assert editor.heading.text() == "New profile — not saved yet."
    assert editor.profile_list.currentItem() is None  # no saved profile is being edited


def test_the_menu_item_is_not_offered_in_practice_mode(window: MainWindow) -> None:
    assert "profiles" not in window.menu_actions
    assert "import" not in window.menu_actions


def test_typing_in_the_desks_form_survives_editing_its_profile(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    library: ProfileLibrary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(practice=False)
    assert window.choose_profile("Front desk") and window.form is not None
    window.form.rows["First Name"].editor.set_value("Lee")
    editor = window.edit_profiles()
    choose(editor, "Front desk")
    edit_cell(qtbot, editor, 2, 1, "Given name")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    editor.reject()
    qtbot.waitUntil(lambda: window.profile_editor is None, timeout=HANG_MS)
    assert window.form is not None and window.form.values()["First Name"] == "Lee"


# -- checks while typing -----------------------------------------------------------------------


def test_a_duplicate_key_stops_saving_until_it_is_fixed(
    qtbot: QtBot, editor: ProfileEditor
) -> None:
    assert editor.preview.is_current and not editor.save_button.isEnabled()  # as saved
    edit_cell(qtbot, editor, 0, 1, "Your email")  # a change worth saving
    assert editor.save_button.isEnabled()
    edit_cell(qtbot, editor, 1, KEY, "Email")  # Phone's key made Email: twice
    assert problem_lines(editor) == [
        "Field 2 (Email): The key “Email” is also field 1 (“Email”): each key may appear once."
    ]
    assert not editor.save_button.isEnabled()
    assert shade(editor, 1, KEY) == QColor(cell_tone("problem"))
    assert shade(editor, 0, KEY) is None
    # The last good preview stays, greyed, and says why it isn't current.
    assert not editor.preview.is_current and editor.preview.form is not None
    assert editor.preview.status.text() == profile_preview.STALE
    assert "Your email" in editor.preview.form.rows["Email"].label.text()
    # The finding takes the administrator to the cell.
    editor.findings_list.itemClicked.emit(editor.findings_list.item(0))
    assert (editor.fields_table.currentRow(), editor.fields_table.currentColumn()) == (1, KEY)

    edit_cell(qtbot, editor, 1, KEY, "Mobile")
    assert problem_lines(editor) == [] and shade(editor, 1, KEY) is None
    assert editor.save_button.isEnabled()
    assert editor.preview.is_current and editor.preview.form is not None
    assert list(editor.preview.form.rows) == ["Email", "Mobile", "First Name", "Last Name"]


def test_a_key_keeps_its_exact_case_and_spaces(qtbot: QtBot, editor: ProfileEditor) -> None:
    edit_cell(qtbot, editor, 3, KEY, "last name ")
    assert editor.draft.fields[3].name == "last name "
    assert shade(editor, 3, KEY) == QColor(cell_tone("problem"))
    assert any("starts or ends with a space" in line for line in problem_lines(editor))


def test_a_choice_field_needs_its_choices(
    qtbot: QtBot, editor: ProfileEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_type(qtbot, editor, 3, "Choice")
    assert editor.draft.fields[3].type == "choice"
    assert problem_lines(editor) == [
        "Field 4 (Last Name): A choice field needs its choices, one per line."
    ]
    assert shade(editor, 3, CHOICES) == QColor(cell_tone("problem"))
    qtbot.mouseClick(editor.choices_button, Qt.MouseButton.LeftButton)
    dialog = editor.fields.choices_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.text, "Smith")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.text, "Jones")
    dialog.accept()
    assert editor.draft.fields[3].choices == ["Smith", "Jones"]
    assert editor.fields_table.item(3, CHOICES).text() == "Smith · Jones"
    assert problem_lines(editor) == [] and shade(editor, 3, CHOICES) is None


def test_a_hidden_field_needs_its_value(qtbot: QtBot, editor: ProfileEditor) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    cell_editor = open_cell_editor(editor.fields_table)  # the new key, being typed
    qtbot.keyClicks(cell_editor, "Touchpoint")
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.draft.fields[4].name == "Touchpoint", timeout=HANG_MS)
    table = editor.fields_table
    table.setFocus()
    table.setCurrentCell(4, HIDDEN)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # a check box cell ticks with Space
    assert table.item(4, HIDDEN).checkState() == Qt.CheckState.Checked
    assert editor.draft.fields[4].hidden
    assert shade(editor, 4, VALUE) == QColor(cell_tone("problem"))
    edit_cell(qtbot, editor, 4, VALUE, "Spring fair 2025")
    assert problem_lines(editor) == []
    form = editor.preview.form
    assert form is not None and "Touchpoint" not in form.rows
    assert "Touchpoint = Spring fair 2025" in form.also_sent.text()


def test_fields_move_and_go(qtbot: QtBot, editor: ProfileEditor) -> None:
    editor.fields_table.setCurrentCell(3, KEY)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [f.name for f in editor.draft.fields] == ["Email", "Phone", "Last Name", "First Name"]
    assert editor.fields_table.currentRow() == 2
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [f.name for f in editor.draft.fields] == ["Email", "Phone", "First Name"]
    assert editor.preview.form is not None
    assert list(editor.preview.form.rows) == ["Email", "Phone", "First Name"]
    editor.fields_table.setCurrentCell(0, KEY)
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()


def test_a_webhook_asks_for_its_id_instead_of_the_reference(
    qtbot: QtBot, editor: ProfileEditor
) -> None:
    settings = editor.settings
    assert settings.reference_edit.isVisible() and not settings.webhook_edit.isVisible()
    settings.transport_combo.setCurrentIndex(settings.transport_combo.findText("Incoming Webhook"))
    assert settings.webhook_edit.isVisible() and not settings.reference_edit.isVisible()
    assert any("webhook's URL" in line for line in problem_lines(editor))
    assert settings.webhook_edit.styleSheet() != ""
    retype(qtbot, settings.webhook_edit, "a1b2c3")
    assert problem_lines(editor) == [] and settings.webhook_edit.styleSheet() == ""
    assert not settings.method_combo.isVisible()
    qtbot.mouseClick(settings.advanced_button, Qt.MouseButton.LeftButton)
    assert settings.method_combo.isVisible() and settings.format_combo.isVisible()


# -- the organisation's profiles -----------------------------------------------------------------


def test_an_organisation_profile_cant_be_edited_or_deleted(
    qtbot: QtBot, editor: ProfileEditor, paths: AppPaths
) -> None:
    assert listed(editor) == ["Spring fair — your organisation", "Front desk"]
    choose(editor, "Spring fair")
    assert editor.read_only
    assert "provided by your organisation" in editor.heading.text()
    assert editor.settings.name_edit.isReadOnly()
    assert not editor.settings.region_combo.isEnabled()
    for button in (editor.delete_button, editor.add_button, editor.save_button):
        assert not button.isEnabled()
    table = editor.fields_table
    table.setFocus()
    table.setCurrentCell(0, KEY)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(table, "x")
    assert not [e for e in table.findChildren(QLineEdit) if e.isVisible()]
    assert editor.draft.fields[0].name == "Email" and not editor.dirty
    assert editor.preview.form is not None  # its form can still be looked at

    # Duplicate makes the administrator's own copy, editable and saved at once.
    qtbot.mouseClick(editor.duplicate_button, Qt.MouseButton.LeftButton)
    assert not editor.read_only and editor.settings.name_edit.text() == "Spring fair (copy)"
    assert (paths.profiles_dir / "spring-fair-copy.json").exists()
    assert listed(editor)[-1] == "Spring fair (copy)"


# -- renaming, deleting, leaving ---------------------------------------------------------------


def test_renaming_removes_the_old_file(
    qtbot: QtBot, editor: ProfileEditor, paths: AppPaths
) -> None:
    retype(qtbot, editor.settings.name_edit, "Back office")
    assert "changed, not saved yet" in editor.heading.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in paths.profiles_dir.iterdir()) == ["back-office.json"]
    assert listed(editor) == ["Spring fair — your organisation", "Back office"]
    assert editor.last_saved == "Back office"


def test_a_name_already_taken_is_a_problem(qtbot: QtBot, editor: ProfileEditor) -> None:
    retype(qtbot, editor.settings.name_edit, "spring FAIR")
    assert problem_lines(editor) == ["There is already a profile called “spring FAIR”."]
    assert editor.settings.name_edit.styleSheet() != "" and not editor.save_button.isEnabled()


def test_delete_asks_naming_the_profile_then_removes_it(
    qtbot: QtBot, editor: ProfileEditor, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = questions(monkeypatch, Button.No, Button.Yes)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert "“Front desk”" in asked[0]
    assert (paths.profiles_dir / "front-desk.json").exists()
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert not (paths.profiles_dir / "front-desk.json").exists()
    assert listed(editor) == ["Spring fair — your organisation"]
    assert editor.library_changed


def test_closing_with_changes_asks_save_discard_or_cancel(
    qtbot: QtBot, editor: ProfileEditor, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = (paths.profiles_dir / "front-desk.json").read_bytes()
    retype(qtbot, editor.settings.name_edit, "Front desk 2")
    asked = questions(monkeypatch, Button.Cancel, Button.Discard)
    qtbot.keyClick(editor.settings.name_edit, Qt.Key.Key_Escape)  # Esc closes, asking
    assert editor.isVisible() and "“Front desk 2”" in asked[0]
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible() and len(asked) == 2
    assert (paths.profiles_dir / "front-desk.json").read_bytes() == before


def test_closing_and_choosing_save_saves(
    qtbot: QtBot, editor: ProfileEditor, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor.settings.region_combo.setCurrentIndex(editor.settings.region_combo.findText("Australia"))
    questions(monkeypatch, Button.Save)
    editor.close()
    assert not editor.isVisible()
    assert load_profile(paths.profiles_dir / "front-desk.json").region == "au"


def test_closing_a_draft_with_problems_offers_only_discard(
    qtbot: QtBot, editor: ProfileEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    retype(qtbot, editor.settings.name_edit, "")
    asked = questions(monkeypatch, Button.Discard)
    editor.reject()
    assert "can't be saved as it is" in asked[0] and not editor.isVisible()


def test_choosing_another_profile_with_changes_asks_and_cancel_stays(
    qtbot: QtBot, editor: ProfileEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    retype(qtbot, editor.settings.name_edit, "Front desk 2")
    asked = questions(monkeypatch, Button.Cancel)
    choose(editor, "Spring fair")
    assert len(asked) == 1
    assert editor.settings.name_edit.text() == "Front desk 2" and not editor.read_only
    assert editor.profile_list.currentItem().text() == "Front desk"


def test_closing_unchanged_asks_nothing(
    editor: ProfileEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = questions(monkeypatch)
    choose(editor, "Spring fair")
    editor.reject()
    assert asked == [] and not editor.isVisible()


# -- the keyboard ------------------------------------------------------------------------------


def test_every_control_is_reached_with_tab(qtbot: QtBot, editor: ProfileEditor) -> None:
    editor.settings.advanced_button.setChecked(True)
    activate(qtbot, editor)
    editor.profile_list.setFocus()
    editor.fields_table.setCurrentCell(1, KEY)  # every field button is usable
    expected: list[QWidget] = [
        editor.profile_list,
        editor.new_button,
        editor.duplicate_button,
        editor.delete_button,
        editor.settings.name_edit,
        editor.settings.data_type_combo,
        editor.settings.region_combo,
        editor.settings.transport_combo,
        editor.settings.reference_edit,
        editor.settings.advanced_button,
        editor.settings.method_combo,
        editor.settings.format_combo,
        editor.fields_table,
        editor.add_button,
        editor.remove_button,
        editor.up_button,
        editor.down_button,
        editor.choices_button,
        editor.findings_list,
        editor.close_button,  # Save is off: nothing changed
    ]
    seen: list[QWidget] = []
    for _ in range(60):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget not in seen:
            seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    missing = [w.objectName() or w.metaObject().className() for w in expected if w not in seen]
    assert missing == []
    order = [w for w in seen if w in expected]
    assert order == expected  # in reading order
    assert editor.preview.form is not None
    assert editor.preview.form.rows["Email"].editor.focusProxy() in seen


def test_mnemonics_move_to_their_controls(qtbot: QtBot, editor: ProfileEditor) -> None:
    activate(qtbot, editor)
    editor.profile_list.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.settings.name_edit
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.fields_table


def test_a_broken_file_is_listed_but_not_chosen(
    qtbot: QtBot, library: ProfileLibrary, paths: AppPaths
) -> None:
    (paths.profiles_dir / "broken.json").write_text("{", encoding="utf-8")
    shown = ProfileEditor(library)
    qtbot.addWidget(shown)
    assert "broken.json — can't be read" in listed(shown)
    broken = shown.profile_list.findItems("broken.json — can't be read", Qt.MatchFlag.MatchExactly)
    assert not broken[0].flags() & Qt.ItemFlag.ItemIsSelectable


def test_an_empty_library_says_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    shown = ProfileEditor(ProfileLibrary(tmp_path / "none"))
    qtbot.addWidget(shown)
    assert "press New…" in shown.heading.text()
    assert not shown.duplicate_button.isEnabled() and not shown.delete_button.isEnabled()
    assert not shown.dirty


def test_a_name_sharing_another_profiles_file_is_a_problem(
    qtbot: QtBot, editor: ProfileEditor
) -> None:
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    dialog = editor.new_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=HANG_MS)
    retype(qtbot, editor.settings.reference_edit, REFERENCE)
    # "Front desk!" would share front-desk.json with "Front desk".
    retype(qtbot, editor.settings.name_edit, "Front desk!")
    assert problem_lines(editor) == [
        "The name is too close to the profile “Front desk” (they would share a file). "
        "Choose another name."
    ]
    assert not editor.save_button.isEnabled()
    retype(qtbot, editor.settings.name_edit, "Front desk 2")
    assert problem_lines(editor) == [] and editor.save_button.isEnabled()


def test_a_refused_save_is_said_and_the_changes_stay(
    qtbot: QtBot, editor: ProfileEditor, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    retype(qtbot, editor.settings.name_edit, "Back office")
    # Meanwhile someone else saves a profile of that name into the folder.
    save_profile(draft("Back office").to_profile(), paths.profiles_dir / "back-office.json")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(said) == 1 and "already a profile called “Back office”" in said[0]
    assert editor.dirty and "not saved yet" in editor.heading.text()
    assert (paths.profiles_dir / "front-desk.json").exists()
