"""What the frozen bundle keeps: Qt plugins and translations by system, and the libraries they need.

Used by cg-desktop.spec between PyInstaller's analysis and the folder it writes. Plain
Python with no PyInstaller import, so tests/packaging checks the rules without a build.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path, PurePosixPath

# Qt plugins the app uses, by plugin folder; every other plugin is left out, and with it
# whatever libraries only it needed (the GTK theme plugin alone would bring a GTK stack).
_COMMON_PLUGINS: dict[str, set[str]] = {
    # offscreen: the self-test and headless runs; never the desk's own screen.
    "platforms": {"qoffscreen"},
    # The app icon is an SVG.
    "iconengines": {"qsvgicon"},
    "imageformats": {"qsvg"},
}
_SYSTEM_PLUGINS: dict[str, dict[str, set[str]]] = {
    "linux": {
        "platforms": {"qxcb"},
        # compose: dead keys and é on X11; ibus: the input method of GNOME desktops.
        "platforminputcontexts": {
            "composeplatforminputcontextplugin",
            "ibusplatforminputcontextplugin",
        },
        # The sender asks QNetworkInformation whether the network is back.
        "networkinformation": {"qnetworkmanager"},
    },
    "win32": {
        "platforms": {"qwindows"},
        "styles": {"qmodernwindowsstyle"},
        "networkinformation": {"qnetworklistmanager"},
        "imageformats": {"qico"},
    },
    "darwin": {
        "platforms": {"qcocoa"},
        "styles": {"qmacstyle"},
        # Qt 6.7+ (PySide6 6.11's wheel); the older name for older Qt.
        "networkinformation": {"qapplenetworkinformation", "qscnetworkreachability"},
        "imageformats": {"qicns"},
    },
}

# Qt's own translations (standard buttons) for the languages the app is planned in.
KEPT_TRANSLATIONS = ("de", "es", "fr", "nl", "pt_BR")

_PLUGIN_SUFFIXES = (".so", ".dll", ".dylib")
# The folder holding Qt's plugins and translations: PySide6/Qt/ on Linux and macOS,
# PySide6/ itself on Windows.
_QT_FOLDERS = ("Qt", "PySide6")

# Linux: libraries every desktop has, taken from the system rather than bundled. A private
# copy of these clashes with the system's own configuration (fonts, keyboard maps, the
# display server, D-Bus), and copying them is how a build machine's extras leak in. The
# .deb depends on the packages that provide them (build.py finds which).
_FROM_SYSTEM_LINUX = (
    "libX11.so",
    "libX11-xcb.so",
    "libXau.so",
    "libXdmcp.so",
    "libbsd.so",
    "libmd.so",
    "libxcb.so",
    "libxcb-glx.so",
    "libxcb-randr.so",
    "libxcb-render.so",
    "libxcb-shape.so",
    "libxcb-shm.so",
    "libxcb-sync.so",
    "libxcb-xfixes.so",
    "libxcb-xkb.so",
    "libxkbcommon.so",
    "libxkbcommon-x11.so",
    "libfontconfig.so",
    "libfreetype.so",
    "libpng16.so",
    "libexpat.so",
    "libdbus-1.so",
    "libsystemd.so",
    "libgcrypt.so",
    "libgpg-error.so",
    "liblz4.so",
    "libcap.so",
    "libglib-2.0.so",
    "libgthread-2.0.so",
    "libpcre2-8.so",
    "libGL.so",
    "libGLX.so",
    "libGLdispatch.so",
    "libEGL.so",
    "libOpenGL.so",
)


def kept_plugins(system: str) -> dict[str, set[str]]:
    """Plugin base names (no lib prefix, no suffix) to keep, by plugin folder, for a system."""
    kept = {folder: set(names) for folder, names in _COMMON_PLUGINS.items()}
    for folder, names in _SYSTEM_PLUGINS.get(_system_key(system), {}).items():
        kept.setdefault(folder, set()).update(names)
    return kept


def _system_key(system: str) -> str:
    """sys.platform, with every Linux-like name as "linux"."""
    return "linux" if system.startswith("linux") else system


def plugin_of(dest: str) -> tuple[str, str] | None:
    """(folder, base name) when dest is a Qt plugin in the bundle, else None."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return None
    at = len(parts) - 1 - parts[::-1].index("plugins")
    # PySide6/Qt/plugins on Linux and macOS, PySide6/plugins on Windows.
    if at < 1 or parts[at - 1] not in _QT_FOLDERS or len(parts) != at + 3:
        return None
    folder, filename = parts[at + 1], parts[at + 2]
    if not filename.endswith(_PLUGIN_SUFFIXES):
        return None
    stem = filename.rsplit(".", 1)[0]
    if stem.startswith("lib"):
        stem = stem[3:]
    return folder, stem


