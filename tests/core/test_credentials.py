"""Secrets go to a real (file-backed) keyring, or stay in memory; never anywhere else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest

from cg_desktop.core.credentials import (
    NO_KEYRING_TEXT,
    CredentialError,
    CredentialStore,
    client_service,
)

SECRET = "s3cr3t-value-that-must-not-leak"


def test_save_and_read_back_through_a_file_keyring(file_keyring: Any, tmp_path: Path) -> None:
    store = CredentialStore(file_keyring)
    assert store.status().secure
    store.save(client_service("eu"), "client-1", SECRET)
    # A fresh store on the same keyring file reads it: it really went to the keyring.
    from keyrings.alt.file import PlaintextKeyring

    reopened = PlaintextKeyring()
    reopened.file_path = file_keyring.file_path
    assert CredentialStore(reopened).secret("cg-desktop:eu", "client-1") == SECRET
    # Regions are separate services.
    assert store.secret(client_service("us"), "client-1") is None


def test_delete_forgets_and_deleting_twice_is_fine(file_keyring: Any) -> None:
    store = CredentialStore(file_keyring)
    store.save(client_service("au"), "c", SECRET)
    store.delete(client_service("au"), "c")
    store.delete(client_service("au"), "c")
    assert store.secret(client_service("au"), "c") is None


@pytest.mark.parametrize(
    "backend",
    [
        keyring.backends.fail.Keyring(),
        keyring.backends.null.Keyring(),
        type("EmptyChainer", (keyring.backends.chainer.ChainerBackend,), {"backends": []})(),
    ],
    ids=["fail", "null", "empty-chainer"],  # the chainer found nothing, as on CI
)
def test_no_secure_backend_is_said_plainly_and_session_only_works(backend: Any) -> None:
    store = CredentialStore(backend)
    status = store.status()
    assert not status.secure
    assert status.explanation == NO_KEYRING_TEXT
    assert "session only" in NO_KEYRING_TEXT
    with pytest.raises(CredentialError, match="no secure password store"):
        store.save(client_service("eu"), "c", SECRET)
    store.keep_for_session(client_service("eu"), "c", SECRET)
    assert store.secret(client_service("eu"), "c") == SECRET
    # A new store (the next session) has forgotten it.
    assert CredentialStore(backend).secret(client_service("eu"), "c") is None


def test_auto_detected_plaintext_backend_is_not_trusted(monkeypatch: pytest.MonkeyPatch) -> None:
    # keyrings.alt is installed for tests, so keyring's own default here is its plaintext
    # file: cg-desktop must refuse to write a secret there on its own accord.
    import keyring as keyring_module
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.setattr(keyring_module, "get_keyring", lambda: PlaintextKeyring())
    assert not CredentialStore().status().secure


def test_a_locked_keyring_gives_a_sentence_without_the_secret(file_keyring: Any) -> None:
    from keyring.errors import KeyringLocked

    class Locked(type(file_keyring)):  # type: ignore[misc]
        def set_password(self, service: str, username: str, password: str) -> None:
            raise KeyringLocked(f"locked while storing {password}")

    backend = Locked()
    backend.file_path = file_keyring.file_path
    with pytest.raises(CredentialError) as caught:
        CredentialStore(backend).save(client_service("eu"), "c", SECRET)
    assert "unlock it" in str(caught.value)
    assert SECRET not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_the_secret_never_reaches_a_file_of_ours(tmp_path: Path) -> None:
    # With no secure keyring, a session-only secret stays in memory.
    store = CredentialStore(keyring.backends.fail.Keyring())
    store.keep_for_session(client_service("eu"), "c", SECRET)
    assert SECRET not in repr(store)
    assert not any(SECRET.encode() in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
