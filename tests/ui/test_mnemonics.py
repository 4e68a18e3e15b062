"""No Alt+letter means two things in one window or dialog (what a person sees at that moment)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from cg_desktop.core.api.regions import region
from cg_desktop.core.credentials import CredentialStore
from cg_desktop.ui.dialogs.credentials import CredentialsDialog
from cg_desktop.ui.dialogs.settings import SettingsDialog
from cg_desktop.ui.main_window import MainWindow

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


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
