"""Make the Windows installer from the PyInstaller folder: sign, compile with Inno Setup.

packaging/build.py runs it with the build environment's Python:
    python packaging/windows/package.py --bundle build/dist/cg-desktop --icons build/icons
        --version 1.2.3 --out build/installers
With a certificate in the environment (signing.py) cg-desktop.exe is signed first, and
Inno Setup's compiler signs the uninstaller it embeds and the setup exe it writes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path

# Run as a script, this folder is on sys.path but its parent is not; the modules import
# each other as `windows.*` so that mypy and the tests see one name for each.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from windows.signing import (
    PFX_FILE_VARIABLE,
    SigningError,
    SigningPlan,
    Skip,
    pfx_on_disk,
    sign,
    signing_plan,
)
from windows.version_file import version_tuple

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "cg-desktop.iss"
EXE_NAME = "cg-desktop.exe"
# The name ISCC knows our sign command by (its /S option, the script's SignTool).
SIGN_TOOL_NAME = "cgsign"
ISCC_VARIABLE = "ISCC"


class PackagingError(Exception):
    """The installer can't be made; the message says what to fix."""


def installer_name(version: str) -> str:
    """The setup file's name, e.g. cg-desktop-1.2.3-windows-setup.exe."""
    return f"cg-desktop-{version}-windows-setup.exe"


def find_iscc(
    env: Mapping[str, str],
    which: Callable[[str], str | None] = shutil.which,
    exists: Callable[[Path], bool] = Path.is_file,
) -> Path | None:
    """Inno Setup's compiler: $ISCC, on PATH, or where its installer puts it."""
    if env.get(ISCC_VARIABLE):
        return Path(env[ISCC_VARIABLE])
    found = which("ISCC")
    if found:
        return Path(found)
    usual = [
        Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"),
        Path(r"C:\Program Files\Inno Setup 6\ISCC.exe"),
    ]
    if env.get("LOCALAPPDATA"):  # Inno Setup installed for one user only
        usual.append(Path(env["LOCALAPPDATA"]) / "Programs" / "Inno Setup 6" / "ISCC.exe")
    return next((path for path in usual if exists(path)), None)


def sign_tool_command(python: Path, signing_script: Path) -> str:
    """The command ISCC runs to sign a file ($f), in its own quoting ($q is a quote)."""
    # ISCC reads "$" as the start of $f/$q/$p, so a "$" in a path is written "$$".
    parts = (str(python).replace("$", "$$"), str(signing_script).replace("$", "$$"))
    return f"$q{parts[0]}$q $q{parts[1]}$q $f"


def iscc_command(
    iscc: Path,
    *,
    version: str,
    bundle: Path,
    icon: Path,
    out: Path,
    sign_command: str | None = None,
) -> list[str]:
    """The ISCC call compiling cg-desktop.iss; paths absolute (ISCC resolves against the .iss)."""
    file_version = ".".join(str(number) for number in version_tuple(version))
    command = [
        str(iscc),
        "/Q",  # errors only: build.py's log keeps one line per step
        f"/DAppVersion={version}",
        # The setup exe's own version resource needs four numbers, not "1.2.3rc1".
        f"/DFileVersion={file_version}",
        f"/DBundleDir={bundle.resolve()}",
        f"/DIconFile={icon.resolve()}",
        f"/DOutputDir={out.resolve()}",
    ]
    if sign_command is not None:
        command += [f"/S{SIGN_TOOL_NAME}={sign_command}", f"/DSignToolName={SIGN_TOOL_NAME}"]
    return [*command, str(SCRIPT)]


def _compile(command: list[str], env: Mapping[str, str]) -> None:
    """Run ISCC; raises PackagingError when it fails (its own messages are printed above)."""
    result = subprocess.run(command, env=dict(env), check=False)
    if result.returncode != 0:
        raise PackagingError(f"ISCC failed (exit {result.returncode}); its messages are above")


def build_installer(
    bundle: Path, icons: Path, version: str, out: Path, env: Mapping[str, str]
) -> Path:
    """Sign the app (when configured), compile the installer, and return its path."""
    exe = bundle / EXE_NAME
    if not exe.is_file():
        raise PackagingError(f"{exe} is missing: run PyInstaller first (packaging/build.py)")
    iscc = find_iscc(env)
    if iscc is None:
        raise PackagingError(
            "Inno Setup 6 not found: install it (choco install innosetup), "
            f"or set {ISCC_VARIABLE} to ISCC.exe"
        )
    out.mkdir(parents=True, exist_ok=True)
    icon = icons / "cg-desktop.ico"
    plan: SigningPlan | Skip = signing_plan(env)
    print(f"installer: compiling {SCRIPT.name} with {iscc}", flush=True)
    command_for = partial(iscc_command, iscc, version=version, bundle=bundle, icon=icon, out=out)
    if isinstance(plan, Skip):
        print(plan.reason, flush=True)
        _compile(command_for(), env)
    else:
        with pfx_on_disk(plan) as pfx:
            sign(plan, pfx, exe, env)
            sign_command = sign_tool_command(Path(sys.executable), HERE / "signing.py")
            command = command_for(sign_command=sign_command)
            # ISCC's sign command finds the certificate file through its environment.
            _compile(command, {**env, PFX_FILE_VARIABLE: str(pfx)})
        print("signing: cg-desktop.exe, the uninstaller and the setup exe are signed", flush=True)
    setup = out / installer_name(version)
    if not setup.is_file():
        raise PackagingError(f"ISCC reported success but {setup} is not there")
    return setup


def main(argv: list[str] | None = None) -> int:
    """Build the installer; exit 1 with a line saying why when something fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", required=True, type=Path, help="PyInstaller's folder")
    parser.add_argument("--icons", required=True, type=Path, help="folder with cg-desktop.ico")
    parser.add_argument("--version", required=True, help="the app's version, e.g. 1.2.3")
    parser.add_argument("--out", required=True, type=Path, help="where the installer goes")
    args = parser.parse_args(argv)
    try:
        setup = build_installer(args.bundle, args.icons, args.version, args.out, os.environ)
    except (PackagingError, SigningError, ValueError) as error:
        print(f"installer: {error}", flush=True)
        return 1
    size = setup.stat().st_size / 1_000_000
    print(f"installer: {setup} ({size:.1f} MB)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
