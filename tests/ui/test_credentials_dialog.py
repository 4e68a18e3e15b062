"""The credentials dialog with a real file-backed keyring, and with no secure keyring at all."""

from __future__ import annotations

from typing import Any

import keyring.backends.fail
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS

from cg_desktop.core.api.regions import region, sandbox_region
from cg_desktop.core.credentials import CredentialStore, client_service
from cg_desktop.sandbox import Sandbox
from cg_desktop.ui.dialogs.credentials import CredentialsDialog


def dialog_for(qtbot: QtBot, store: CredentialStore, **kw: Any) -> CredentialsDialog:
    target = kw.pop("region", region("eu"))
    dialog = CredentialsDialog(target, store, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_save_puts_the_secret_in_the_keyring(qtbot: QtBot, file_keyring: Any) -> None:
    store = CredentialStore(file_keyring)
    dialog = dialog_for(qtbot, store)
    assert dialog.no_keyring.isHidden() and dialog.session_only.isHidden()
    assert not dialog.save_button.isEnabled()
    dialog.client_id.setText("client-9")
    dialog.secret.setText("  top-secret  ")  # pasted with spaces
    assert dialog.secret.echoMode() is QLineEdit.EchoMode.Password
    dialog.save_button.click()
    assert dialog.result() == CredentialsDialog.DialogCode.Accepted
    assert store.secret(client_service("eu"), "client-9") == "top-secret"
    assert CredentialStore(file_keyring).secret(client_service("eu"), "client-9") == "top-secret"


def test_show_toggle_unmasks_the_secret(qtbot: QtBot, file_keyring: Any) -> None:
    dialog = dialog_for(qtbot, CredentialStore(file_keyring))
    dialog.show_secret.toggle()
    assert dialog.secret.echoMode() is QLineEdit.EchoMode.Normal
    dialog.show_secret.toggle()
    assert dialog.secret.echoMode() is QLineEdit.EchoMode.Password


def test_no_secure_keyring_says_so_and_keeps_for_this_session(qtbot: QtBot) -> None:
    store = CredentialStore(keyring.backends.fail.Keyring())
    dialog = dialog_for(qtbot, store)
    assert not dialog.no_keyring.isHidden()
    assert "no secure password store" in dialog.no_keyring.text()
    assert dialog.session_only.isChecked() and not dialog.session_only.isEnabled()
    assert dialog.save_button.text() == "Keep for this session"
    dialog.client_id.setText("client-1")
    dialog.secret.setText("s")
    dialog.save_button.click()
    assert dialog.result() == CredentialsDialog.DialogCode.Accepted
    assert store.secret(client_service("eu"), "client-1") == "s"


def test_test_connection_says_connected_or_the_plain_reason(
    qtbot: QtBot, file_keyring: Any, sandbox: Sandbox
) -> None:
    dialog = dialog_for(
        qtbot,
        CredentialStore(file_keyring),
        region=sandbox_region(sandbox.base_url),
        client_id="sandbox-client",
        secret="sandbox-secret",
    )
    dialog.test_button.click()
    assert dialog.test_result.text() == "Testing…"
    qtbot.waitUntil(lambda: dialog.test_result.text() != "Testing…", timeout=HANG_MS)
    assert dialog.test_result.text() == "✔ Connected"
    dialog.secret.setText("wrong")
    dialog.test_button.click()
    qtbot.waitUntil(
        lambda: dialog.test_result.text() not in ("Testing…", "✔ Connected"), timeout=HANG_MS
    )
    assert dialog.test_result.text() == (
        "✘ Client ID or Client Secret is not accepted by CustomerGauge (practice sandbox). "
        "Check them with the Credentials… button."
    )
    assert sandbox.tokens_issued == 1
