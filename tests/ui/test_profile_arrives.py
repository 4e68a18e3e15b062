"""A profile that arrives while cg-desktop is open (double-clicked, or dropped in the folder
by IT) shows up in the open window without disturbing the form being typed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS

from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.files import demo_profile_path
from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.ui.instance_lock import take_lock
from cg_desktop.ui.main_window import MainWindow


def profile_file(folder: Path, name: str, suffix: str = ".cgprofile") -> Path:
    """A profile file named `name`, from the demo profile, for the EU region."""
    data = json.loads(demo_profile_path().read_text(encoding="utf-8"))
    data.update(name=name, region="eu")
    path = folder / f"{name}{suffix}"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def activate(window: MainWindow) -> None:
    """What the window gets when someone switches back to it."""
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))


def test_a_new_profile_joins_the_list_and_the_typing_stays(
    make_window: Callable[..., MainWindow], paths: AppPaths, tmp_path: Path
) -> None:
    library = ProfileLibrary(paths.profiles_dir)
    library.import_file(profile_file(tmp_path, "Main desk"))
    window = make_window(practice=False)
    assert window.form is not None
    form = window.form
    form.rows["Email"].editor.set_value("rosa@example.com")
    library.import_file(profile_file(tmp_path, "Another desk"))  # sorts before "Main desk"
    window.refresh_profile_list()
    names = [window.profile_combo.itemText(i) for i in range(window.profile_combo.count())]
    assert names == ["Another desk", "Main desk"]
    assert window.profile_combo.currentText() == "Main desk"
    assert window.current_profile() is not None and window.current_profile().name == "Main desk"
    assert window.form is form and form.rows["Email"].editor.value() == "rosa@example.com"


def test_the_first_profile_to_arrive_replaces_the_welcome_page(
    qtbot: QtBot, make_window: Callable[..., MainWindow], paths: AppPaths, tmp_path: Path
) -> None:
    window = make_window(practice=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=HANG_MS)
    assert window.form is None and window.pages.currentWidget() is window.first_run
    ProfileLibrary(paths.profiles_dir).import_file(profile_file(tmp_path, "Spring fair"))
    activate(window)  # someone switches back to the window
    assert window.form is not None and window.form.profile.name == "Spring fair"


SECOND_START = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QMessageBox
    said = []
    QMessageBox.information = staticmethod(lambda _p, title, text: said.append(title + ": " + text))
    from cg_desktop.app import main
    code = main(sys.argv[1:])
    print(code, said)
    """
)


