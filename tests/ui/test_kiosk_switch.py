"""Kiosk mode as an administrator's setting: File → Kiosk mode… at the desk, the kiosk's own
settings behind the PIN, opening as a kiosk at start, and leaving it for the desk's window
(a real sandbox, a real SQLite file, a file-backed keyring, real settings files)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS, fill

from cg_desktop.app import Windows
from cg_desktop.core.api.regions import region
from cg_desktop.core.credentials import CredentialStore
from cg_desktop.core.kiosk.pin import hash_pin
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.core.settings import Settings, load_settings, save_settings
from cg_desktop.core.store.sends import Status
from cg_desktop.ui.colours import colours, contrast
from cg_desktop.ui.context import build_context
from cg_desktop.ui.kiosk.pin_dialogs import NewPinDialog, PinDialog
from cg_desktop.ui.kiosk.settings_dialog import KioskSettingsDialog
from cg_desktop.ui.kiosk.staff_panel import StaffPanel
from cg_desktop.ui.kiosk.window import KioskWindow
from cg_desktop.ui.main_window import MainWindow
from cg_desktop.ui.practice.session import load_practice_profiles, start_practice

PIN = "735190"
ROOT = Path(__file__).resolve().parents[2]


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


def desk_on(context: Any, qtbot: QtBot) -> tuple[Windows, MainWindow]:
    """The app's Windows with the desk's window open on `context`, its workbench started."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    windows = Windows(app, None, context.paths.data_dir)
    desk = windows.open_desk(context)
    qtbot.waitUntil(lambda: desk._work is not None, timeout=HANG_MS)
    return windows, desk


def real_desk(paths: AppPaths, file_keyring: Any, qtbot: QtBot) -> tuple[Windows, MainWindow]:
    """A real (not practice) desk on a sandbox's region, with one imported profile."""
    profile = json.loads((ROOT / "resources" / "profiles" / "demo.json").read_text("utf-8"))
    profile["name"], profile["region"] = "Spring fair", "eu"
    source = paths.config_dir.parent / "Spring fair.json"
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(json.dumps(profile), encoding="utf-8")
    ProfileLibrary(paths.profiles_dir).import_file(source)
    context = build_context(paths, credentials=CredentialStore(file_keyring))
    return desk_on(context, qtbot)


