"""Sign, notarize and staple the .app, then make (and sign, notarize) the .dmg.

packaging/build.py runs it with the build environment's Python (which has dmgbuild):
    python packaging/macos/package.py --app build/dist/cg-desktop.app --version 1.2.3
        --out build/installers
Without MACOS_SIGN_IDENTITY nothing is signed or notarized, and a line says so; the .dmg
is still made. See codesign.py, keychain.py and notary.py for the environment they read.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

# Run as a script, this folder is on sys.path but its parent is not; the modules import
# each other as `macos.*` so that mypy and the tests see one name for each.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from macos.codesign import (
    SigningIdentity,
    Skip,
    app_signing_commands,
    disk_image_signing_command,
    signing_identity,
    verify_command,
)
from macos.keychain import KeychainError, temporary_keychain
from macos.notary import (
    NotaryConfigError,
    NotaryCredentials,
    assess_command,
    log_command,
    notary_credentials,
    outcome,
    staple_command,
    submit_command,
    zip_command,
)

HERE = Path(__file__).resolve().parent
DMG_SETTINGS = HERE / "dmg_settings.py"


class PackagingError(Exception):
    """A step failed; the message says which, with its output (secrets hidden)."""


def disk_image_name(version: str) -> str:
    """The .dmg's file name, e.g. cg-desktop-1.2.3-macos.dmg."""
    return f"cg-desktop-{version}-macos.dmg"


def dmg_command(python: Path, app: Path, dmg: Path) -> list[str]:
    """The dmgbuild call: the .app and an Applications link, laid out by dmg_settings.py."""
    command = [str(python), "-m", "dmgbuild", "-s", str(DMG_SETTINGS), "-D", f"app={app}"]
    icon = app / "Contents" / "Resources" / "cg-desktop.icns"
    if icon.is_file():  # the volume shows the app's icon when it has one
        command += ["-D", f"icon={icon}"]
    return [*command, "cg-desktop", str(dmg)]


def scrubbed(text: str, secrets: Sequence[str]) -> str:
    """`text` with every secret in it replaced by ***, for a log."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def shown(command: Sequence[str], secrets: Sequence[str]) -> str:
    """`command` as one line for a log, every secret replaced by ***."""
    return scrubbed(shlex.join(command), secrets)


def run(command: Sequence[str], secrets: Sequence[str] = ()) -> str:
    """Run `command` and return its output; raise PackagingError (secrets hidden) on failure."""
    result = subprocess.run(list(command), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = scrubbed(result.stdout + result.stderr, secrets)
        failed = f"{shown(command, secrets)} failed (exit {result.returncode})"
        raise PackagingError(f"{failed}:\n{output}")
    return result.stdout


def notarize(path: Path, credentials: NotaryCredentials, upload: Path | None = None) -> None:
    """Submit `upload` (default `path`) to Apple, wait, and staple the ticket to `path`."""
    hidden = [credentials.secret]
    answer = outcome(run(submit_command(upload or path, credentials), hidden))
    if not answer.accepted:
        report = run(log_command(answer.submission_id, credentials), hidden)
        raise PackagingError(f"notarization of {path.name}: {answer.status}\n{report}")
    run(staple_command(path))
    print(f"notarization: {path.name} accepted ({answer.submission_id}) and stapled", flush=True)


def sign_app(app: Path, identity: SigningIdentity, keychain: Path | None) -> None:
    """Sign everything in the .app inside-out, then check the result as Gatekeeper will."""
    commands = app_signing_commands(app, identity.name, keychain)
    for command in commands:
        run(command)
    run(verify_command(app))
    print(f"codesign: {len(commands)} files and bundles signed inside-out, verified", flush=True)


def notarize_app(app: Path, credentials: NotaryCredentials) -> None:
    """Notarize the .app (uploaded as a .zip), staple it, and ask Gatekeeper about it."""
    with tempfile.TemporaryDirectory(prefix="cg-notarize-") as folder:
        archive = Path(folder) / "cg-desktop.zip"
        run(zip_command(app, archive))
        notarize(app, credentials, upload=archive)
    run(assess_command(app))


def make_dmg(app: Path, dmg: Path) -> None:
    """Build the .dmg with dmgbuild (replacing an older one of the same name)."""
    dmg.parent.mkdir(parents=True, exist_ok=True)
    dmg.unlink(missing_ok=True)
    run(dmg_command(Path(sys.executable), app, dmg))
    print(f"dmg: {dmg.name} made", flush=True)


def package(app: Path, version: str, out: Path, env: Mapping[str, str]) -> Path:
    """Every step for `app`; returns the .dmg's path."""
    if not (app / "Contents" / "Info.plist").is_file():
        raise PackagingError(f"{app} is not an app bundle: run PyInstaller first (build.py)")
    dmg = out / disk_image_name(version)
    identity = signing_identity(env)
    if isinstance(identity, Skip):
        print(identity.reason, flush=True)
        skipped = notary_credentials(env, signed=False)
        if isinstance(skipped, Skip):
            print(skipped.reason, flush=True)
        make_dmg(app, dmg)
        return dmg
    # Before any signing: half-configured notarization should fail in seconds, not later.
    credentials = notary_credentials(env, signed=True)
    keychain: AbstractContextManager[Path | None] = (
        temporary_keychain(identity.p12_base64, identity.p12_password)
        if identity.p12_base64
        else nullcontext(None)
    )
    with keychain as keychain_path:
        sign_app(app, identity, keychain_path)
        if isinstance(credentials, Skip):
            print(credentials.reason, flush=True)
        else:
            notarize_app(app, credentials)
        make_dmg(app, dmg)
        run(disk_image_signing_command(identity.name, dmg, keychain_path))
        print(f"codesign: {dmg.name} signed", flush=True)
    if not isinstance(credentials, Skip):
        notarize(dmg, credentials)
    return dmg


def main(argv: list[str] | None = None) -> int:
    """Package the .app; exit 1 with a line saying why when a step fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, type=Path, help="PyInstaller's cg-desktop.app")
    parser.add_argument("--version", required=True, help="the app's version, e.g. 1.2.3")
    parser.add_argument("--out", required=True, type=Path, help="where the .dmg goes")
    args = parser.parse_args(argv)
    try:
        dmg = package(args.app.resolve(), args.version, args.out.resolve(), os.environ)
    except (PackagingError, KeychainError, NotaryConfigError, ValueError) as error:
        print(f"macos: {error}", flush=True)
        return 1
    print(f"installer: {dmg} ({dmg.stat().st_size / 1_000_000:.1f} MB)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
