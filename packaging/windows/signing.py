"""Authenticode signing with signtool, when the environment holds a certificate.

The certificate comes as WINDOWS_CERT_PFX_BASE64 (the .pfx, base64: CI secrets are text)
and WINDOWS_CERT_PASSWORD. Without them nothing is signed, and a line says so.

Run as a script it signs one file; Inno Setup's compiler calls it that way (its SignTool)
for the uninstaller it embeds and for the setup exe, with the .pfx already on disk:
    python packaging/windows/signing.py FILE
"""

from __future__ import annotations

import base64
import binascii
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

PFX_VARIABLE = "WINDOWS_CERT_PFX_BASE64"
PASSWORD_VARIABLE = "WINDOWS_CERT_PASSWORD"
TIMESTAMP_VARIABLE = "WINDOWS_TIMESTAMP_URL"
SIGNTOOL_VARIABLE = "SIGNTOOL"
# Where package.py leaves the decoded .pfx for the duration of one build (never a secret
# itself: the file is deleted after, and it is useless without the password).
PFX_FILE_VARIABLE = "CG_SIGN_PFX_FILE"
# An RFC 3161 server: the signature stays valid after the certificate expires.
DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"
# signtool comes with the Windows SDK, which is not on PATH (also not on CI's runners).
WINDOWS_KITS = Path(r"C:\Program Files (x86)\Windows Kits\10\bin")


@dataclass(frozen=True)
class SigningPlan:
    """Sign with this certificate; repr never shows the certificate or its password."""

    pfx_base64: str = field(repr=False)
    password: str = field(repr=False)
    timestamp_url: str


@dataclass(frozen=True)
class Skip:
    """Don't sign, and why (a line for the build log)."""

    reason: str


class SigningError(Exception):
    """Signing was configured but can't be done; the message says what to fix."""


def signing_plan(env: Mapping[str, str]) -> SigningPlan | Skip:
    """Whether to sign: only when the environment provides a certificate (empty = absent)."""
    # CI passes secrets a fork doesn't have as empty strings, so empty counts as absent.
    pfx = env.get(PFX_VARIABLE, "").strip()
    if not pfx:
        return Skip(
            f"signing: skipped (no {PFX_VARIABLE} in the environment); "
            "the installer is unsigned and Windows SmartScreen will warn"
        )
    timestamp_url = env.get(TIMESTAMP_VARIABLE, "").strip() or DEFAULT_TIMESTAMP_URL
    return SigningPlan(pfx, env.get(PASSWORD_VARIABLE, ""), timestamp_url)


def pfx_bytes(plan: SigningPlan) -> bytes:
    """The certificate file's bytes, decoded from the plan's base64."""
    try:
        # Secrets pasted into a CI form often carry line breaks; they aren't base64.
        return base64.b64decode("".join(plan.pfx_base64.split()), validate=True)
    except binascii.Error:
        # The text itself is never shown: it is the certificate.
        raise SigningError(f"{PFX_VARIABLE} is not valid base64 (encode the .pfx file)") from None


def signtool_command(
    signtool: Path, pfx: Path, password: str, timestamp_url: str, target: Path
) -> list[str]:
    """The signtool call signing `target` with SHA-256 and an RFC 3161 timestamp."""
    command = [str(signtool), "sign", "/fd", "SHA256", "/tr", timestamp_url, "/td", "SHA256"]
    command += ["/f", str(pfx)]
    if password:  # a .pfx may have no password; "/p" with nothing after it is an error
        command += ["/p", password]
    return [*command, str(target)]


def scrubbed(text: str, secrets: Sequence[str]) -> str:
    """`text` with every secret in it replaced by ***, for a log."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def shown(command: Sequence[str], secrets: Sequence[str]) -> str:
    """`command` as one line for a log, with every secret replaced by ***."""
    return scrubbed(subprocess.list2cmdline(list(command)), secrets)


def find_signtool(
    env: Mapping[str, str],
    which: Callable[[str], str | None] = shutil.which,
    kits: Path = WINDOWS_KITS,
) -> Path | None:
    """signtool.exe: $SIGNTOOL, on PATH, or the newest x64 one of the Windows 10/11 SDK."""
    if env.get(SIGNTOOL_VARIABLE):
        return Path(env[SIGNTOOL_VARIABLE])
    found = which("signtool")
    if found:
        return Path(found)

    def sdk_version(path: Path) -> tuple[int, ...]:
        # bin\10.0.22621.0\x64\signtool.exe: compare the SDK versions as numbers.
        return tuple(int(part) for part in path.parent.parent.name.split(".") if part.isdigit())

    candidates = sorted(kits.glob("*/x64/signtool.exe"), key=sdk_version)
    return candidates[-1] if candidates else None


@contextmanager
def pfx_on_disk(plan: SigningPlan) -> Iterator[Path]:
    """The certificate in a private temporary file, deleted however the block ends."""
    folder = Path(tempfile.mkdtemp(prefix="cg-sign-"))
    path = folder / "certificate.pfx"
    try:
        path.write_bytes(pfx_bytes(plan))
        yield path
    finally:
        path.unlink(missing_ok=True)
        folder.rmdir()


def sign(plan: SigningPlan, pfx: Path, target: Path, env: Mapping[str, str]) -> None:
    """Sign `target` with signtool; raises SigningError with signtool's output on failure."""
    signtool = find_signtool(env)
    if signtool is None:
        raise SigningError(
            "signtool.exe not found: install the Windows SDK's signing tools, "
            f"or set {SIGNTOOL_VARIABLE} to its path"
        )
    command = signtool_command(signtool, pfx, plan.password, plan.timestamp_url, target)
    print(f"signing: {target.name}", flush=True)
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = scrubbed(result.stdout + result.stderr, [plan.password])
        raise SigningError(
            f"signtool failed on {target.name} (exit {result.returncode}): "
            f"{shown(command, [plan.password])}\n{output}"
        )


def main(argv: list[str] | None = None) -> int:
    """Sign the one file named on the command line (Inno Setup's SignTool calls this)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: signing.py FILE", file=sys.stderr)
        return 2
    plan = signing_plan(os.environ)
    pfx = os.environ.get(PFX_FILE_VARIABLE, "")
    if isinstance(plan, Skip) or not pfx:
        print(f"signing: no certificate handed over in {PFX_FILE_VARIABLE}", file=sys.stderr)
        return 1
    try:
        sign(plan, Path(pfx), Path(args[0]), os.environ)
    except SigningError as error:
        print(f"signing: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
