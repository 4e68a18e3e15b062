"""Readable in a light and in a dark scheme: every text colour has WCAG AA contrast (4.5:1)
with what it is written on, computed from the palette the app runs with."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cg_desktop.ui.colours import DARK, LIGHT, Colours, colours, contrast
from cg_desktop.ui.form.banner import Banner, Tone

AA = 4.5


def dark_palette() -> QPalette:
    """A dark scheme's palette, as a system in dark mode gives the app."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#f0f0f0"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#f0f0f0"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#f0f0f0"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in a light, then in a dark scheme (its palette put back after)."""
    kept = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield str(request.param)
    qapp.setPalette(kept)


def test_the_schemes_colours_follow_the_palette(scheme: str) -> None:
    assert colours() is (DARK if scheme == "dark" else LIGHT)


def test_text_on_the_window_meets_aa_in_the_palette_the_app_runs_with(
    scheme: str, qapp: QApplication
) -> None:
    window = qapp.palette().color(QPalette.ColorRole.Window).name()
    chosen = colours()
    for name in ("error", "secondary", "caution", "fine"):
        ratio = contrast(getattr(chosen, name), window)
        assert ratio >= AA, f"{scheme} {name}: {ratio:.2f}:1 on {window}"


@pytest.mark.parametrize("chosen", [LIGHT, DARK], ids=["light", "dark"])
def test_banner_and_kiosk_tones_meet_aa(chosen: Colours) -> None:
    for name in ("success", "info", "warning", "error"):
        tone = chosen.tone(name)
        ratio = contrast(tone.text, tone.background)
        assert ratio >= AA, f"{name}: {ratio:.2f}:1"
    for name in ("error", "secondary", "caution", "fine"):
        assert contrast(getattr(chosen, name), chosen.window) >= AA, name
    assert contrast("#202124", "#fbbc04") >= AA  # the practice ribbon and the kiosk's mark


def test_a_banner_shown_in_the_dark_is_drawn_in_the_dark_colours(scheme: str, qtbot: QtBot) -> None:
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message(Tone.ERROR, "Not sent: the Email address is not complete.")
    expected = (DARK if scheme == "dark" else LIGHT).danger.background
    assert expected in banner.styleSheet()


def test_contrast_is_wcags() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
