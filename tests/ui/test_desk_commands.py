"""The desk's commands that moved out of the main window: Settings… and Kiosk mode…'s
questions, each on its own, with the sentences they say above the form."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cg_desktop.core.api.regions import region
from cg_desktop.ui.dialogs.settings import SettingsDialog, change_settings
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.kiosk.from_desk import ask_for_kiosk
from cg_desktop.ui.main_window import MainWindow


def test_settings_saves_the_days_and_says_a_new_language_waits_for_the_next_start(
    qtbot: QtBot, window: MainWindow
) -> None:
    settings = window.context.settings
    told: list[tuple[Tone, str]] = []
    saved: list[bool] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.days.setValue(12)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
        dialog.accept()

    QTimer.singleShot(0, choose)

    def tell(tone: Tone, text: str) -> None:
        told.append((tone, text))

    assert change_settings(window, settings, lambda: saved.append(True), tell)
    assert settings.retention_days == 12 and settings.language == "nl" and saved == [True]
    assert told == [(Tone.INFO, "The new language is used from the next start.")]


def test_settings_cancelled_changes_and_saves_nothing(qtbot: QtBot, window: MainWindow) -> None:
    settings = window.context.settings
    days = settings.retention_days
    saved: list[bool] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.days.setValue(days + 1)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert not change_settings(window, settings, lambda: saved.append(True), lambda *_: None)
    assert settings.retention_days == days and saved == []


def test_kiosk_mode_needs_a_profile_and_a_closed_editor(qtbot: QtBot, window: MainWindow) -> None:
    told: list[tuple[Tone, str]] = []

    def ask(*, with_profile: bool, editor_open: bool) -> object:
        return ask_for_kiosk(
            window,
            window.context.settings,
            window.current_profile() if with_profile else None,
            region("eu"),
            practice=True,
            save=window.context.save_settings,
            editor_open=editor_open,
            typed=lambda: False,
            tell=lambda tone, text: told.append((tone, text)),
        )

    assert ask(with_profile=False, editor_open=False) is None
    assert ask(with_profile=True, editor_open=True) is None
    assert told == [
        (Tone.WARNING, "Kiosk mode needs a profile: choose one (or File → Import profile…)."),
        (Tone.WARNING, "Close the profile editor first, then choose File → Kiosk mode… again."),
    ]
