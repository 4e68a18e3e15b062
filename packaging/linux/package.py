"""Linux installers from the one-folder bundle: a .tar.xz and a Debian package.

    python packaging/linux/package.py --bundle build/dist/cg-desktop --icons build/icons \\
        --version 0.1.0 --out build/installers

The .deb puts the bundle in /opt/cg-desktop, `cg-desktop` on the PATH, a desktop entry
(with a practice-mode action), the icon in every size, and a MIME type so a .cgprofile
file opens in the app. It depends on the packages that provide the libraries the bundle
takes from the system (found with dpkg, as dpkg-shlibdeps would). Standard library only.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SVG = ROOT / "resources" / "icons" / "cg-desktop.svg"
INSTALL_DIR = "opt/cg-desktop"
MIME_TYPE = "application/x-cg-desktop-profile"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_ELF_MAGIC = b"\x7fELF"
# How ldconfig -p marks this machine's own libraries, by `uname -m`.
_LDCONFIG_ARCH = {"x86_64": "x86-64", "aarch64": "AArch64"}

DESKTOP_ENTRY = f"""\
[Desktop Entry]
Type=Application
Name=cg-desktop
GenericName=CustomerGauge survey sender
Comment=Send one record at a time to CustomerGauge, which sends that person a survey
Exec=cg-desktop %f
Icon=cg-desktop
Terminal=false
Categories=Office;
Keywords=CustomerGauge;survey;NPS;trade show;
MimeType={MIME_TYPE};
StartupWMClass=cg-desktop
Actions=practice;

[Desktop Action practice]
Name=Practice mode (nothing is sent)
Exec=cg-desktop --sandbox
"""

MIME_INFO = f"""\
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>cg-desktop profile</comment>
    <sub-class-of type="application/json"/>
    <generic-icon name="cg-desktop"/>
    <glob pattern="*.cgprofile"/>
  </mime-type>
</mime-info>
"""


def say(text: str) -> None:
    """One line of progress."""
    print(f"linux: {text}", flush=True)


def elf_files(folder: Path) -> Iterable[Path]:
    """The ELF binaries (executable, libraries, plugins) in a folder, links left out."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == _ELF_MAGIC:
                    yield path


def needed_names(binary: Path) -> list[str]:
    """The libraries a binary links to (its DT_NEEDED entries), read by readelf."""
    result = subprocess.run(
        ["readelf", "--dynamic", "--wide", str(binary)],
        capture_output=True,
        text=True,
        check=False,
    )
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout)


def system_libraries(bundle: Path) -> set[str]:
    """Libraries the bundle links to but doesn't hold: the system provides them."""
    held = {path.name for path in bundle.rglob("*")}
    wanted: set[str] = set()
    for binary in elf_files(bundle):
        wanted.update(name for name in needed_names(binary) if name not in held)
    return wanted


def library_paths() -> dict[str, str]:
    """The system's libraries by name, from the dynamic linker's cache (ldconfig -p)."""
    result = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True)
    paths: dict[str, str] = {}
    for line in result.stdout.splitlines():
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match and _LDCONFIG_ARCH.get(os.uname().machine, "") in match.group(2):
            paths.setdefault(match.group(1), match.group(3))
    return paths


def owning_packages(paths: Iterable[str]) -> set[str]:
    """The Debian packages that own these files (dpkg -S), architecture qualifiers dropped."""
    owners: set[str] = set()
    for path in sorted(set(paths)):
        for candidate in (path, os.path.realpath(path)):
            result = subprocess.run(
                ["dpkg-query", "--search", candidate], capture_output=True, text=True, check=False
            )
            if result.returncode == 0:
                package = result.stdout.split(":", 1)[0].strip()
                owners.update(p.strip() for p in package.split(","))
                break
        else:
            # A library no package owns (built by hand, in /usr/local): the .deb could
            # install without it on another machine.
            raise SystemExit(f"no Debian package owns {path}: the .deb can't depend on it")
    return owners


