"""The credentials dialog with a real file-backed keyring, and with no secure keyring at all."""

from __future__ import annotations

from typing import Any

import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS

from cg_desktop.core.api.regions import region, sandbox_region
from cg_desktop.core.api.sign_in_check import NOT_ACCEPTED, SIGNED_IN
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


def test_test_connection_talks_only_about_signing_in(
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
    assert dialog.test_result.text().startswith("Signing in to")
    assert dialog.test_button.text() == "Cancel &test"
    qtbot.waitUntil(lambda: dialog.test_result.text() == SIGNED_IN, timeout=HANG_MS)
    assert dialog.test_button.text() == "&Test connection"
    dialog.secret.setText("wrong")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_result.text() == NOT_ACCEPTED, timeout=HANG_MS)
    assert sandbox.tokens_issued == 1
    sandbox.stop()  # and now CustomerGauge can't be reached
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("✘ Can't"), timeout=HANG_MS)
    assert "Saved" not in dialog.test_result.text()  # nothing is being sent here


def test_the_result_has_its_own_row_and_the_dialog_grows_to_show_it(
    qtbot: QtBot, file_keyring: Any
) -> None:
    dialog = dialog_for(qtbot, CredentialStore(file_keyring), client_id="a", secret="b")
    qtbot.waitExposed(dialog, timeout=HANG_MS)
    dialog._say("✘ Can't sign in now: " + "a long reason from far away " * 12)
    result, button = dialog.test_result, dialog.test_button
    qtbot.waitUntil(lambda: result.height() >= result.heightForWidth(result.width()))
    below_button = button.mapTo(dialog, button.rect().bottomLeft()).y()
    assert result.mapTo(dialog, result.rect().topLeft()).y() > below_button  # no overlap
    assert result.mapTo(dialog, result.rect().bottomLeft()).y() <= dialog.height()


def test_a_test_that_hangs_can_be_cancelled_at_once(
    qtbot: QtBot, file_keyring: Any, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cg_desktop.core.api import deadline

    held = sandbox.hold_next_answer(endpoint="token")
    dialog = dialog_for(
        qtbot,
        CredentialStore(file_keyring),
        region=sandbox_region(sandbox.base_url),
        client_id="sandbox-client",
        secret="sandbox-secret",
    )
    ended: list[int] = []
    end_in = deadline.end_attempts_in
    monkeypatch.setattr(deadline, "end_attempts_in", lambda t: ended.append(end_in(t)) or 0)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: held.arrived, timeout=HANG_MS)
    dialog.test_button.click()  # now "Cancel test"
    assert dialog.test_result.text() == "Test cancelled."
    assert ended == [1]  # the request in flight was ended (its deadline expired)
    dialog.reject()  # and the dialog closes while the answer is still held back
    assert dialog.result() == CredentialsDialog.DialogCode.Rejected
    held.release()