def test_the_desk_hands_over_to_the_kiosk_and_staff_come_back_to_the_desk(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    windows, desk = real_desk(paths, file_keyring, qtbot)
    profile = desk.current_profile()
    assert profile is not None and profile.name == "Spring fair"
    monkeypatch.setattr(KioskSettingsDialog, "exec", answer_settings(120, True))

    assert desk.start_kiosk()

    kiosk = windows.current()
    assert isinstance(kiosk, KioskWindow) and kiosk.isVisible()
    assert desk.closed and not desk.isVisible()
    assert kiosk.profile.name == profile.name and kiosk.region.code == "eu"
    assert kiosk.idle.idle_ms == 120_000
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert saved["kiosk_at_start"] is True and saved["kiosk_profile"] == "Spring fair"
    assert saved["kiosk_region"] == "eu" and PIN not in json.dumps(saved)

    monkeypatch.setattr(PinDialog, "exec", give_pin)
    monkeypatch.setattr(StaffPanel, "exec", lambda panel: panel.leave_button.click())
    kiosk.open_staff_panel()

    back = windows.current()
    assert isinstance(back, MainWindow) and back.isVisible() and not back.closed
    assert kiosk.closed and not kiosk.isVisible()
    assert back.form is not None
    assert "opens as a kiosk again at its next start" in back.form.banner.text.text()
    back.confirm_close = False
    back.close()


def test_practice_hands_over_with_its_sandbox_and_keeps_nothing_for_the_real_desk(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    practice = start_practice()
    context = build_context(paths, practice=practice, credentials=CredentialStore(file_keyring))
    windows, desk = desk_on(context, qtbot)
    monkeypatch.setattr(KioskSettingsDialog, "exec", answer_settings(90, False))
    assert desk.start_kiosk()
    kiosk = windows.current()
    assert isinstance(kiosk, KioskWindow) and kiosk.practice is practice
    assert kiosk.idle.idle_ms == 90_000 and kiosk.pin_lock.check(PIN).ok
    # The settings file is the real desk's too: no kiosk choice of practice's is in it.
    saved = load_settings(paths.settings_file)
    assert (saved.kiosk_at_start, saved.kiosk_profile, saved.kiosk_pin) == (False, None, None)
    # The sandbox went on with the kiosk: a visitor's record is delivered.
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
    assert isinstance(back, MainWindow) and back.practice is practice
    qtbot.waitUntil(lambda: back._work is not None, timeout=HANG_MS)
    assert [s.status for s in back.work.store.page()] == [Status.DELIVERED]
    back.confirm_close = False
    back.close()
    assert not back.work.sender.worker_thread.isRunning()


def test_the_desks_sender_has_stopped_before_the_kiosks_starts(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A send in flight at the hand-over is finished by the desk, not sent again by the
    kiosk (two senders on one database would each think the other's send was theirs)."""
    practice = start_practice()
    context = build_context(paths, practice=practice, credentials=CredentialStore(file_keyring))
    windows, desk = desk_on(context, qtbot)
    hold = practice.sandbox.hold_next_answer()
    fill(desk, Email="in.flight@example.com", First_Name="Ines")
    assert desk.form is not None
    desk.form.try_send()
    assert hold.wait_arrived(HANG_MS / 1000)  # accepted by the server; the answer held

    def release_once_closing() -> None:  # the desk waits for its send as it closes
        while not desk.closed:
            threading.Event().wait(0.01)
        hold.release()

    releaser = threading.Thread(target=release_once_closing)
    releaser.start()
    desk_sending: list[bool] = []  # whether the desk's sender ran as the kiosk's opened
    opening = KioskWindow.ensure_started

    def open_and_look(kiosk: KioskWindow) -> Any:
        if kiosk._work is None and not kiosk.closed:
            desk_sending.append(desk.work.sender.worker_thread.isRunning())
        return opening(kiosk)

    monkeypatch.setattr(KioskWindow, "ensure_started", open_and_look)
    monkeypatch.setattr(KioskSettingsDialog, "exec", answer_settings(60, False))
    assert desk.start_kiosk()
    releaser.join()
    kiosk = windows.current()
    assert isinstance(kiosk, KioskWindow)
    qtbot.waitUntil(lambda: kiosk._work is not None, timeout=HANG_MS)
    assert desk_sending == [False]
    # The send in flight is settled (by the duplicate rule, if its answer came too late).
    qtbot.waitUntil(
        lambda: [s.status for s in kiosk.work.store.page()] == [Status.DELIVERED],
        timeout=HANG_MS,
    )
    kiosk.confirm_close = False
    kiosk.close()


def test_a_check_left_open_at_the_desk_closes_with_it(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    practice = start_practice()
    context = build_context(paths, practice=practice, credentials=CredentialStore(file_keyring))
    windows, desk = desk_on(context, qtbot)
    desk.check_computer()
    check = desk.readiness
    assert check is not None and check.isVisible()
    monkeypatch.setattr(KioskSettingsDialog, "exec", answer_settings(60, False))
    assert desk.start_kiosk()
    assert not check.isVisible()  # visitors can't reach the desk's dialogs
    kiosk = windows.current()
    assert isinstance(kiosk, KioskWindow)
    kiosk.confirm_close = False
    kiosk.close()


def test_a_kiosk_that_cannot_start_leaves_the_settings_as_they_were(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    windows, desk = real_desk(paths, file_keyring, qtbot)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text: said.append(text))
    monkeypatch.setattr(KioskSettingsDialog, "exec", answer_settings(120, True))
    # The profile is removed behind the desk's back (another window, a sync tool).
    for file in paths.profiles_dir.glob("*.json"):
        file.unlink()
    desk.start_kiosk()
    assert said and "no profile called “Spring fair”" in said[0]
    assert windows.current() is desk and not desk.closed
    saved = load_settings(paths.settings_file)
    assert (saved.kiosk_at_start, saved.kiosk_profile, saved.kiosk_pin) == (False, None, None)
    desk.confirm_close = False
    desk.close()


def test_save_keeps_the_kiosks_settings_without_starting_it(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    windows, desk = real_desk(paths, file_keyring, qtbot)
    settings = load_settings(paths.settings_file)
    settings.kiosk_at_start, settings.kiosk_pin = True, dict(hash_pin("2468").to_dict())
    desk.context.settings.kiosk_at_start = True
    desk.context.settings.kiosk_pin = settings.kiosk_pin

    def untick_and_save(dialog: KioskSettingsDialog) -> int:
        dialog.at_start.setChecked(False)
        save = dialog.findChild(QPushButton, "kiosk-save-only")
        assert save is not None
        save.click()
        return int(dialog.result())

    monkeypatch.setattr(KioskSettingsDialog, "exec", untick_and_save)
    assert not desk.start_kiosk()
    assert windows.current() is desk and not desk.closed  # no kiosk
    assert load_settings(paths.settings_file).kiosk_at_start is False
    desk.confirm_close = False
    desk.close()


@pytest.mark.parametrize("practice", [False, True])
def test_staff_change_the_idle_time_and_the_pin_behind_the_pin(
    qtbot: QtBot,
    paths: AppPaths,
    file_keyring: Any,
    monkeypatch: pytest.MonkeyPatch,
    practice: bool,
) -> None:
    session = start_practice() if practice else None
    context = build_context(paths, practice=session, credentials=CredentialStore(file_keyring))
    profile = load_practice_profiles()[0]
    where = session.region if session is not None else region("eu")
    kiosk = KioskWindow(context, profile, where, hash_pin("2468"))
    qtbot.addWidget(kiosk)
    with qtbot.waitSignal(kiosk.started, timeout=HANG_MS):
        kiosk.show_kiosk()
    monkeypatch.setattr(KioskSettingsDialog, "exec", answer_settings(45, False))

    monkeypatch.setattr(PinDialog, "exec", give_pin_2468)
    monkeypatch.setattr(StaffPanel, "exec", lambda panel: panel.settings_button.click())
    kiosk.open_staff_panel()

    assert kiosk.idle.idle_ms == 45_000
    assert kiosk.pin_lock.check(PIN).ok and not kiosk.pin_lock.check("2468").ok
    saved = load_settings(paths.settings_file)
    # Kept for the next start on a real desk; practice keeps nothing (the file is shared).
    assert saved.kiosk_idle_seconds == (60 if practice else 45)
    assert (saved.kiosk_pin is None) == practice
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
    from cg_desktop.ui.kiosk.pin_dialogs import PinDialog
    said = []
    QMessageBox.warning = staticmethod(lambda _p, title, text: said.append(title + ": " + text))
    answer = sys.argv.pop(1)  # the PIN staff type when the desk's window is asked for

    def staff(dialog):
        said.append("PIN asked")
        dialog.pin.setText(answer)
        dialog.try_pin()
        return int(dialog.result())

    PinDialog.exec = staff
    from cg_desktop.app import close_every_window, main

    def report(window):
        print("FIRST", type(window).__name__, flush=True)
        close_every_window(QApplication.instance())

    code = main(sys.argv[1:], on_ready=report)
    print("CODE", code, said, flush=True)
    """
)


def start_with(tmp_path: Path, settings: Settings, pin_typed: str) -> str:
    """Start `cg-desktop` (a real desk) with these settings; what it printed."""
    paths = AppPaths.under(tmp_path / "d")
    save_settings(settings, paths.settings_file)
    profile = json.loads((ROOT / "resources" / "profiles" / "demo.json").read_text("utf-8"))
    profile["name"], profile["region"] = "Spring fair", "eu"
    paths.profiles_dir.mkdir(parents=True, exist_ok=True)
    (paths.profiles_dir / "spring-fair.json").write_text(json.dumps(profile), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", START, pin_typed, "--data-dir", str(tmp_path / "d")],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def kiosk_at_start(profile: str, pin: bool = True) -> Settings:
    """Settings that open this computer as a kiosk on `profile`."""
    return Settings(
        kiosk_at_start=True,
        kiosk_profile=profile,
        kiosk_region="eu",
        kiosk_pin=dict(hash_pin("2468").to_dict()) if pin else None,
    )


def test_the_setting_opens_the_kiosk_at_start(tmp_path: Path) -> None:
    out = start_with(tmp_path, kiosk_at_start("Spring fair"), "")
    assert "FIRST KioskWindow" in out and "CODE 0 []" in out  # nothing asked, nothing said


def test_a_kiosk_that_cannot_open_at_start_opens_the_desk_only_to_staff(tmp_path: Path) -> None:
    gone = kiosk_at_start("A profile since deleted")
    out = start_with(tmp_path, gone, "2468")  # staff give the PIN: the desk's window
    assert "FIRST MainWindow" in out and "no profile called" in out and "PIN asked" in out
    assert "Staff can open cg-desktop's window with the staff PIN" in out  # who, and how
    out = start_with(tmp_path / "2", gone, "0000")  # a visitor guesses: nothing opens
    assert "FIRST" not in out and "CODE 1" in out
    # No PIN kept (the settings were edited by hand): said why, and nothing opens; no
    # visitor gets to set a PIN of their own.
    out = start_with(tmp_path / "3", kiosk_at_start("Spring fair", pin=False), "")
    assert "FIRST" not in out and "CODE 1" in out and "No staff PIN is set" in out
    assert "PIN asked" not in out


def test_practice_mode_never_opens_as_a_kiosk_by_the_real_desks_setting(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "d")
    save_settings(kiosk_at_start("Spring fair"), paths.settings_file)
    result = subprocess.run(
        [sys.executable, "-c", START, "", "--sandbox", "--data-dir", str(tmp_path / "d")],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "FIRST MainWindow" in result.stdout, result.stdout + result.stderr[-2000:]


def test_a_real_kiosk_with_nobody_signed_in_shows_its_waiting_records_to_staff(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No credentials on a real desk: the record waits on disk, and the dot and the staff
    panel say so (they said "Sending works" and "Nothing waiting")."""
    context = build_context(paths, credentials=CredentialStore(file_keyring))
    kiosk = KioskWindow(context, load_practice_profiles()[0], region("eu"), hash_pin("2468"))
    qtbot.addWidget(kiosk)
    with qtbot.waitSignal(kiosk.started, timeout=HANG_MS):
        kiosk.show_kiosk()
    kiosk.form.rows["Email"].editor.set_value("wait.here@example.com")
    kiosk.form.rows["First Name"].editor.set_value("Wanda")
    kiosk.form.try_send()
    assert kiosk.work.store.waiting() == 1
    assert kiosk.dot.text() == "◌" and kiosk.dot.toolTip().startswith("Waiting")
    # A colour that stands out from the window (3:1 for a mark; the text colours are 4.5:1).
    assert colours().caution in kiosk.dot.styleSheet()
    assert contrast(colours().caution, colours().window) >= 3.0
    seen: list[str] = []
    monkeypatch.setattr(PinDialog, "exec", give_pin_2468)
    monkeypatch.setattr(StaffPanel, "exec", lambda panel: seen.append(panel.state.text()))
    kiosk.open_staff_panel()
    assert seen and "1 waiting to be sent" in seen[0]
    kiosk.confirm_close = False
    kiosk.close()


def give_pin_2468(dialog: PinDialog) -> int:
    """Staff type 2468."""
    dialog.pin.setText("2468")
    dialog.try_pin()
    return int(dialog.result())


def test_kiosk_settings_from_the_staff_panel_show_and_keep_the_visitors_idle_time(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    practice = start_practice()
    context = build_context(paths, practice=practice, credentials=CredentialStore(file_keyring))
    kiosk = KioskWindow(context, practice.profiles[0], practice.region, hash_pin("2468"))
    qtbot.addWidget(kiosk)
    with qtbot.waitSignal(kiosk.started, timeout=HANG_MS):
        kiosk.show_kiosk()
    shown: list[int] = []

    def change_idle(dialog: KioskSettingsDialog) -> int:
        shown.append(dialog.idle.value())
        dialog.idle.setValue(15)
        dialog.ok_button.click()
        return int(dialog.result())

    monkeypatch.setattr(KioskSettingsDialog, "exec", change_idle)
    monkeypatch.setattr(PinDialog, "exec", give_pin_2468)
    monkeypatch.setattr(StaffPanel, "exec", lambda panel: panel.settings_button.click())
    kiosk.open_staff_panel()
    assert shown == [60]  # the visitors' wait, not the staff panel's five minutes
    assert kiosk.idle.idle_ms == 15_000  # in force once the panel closed
    kiosk.confirm_close = False
    kiosk.close()


def test_a_practice_profile_on_a_real_kiosk_is_refused_with_a_sentence(
    paths: AppPaths, file_keyring: Any
) -> None:
    from cg_desktop.ui.kiosk.start import KioskRefused, plan_kiosk

    paths.profiles_dir.mkdir(parents=True, exist_ok=True)
    demo = (ROOT / "resources" / "profiles" / "demo.json").read_text("utf-8")
    (paths.profiles_dir / "demo.json").write_text(demo, encoding="utf-8")
    context = build_context(paths, credentials=CredentialStore(file_keyring))
    # Its region is the sandbox's: a real kiosk said nothing and crashed (RegionError).
    with pytest.raises(KioskRefused, match="start with --sandbox"):
        plan_kiosk(context, profile_name="Demo (practice)", pin_text="2468")
    plan = plan_kiosk(context, profile_name="Demo (practice)", region_code="eu", pin_text="2468")
    assert plan.region.code == "eu"