def glibc_needed(bundle: Path) -> str:
    """The newest glibc symbol version anything in the bundle uses, e.g. "2.35".

    That, not the build machine's glibc, is what the bundle needs (the .deb's libc6
    dependency, the tarball's README).
    """
    newest = (2, 17)
    for binary in elf_files(bundle):
        result = subprocess.run(
            ["readelf", "--version-info", "--wide", str(binary)],
            capture_output=True,
            text=True,
            check=False,
        )
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", result.stdout):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def debian_version(version: str) -> str:
    """A Python version as dpkg orders it: 1.0.0rc1 → 1.0.0~rc1 (before 1.0.0, not after).

    dev releases come before alphas in Python, so they get "~~"; a local part (+g1a2b)
    is kept as it is (dpkg sorts it after the release, as Python does).
    """
    public, plus, local = version.partition("+")
    public = re.sub(r"\.?dev(\d*)$", r"~~dev\1", public)
    public = re.sub(r"(\d)\.?(a|b|rc)(\d+)", r"\1~\2\3", public)
    return public + plus + local


def depends(bundle: Path, glibc: str) -> str:
    """The .deb's Depends line: the owners of the system libraries the bundle needs.

    libc6 at least the glibc the bundle's symbols need.
    """
    names = system_libraries(bundle)
    where = library_paths()
    missing = sorted(name for name in names if name not in where)
    if missing:
        raise SystemExit(f"libraries the bundle needs are not on this system: {missing}")
    owners = owning_packages(where[name] for name in names) | {"libc6"}
    parts = [f"{owner} (>= {glibc})" if owner == "libc6" else owner for owner in sorted(owners)]
    return ", ".join(parts)


def folder_size_kib(folder: Path) -> int:
    """The size of a folder's files in KiB (the control file's Installed-Size)."""
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return (total + 1023) // 1024


def architecture() -> str:
    """This machine's Debian architecture, e.g. amd64."""
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def control_file(version: str, depends_line: str, size_kib: int) -> str:
    """The .deb's DEBIAN/control."""
    return (
        "Package: cg-desktop\n"
        f"Version: {version}\n"
        f"Architecture: {architecture()}\n"
        "Maintainer: cg-desktop maintainers <cg-desktop@example.com>\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {depends_line}\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Description: send one record at a time to CustomerGauge\n"
        " cg-desktop sends a single record to CustomerGauge's Records API, which creates\n"
        " or updates it and sends that contact a survey. For customer-success staff and\n"
        " trade-show check-in desks on bad Wi-Fi: nothing typed is lost, records wait\n"
        " and are sent when the network is back. Includes a practice mode.\n"
    )


