"""Webhook profiles send from the window: through the outbox to the sandbox's Incoming
Webhook, signed in with the webhook's own user and password (real HTTP, real SQLite)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import HANG_MS, fill, send_and_wait

from cg_desktop.core.credentials import ClientCredentials, client_service
from cg_desktop.core.delivery import HookAccount
from cg_desktop.core.profiles.files import load_practice_profiles, save_profile
from cg_desktop.core.store.sends import Status
from cg_desktop.ui.dialogs.credentials import CredentialsDialog
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.main_window import MainWindow

HOOK_PROFILE = "Demo webhook (practice)"
HOOK_LANE = "sandbox/hook/demo-webhook"


def choose(window: MainWindow, name: str) -> None:
    assert window.choose_profile(name), name


def test_a_webhook_profile_sends_through_the_outbox_and_lands_in_history_delivered(
    qtbot: QtBot, window: MainWindow
) -> None:
    choose(window, HOOK_PROFILE)
    assert "Webhook user sandbox-hook (practice)" in window.status.text()
    fill(window, Email="wes@example.com", First_Name="Wes")
    send_and_wait(qtbot, window)
    assert window.form is not None and window.form.banner.tone is Tone.SUCCESS
    assert "Sent to Wes (wes@example.com)" in window.form.banner.text.text()
    (accepted,) = window.practice.sandbox.accepted
    # The webhook's way: HTTP Basic, the fields flat, no configuration or record wrapper.
    assert accepted.via == "hook" and accepted.record == {
        "Email": "wes@example.com",
        "First Name": "Wes",
    }
    (sent,) = window.work.store.page()
    assert (sent.status, sent.lane, sent.region) == (Status.DELIVERED, HOOK_LANE, "sandbox")
    history = window.work.history
    assert history.model.rowCount() == 1
    history.table.setCurrentIndex(history.model.index(0, 0))
    technical = history.technical.toPlainText()
    # What went out: the webhook's id and the flat fields, not a mapping and a wrapper.
    assert technical.startswith("Webhook:   demo-webhook\n")
    assert '"configuration"' not in technical and '"First Name": "Wes"' in technical


def test_the_duplicate_rule_holds_through_the_webhook_as_through_the_api(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill(window, Email="dee@example.com", First_Name="Dee")
    send_and_wait(qtbot, window)
    choose(window, HOOK_PROFILE)
    fill(window, Email="DEE@example.com", First_Name="Dee")
    send_and_wait(qtbot, window)
    assert [s.status for s in window.work.store.page()] == [Status.DUPLICATE, Status.DELIVERED]


def test_wrong_webhook_credentials_open_the_credentials_dialog_for_the_webhook(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, paths: Any
) -> None:
    window.practice.hooks["demo-webhook"] = ClientCredentials("sandbox-hook", "wrong-pw-5150")
    asked: list[tuple[str, str, str, bool]] = []

    def answer(dialog: CredentialsDialog) -> int:
        asked.append(
            (
                dialog.windowTitle(),
                dialog.reason.text(),
                dialog.client_id.text(),
                dialog.test_button.isVisibleTo(dialog),
            )
        )
        dialog.secret.setText("sandbox-hook-secret")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(CredentialsDialog, "exec", answer)
    choose(window, HOOK_PROFILE)
    fill(window, Email="val@example.com", First_Name="Val")
    send_and_wait(qtbot, window)  # the first attempt: not accepted
    qtbot.waitUntil(lambda: len(window.practice.sandbox.accepted) == 1, timeout=HANG_MS)
    qtbot.waitUntil(lambda: not window.work.sending.pending, timeout=HANG_MS)
    assert len(asked) == 1, asked
    ((title, reason, user, can_test),) = asked
    assert title.startswith("Webhook credentials")
    assert "did not accept the webhook's user or password" in reason
    assert user == "sandbox-hook" and not can_test  # no harmless test call for a webhook
    assert window.practice.hooks["demo-webhook"].client_secret == "sandbox-hook-secret"
    assert [s.status for s in window.work.store.page()] == [Status.DELIVERED]  # sent once
    # The wrong password went out in a header; it is nowhere on disk.
    for file in Path(paths.data_dir).rglob("*"):
        if file.is_file():
            assert b"wrong-pw-5150" not in file.read_bytes(), file


def test_a_desks_webhook_password_goes_to_the_keyring_under_its_own_service(
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    file_keyring: Any,
    paths: Any,
) -> None:
    hook = dataclasses.replace(
        load_practice_profiles()[2], name="Spring fair", region="eu", webhook_id="f00d"
    )
    paths.profiles_dir.mkdir(parents=True, exist_ok=True)
    save_profile(hook, paths.profiles_dir / "spring-fair.json")
    window = make_window(practice=False)
    window.load_profiles(prefer="Spring fair")
    assert window.current_profile() == hook
    assert window.status.text().startswith("Not signed in")

    def answer(dialog: CredentialsDialog) -> int:
        shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "Incoming Webhook https://hooks.eu.customergauge.com/f00d" in shown
        assert dialog.client_id.text() == "sandbox-hook"  # from the profile
        dialog.client_id.setText("fair-desk")
        dialog.secret.setText("hook-pw-8080")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(CredentialsDialog, "exec", answer)
    account = window.work.sign_in.ask()
    assert account == HookAccount(window.current_region(), "f00d", "fair-desk", "hook-pw-8080")
    assert file_keyring.get_password(client_service("eu/hook/f00d"), "fair-desk") == (
        "hook-pw-8080"
    )
    assert file_keyring.get_password(client_service("eu"), "fair-desk") is None
    assert window.context.settings.webhook_users == {"eu/hook/f00d": "fair-desk"}
    assert "hook-pw-8080" not in Path(paths.config_dir, "settings.json").read_text()
    assert "Webhook user fair-desk" in window.status.text()
    # The Records API of the same region is still not signed in: a separate lane.
    assert window.work.sign_in.for_lane("eu") is None
    assert window.work.sign_in.for_lane("eu/hook/f00d") == account


def test_a_webhook_profile_goes_by_its_webhook_whatever_region_is_chosen(
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    paths: Any,
) -> None:
    hook = dataclasses.replace(
        load_practice_profiles()[2], name="Spring fair", region="eu", webhook_id="f00d"
    )
    paths.profiles_dir.mkdir(parents=True, exist_ok=True)
    save_profile(hook, paths.profiles_dir / "spring-fair.json")
    window = make_window(practice=False)
    window.load_profiles(prefer="Spring fair")
    names = [window.region_combo.itemText(i) for i in range(window.region_combo.count())]
    window.region_combo.setCurrentIndex(names.index("United States"))
    assert window.work.sign_in.current_lane().name == "eu/hook/f00d"
    asked: list[str] = []

    def answer(dialog: CredentialsDialog) -> int:
        asked.append(dialog.windowTitle())
        return 0  # Cancel: the record waits

    monkeypatch.setattr(CredentialsDialog, "exec", answer)
    fill(window, Email="una@example.com", First_Name="Una")
    assert window.form is not None
    window.form.try_send()
    assert asked == ["Webhook credentials — Europe"]  # the webhook's, not a Client ID
    (sent,) = window.work.store.page()
    assert (sent.lane, sent.region, sent.status) == ("eu/hook/f00d", "eu", Status.QUEUED)


def test_refused_credentials_are_not_tried_again_until_a_person_gives_them(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.practice.hooks["demo-webhook"] = ClientCredentials("sandbox-hook", "wrong-pw-1")
    monkeypatch.setattr(CredentialsDialog, "exec", lambda dialog: 0)  # Cancel
    choose(window, HOOK_PROFILE)
    fill(window, Email="ola@example.com", First_Name="Ola")
    send_and_wait(qtbot, window)  # 401, the dialog, Cancel
    # Switching profiles offers the same credentials again: the webhook stays paused.
    choose(window, "Demo (practice)")
    choose(window, HOOK_PROFILE)
    fill(window, Email="pia@example.com", First_Name="Pia")
    assert window.form is not None
    window.form.try_send()
    qtbot.waitUntil(
        lambda: "It will be sent once" in window.form.banner.text.text(), timeout=HANG_MS
    )
    assert window.work.store.waiting() == 2 and window.practice.sandbox.accepted == []
    assert "webhook's user and password" in window.status.text()
    # The right password, given in the dialog: both go, once each.

    def right(dialog: CredentialsDialog) -> int:
        dialog.secret.setText("sandbox-hook-secret")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(CredentialsDialog, "exec", right)
    window.ask_credentials()
    qtbot.waitUntil(lambda: len(window.practice.sandbox.accepted) == 2, timeout=HANG_MS)
    assert sorted(a.record["Email"] for a in window.practice.sandbox.accepted) == [
        "ola@example.com",
        "pia@example.com",
    ]
