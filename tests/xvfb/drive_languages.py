"""`cg-desktop --sandbox` in a real window in another language: screenshots, and every
label and button checked for text cut off (its needed size against its size).

Run by tests/xvfb/test_languages.py as its own process (QT_QPA_PLATFORM=xcb, DISPLAY set):
    python drive_languages.py LANGUAGE DATA_DIR SCREENSHOT_DIR
LANGUAGE is "en", a shipped one ("nl") or "pseudo" (every string ~40 % longer, accented: built
from the Dutch file's strings). Writes SCREENSHOT_DIR/lang-LANGUAGE-*.png and
lang-LANGUAGE-clipped.json (the cut-off texts: none, when all is well).
"""

from __future__ import annotations

import json
import sys
import tempfile
import traceback
from pathlib import Path

from drive_real_window import shoot, shoot_dialog, type_into, wait_for
from pseudo import build_pseudo_qm
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QPushButton, QWidget

from cg_desktop.app import main
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.settings import Settings, save_settings
from cg_desktop.ui import language
from cg_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
failures: list[str] = []
clipped: list[str] = []


def _shown_text(widget: QWidget) -> str:
    """The text a label or button shows (mnemonic ampersands left out)."""
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def find_clipped(root: QWidget, where: str) -> None:
    """Note every visible label or button whose text needs more room than it has."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not _shown_text(widget).strip():
            continue
        name = f"{where}: {type(widget).__name__} “{_shown_text(widget)[:60]}”"
        if isinstance(widget, QLabel):
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    clipped.append(f"{name} needs {needed} px high, has {widget.height()}")
            elif widget.sizeHint().width() > widget.width() + 1:
                clipped.append(
                    f"{name} needs {widget.sizeHint().width()} px wide, has {widget.width()}"
                )
        elif (
            isinstance(widget, QPushButton | QCheckBox)
            and widget.sizeHint().width() > widget.width() + 1
        ):
            clipped.append(
                f"{name} needs {widget.sizeHint().width()} px wide, has {widget.width()}"
            )


def check_dialog(shots: Path, name: str, open_dialog: object) -> None:
    """Open a dialog, look for cut-off text in it, take its picture, close it."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, look)
            return
        QApplication.processEvents()
        find_clipped(dialog, name)

    QTimer.singleShot(0, look)
    shoot_dialog(shots, name, open_dialog)  # type: ignore[arg-type]


def tour(window: MainWindow, lang: str, shots: Path) -> None:
    """The form with an error under a field, the File menu, Settings, the history."""
    try:
        window.activateWindow()
        form = window.form
        assert form is not None
        wait_for(lambda: window.is_started)
        email = form.rows["Email"].editor.focusProxy()
        type_into(email, "ann@")
        QTest.keyClick(email, Qt.Key.Key_Tab)  # leaving the field shows its error
        wait_for(lambda: bool(form.rows["Email"].errors()))
        type_into(form.rows["First Name"].editor.focusProxy(), "Ann")
        QApplication.processEvents()
        find_clipped(window, "window")
        shoot(window, shots, f"lang-{lang}-form")
        # The first menu (File), by its mnemonic in this language (Alt+B: &Bestand).
        title = window.menuBar().actions()[0].text()
        letter = title[title.index("&") + 1]
        QTest.keyClick(window, letter.lower(), Qt.KeyboardModifier.AltModifier)
        wait_for(lambda: QApplication.activePopupWidget() is not None)
        shoot(window, shots, f"lang-{lang}-menu")
        QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
        wait_for(lambda: QApplication.activePopupWidget() is None)
        check_dialog(shots, f"lang-{lang}-settings", window.menu_actions["settings"].trigger)
        check_dialog(shots, f"lang-{lang}-about", window.menu_actions["about"].trigger)
        window.tabs.setCurrentWidget(window.work.history)
        QApplication.processEvents()
        find_clipped(window, "history")
        shoot(window, shots, f"lang-{lang}-history")
    except BaseException:
        failures.append(traceback.format_exc())
    finally:
        window.confirm_close = False
        window.close()
        QTimer.singleShot(0, QApplication.quit)


if __name__ == "__main__":
    lang, data_dir, shots = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    shots.mkdir(parents=True, exist_ok=True)
    # The language is the one chosen in Settings → Language (used from the next start).
    chosen = "en" if lang == "en" else "nl"
    save_settings(Settings(language=chosen), AppPaths.under(data_dir).settings_file)
    if lang == "pseudo":
        work = Path(tempfile.mkdtemp())
        qm = build_pseudo_qm(ROOT / "resources" / "translations" / "cg_desktop_nl.ts", work)
        # The app's own file lookup, pointed at the pseudo-translation (Qt's own buttons
        # stay Dutch).
        language.translation_file = lambda _language: str(qm)  # type: ignore[assignment]
    code = main(["--sandbox", "--data-dir", str(data_dir)], on_ready=lambda w: tour(w, lang, shots))
    (shots / f"lang-{lang}-clipped.json").write_text(json.dumps(clipped, indent=1), "utf-8")
    if failures:
        print(failures[0], file=sys.stderr)
        sys.exit(1)
    print(json.dumps(clipped, indent=1, ensure_ascii=False))
    sys.exit(code)
