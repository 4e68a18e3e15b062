"""The menu bar: File, View and Help, with the keys a desktop app is expected to have."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar

Command = Callable[[], object]  # what a menu item runs (its result is ignored)


@dataclass(frozen=True)
class MenuCommands:
    """What each menu item does (the window's methods, or its parts', passed in)."""

    import_profile: Command
    export_history: Command
    credentials: Command
    settings: Command
    quit: Command
    show_form: Command
    show_history: Command
    fix_refused: Command
    help: Command
    about: Command
    export_profile: Command
    check_computer: Command
    profiles: Command  # File → Profiles…: the profile editor (not in practice mode)
    kiosk: Command  # File → Kiosk mode…: its settings, then the kiosk replaces the window
    leave_practice: Command | None = None  # only in practice mode


def build_menus(bar: QMenuBar, commands: MenuCommands) -> dict[str, QAction]:
    """Fill the menu bar; the actions by name (for tests and for enabling)."""
    actions: dict[str, QAction] = {}

    def add(menu_name: str, name: str, text: str, run: Command, keys: str = "") -> None:
        menu = menus[menu_name]
        action = menu.addAction(text)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: run())
        actions[name] = action

    menus = {
        "file": bar.addMenu(QCoreApplication.translate("Menus", "&File")),
        "view": bar.addMenu(QCoreApplication.translate("Menus", "&View")),
        "help": bar.addMenu(QCoreApplication.translate("Menus", "&Help")),
    }
    if commands.leave_practice is None:
        add(
            "file",
            "import",
            QCoreApplication.translate("Menus", "&Import profile…"),
            commands.import_profile,
        )
        add(
            "file", "profiles", QCoreApplication.translate("Menus", "Pr&ofiles…"), commands.profiles
        )
    # F2, not Ctrl+E: in a text field Ctrl+E is "end of line" and the shortcut never fires.
    add(
        "file",
        "fix",
        QCoreApplication.translate("Menus", "&Fix a refused record"),
        commands.fix_refused,
        "F2",
    )
    add(
        "file",
        "export",
        QCoreApplication.translate("Menus", "&Export history…"),
        commands.export_history,
    )
    add(
        "file",
        "export_profile",
        QCoreApplication.translate("Menus", "Export &profile…"),
        commands.export_profile,
    )
    menus["file"].addSeparator()
    add(
        "file",
        "credentials",
        QCoreApplication.translate("Menus", "&Credentials…"),
        commands.credentials,
    )
    add("file", "settings", QCoreApplication.translate("Menus", "Se&ttings…"), commands.settings)
    add("file", "kiosk", QCoreApplication.translate("Menus", "&Kiosk mode…"), commands.kiosk)
    menus["file"].addSeparator()
    if commands.leave_practice is not None:
        add(
            "file",
            "leave",
            QCoreApplication.translate("Menus", "&Leave practice mode"),
            commands.leave_practice,
        )
    add("file", "quit", QCoreApplication.translate("Menus", "&Quit"), commands.quit, "Ctrl+Q")
    add("view", "form", QCoreApplication.translate("Menus", "&Form"), commands.show_form, "Ctrl+1")
    add(
        "view",
        "history",
        QCoreApplication.translate("Menus", "&History"),
        commands.show_history,
        "Ctrl+2",
    )
    add(
        "help", "help", QCoreApplication.translate("Menus", "cg-desktop &Help"), commands.help, "F1"
    )
    add(
        "help",
        "check",
        QCoreApplication.translate("Menus", "&Check this computer…"),
        commands.check_computer,
    )
    add("help", "about", QCoreApplication.translate("Menus", "&About cg-desktop"), commands.about)
    return actions