def keeps_plugin(dest: str, system: str) -> bool:
    """Whether a file in the bundle survives the plugin keep-list (non-plugins always do)."""
    plugin = plugin_of(dest)
    if plugin is None:
        return True
    folder, name = plugin
    return name in kept_plugins(system).get(folder, set())


def keeps_data(dest: str) -> bool:
    """Whether a data file survives: Qt translations only in the planned languages."""
    path = PurePosixPath(dest.replace("\\", "/"))
    if path.suffix != ".qm" or len(path.parts) < 3 or path.parts[-2] != "translations":
        return True
    if path.parts[-3] not in _QT_FOLDERS:
        return True
    language = path.stem.split("_", 1)[1] if "_" in path.stem else ""
    return language in KEPT_TRANSLATIONS


def from_system(dest: str, system: str) -> bool:
    """Whether a library is left to the system instead of bundled (Linux desktop basics)."""
    if _system_key(system) != "linux":
        return False
    name = PurePosixPath(dest.replace("\\", "/")).name
    return any(name == prefix or name.startswith(prefix + ".") for prefix in _FROM_SYSTEM_LINUX)


def needed_libraries(
    roots: Iterable[str],
    libraries: dict[str, str],
    imports_of: Callable[[str], Iterable[str]],
) -> set[str]:
    """The library names reachable from roots through their link-time imports.

    `libraries` maps a library's file name to its path on the build machine (only the
    libraries the bundle holds); `imports_of` gives the names a binary links to. A name
    outside the bundle (the system's C library) ends the walk there.
    """
    needed: set[str] = set()
    todo = list(roots)
    while todo:
        path = todo.pop()
        for name in imports_of(path):
            base = PurePosixPath(name.replace("\\", "/")).name
            if base in libraries and base not in needed:
                needed.add(base)
                todo.append(libraries[base])
    return needed


# A PyInstaller TOC entry: (name in the bundle, source path, kind).
TocEntry = tuple[str, str, str]


def _base_name(dest: str) -> str:
    """A bundle path's file name, whichever slashes it uses."""
    return PurePosixPath(dest.replace("\\", "/")).name


def prune_libraries(
    binaries: list[TocEntry],
    dropped_plugins: Iterable[str],
    imports_of: Callable[[str], Iterable[str]],
    system: str = "linux",
) -> list[TocEntry]:
    """Leave out the libraries that only the dropped plugins linked to.

    What the kept roots (Python extensions, kept plugins, libpython) reach stays. A library
    neither side links to (a hook collected it to be loaded at run time, with ctypes or
    QLibrary) stays too: only what the dropped plugins brought in, and nothing kept
    needs, goes.
    """
    # Windows' and macOS' file systems ignore case: a DLL linked as QT6CORE.dll is Qt6Core.dll.
    ignore_case = _system_key(system) != "linux"

    def fold(name: str) -> str:
        return name.casefold() if ignore_case else name

    def named(path: str) -> str:
        return fold(_base_name(path))

    libraries = {
        named(dest): src
        for dest, src, kind in binaries
        if kind == "BINARY" and plugin_of(dest) is None
    }
    roots = [
        src
        for dest, src, kind in binaries
        if kind == "EXTENSION" or plugin_of(dest) is not None or "libpython" in dest
    ]

    def links(path: str) -> list[str]:
        return [fold(name) for name in imports_of(path)]

    kept = needed_libraries(roots, libraries, links)
    orphaned = needed_libraries(dropped_plugins, libraries, links) - kept
    return [
        entry
        for entry in binaries
        if plugin_of(entry[0]) is not None or named(entry[0]) not in orphaned
    ]


