"""Developer ID signing of the .app: what to sign, in which order, with which command.

Signing is inside-out: every Mach-O file and nested bundle before what contains it, the
.app last, each with the hardened runtime and a secure timestamp (notarization wants both).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

IDENTITY_VARIABLE = "MACOS_SIGN_IDENTITY"
# For CI, where no keychain holds the certificate: the .p12 as base64, and its password.
P12_VARIABLE = "MACOS_CERT_P12_BASE64"
P12_PASSWORD_VARIABLE = "MACOS_CERT_PASSWORD"
ENTITLEMENTS = Path(__file__).resolve().parent / "entitlements.plist"

# Thin Mach-O (32/64-bit, either byte order) and universal ("fat") headers.
_THIN_MAGICS = {
    b"\xfe\xed\xfa\xce",
    b"\xce\xfa\xed\xfe",
    b"\xfe\xed\xfa\xcf",
    b"\xcf\xfa\xed\xfe",
}
_FAT_MAGICS = {b"\xca\xfe\xba\xbe", b"\xca\xfe\xba\xbf"}
# Directories codesign treats as bundles of their own, signed after their contents.
_BUNDLE_SUFFIXES = {".framework", ".app", ".bundle", ".plugin", ".appex", ".xpc"}


@dataclass(frozen=True)
class Skip:
    """A step not taken, and why (a line for the build log)."""

    reason: str


@dataclass(frozen=True)
class SigningIdentity:
    """Who signs: a keychain identity's name, and optionally a .p12 to import it from."""

    name: str
    p12_base64: str = field(default="", repr=False)
    p12_password: str = field(default="", repr=False)


def signing_identity(env: Mapping[str, str]) -> SigningIdentity | Skip:
    """Whether to sign: only when MACOS_SIGN_IDENTITY is set (empty counts as absent)."""
    # CI hands a fork's missing secrets over as empty strings.
    name = env.get(IDENTITY_VARIABLE, "").strip()
    if not name:
        return Skip(
            f"codesign: skipped (no {IDENTITY_VARIABLE} in the environment); the app and "
            "the .dmg are unsigned and Gatekeeper will refuse to open them until the user "
            "allows it in System Settings > Privacy & Security"
        )
    return SigningIdentity(
        name, env.get(P12_VARIABLE, "").strip(), env.get(P12_PASSWORD_VARIABLE, "")
    )


def is_macho(path: Path) -> bool:
    """Whether `path` is a Mach-O file (an executable, a library or a Python extension)."""
    try:
        with path.open("rb") as file:
            header = file.read(8)
    except OSError:
        return False
    if header[:4] in _THIN_MAGICS:
        return True
    # Java class files share the fat magic; in them the next word is a version (45 and up),
    # in a universal binary it counts architectures, a handful at most.
    return header[:4] in _FAT_MAGICS and len(header) == 8 and int.from_bytes(header[4:], "big") < 20


def _is_signable_bundle(path: Path) -> bool:
    """A nested bundle codesign can sign as one (it has the Info.plist that says so)."""
    if path.suffix not in _BUNDLE_SUFFIXES:
        return False
    plists = [path / "Contents" / "Info.plist", path / "Resources" / "Info.plist"]
    versioned = path.glob("Versions/*/Resources/Info.plist")  # a framework's usual layout
    return any(plist.is_file() for plist in plists) or any(versioned)


def signing_order(app: Path) -> list[Path]:
    """Everything inside `app` to sign, deepest first, then `app` itself."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(app):
        base = Path(folder)
        # Links are skipped: PyInstaller links Resources and Frameworks to each other, and
        # each real file is signed once, where it is.
        real_dirs = [base / d for d in dirs if not (base / d).is_symlink()]
        real_files = [base / f for f in files if not (base / f).is_symlink()]
        found += [path for path in real_dirs if _is_signable_bundle(path)]
        found += [path for path in real_files if is_macho(path)]
    # A path deeper than another is never its parent, so deepest-first signs every
    # bundle's contents before the bundle; sorting by name too keeps the order repeatable.
    found.sort(key=lambda path: (-len(path.parts), str(path)))
    return [*found, app]


def needs_entitlements(path: Path, app: Path) -> bool:
    """Entitlements belong to the programs the system starts: the .app and Contents/MacOS."""
    return path == app or path.parent == app / "Contents" / "MacOS"


def codesign_command(
    identity: str, target: Path, *, entitlements: Path | None = None, keychain: Path | None = None
) -> list[str]:
    """The codesign call for one file or bundle: hardened runtime, secure timestamp."""
    command = ["codesign", "--force", "--sign", identity, "--timestamp", "--options", "runtime"]
    if entitlements is not None:
        command += ["--entitlements", str(entitlements)]
    if keychain is not None:
        command += ["--keychain", str(keychain)]
    return [*command, str(target)]


def app_signing_commands(
    app: Path, identity: str, keychain: Path | None = None, targets: Iterable[Path] | None = None
) -> list[list[str]]:
    """The codesign calls for the whole .app, inside-out (`targets` defaults to the walk)."""
    return [
        codesign_command(
            identity,
            target,
            entitlements=ENTITLEMENTS if needs_entitlements(target, app) else None,
            keychain=keychain,
        )
        for target in (signing_order(app) if targets is None else targets)
    ]


def disk_image_signing_command(identity: str, dmg: Path, keychain: Path | None = None) -> list[str]:
    """The codesign call for the .dmg: no runtime or entitlements (it is not code that runs)."""
    command = ["codesign", "--force", "--sign", identity, "--timestamp"]
    if keychain is not None:
        command += ["--keychain", str(keychain)]
    return [*command, str(dmg)]


def verify_command(app: Path) -> list[str]:
    """The check that every nested signature is valid and the bundle is sealed."""
    return ["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(app)]
