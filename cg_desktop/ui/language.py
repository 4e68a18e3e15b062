"""Putting a language in place: cg-desktop's own translations and Qt's (for its standard
buttons and dialogs), and the locale that dates and numbers are shown in."""

from __future__ import annotations

import logging
from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cg_desktop.core.languages import ENGLISH

log = logging.getLogger(__name__)


def translation_file(language: str) -> str:
    """Where cg-desktop's compiled translation for `language` is (it may not exist)."""
    return str(files("cg_desktop.resources") / "translations" / f"cg_desktop_{language}.qm")


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Speak `language` from now on; the translators, which must be kept while in use.

    English needs no translation. A missing file is logged and English is shown instead:
    a person can still work.
    """
    # The computer's own locale when it speaks this language (en_GB writes 3/6/2024 day
    # first; QLocale("en") would be American): only the language is the app's choice.
    system = QLocale.system()
    chosen = QLocale(language)
    QLocale.setDefault(system if system.language() == chosen.language() else chosen)
    if language == ENGLISH:
        return []
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (translation_file(language), ""),
        (f"qtbase_{language}", qt_folder),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder) if folder else translator.load(name):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("no translation %s for %s", name, language)
    return installed
