"""Where the window opens: where it was last time, and always inside the screen it is on."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = (980, 720)
# Room for the title bar and borders the window manager adds around the window.
FRAME_ALLOWANCE = (16, 48)


def place_window(window: QWidget, saved: str) -> None:
    """Restore the saved size and place (Qt's state, base64); then fit the screen's free area.

    At 150 % scale a 1280×800 screen has 853×533 points: the default size would put Send
    below the bottom edge, so the window shrinks (the form scrolls) and moves inside.
    """
    restored = bool(saved) and window.restoreGeometry(QByteArray.fromBase64(saved.encode()))
    if not restored:
        window.resize(*DEFAULT_SIZE)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    width = min(window.width(), free.width() - FRAME_ALLOWANCE[0])
    height = min(window.height(), free.height() - FRAME_ALLOWANCE[1])
    window.resize(max(width, 1), max(height, 1))
    frame = QRect(window.pos(), window.size()).adjusted(0, 0, *FRAME_ALLOWANCE)
    if not restored or not free.contains(frame):
        centre = free.center()
        window.move(
            centre.x() - window.width() // 2, max(free.top(), centre.y() - frame.height() // 2)
        )


def saved_geometry(window: QWidget) -> str:
    """The window's size and place, to restore next time (base64 text for the settings)."""
    return bytes(window.saveGeometry().toBase64().data()).decode("ascii")


def app_icon() -> QIcon:
    """The app's icon (resources/icons/cg-desktop.svg)."""
    from importlib.resources import files  # after the first paint, when the icon is set

    return QIcon(str(files("cg_desktop.resources") / "icons" / "cg-desktop.svg"))