def frameworks_left_out(before: list[TocEntry], after: list[TocEntry]) -> set[str]:
    """The macOS frameworks whose library was pruned ("…/QtPdf.framework/"): the rest of
    each (Info.plist, version links) must go too, or codesign refuses the half-framework."""
    kept = {dest for dest, _, _ in after}
    gone: set[str] = set()
    for dest, _, _ in before:
        path = dest.replace("\\", "/")
        if dest not in kept and ".framework/" in path:
            gone.add(path[: path.index(".framework/") + len(".framework/")])
    return gone


def outside(entries: list[TocEntry], folders: set[str]) -> list[TocEntry]:
    """The entries not inside any of these folders."""
    return [e for e in entries if not e[0].replace("\\", "/").startswith(tuple(folders))]


def runtime_distributions(root: str = "cg-desktop") -> list[metadata.Distribution]:
    """The installed distributions the app runs on: its requirements, followed through.

    Only those whose environment markers hold here (keyring's Windows helper is not a
    Linux bundle's). The build tools (PyInstaller, Pillow) are not among them.
    """
    found: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = _normalise(todo.pop())
        if name in found:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another system or Python
        found[name] = distribution
        for requirement in distribution.requires or []:
            if "extra ==" in requirement:
                continue
            spec, _, marker = requirement.partition(";")
            if marker.strip() and not _marker_holds(marker):
                continue
            todo.append(re.split(r"[\s<>=!~\[(]", spec.strip(), maxsplit=1)[0])
    return sorted(found.values(), key=lambda d: _normalise(d.metadata["Name"]))


def _normalise(name: str) -> str:
    """A distribution name as packaging compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _marker_holds(marker: str) -> bool:
    """Whether an environment marker holds here (packaging's evaluation, when available)."""
    try:
        from packaging.markers import Marker
    except ImportError:  # no packaging library: keep the requirement, listing more is safe
        return True
    return bool(Marker(marker.strip()).evaluate({"extra": ""}))


def licence_of(distribution: metadata.Distribution) -> str:
    """A distribution's declared licence: its expression, its License field or classifiers."""
    meta = distribution.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    classifiers = [
        c.rsplit("::", 1)[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    declared = _field(meta, "License").strip()
    if declared and len(declared) < 100 and "\n" not in declared:
        return declared
    return ", ".join(classifiers) or "see the package's own licence file"


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """One metadata field's first value, or "" when the package doesn't give it."""
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def third_party_notice(distributions: Iterable[metadata.Distribution]) -> str:
    """The THIRD-PARTY.txt text: what the bundle holds, each with its version and licence."""
    lines = [
        "cg-desktop bundles the following software. The full texts of the LGPL-3.0 and",
        "GPL-3.0 (Qt, PySide6) and of Python's licence are in this folder.",
        "",
        "Python " + _python_version() + ": PSF-2.0 (Python-LICENSE.txt)",
    ]
    for distribution in distributions:
        meta = distribution.metadata
        if _normalise(meta["Name"]) == "cg-desktop":
            continue
        lines.append(f"{meta['Name']} {meta['Version']}: {licence_of(distribution)}")
    return "\n".join(lines) + "\n"


def _python_version() -> str:
    """This interpreter's version, e.g. 3.11.7."""
    import platform

    return platform.python_version()


_LICENCE_NAME = re.compile(r"(licen[cs]e|copying|notice|copyright|authors)", re.IGNORECASE)


def licence_files(distribution: metadata.Distribution) -> list[Path]:
    """A distribution's own licence texts (LICENSE, COPYING, NOTICE, …), as installed."""
    found = []
    for file in distribution.files or []:
        if _LICENCE_NAME.search(PurePosixPath(str(file)).name):
            path = Path(str(distribution.locate_file(file)))
            if path.is_file():
                found.append(path)
    return found