def test_a_profile_opened_while_the_app_is_open_is_added_for_it(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "d")
    lock = take_lock(paths.data_dir)  # the open app
    assert lock is not None
    try:
        given = profile_file(tmp_path, "Spring fair desk")
        result = subprocess.run(
            [sys.executable, "-c", SECOND_START, "--data-dir", str(tmp_path / "d"), str(given)],
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        lock.unlock()
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("0 ")  # done: the profile is where the open app looks
    assert "Profile added" in result.stdout and "“Spring fair desk” is added" in result.stdout
    assert [p.name for p in ProfileLibrary(paths.profiles_dir).profiles()] == ["Spring fair desk"]


def test_a_profile_file_that_is_gone_is_not_blamed_on_the_administrator(
    make_window: Callable[..., MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: said.append((title, text)))
    window = make_window(practice=False)
    assert window.profile_import.import_profile_file(tmp_path / "Moved.cgprofile") is None
    ((title, text),) = said
    assert title == "Profile not found"
    assert "“Moved.cgprofile”" in text and "moved, renamed or deleted" in text
    assert "administrator" not in text


def test_the_open_profile_stays_while_typed_even_if_its_file_goes_or_is_replaced(
    make_window: Callable[..., MainWindow], paths: AppPaths, tmp_path: Path
) -> None:
    library = ProfileLibrary(paths.profiles_dir)
    library.import_file(profile_file(tmp_path, "Main desk"))
    window = make_window(practice=False)
    form = window.form
    assert form is not None
    form.rows["Email"].editor.set_value("rosa@example.com")
    # Replaced by IT with another mapping reference, while Rosa is being typed.
    newer = json.loads(profile_file(tmp_path, "Main desk").read_text(encoding="utf-8"))
    newer["configuration"] = "53505294-0b20-2509-b15d-c8e377701d66"
    (tmp_path / "newer.json").write_text(json.dumps(newer), encoding="utf-8")
    library.import_file(tmp_path / "newer.json", replace=True)
    window.refresh_profile_list()
    assert window.form is form and form.rows["Email"].editor.value() == "rosa@example.com"
    # Its file removed altogether: still the open form, still in the list.
    for path in paths.profiles_dir.glob("*.json"):
        path.unlink()
    window.refresh_profile_list()
    assert window.form is form and form.rows["Email"].editor.value() == "rosa@example.com"
    assert window.profile_combo.currentText() == "Main desk"


def test_a_replaced_profile_shows_its_new_form_when_nothing_is_typed(
    make_window: Callable[..., MainWindow], paths: AppPaths, tmp_path: Path
) -> None:
    library = ProfileLibrary(paths.profiles_dir)
    library.import_file(profile_file(tmp_path, "Main desk"))
    window = make_window(practice=False)
    newer = json.loads(profile_file(tmp_path, "Main desk").read_text(encoding="utf-8"))
    newer["configuration"] = "53505294-0b20-2509-b15d-c8e377701d66"
    (tmp_path / "newer.json").write_text(json.dumps(newer), encoding="utf-8")
    library.import_file(tmp_path / "newer.json", replace=True)
    window.refresh_profile_list()
    current = window.current_profile()
    assert current is not None and current.configuration == newer["configuration"]
    assert window.form is not None and window.form.profile == current


FINDER_OPENS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication
    from cg_desktop.app import close_every_window, main

    def report(window):
        app = QApplication.instance()
        # What macOS' Finder sends for a double-clicked .cgprofile.
        QApplication.sendEvent(app, QFileOpenEvent(sys.argv[-1]))
        print("CHOSEN", window.current_profile().name, flush=True)
        close_every_window(app)

    sys.exit(main(sys.argv[1:-1], on_ready=report))
    """
)


def test_a_file_open_event_imports_the_profile_into_the_open_window(tmp_path: Path) -> None:
    given = profile_file(tmp_path, "Autumn fair desk")
    result = subprocess.run(
        [sys.executable, "-c", FINDER_OPENS, "--data-dir", str(tmp_path / "d"), str(given)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "CHOSEN Autumn fair desk" in result.stdout
    paths = AppPaths.under(tmp_path / "d")
    assert [p.name for p in ProfileLibrary(paths.profiles_dir).profiles()] == ["Autumn fair desk"]


def test_importing_over_a_profile_says_what_changes_before_replacing(
    make_window: Callable[..., MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = make_window(practice=False)
    given = profile_file(tmp_path, "Main desk")
    assert window.profile_import.import_profile_file(given) is not None
    # The same file again: nothing to ask.
    assert window.profile_import.import_profile_file(given) is not None
    assert asked == []
    changed = json.loads(given.read_text(encoding="utf-8"))
    changed["region"] = "au"
    changed["fields"] = [f for f in changed["fields"] if f["name"] != "Phone"]
    given.write_text(json.dumps(changed), encoding="utf-8")
    profile = window.profile_import.import_profile_file(given)
    assert profile is not None and profile.region == "au"
    (question,) = asked
    assert "This file changes it:" in question
    assert "• Region: Europe → Australia" in question
    assert "• Removed field: Phone" in question


def test_a_profile_from_the_organisation_says_so_in_the_selector(
    make_window: Callable[..., MainWindow], paths: AppPaths
) -> None:
    assert paths.organisation_profiles_dir is not None
    paths.organisation_profiles_dir.mkdir(parents=True)
    profile_file(paths.organisation_profiles_dir, "Spring fair", suffix=".cgprofile")
    window = make_window(practice=False)
    assert window.profile_combo.currentText() == "Spring fair — your organisation"
    assert window.current_profile() is not None
    assert window.current_profile().name == "Spring fair"
    assert window.windowTitle().startswith("Spring fair — cg-desktop")


def test_a_profile_file_dropped_on_the_window_is_imported(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    window = make_window(practice=False)
    assert window.acceptDrops()
    data = QMimeData()
    data.setUrls(
        [
            QUrl.fromLocalFile(str(profile_file(tmp_path, "Dropped desk"))),
            QUrl.fromLocalFile(str(tmp_path / "notes.txt")),  # not a profile: ignored
            QUrl("https://example.com/x.cgprofile"),  # not a local file: ignored
        ]
    )
    where = QPointF(window.rect().center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(where, Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, drop)
    assert window.current_profile() is not None
    assert window.current_profile().name == "Dropped desk"
