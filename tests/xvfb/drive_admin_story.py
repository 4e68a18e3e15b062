"""An administrator's story in a real window, with real X key events (xdotool):

    python drive_admin_story.py make DATA_DIR SCREENSHOT_DIR PROFILE_FILE FORM_JSON
        File → Profiles…, New…, paste six field names copied from CustomerGauge, a
        Contacts profile, its preview, Save, Try in practice mode (a record accepted, the
        keys sent shown), back to the desk, File → Export profile… to PROFILE_FILE; the
        desk's form (key, label, type per field) goes to FORM_JSON.
    python drive_admin_story.py open DATA_DIR SCREENSHOT_DIR PROFILE_FILE FORM_JSON
        A second desk (its own data folder) opens PROFILE_FILE as a double-click does
        (`cg-desktop FILE`): the form it shows must be FORM_JSON's.

Run by tests/xvfb/test_admin_story.py (QT_QPA_PLATFORM=xcb, DISPLAY set). Exit code 0 only
if every step happened as a person would see it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

from cg_desktop.app import main
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.main_window import MainWindow

# Six names as CustomerGauge's Field Settings page lists them, copied one per line.
PASTED = "Email\nFirst Name\nLast Name\nCompany\nPhone\nVisit Date\n"
NAME = "Spring fair desk"
REFERENCE = "3f2b9c1e-7a44-4d2b-9e61-0c8a5d7f1b23"
# Every wait ends on its condition; this bounds a hang only (generous: a loaded machine).
HANG_MS = 30_000
failures: list[str] = []


def wait_for(condition: Callable[[], object], what: str, timeout_ms: int = HANG_MS) -> None:
    """Process events until `condition()` holds (or fail, saying what never happened)."""
    waited = 0
    while not condition():
        QTest.qWait(50)
        waited += 50
        if waited > timeout_ms:
            raise TimeoutError(f"timed out waiting for {what}")


def keys(*names: str) -> None:
    """Real key presses, at a person's pace, to the window that has the keyboard."""
    subprocess.run(["xdotool", "key", "--delay", "80", *names], check=True, timeout=HANG_MS / 1000)


def type_text(text: str) -> None:
    """Real typing, at a person's pace (about 25 characters a second)."""
    subprocess.run(["xdotool", "type", "--delay", "40", text], check=True, timeout=HANG_MS / 1000)


def active(widget: QWidget | None) -> bool:
    """Whether this window is up and has the keyboard."""
    return widget is not None and widget.isVisible() and widget.isActiveWindow()


def when_shown(kind: type[QWidget], then: Callable[[], object], waited_ms: int = 0) -> None:
    """Once a modal dialog of this kind has the keyboard, run `then` (real keys into it).

    A dialog opened with exec() runs an event loop of its own, under the step that opened
    it: only a timer can act while it is up.
    """
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, kind) and dialog.isActiveWindow():
        then()
    elif waited_ms < HANG_MS:
        QTimer.singleShot(50, lambda: when_shown(kind, then, waited_ms + 50))
    else:
        failures.append(f"no {kind.__name__} came up")
        if dialog is not None:
            dialog.close()  # whatever came instead: the story must not hang on it


def shoot(widget: QWidget, folder: Path, name: str) -> None:
    """Save a window as a PNG once it is painted (pending layout first, then a repaint)."""
    QApplication.processEvents()
    widget.repaint()
    widget.grab().save(str(folder / f"{name}.png"))


def form_of(window: MainWindow) -> list[list[str]]:
    """The desk's form as a person sees it: each field's key, label and kind, in order."""
    assert window.form is not None
    return [
        [name, row.label.text(), row.spec.type, "required" if row.spec.required else ""]
        for name, row in window.form.rows.items()
    ]


