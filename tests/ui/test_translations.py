"""The languages: every shipped .ts file is in step with the code and fully translated, its
.qm compiled from it; the language is chosen from Settings or the computer's; and a kiosk
started in Dutch greets its visitors in Dutch (Qt's own buttons too)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from cg_desktop.core.credentials import CredentialStore
from cg_desktop.core.kiosk.pin import hash_pin
from cg_desktop.core.languages import LANGUAGES, language_for
from cg_desktop.core.paths import AppPaths
from cg_desktop.ui.context import build_context
from cg_desktop.ui.kiosk.window import KioskWindow
from cg_desktop.ui.language import install_language
from cg_desktop.ui.main_window import MainWindow
from cg_desktop.ui.practice.session import start_practice

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402  (a packaging script, not a package)


def test_every_shipped_translation_is_complete_and_in_step_with_the_code() -> None:
    assert update_translations.problems() == []
    assert set(update_translations.SHIPPED) == set(LANGUAGES) - {"en"}


@pytest.mark.parametrize(
    ("chosen", "preferred", "used"),
    [
        (None, ["nl-NL", "en-GB"], "nl"),
        (None, ["pt-BR"], "pt_BR"),
        (None, ["pt-PT"], "pt_BR"),  # the nearest there is
        (None, ["ja-JP", "de-AT"], "de"),  # the first the app speaks
        (None, ["ja-JP"], "en"),
        ("fr", ["nl-NL"], "fr"),  # Settings win
        ("xx", ["es-MX"], "es"),  # a language no longer shipped: the computer's
    ],
)
def test_the_language_is_settings_else_the_computers(
    chosen: str | None, preferred: list[str], used: str
) -> None:
    assert language_for(chosen, preferred) == used


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    """The app speaking Dutch (put back to English after)."""
    installed = install_language(qapp, "nl")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))


def test_a_kiosk_greets_thanks_and_warns_in_dutch(
    dutch: None, qtbot: QtBot, paths: AppPaths, file_keyring: Any
) -> None:
    practice = start_practice()
    context = build_context(paths, practice=practice, credentials=CredentialStore(file_keyring))
    kiosk = KioskWindow(context, practice.profiles[0], practice.region, hash_pin("2468"))
    qtbot.addWidget(kiosk)
    with qtbot.waitSignal(kiosk.started, timeout=30_000):
        kiosk.show_kiosk()
    try:
        assert kiosk.welcome.text() == "Welkom! Vul uw gegevens in en druk op Enter."
        assert kiosk.form.send_button.text() == "Versturen"
        kiosk.form.rows["Email"].editor.set_value("ruud@example.nl")
        kiosk.form.rows["First Name"].editor.set_value("Ruud")
        kiosk.form.try_send()
        assert kiosk.thanks.text() == "Bedankt, Ruud — u bent helemaal klaar."
        kiosk.notice.warn(10)
        assert (
            kiosk.warning.text.text() == "Bent u er nog? Het formulier wordt over 10 s leeggemaakt."
        )
        assert kiosk.warning.still_here.text() == "Ik ben er nog"
        assert QLocale().name() == "nl_NL"  # dates and numbers shown the Dutch way
    finally:
        kiosk.confirm_close = False
        kiosk.close()


def test_qts_own_buttons_come_in_the_language_too(dutch: None, qtbot: QtBot) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text().replace("&", "") == "Annuleren"


def test_settings_offer_every_language_and_the_computers(qtbot: QtBot) -> None:
    from cg_desktop.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(30, "de")
    qtbot.addWidget(dialog)
    offered = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert offered == ["The computer's language", *LANGUAGES.values()]
    assert dialog.language() == "de"
    dialog.language_combo.setCurrentIndex(0)
    assert dialog.language() is None


def test_every_translation_keeps_the_placeholders_of_its_source() -> None:
    """A translated "{name}" must still be "{name}", or the visitor reads braces (or the
    app fails to fill them in)."""
    import re
    from xml.etree import ElementTree

    wrong = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if set(re.findall(r"\{\w+\}", source)) != set(re.findall(r"\{\w+\}", translation)):
                wrong.append(f"{ts.name}: {source!r} → {translation!r}")
    assert wrong == []


def test_check_this_computer_speaks_dutch_and_copies_english_for_support(
    dutch: None, qtbot: QtBot, window: MainWindow
) -> None:
    # Through the window, as a person opens it (Help → Check this computer…): the dialog
    # is shown and closed the way the window does it.
    window.menu_actions["check"].trigger()
    dialog = window.readiness
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.finished_checking, timeout=30_000)
    shown = dialog.text.toPlainText()
    assert "Sleutelbos: " in shown and "Aanmelden: aangemeld als sandbox-client in " in shown
    assert "Beveiligde verbinding: niet gebruikt (oefenmodus: op deze computer)" in shown
    assert "Wachtende records: niets wacht" in shown
    for english in ("Keyring:", "Signing in", "signed in as", "practice mode", "loads"):
        assert english not in shown
    # The report copied for support stays in English (what support reads).
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "Signing in: signed in as sandbox-client" in copied and "Sleutelbos" not in copied
    dialog.close()
    qtbot.waitUntil(lambda: window.readiness is None, timeout=30_000)


def test_the_profile_editor_lists_its_findings_and_type_names_in_dutch(
    dutch: None, qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from cg_desktop.core.profiles.draft import FieldDraft
    from cg_desktop.core.profiles.library import ProfileLibrary
    from cg_desktop.ui.dialogs.profile_editor import ProfileEditor
    from cg_desktop.ui.dialogs.profile_fields import TYPE

    editor = ProfileEditor(ProfileLibrary(paths.profiles_dir))
    qtbot.addWidget(editor)
    fields = [FieldDraft("First Name"), FieldDraft("Visit Date", type="date", default="30/06")]
    editor.start_new("surveys", fields)  # no Email or Phone, and a date the server refuses
    shown = [text for _severity, text in editor.findings_list.lines()]
    assert shown == [
        "Geef het profiel een naam die mensen herkennen.",
        "Plak de referentie van de mapping (CustomerGauge: Data → Rest APIs → Inbound Mapping, "
        "kolom Reference).",
        "Een Surveys-profiel heeft een veld met de sleutel “Email” of “Phone” nodig: dat bepaalt "
        "wie de enquête krijgt.",
        "Veld 2 (Visit Date): CustomerGauge zou “30/06” weigeren: gebruik een datum zoals "
        "2024-06-30 (of 2024-06-30 14:30:00).",
    ]
    assert [editor.fields_table.item(row, TYPE).text() for row in (0, 1)] == ["Tekst", "Datum"]
    # What is kept is the code, never the Dutch word.
    assert [spec.type for spec in editor.draft.fields] == ["text", "date"]
    assert editor.findings[0].text == "Give the profile a name people will recognise."
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)
    editor.close()
