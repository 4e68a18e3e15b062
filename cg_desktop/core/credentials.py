"""Secrets in the OS keyring (one service per region), or for this session only; never a file.

`keyring` is imported lazily: finding its backend costs ~0.3 s (PITFALLS.md).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

APP_SERVICE = "cg-desktop"

# Backends that look like a keyring but don't keep a secret safely: they fail, drop the
# secret, or write it to a plain file. keyrings.alt's file backends become the default
# when that test-only package is installed, so they're refused unless a caller hands
# one in on purpose (the tests do, with its file in a temporary folder).
_NOT_STORING = ("keyring.backends.fail.", "keyring.backends.null.")
_PLAINTEXT = ("keyrings.alt.",)

NO_KEYRING_TEXT = (
    "This computer has no secure password store (keyring) that cg-desktop can use, so "
    "the Client Secret cannot be saved. You can keep it for this session only: you will "
    "be asked again next time you open cg-desktop."
)


@dataclass(frozen=True)
class ClientCredentials:
    """A Connected App's Client ID and Client Secret; the secret never shows in a repr."""

    client_id: str
    client_secret: str = field(repr=False)


class CredentialError(Exception):
    """Saving or reading a secret failed; the message is a sentence for a person."""


def client_service(lane: str) -> str:
    """The keyring service holding one lane's secrets: a region's Client Secrets
    ("cg-desktop:eu"), or one webhook's passwords ("cg-desktop:eu/hook/<id>")."""
    return f"{APP_SERVICE}:{lane}"


def _qualified(backend: Any) -> str:
    """The backend's module and class name, e.g. "keyring.backends.fail.Keyring"."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _usable(backend: Any, *, allow_plaintext: bool) -> list[Any]:
    """The backends inside `backend` (a chainer has several) that really keep secrets."""
    inner = getattr(backend, "backends", None)
    if inner is not None:  # keyring's ChainerBackend
        return [b for member in inner for b in _usable(member, allow_plaintext=allow_plaintext)]
    name = _qualified(backend)
    if name.startswith(_NOT_STORING):
        return []
    if name.startswith(_PLAINTEXT) and not allow_plaintext:
        return []
    return [backend]


@dataclass(frozen=True)
class KeyringStatus:
    """Whether secrets can be saved securely here, and the words to tell the user if not."""

    secure: bool
    backend_name: str
    explanation: str


class CredentialStore:
    """Saves and reads secrets through the OS keyring, with a session-only fallback."""

    def __init__(self, backend: Any | None = None) -> None:
        """`backend` is a keyring backend to use as given; None finds the OS's own lazily."""
        self._given = backend
        self._backend: Any | None = None
        self._resolved = False
        self._session: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"CredentialStore({self.status().backend_name})"

    def _resolve(self) -> Any | None:
        """The one backend secrets go to, or None when there is no secure one."""
        with self._lock:
            if not self._resolved:
                if self._given is not None:
                    usable = _usable(self._given, allow_plaintext=True)
                else:
                    import keyring

                    usable = _usable(keyring.get_keyring(), allow_plaintext=False)
                self._backend = usable[0] if usable else None
                self._resolved = True
            return self._backend

    def status(self) -> KeyringStatus:
        """Whether a secure keyring is there (the credentials dialog shows the words)."""
        backend = self._resolve()
        if backend is None:
            return KeyringStatus(False, "none", NO_KEYRING_TEXT)
        return KeyringStatus(True, _qualified(backend), "Saved in this computer's keyring.")

    def save(self, service: str, username: str, secret: str) -> None:
        """Put a secret in the keyring; raises CredentialError with plain words."""
        backend = self._resolve()
        if backend is None:
            raise CredentialError(NO_KEYRING_TEXT)
        from keyring.errors import KeyringError

        try:
            backend.set_password(service, username, secret)
        except KeyringError as exc:
            raise CredentialError(_keyring_failure("save", exc)) from None
        with self._lock:
            self._session.pop((service, username), None)

    def keep_for_session(self, service: str, username: str, secret: str) -> None:
        """Hold a secret in memory only, until the app closes."""
        with self._lock:
            self._session[(service, username)] = secret

    def secret(self, service: str, username: str) -> str | None:
        """The stored secret (session-only first, then the keyring), or None."""
        with self._lock:
            if (service, username) in self._session:
                return self._session[(service, username)]
        backend = self._resolve()
        if backend is None:
            return None
        from keyring.errors import KeyringError

        try:
            value = backend.get_password(service, username)
        except KeyringError as exc:
            raise CredentialError(_keyring_failure("read", exc)) from None
        return value if isinstance(value, str) else None

    def delete(self, service: str, username: str) -> None:
        """Forget a secret everywhere it is kept; forgetting a missing one is fine."""
        with self._lock:
            self._session.pop((service, username), None)
        backend = self._resolve()
        if backend is None:
            return
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            backend.delete_password(service, username)
        except PasswordDeleteError:
            pass
        except KeyringError as exc:
            raise CredentialError(_keyring_failure("delete", exc)) from None


def _keyring_failure(action: str, exc: Exception) -> str:
    """A sentence for a keyring that refused (locked, prompt denied); never the secret."""
    return (
        f"The computer's keyring did not let cg-desktop {action} the secret "
        f"({type(exc).__name__}). If it is locked, unlock it and try again."
    )
