"""Kiosk mode as an administrator's setting: File → Kiosk mode… at the desk, the kiosk's own
settings behind the PIN, opening as a kiosk at start, and leaving it for the desk's window
(a real sandbox, a real SQLite file, a file-backed keyring, real settings files)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS

from cg_desktop.app import Windows
from cg_desktop.core.credentials import CredentialStore
from cg_desktop.core.kiosk.pin import hash_pin
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.settings import Settings, load_settings, save_settings
from cg_desktop.core.store.sends import Status
from cg_desktop.ui.context import build_context
from cg_desktop.ui.kiosk.pin_dialogs import NewPinDialog, PinDialog
from cg_desktop.ui.kiosk.settings_dialog import KioskSettingsDialog
from cg_desktop.ui.kiosk.staff_panel import StaffPanel
from cg_desktop.ui.kiosk.window import KioskWindow
from cg_desktop.ui.main_window import MainWindow
from cg_desktop.ui.practice.session import start_practice

PIN = "735190"


def answer_settings(idle_seconds: int, at_start: bool) -> Any:
    """A KioskSettingsDialog.exec that sets a new PIN, the idle time and at-start, then OK."""

    def answer(dialog: KioskSettingsDialog) -> int:
        def new_pin(pin_dialog: NewPinDialog) -> int:
            pin_dialog.pin.setText(PIN)
            pin_dialog.again.setText(PIN)
            pin_dialog.accept()
            return int(pin_dialog.result())

        original = NewPinDialog.exec
        NewPinDialog.exec = new_pin  # type: ignore[method-assign]
        try:
            dialog.pin_button.click()
        finally:
            NewPinDialog.exec = original  # type: ignore[method-assign]
        dialog.idle.setValue(idle_seconds)
        dialog.at_start.setChecked(at_start)
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()
        return int(dialog.result())

    return answer


def give_pin(dialog: PinDialog) -> int:
    """The staff type the PIN."""
    dialog.pin.setText(PIN)
    dialog.try_pin()
    return int(dialog.result())


def test_the_desk_hands_over_to_the_kiosk_and_staff_come_back_to_the_desk(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    practice = start_practice()
    context = build_context(paths, practice=practice, credentials=CredentialStore(file_keyring))
    windows = Windows(None, paths.data_dir)
    desk = windows.open_desk(context)
    qtbot.waitUntil(lambda: desk._work is not None, timeout=HANG_MS)
    profile = desk.current_profile()
    assert profile is not None
    monkeypatch.setattr(KioskSettingsDialog, "exec", answer_settings(120, True))

    assert desk.start_kiosk()

    kiosk = windows.current()
    assert isinstance(kiosk, KioskWindow) and kiosk.isVisible()
    assert desk.closed and not desk.isVisible()
    assert kiosk.profile.name == profile.name
    assert kiosk.idle._idle.interval() == 120_000
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert saved["kiosk_at_start"] is True and saved["kiosk_profile"] == profile.name
    assert PIN not in paths.settings_file.read_text(encoding="utf-8")
    # The practice sandbox went on with the kiosk: a visitor's record is delivered.
    kiosk.form.rows["Email"].editor.set_value("nia.okafor@example.com")
    kiosk.form.rows["First Name"].editor.set_value("Nia")
    kiosk.form.try_send()
    qtbot.waitUntil(
        lambda: [s.status for s in kiosk.work.store.page()] == [Status.DELIVERED],
        timeout=HANG_MS,
    )

    monkeypatch.setattr(PinDialog, "exec", give_pin)
    monkeypatch.setattr(StaffPanel, "exec", lambda panel: panel.leave_button.click())
    kiosk.open_staff_panel()

    back = windows.current()
    assert isinstance(back, MainWindow) and back.isVisible() and not back.closed
    assert kiosk.closed and not kiosk.isVisible()
    assert back.practice is practice and practice.sandbox.base_url
    qtbot.waitUntil(lambda: back._work is not None, timeout=HANG_MS)
    assert [s.status for s in back.work.store.page()] == [Status.DELIVERED]
    assert back.form is not None
    assert "opens as a kiosk again at its next start" in back.form.banner.text.text()
    back.confirm_close = False
    back.close()
    assert not back.work.sender.worker_thread.isRunning()


def test_staff_change_the_idle_time_and_the_pin_behind_the_pin(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    practice = start_practice()
    context = build_context(paths, practice=practice, credentials=CredentialStore(file_keyring))
    kiosk = KioskWindow(context, practice.profiles[0], practice.region, hash_pin("2468"))
    qtbot.addWidget(kiosk)
    with qtbot.waitSignal(kiosk.started, timeout=HANG_MS):
        kiosk.show_kiosk()
    monkeypatch.setattr(KioskSettingsDialog, "exec", answer_settings(45, False))

    kiosk._staff_settings(kiosk)

    assert kiosk.idle._idle.interval() == 45_000
    assert kiosk.pin_lock.check(PIN).ok and not kiosk.pin_lock.check("2468").ok
    assert load_settings(paths.settings_file).kiosk_idle_seconds == 45
    kiosk.confirm_close = False
    kiosk.close()


def test_the_kiosk_does_not_start_without_a_pin(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = KioskSettingsDialog(Settings(), running="the profile “Demo”", ok_text="Start")
    qtbot.addWidget(dialog)
    assert "needs one" in dialog.pin_state.text()
    asked: list[str] = []

    def cancel(pin_dialog: NewPinDialog) -> int:
        asked.append(pin_dialog.windowTitle())
        pin_dialog.reject()
        return int(pin_dialog.result())

    monkeypatch.setattr(NewPinDialog, "exec", cancel)
    dialog.show()
    dialog.ok_button.click()  # Start with no PIN: asked for one; cancelled, nothing starts
    assert asked == ["Staff PIN for this kiosk"]
    assert dialog.isVisible() and dialog.result() != KioskSettingsDialog.DialogCode.Accepted
    with_pin = Settings(kiosk_pin=dict(hash_pin("2468").to_dict()))
    again = KioskSettingsDialog(with_pin, running="", ok_text="Start")
    qtbot.addWidget(again)
    again.ok_button.click()  # a PIN is set: Start starts, nothing asked
    assert again.result() == KioskSettingsDialog.DialogCode.Accepted and len(asked) == 1


START = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QMessageBox
    said = []
    QMessageBox.warning = staticmethod(lambda _p, title, text: said.append(title + ": " + text))
    from cg_desktop.app import close_every_window, main

    def report(window):
        print("FIRST", type(window).__name__, flush=True)
        close_every_window(QApplication.instance())

    code = main(sys.argv[1:], on_ready=report)
    print("CODE", code, said, flush=True)
    """
)


@pytest.mark.parametrize(
    ("kiosk_profile", "first", "said"),
    [
        ("Demo (practice)", "KioskWindow", ""),
        ("A profile since deleted", "MainWindow", "no profile called “A profile since deleted”"),
    ],
)
def test_the_setting_opens_the_kiosk_at_start_or_says_why_not(
    tmp_path: Path, kiosk_profile: str, first: str, said: str
) -> None:
    practice_paths = AppPaths.under(tmp_path / "d").for_practice()
    settings = Settings(
        kiosk_at_start=True,
        kiosk_profile=kiosk_profile,
        kiosk_pin=dict(hash_pin("2468").to_dict()),
    )
    save_settings(settings, practice_paths.settings_file)
    result = subprocess.run(
        [sys.executable, "-c", START, "--sandbox", "--data-dir", str(tmp_path / "d")],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"FIRST {first}" in result.stdout
    assert "CODE 0" in result.stdout
    assert said in result.stdout.split("CODE", 1)[1]
