"""No Alt+letter means two things in one window or dialog (what a person sees at that moment)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cg_desktop.core.api.regions import region
from cg_desktop.core.credentials import CredentialStore
from cg_desktop.core.languages import LANGUAGES
from cg_desktop.core.profiles.draft import ProfileDraft
from cg_desktop.core.profiles.fast_start import template
from cg_desktop.core.profiles.files import save_profile
from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.ui.dialogs.credentials import CredentialsDialog
from cg_desktop.ui.dialogs.profile_editor import ProfileEditor
from cg_desktop.ui.dialogs.profile_fields_panel import ChoicesDialog
from cg_desktop.ui.dialogs.profile_start import NewProfileDialog
from cg_desktop.ui.dialogs.settings import SettingsDialog
from cg_desktop.ui.language import install_language
from cg_desktop.ui.main_window import MainWindow

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


@pytest.fixture(autouse=True, params=list(LANGUAGES))
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Every test in every language the app ships: a translation brings its own letters."""
    installed = install_language(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))


def mnemonic(text: str) -> str | None:
    """The letter after a single & (&& is a literal ampersand)."""
    match = MNEMONIC.search(text)
    return match.group(1).lower() if match else None


def mnemonics(top: QWidget) -> list[tuple[str, str]]:
    """(letter, where) for every shown control of `top` that has an Alt+letter."""
    found: list[tuple[str, str]] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        texts: list[str] = []
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QMenuBar):
            texts += [action.text() for action in widget.actions()]
        for text in texts:
            letter = mnemonic(text)
            if letter is not None:
                found.append((letter, text))
    return found


def assert_unique(top: QWidget) -> None:
    """Fails naming the controls that share a letter."""
    found = mnemonics(top)
    counts = Counter(letter for letter, _ in found)
    clashes = {
        letter: [text for other, text in found if other == letter]
        for letter, n in counts.items()
        if n > 1
    }
    assert not clashes, f"Alt+letter used twice in {top.windowTitle()!r}: {clashes}"
    assert found  # the walk found the controls at all


def test_the_practice_window_form_and_history(qtbot: QtBot, window: MainWindow) -> None:
    assert_unique(window)
    window.show_history()
    assert_unique(window)


def test_the_welcome_page(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(practice=False)  # no profile yet: the welcome page
    assert window.form is None
    assert_unique(window)


def test_the_dialogs(qtbot: QtBot, file_keyring: Any) -> None:
    credentials = CredentialsDialog(region("eu"), CredentialStore(file_keyring))
    settings = SettingsDialog(30)
    for dialog in (credentials, settings):
        qtbot.addWidget(dialog)
        dialog.show()
        assert_unique(dialog)


def assert_unique_in_menus(window: MainWindow) -> None:
    """Within each menu of the bar, no two items share an Alt+letter."""
    for menu in window.menuBar().findChildren(QMenu):
        letters = [mnemonic(action.text()) for action in menu.actions() if action.isVisible()]
        found = [letter for letter in letters if letter is not None]
        clashes = {letter for letter in found if found.count(letter) > 1}
        assert not clashes, f"{menu.title()!r} uses {clashes} twice: {letters}"
        assert found


def test_the_menus_items(make_window: Callable[..., MainWindow], language: str) -> None:
    desk = make_window(practice=False)
    if language == "en":
        assert mnemonic(desk.menu_actions["profiles"].text()) == "o"
    assert_unique_in_menus(desk)
    assert_unique_in_menus(make_window())  # practice mode: Leave practice mode instead


def test_the_profile_editor(qtbot: QtBot, tmp_path: Path) -> None:
    library = ProfileLibrary(tmp_path / "profiles")
    library.folder.mkdir()
    reference = "9dd58237-c913-4073-9c76-07da0b49ff50"
    profile = ProfileDraft(name="Desk", configuration=reference, fields=template("contacts"))
    save_profile(profile.to_profile(), library.folder / "desk.json")
    editor = ProfileEditor(library, try_profile=lambda _profile: None)  # Try is shown
    qtbot.addWidget(editor)
    editor.show()
    editor.settings.advanced_button.setChecked(True)  # every control shown at once
    assert editor.preview.form is not None  # its field labels are shown too
    assert editor.try_button.isVisible()
    assert_unique(editor)
    # A webhook's id takes the reference's place: its letter must be free as well.
    transport = editor.settings.transport_combo
    transport.setCurrentIndex(transport.findData("webhook"))
    assert editor.settings.webhook_edit.isVisible()
    assert_unique(editor)
    transport.setCurrentIndex(transport.findData("api"))  # as saved: closing asks nothing
    assert not editor.dirty


def test_the_profile_editors_small_dialogs(qtbot: QtBot) -> None:
    new = NewProfileDialog()
    choices = ChoicesDialog("Colour", ["Red"])
    for dialog in (new, choices):
        qtbot.addWidget(dialog)
        dialog.show()
        assert_unique(dialog)
    new.paste_radio.setChecked(True)
    assert new.paste_box.isVisible()
    assert_unique(new)
