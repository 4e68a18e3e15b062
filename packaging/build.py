"""Build cg-desktop's installers on the system they are for (PyInstaller doesn't cross-compile).

    python packaging/build.py --target linux|windows|macos [--reuse-venv]

Runs with any Python 3.11 (standard library only) and, in order:
1. makes a clean virtual environment (build/venv) from packaging/requirements.lock, every
   package pinned with its hashes, then installs cg-desktop itself into it;
2. draws the icon sizes from the SVG (packaging/make_icons.py);
3. runs PyInstaller with packaging/cg-desktop.spec: the one-folder bundle in build/dist;
4. runs the bundle's own `--self-test` (on Linux inside a private D-Bus session with
   gnome-keyring, so the keyring check saves and reads back a real credential);
5. makes the installers in build/installers: Linux a .tar.xz and a .deb
   (packaging/linux/package.py), Windows an Inno Setup installer (packaging/windows/),
   macOS a signed .app in a .dmg (packaging/macos/).
Every step prints one line; the first failure stops the build with exit code 1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
LOCK = PACKAGING / "requirements.lock"
SPEC = PACKAGING / "cg-desktop.spec"
TARGETS = {"linux": "linux", "windows": "win32", "macos": "darwin"}


class BuildError(Exception):
    """A step failed; the message says which and why."""


def step(text: str) -> None:
    """One line of progress."""
    print(f"build: {text}", flush=True)


def run(command: Sequence[object], *, cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    """Run a command (in the repository by default); a non-zero exit is a BuildError."""
    shown = " ".join(str(part) for part in command)
    result = subprocess.run([str(part) for part in command], cwd=cwd, env=env, check=False)
    if result.returncode != 0:
        raise BuildError(f"{shown} exited with {result.returncode}")


def venv_python(venv: Path) -> Path:
    """The virtual environment's interpreter on this system."""
    if sys.platform == "win32":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def make_venv(build: Path, reuse: bool) -> Path:
    """A clean environment with exactly the locked packages, and cg-desktop installed."""
    venv = build / "venv"
    python = venv_python(venv)
    if reuse and python.exists():
        step(f"reusing {venv}")
    else:
        shutil.rmtree(venv, ignore_errors=True)
        step(f"clean virtual environment in {venv}")
        # The pip that comes with this Python: upgrading it from the index would put an
        # unpinned, unhashed download into an otherwise locked build.
        run([sys.executable, "-m", "venv", venv])
        step(f"installing the locked packages ({LOCK.name}, hashes required)")
        run([python, "-m", "pip", "install", "--quiet", "--require-hashes", "-r", LOCK])
    # setuptools builds in ./build/lib; a copy left from an older build must not be reused.
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)
    step("installing cg-desktop into it")
    run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--force-reinstall",
            ROOT,
        ]
    )
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)
    return python


def installed_version(python: Path) -> str:
    """The version from cg-desktop's package metadata (one place: pyproject.toml)."""
    result = subprocess.run(
        [str(python), "-c", "from importlib.metadata import version; print(version('cg-desktop'))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def freeze(python: Path, build: Path, icons: Path, version: str, target: str) -> Path:
    """Run PyInstaller; returns the one-folder bundle."""
    env = dict(os.environ, CG_ICON_DIR=str(icons))
    if target == "windows":
        version_file = build / "version_info.txt"
        run(
            [
                python,
                PACKAGING / "windows" / "version_file.py",
                "--version",
                version,
                "--out",
                version_file,
            ]
        )
        env["CG_VERSION_FILE"] = str(version_file)
    dist, work = build / "dist", build / "work"
    shutil.rmtree(dist, ignore_errors=True)
    step("PyInstaller (one folder)")
    # Not from the repository's root: there `import cg_desktop` would find the checkout
    # (whose resources/ is mapped into the package only by the install) instead of the
    # installed package.
    run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            dist,
            "--workpath",
            work,
            SPEC,
        ],
        env=env,
        cwd=build,
    )
    return dist / "cg-desktop"


def executable(bundle: Path) -> Path:
    """The app's executable inside the one-folder bundle."""
    return bundle / ("cg-desktop.exe" if sys.platform == "win32" else "cg-desktop")


def self_test_command(program: Path, output: Path) -> list[str]:
    """The bundle's self-test; on Linux in a private D-Bus session with gnome-keyring.

    A build machine (or CI) has no desktop session, so it has no keyring of its own; the
    private session gives the keyring check a real Secret Service to save to.
    """
    test = [str(program), "--self-test", "--self-test-output", str(output)]
    if sys.platform != "linux":
        return test
    missing = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(t)]
    if missing:
        raise BuildError(
            f"{' and '.join(missing)} not found: install dbus-bin and gnome-keyring "
            "(apt-get install dbus-bin gnome-keyring) for the bundle's keyring check"
        )
    unlock = "printf build | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
    script = f'{unlock} && exec "$0" "$@" --save-test-credential'
    return ["dbus-run-session", "--", "sh", "-c", script, *test]


def run_self_test(bundle: Path, build: Path) -> None:
    """The frozen app checks itself: resources, metadata, SQLite, keyring, Qt plugins."""
    output = build / "self-test.txt"
    step("the bundle's self-test")
    with tempfile.TemporaryDirectory(prefix="cg-desktop-build-home-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if sys.platform == "linux":
            # The keyring daemon keeps its file in this throwaway home, not the builder's.
            env.update(HOME=home, XDG_DATA_HOME=str(Path(home) / "data"))
            env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        command = self_test_command(executable(bundle), output)
        result = subprocess.run(command, env=env, check=False)
    if output.exists() and sys.stdout is not None and sys.platform == "win32":
        print(output.read_text(encoding="utf-8"))
    if result.returncode != 0:
        raise BuildError(f"the bundle's self-test failed (exit {result.returncode})")


def package(target: str, python: Path, bundle: Path, icons: Path, version: str, out: Path) -> None:
    """Make the installers for the target system."""
    out.mkdir(parents=True, exist_ok=True)
    if target == "linux":
        command = [python, PACKAGING / "linux" / "package.py", "--bundle", bundle]
        command += ["--icons", icons, "--version", version, "--out", out]
    elif target == "windows":
        command = [python, PACKAGING / "windows" / "package.py", "--bundle", bundle]
        command += ["--icons", icons, "--version", version, "--out", out]
    else:
        app = bundle.parent / "cg-desktop.app"
        command = [python, PACKAGING / "macos" / "package.py", "--app", app]
        command += ["--version", version, "--out", out]
    step(f"installers for {target}")
    run(command)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the bundle and the installers for this system."""
    parser = argparse.ArgumentParser(description="Build cg-desktop's installers.")
    parser.add_argument("--target", choices=sorted(TARGETS), required=True)
    parser.add_argument(
        "--reuse-venv",
        action="store_true",
        help="keep build/venv if it exists (faster; not for releases)",
    )
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    if not sys.platform.startswith(TARGETS[args.target]):
        print(
            f"build: {args.target} installers are built on {args.target} "
            "(PyInstaller doesn't cross-compile)"
        )
        return 1
    build: Path = args.build_dir.resolve()
    try:
        python = make_venv(build, args.reuse_venv)
        version = installed_version(python)
        step(f"version {version}")
        icons = build / "icons"
        run(
            [python, PACKAGING / "make_icons.py", icons],
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
        bundle = freeze(python, build, icons, version, args.target)
        run_self_test(bundle, build)
        package(args.target, python, bundle, icons, version, build / "installers")
    except BuildError as exc:
        print(f"build: FAILED: {exc}", file=sys.stderr)
        return 1
    step(f"done: {build / 'installers'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
