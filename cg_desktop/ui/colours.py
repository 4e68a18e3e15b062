"""The app's colours, for a light and for a dark system scheme, each pair readable: every
text colour has at least WCAG AA contrast (4.5:1) with what it is written on.

Which set applies follows the palette the system gives the app (a dark window: the dark
set), read when a widget is built or a message shown. State is never told by colour
alone: every message also has an icon and words (banner.py, field_row.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class ToneColours:
    """A message box's colours: its text, its background, its border."""

    text: str
    background: str
    border: str

    def style(self) -> str:
        """As a style sheet's declarations."""
        return f"background:{self.background}; border:1px solid {self.border}; color:{self.text};"


@dataclass(frozen=True)
class Colours:
    """One scheme's colours."""

    error: str  # error text, on the window's background
    secondary: str  # hints, counters, notes
    caution: str  # a warning's text
    fine: str  # "all good" text
    success: ToneColours
    info: ToneColours
    warning: ToneColours
    danger: ToneColours
    window: str  # the background the text colours were checked against

    def tone(self, name: str) -> ToneColours:
        """The colours of a banner's tone: success, info, warning or error."""
        return {
            "success": self.success,
            "info": self.info,
            "warning": self.warning,
            "error": self.danger,
        }[name]


LIGHT = Colours(
    error="#b3261e",
    secondary="#5f6368",
    caution="#8a5300",
    fine="#137333",
    success=ToneColours("#0d3b1e", "#e6f4ea", "#34a853"),
    info=ToneColours("#0b2a5b", "#e8f0fe", "#4285f4"),
    warning=ToneColours("#4a3300", "#fef7e0", "#f9ab00"),
    danger=ToneColours("#5c0b06", "#fce8e6", "#d93025"),
    window="#efefef",
)
DARK = Colours(
    error="#f2b8b5",
    secondary="#bdc1c6",
    caution="#fdd663",
    fine="#81c995",
    success=ToneColours("#c4eed0", "#0f3d1f", "#34a853"),
    info=ToneColours("#d2e3fc", "#12284a", "#8ab4f8"),
    warning=ToneColours("#feefc3", "#3d2e00", "#f9ab00"),
    danger=ToneColours("#fad2cf", "#4a1410", "#f28b82"),
    window="#2b2b2b",
)


def is_dark(palette: QPalette) -> bool:
    """Whether a palette is a dark scheme's (light text on a dark window)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours() -> Colours:
    """The set for the scheme the app runs in now."""
    return DARK if is_dark(QGuiApplication.palette()) else LIGHT


def contrast(foreground: str, background: str) -> float:
    """WCAG 2's contrast ratio of two colours (1 to 21)."""

    def luminance(colour: str) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        c = QColor(colour)
        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
