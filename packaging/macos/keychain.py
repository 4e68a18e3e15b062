"""A throwaway keychain holding the Developer ID certificate, for CI machines.

On a maintainer's Mac the identity is already in the login keychain. A CI runner has none:
there MACOS_CERT_P12_BASE64 (the .p12, base64) and MACOS_CERT_PASSWORD are imported into a
keychain of this build's own, searched while signing and deleted after.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import shlex
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path


class KeychainError(Exception):
    """The certificate could not be made available to codesign; the message says why."""


def keychain_list(output: str) -> list[str]:
    """The paths printed by `security list-keychains` (one quoted path a line)."""
    return [line.strip().strip('"') for line in output.splitlines() if line.strip()]


def setup_commands(keychain: Path, password: str, p12: Path, p12_password: str) -> list[list[str]]:
    """The `security` calls creating, unlocking and filling the keychain."""
    path = str(keychain)
    return [
        ["security", "create-keychain", "-p", password, path],
        # Locks after 6 hours, not the default 5 minutes: notarization waits can be long.
        ["security", "set-keychain-settings", "-lut", "21600", path],
        ["security", "unlock-keychain", "-p", password, path],
        ["security", "import", str(p12), "-k", path, "-P", p12_password, "-T", "/usr/bin/codesign"],
        # Without this, codesign stops at a "codesign wants to access key" prompt no one sees.
        [
            *["security", "set-key-partition-list", "-S", "apple-tool:,apple:,codesign:"],
            *["-s", "-k", password, path],
        ],
    ]


def search_list_command(keychains: Sequence[str]) -> list[str]:
    """The call setting the user's keychain search list (codesign looks only there)."""
    return ["security", "list-keychains", "-d", "user", "-s", *keychains]


def _security(command: list[str], secrets_in_it: Sequence[str]) -> str:
    """Run one `security` call; on failure raise with the command shown without secrets."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        shown = shlex.join(command)
        output = result.stdout + result.stderr
        for secret in secrets_in_it:
            if secret:
                shown = shown.replace(secret, "***")
                output = output.replace(secret, "***")
        raise KeychainError(f"{shown} failed (exit {result.returncode}): {output.strip()}")
    return result.stdout


@contextmanager
def temporary_keychain(p12_base64: str, p12_password: str) -> Iterator[Path]:
    """A keychain with the certificate imported, on the search list until the block ends."""
    try:
        p12_bytes = base64.b64decode("".join(p12_base64.split()), validate=True)
    except binascii.Error:
        raise KeychainError("MACOS_CERT_P12_BASE64 is not valid base64 (encode the .p12)") from None
    folder = Path(tempfile.mkdtemp(prefix="cg-keychain-"))
    keychain = folder / "cg-desktop-signing.keychain-db"
    p12 = folder / "certificate.p12"
    # Nobody ever types it: it only has to be unguessable while the keychain exists.
    password = secrets.token_hex(24)
    hidden = [password, p12_password]
    before = keychain_list(_security(["security", "list-keychains", "-d", "user"], hidden))
    created = False
    try:
        p12.write_bytes(p12_bytes)
        for command in setup_commands(keychain, password, p12, p12_password):
            _security(command, hidden)
            created = True
        p12.unlink()
        _security(search_list_command([str(keychain), *before]), hidden)
        yield keychain
    finally:
        p12.unlink(missing_ok=True)
        if created:
            _security(search_list_command(before), hidden)
            _security(["security", "delete-keychain", str(keychain)], hidden)
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()