def make(window: MainWindow, shots: Path, profile_file: Path, form_json: Path) -> None:
    """The administrator's part: make, preview, try and export the profile."""
    try:
        assert QGuiApplication.platformName() == "xcb", QGuiApplication.platformName()
        window.activateWindow()
        wait_for(lambda: active(window), "the window to have the keyboard")
        keys("alt+f")
        wait_for(lambda: QApplication.activePopupWidget() is not None, "the File menu")
        keys("o")  # Pr&ofiles…
        wait_for(lambda: active(window.profile_editor), "the profile editor")
        editor = window.profile_editor
        assert editor is not None
        keys("alt+n")  # &New…
        wait_for(lambda: active(editor.new_dialog), "the New profile dialog")
        start = editor.new_dialog
        assert start is not None
        keys("alt+p", "alt+n")  # &Paste field names…, then the box for the field &names
        wait_for(start.paste_box.hasFocus, "the cursor in the box for the names")
        # What the administrator copied from CustomerGauge's Field Settings page.
        QGuiApplication.clipboard().setText(PASTED)
        keys("ctrl+v")
        wait_for(lambda: start.guesses.rowCount() == 6, "six guessed fields")
        guessed = {field.name: field.type for field in start.fields()}
        assert guessed == {
            "Email": "email",
            "First Name": "text",
            "Last Name": "text",
            "Company": "text",
            "Phone": "phone",
            "Visit Date": "date",
        }, guessed
        shoot(start, shots, "admin-new-profile")
        assert start.data_type() == "contacts"
        keys("alt+c")  # &Create
        wait_for(lambda: not isValid(start) or not start.isVisible(), "the New dialog to close")
        wait_for(lambda: editor.settings.name_edit.hasFocus(), "the cursor in the name")
        type_text(NAME)
        keys("alt+f")  # Mapping re&ference
        type_text(REFERENCE)
        wait_for(lambda: editor.preview.is_current, "the preview of the new profile")
        preview = editor.preview.form
        assert preview is not None
        assert list(preview.rows) == [
            "Email",
            "First Name",
            "Last Name",
            "Company",
            "Phone",
            "Visit Date",
        ], list(preview.rows)
        assert preview.rows["Visit Date"].spec.type == "date"
        shoot(editor, shots, "admin-editor")
        keys("alt+s")  # &Save
        wait_for(lambda: not editor.dirty, "the profile to be saved")
        keys("alt+y")  # Tr&y in practice mode: a practice window takes the desk's place
        wait_for(
            lambda: window.successor is not None and window.successor.is_started,
            "the practice window",
        )
        practice = window.successor
        assert practice is not None and practice.practice is not None
        window = try_it(practice, shots)
        wait_for(
            lambda: window.current_profile() is not None and window.current_profile().name == NAME,  # type: ignore[union-attr]
            "the desk to show the new profile",
        )
        form_json.write_text(json.dumps(form_of(window)), encoding="utf-8")
        shoot(window, shots, "admin-desk-form")
        wait_for(lambda: active(window), "the window to have the keyboard again")
        keys("alt+f")
        wait_for(lambda: QApplication.activePopupWidget() is not None, "the File menu")
        # The save dialog runs its own event loop (exec): it is typed into from a timer.
        when_shown(
            QFileDialog, lambda: (keys("ctrl+a"), type_text(str(profile_file)), keys("Return"))
        )
        # Then a message says where the file is (and that it holds no secret): OK.
        when_shown(QMessageBox, lambda: keys("Return"))
        keys("p")  # Export &profile…
        wait_for(profile_file.exists, "the exported file")
        wait_for(lambda: QApplication.activeModalWidget() is None, "the save dialog to close")
    except BaseException:
        failures.append(traceback.format_exc())
        for number, top in enumerate(QApplication.topLevelWidgets()):
            if top.isVisible():
                top.grab().save(str(shots / f"admin-story-failed-{number}.png"))
    finally:
        for top in QApplication.topLevelWidgets():
            if isinstance(top, MainWindow) and top.isVisible():
                top.confirm_close = False
                top.close()


def try_it(practice: MainWindow, shots: Path) -> MainWindow:
    """In practice mode: a record sent with the new profile is accepted, the exact keys
    that went out are shown; then back to the desk (File → Leave practice mode)."""
    assert practice.ribbon is not None and f"trying “{NAME}”" in practice.ribbon.label.text()
    form = practice.form
    assert form is not None and form.profile.name == NAME
    wait_for(lambda: active(practice), "the practice window to have the keyboard")
    wait_for(lambda: form.rows["Email"].editor.focusProxy().hasFocus(), "the cursor in Email")
    type_text("ann.lee@example.com")
    keys("Tab")
    type_text("Ann")
    keys("Tab")
    type_text("Lee")
    keys("Return")
    wait_for(lambda: form.banner.tone is Tone.SUCCESS, "the sandbox to accept the record")
    assert practice.practice is not None
    [accepted] = practice.practice.sandbox.accepted
    assert accepted.configuration == REFERENCE and accepted.ignored_keys == ()
    assert accepted.record == {
        "Email": "ann.lee@example.com",
        "First Name": "Ann",
        "Last Name": "Lee",
    }
    shown = form.banner.details.toPlainText()
    assert form.banner.details.isVisible() and '"First Name": "Ann"' in shown, shown
    shoot(practice, shots, "admin-try-in-practice")
    keys("alt+f")
    wait_for(lambda: QApplication.activePopupWidget() is not None, "the File menu")
    keys("l")  # &Leave practice mode
    wait_for(
        lambda: practice.successor is not None and practice.successor.is_started,
        "the desk's window again",
    )
    desk = practice.successor
    assert desk is not None and desk.practice is None
    return desk


def open_on_second_desk(window: MainWindow, shots: Path, form_json: Path) -> None:
    """A second desk opens the file: the same form."""
    try:
        wait_for(
            lambda: window.current_profile() is not None and window.current_profile().name == NAME,  # type: ignore[union-attr]
            "the imported profile on the second desk",
        )
        expected = json.loads(form_json.read_text(encoding="utf-8"))
        assert form_of(window) == expected, (form_of(window), expected)
        shoot(window, shots, "admin-second-desk")
    except BaseException:
        failures.append(traceback.format_exc())
    finally:
        window.close()


if __name__ == "__main__":
    step, data_dir, shots, profile_file, form_json = sys.argv[1], *map(Path, sys.argv[2:6])
    shots.mkdir(parents=True, exist_ok=True)
    if step == "make":
        code = main(
            ["--data-dir", str(data_dir)],
            on_ready=lambda w: make(w, shots, profile_file, form_json),
        )
    else:
        code = main(
            ["--data-dir", str(data_dir), str(profile_file)],
            on_ready=lambda w: open_on_second_desk(w, shots, form_json),
        )
    if failures:
        print(failures[0], file=sys.stderr)
        sys.exit(1)
    sys.exit(code)
