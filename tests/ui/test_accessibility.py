"""What a screen reader finds: every control it can reach has a name of its own, each field's
help and current error are its description, and what appears (outcomes, errors, the kiosk's
thank-you) is announced. Names are read through Qt's accessibility interface, as a screen
reader gets them, not from our own attributes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS, fill, send_and_wait

from cg_desktop.core.api.regions import region
from cg_desktop.core.credentials import CredentialStore
from cg_desktop.core.kiosk.pin import PinLock, hash_pin
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.draft import ProfileDraft
from cg_desktop.core.profiles.fast_start import template
from cg_desktop.core.profiles.files import save_profile
from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.core.readiness.desk import Desk
from cg_desktop.core.settings import Settings
from cg_desktop.ui.context import build_context
from cg_desktop.ui.dialogs.credentials import CredentialsDialog
from cg_desktop.ui.dialogs.profile_editor import ProfileEditor
from cg_desktop.ui.dialogs.profile_fields_panel import ChoicesDialog
from cg_desktop.ui.dialogs.profile_start import NewProfileDialog
from cg_desktop.ui.dialogs.readiness import ReadinessDialog
from cg_desktop.ui.dialogs.settings import SettingsDialog
from cg_desktop.ui.kiosk.pin_dialogs import NewPinDialog, PinDialog
from cg_desktop.ui.kiosk.settings_dialog import KioskSettingsDialog
from cg_desktop.ui.kiosk.staff_panel import StaffActions, StaffPanel
from cg_desktop.ui.kiosk.window import KioskWindow
from cg_desktop.ui.main_window import MainWindow
from cg_desktop.ui.practice.session import start_practice

# Controls that hold a value: Qt names them by their value when nobody named them (a
# combo box is called "Trade Show"), which tells a screen-reader user nothing.
VALUE_HOLDERS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)


def reachable(top: QWidget) -> Iterator[QWidget]:
    """The controls a keyboard (and a screen reader's focus) can reach in `top` now."""
    for widget in top.findChildren(QWidget):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None  # its proxy is the one reached
        ):
            yield widget


def name_of(widget: QWidget) -> str:
    """The name a screen reader announces for `widget`."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def description_of(widget: QWidget) -> str:
    """The description a screen reader reads after the name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description) if interface is not None else ""


def unnamed(top: QWidget) -> list[str]:
    """Every reachable control in `top` without a name of its own, described for a failure."""
    missing = []
    for widget in reachable(top):
        name = name_of(widget)
        if isinstance(widget, VALUE_HOLDERS) and not widget.accessibleName().strip():
            name = ""  # Qt's fallback is the value itself
        if not name:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_the_practice_window_form_history_and_details(qtbot: QtBot, window: MainWindow) -> None:
    assert unnamed(window) == []
    fill(window, Email="ada.lovelace@example.com", First_Name="Ada")
    send_and_wait(qtbot, window)
    window.show_history()
    window.work.history.table.selectRow(0)
    assert unnamed(window) == []