def stage_deb(bundle: Path, icons: Path, root: Path) -> None:
    """Lay out the package's files under root, as they will be on the disk."""
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "cg-desktop").symlink_to(f"/{INSTALL_DIR}/cg-desktop")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / "cg-desktop.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    (share / "mime" / "packages").mkdir(parents=True)
    (share / "mime" / "packages" / "cg-desktop.xml").write_text(MIME_INFO, encoding="utf-8")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copyfile(icons / "png" / f"cg-desktop-{size}.png", folder / "cg-desktop.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(SVG, scalable / "cg-desktop.svg")
    doc = share / "doc" / "cg-desktop"
    doc.mkdir(parents=True)
    licences = bundle / "_internal" / "licences"
    if not (licences / "THIRD-PARTY.txt").is_file():
        raise SystemExit(f"{licences} is missing: the bundle must carry its licences")
    (doc / "copyright").write_text(
        "cg-desktop\nLicence: Proprietary\n\n"
        "It bundles Qt 6 and PySide6 (LGPL-3.0), Python (PSF-2.0) and other packages, each "
        f"listed with its licence in /{INSTALL_DIR}/_internal/licences/THIRD-PARTY.txt; "
        "the licence texts are in that folder.\n",
        encoding="utf-8",
    )
    # The desktop database and the MIME cache are refreshed by dpkg's triggers
    # (desktop-file-utils, shared-mime-info): no maintainer scripts needed.
    for path in [root, *root.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)


def build_deb(
    bundle: Path,
    icons: Path,
    version: str,
    glibc: str,
    out: Path,
    *,
    meanwhile: Callable[[], object],
) -> Path:
    """The Debian package, xz-compressed, files owned by root.

    xz takes about a minute for each archive on one core; `meanwhile` (the tarball) runs
    on the other while dpkg-deb compresses.
    """
    target = out / f"cg-desktop_{debian_version(version)}_{architecture()}.deb"
    with tempfile.TemporaryDirectory(prefix="cg-desktop-deb-") as temp:
        root = Path(temp) / "root"
        stage_deb(bundle, icons, root)
        (root / "DEBIAN").mkdir(mode=0o755)
        needs = depends(bundle, glibc)
        control = control_file(debian_version(version), needs, folder_size_kib(root))
        (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
        dpkg = subprocess.Popen(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "-z9", "--build", str(root), str(target)],
            stdout=subprocess.DEVNULL,
        )
        try:
            meanwhile()
        finally:
            code = dpkg.wait()
    if code != 0:
        raise SystemExit(f"dpkg-deb exited with {code}")
    say(f"{target.name}: {target.stat().st_size / 2**20:.1f} MiB")
    return target


TARBALL_README = """\
cg-desktop {version}

Run it:                ./cg-desktop            (practice mode: ./cg-desktop --sandbox)
Add it to your menu:   ./add-to-menu.sh        (for you only; --remove takes it out)
Check it works here:   ./cg-desktop --self-test

It needs glibc {glibc} or newer and the X11, fontconfig and D-Bus libraries every Linux
desktop has. A keyring (GNOME Keyring, KWallet) keeps your Client Secret.
Licences: _internal/licences/.
"""


def build_tarball(bundle: Path, version: str, glibc: str, out: Path) -> Path:
    """The bundle as cg-desktop-VERSION/ in a .tar.xz, with a script to add it to the menu."""
    machine = os.uname().machine
    target = out / f"cg-desktop-{version}-linux-{machine}.tar.xz"
    top = f"cg-desktop-{version}"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        # Unpacked by a user, the files are theirs; the builder's ids mean nothing there.
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(target, "w:xz", preset=9) as archive:
        archive.add(bundle, arcname=top, filter=owned_by_root)
        archive.add(HERE / "add-to-menu.sh", arcname=f"{top}/add-to-menu.sh", filter=owned_by_root)
        archive.add(SVG, arcname=f"{top}/share/cg-desktop.svg", filter=owned_by_root)
        for name, text in (
            ("share/cg-desktop.desktop", DESKTOP_ENTRY),
            ("share/cg-desktop-mime.xml", MIME_INFO),
            ("README.txt", TARBALL_README.format(version=version, glibc=glibc)),
        ):
            info = owned_by_root(tarfile.TarInfo(f"{top}/{name}"))
            data = text.encode("utf-8")
            info.size, info.mode = len(data), 0o644
            archive.addfile(info, io.BytesIO(data))
    say(f"{target.name}: {target.stat().st_size / 2**20:.1f} MiB")
    return target


def main(argv: list[str] | None = None) -> int:
    """Make the .tar.xz and the .deb."""
    parser = argparse.ArgumentParser(description="Linux installers from the bundle.")
    parser.add_argument("--bundle", type=Path, required=True)
    parser.add_argument("--icons", type=Path, required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    say(f"bundle: {folder_size_kib(args.bundle) / 1024:.1f} MiB")
    glibc = glibc_needed(args.bundle)
    say(f"the bundle needs glibc {glibc} or newer")
    build_deb(
        args.bundle,
        args.icons,
        args.version,
        glibc,
        args.out,
        meanwhile=lambda: build_tarball(args.bundle, args.version, glibc, args.out),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