def test_the_welcome_page(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(practice=False)
    assert window.form is None
    assert unnamed(window) == []


def test_the_dialogs(qtbot: QtBot, file_keyring: Any, paths: AppPaths) -> None:
    with_pin = Settings(kiosk_pin=dict(hash_pin("2468").to_dict()))
    nothing = StaffActions(lambda: None, lambda: None, lambda: None, lambda: None)
    desk = Desk(
        paths=paths,
        region=region("eu"),
        credentials=CredentialStore(file_keyring),
        client_id="",
        profiles=[],
        profile=None,
    )
    dialogs = [
        CredentialsDialog(region("eu"), CredentialStore(file_keyring)),
        SettingsDialog(30),
        KioskSettingsDialog(with_pin, running="the profile “Demo”", ok_text="Start"),
        NewPinDialog(),
        PinDialog(PinLock(hash_pin("2468")), "the staff panel"),
        StaffPanel(["Signed in as someone"], nothing),
        ReadinessDialog(desk),
        NewProfileDialog(),
        ChoicesDialog("Colour", ["Red", "Green"]),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed(dialog) == [], (dialog.windowTitle(), unnamed(dialog))


def test_the_profile_editor(qtbot: QtBot, tmp_path: Path) -> None:
    library = ProfileLibrary(tmp_path / "profiles")
    library.folder.mkdir()
    reference = "9dd58237-c913-4073-9c76-07da0b49ff50"
    profile = ProfileDraft(name="Desk", configuration=reference, fields=template("contacts"))
    save_profile(profile.to_profile(), library.folder / "desk.json")
    editor = ProfileEditor(library, try_profile=lambda _profile: None)
    qtbot.addWidget(editor)
    editor.show()
    editor.settings.advanced_button.setChecked(True)  # every control shown at once
    assert unnamed(editor) == []


def test_the_kiosk(qtbot: QtBot, paths: AppPaths, file_keyring: Any) -> None:
    practice = start_practice()
    context = build_context(paths, practice=practice, credentials=CredentialStore(file_keyring))
    kiosk = KioskWindow(context, practice.profiles[0], practice.region, hash_pin("2468"))
    qtbot.addWidget(kiosk)
    with qtbot.waitSignal(kiosk.started, timeout=HANG_MS):
        kiosk.show_kiosk()
    try:
        assert unnamed(kiosk) == []
    finally:
        kiosk.confirm_close = False
        kiosk.close()


def test_a_fields_label_help_and_error_are_what_is_read(qtbot: QtBot, window: MainWindow) -> None:
    assert window.form is not None
    row = window.form.rows["Company Size"]
    field = row.editor.focusProxy()
    assert name_of(field) == "Company size"
    assert description_of(field) == row.spec.help
    assert name_of(window.form.rows["First Name"].editor.focusProxy()) == "First name, required"
    fill(window, Company_Size="lots")
    row.show_errors(["The Company Size must be a number."])
    error = row.shown_errors()[0]
    assert description_of(field) == f"{error} {row.spec.help}"
    row.show_errors([])
    assert description_of(field) == row.spec.help  # the error went: only the help is read


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What is announced to screen readers (Qt's accessibility events, as they are sent)."""
    said: list[str] = []
    original = QAccessible.updateAccessibility

    def listen(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(listen))
    return said


def test_outcomes_and_errors_are_announced(
    qtbot: QtBot, window: MainWindow, announced: list[str]
) -> None:
    assert window.form is not None
    fill(window, Email="grace.hopper@example.com", First_Name="Grace")
    send_and_wait(qtbot, window)
    assert any("Grace" in said for said in announced), announced
    announced.clear()
    window.form.rows["Company Size"].show_errors(["The Company Size must be a number."])
    assert any("Company size" in said for said in announced), announced


def test_the_kiosks_thanks_and_countdown_are_announced(
    qtbot: QtBot, paths: AppPaths, file_keyring: Any, announced: list[str]
) -> None:
    practice = start_practice()
    context = build_context(paths, practice=practice, credentials=CredentialStore(file_keyring))
    kiosk = KioskWindow(
        context, practice.profiles[0], practice.region, hash_pin("2468"), warn_ticks=3, tick_ms=30
    )
    qtbot.addWidget(kiosk)
    with qtbot.waitSignal(kiosk.started, timeout=HANG_MS):
        kiosk.show_kiosk()
    try:
        kiosk.form.rows["Email"].editor.set_value("rosa.diaz@example.com")
        kiosk.form.rows["First Name"].editor.set_value("Rosa")
        kiosk.form.try_send()
        assert "Thank you, Rosa — you’re all set." in announced
        kiosk.idle.set_idle_ms(30)
        with qtbot.waitSignal(kiosk.idle.expired, timeout=HANG_MS):
            kiosk.idle.touch()
        countdowns = [said for said in announced if said.startswith("Still there?")]
        assert countdowns == ["Still there? The form clears in 3 s."]  # once, not each second
    finally:
        kiosk.confirm_close = False
        kiosk.close()
