"""What the frozen bundle keeps (packaging/bundle_rules.py), system by system."""

from __future__ import annotations

from pathlib import Path

import bundle_rules
import pytest

LINUX_PLUGINS = "PySide6/Qt/plugins"
WINDOWS_PLUGINS = "PySide6/plugins"


@pytest.mark.parametrize(
    ("dest", "expected"),
    [
        (f"{LINUX_PLUGINS}/platforms/libqxcb.so", ("platforms", "qxcb")),
        (f"{WINDOWS_PLUGINS}/platforms/qwindows.dll", ("platforms", "qwindows")),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", ("styles", "qmodernwindowsstyle")),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", ("platforms", "qcocoa")),
        ("PySide6/Qt/lib/libQt6Core.so.6", None),
        ("somepackage/plugins/thing/libx.so", None),
        (f"{LINUX_PLUGINS}/platforms/README.txt", None),
    ],
)
def test_plugins_are_recognised_by_their_folder(dest: str, expected: object) -> None:
    assert bundle_rules.plugin_of(dest) == expected


@pytest.mark.parametrize(
    ("system", "kept", "dropped"),
    [
        (
            "linux",
            [
                "platforms/libqxcb.so",
                "platforms/libqoffscreen.so",
                "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
                "platforminputcontexts/libibusplatforminputcontextplugin.so",
                "networkinformation/libqnetworkmanager.so",
                "iconengines/libqsvgicon.so",
                "imageformats/libqsvg.so",
            ],
            [
                "platformthemes/libqgtk3.so",  # it would bring the build machine's GTK
                "platforms/libqwayland.so",
                "platforms/libqeglfs.so",
                "platforms/libqvnc.so",
                "imageformats/libqjpeg.so",
                "tls/libqopensslbackend.so",
                "xcbglintegrations/libqxcb-glx-integration.so",
                "platforminputcontexts/libqtvirtualkeyboardplugin.so",
            ],
        ),
        (
            "win32",
            [
                "platforms/qwindows.dll",
                "styles/qmodernwindowsstyle.dll",
                "networkinformation/qnetworklistmanager.dll",
                "imageformats/qico.dll",
            ],
            ["platforms/qminimal.dll", "platforms/qdirect2d.dll", "tls/qschannelbackend.dll"],
        ),
        (
            "darwin",
            [
                "platforms/libqcocoa.dylib",
                "styles/libqmacstyle.dylib",
                "networkinformation/libqscnetworkreachability.dylib",
            ],
            ["platforms/libqminimal.dylib", "platformthemes/libqgtk3.dylib"],
        ),
    ],
)
def test_each_system_keeps_only_the_plugins_the_app_uses(
    system: str, kept: list[str], dropped: list[str]
) -> None:
    base = WINDOWS_PLUGINS if system == "win32" else LINUX_PLUGINS
    assert [p for p in kept if not bundle_rules.keeps_plugin(f"{base}/{p}", system)] == []
    assert [p for p in dropped if bundle_rules.keeps_plugin(f"{base}/{p}", system)] == []
    # Anything that isn't a plugin is never dropped by the keep-list.
    assert bundle_rules.keeps_plugin("PySide6/Qt/lib/libQt6Gui.so.6", system)


def test_qt_translations_are_kept_only_in_the_planned_languages() -> None:
    for base in ("PySide6/Qt/translations", "PySide6/translations"):
        assert bundle_rules.keeps_data(f"{base}/qtbase_de.qm")
        assert bundle_rules.keeps_data(f"{base}/qtbase_pt_BR.qm")
        assert not bundle_rules.keeps_data(f"{base}/qtbase_ja.qm")
        assert not bundle_rules.keeps_data(f"{base}/qt_help_ja.qm")
    # The app's own data is not a Qt translation.
    assert bundle_rules.keeps_data("cg_desktop/resources/profiles/demo.json")
    assert bundle_rules.keeps_data("somewhere/translations/app_ja.qm")


def test_linux_takes_the_desktop_basics_from_the_system() -> None:
    for name in ("libX11.so.6", "libxcb.so.1", "libfontconfig.so.1", "libdbus-1.so.3"):
        assert bundle_rules.from_system(name, "linux"), name
        assert not bundle_rules.from_system(name, "win32")
    # Less common on a desktop: bundled (Qt 6.5+ needs xcb-cursor, often missing).
    for name in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libicudata.so.73", "libssl.so.3"):
        assert not bundle_rules.from_system(name, "linux"), name
    # A prefix alone is not a match: libxcb-util is not libxcb.
    assert not bundle_rules.from_system("libxcb-util.so.1", "linux")


def test_needed_libraries_follow_links_from_the_roots_only() -> None:
    links = {
        "/b/plugin.so": ["libQt6XcbQpa.so.6", "libc.so.6"],
        "/b/libQt6XcbQpa.so.6": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
        "/b/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/b/libQt6Core.so.6": ["libicuuc.so.73"],
        "/b/libicuuc.so.73": ["libQt6Core.so.6"],  # a cycle ends
        "/b/libgtk-3.so.0": ["libgdk-3.so.0"],
    }
    libraries = {
        name: f"/b/{name}"
        for name in (
            "libQt6XcbQpa.so.6",
            "libQt6Gui.so.6",
            "libQt6Core.so.6",
            "libicuuc.so.73",
            "libxcb-cursor.so.0",
            "libgtk-3.so.0",
            "libgdk-3.so.0",
        )
    }
    needed = bundle_rules.needed_libraries(["/b/plugin.so"], libraries, lambda p: links.get(p, []))
    assert needed == {
        "libQt6XcbQpa.so.6",
        "libQt6Gui.so.6",
        "libQt6Core.so.6",
        "libicuuc.so.73",
        "libxcb-cursor.so.0",
    }


PLUGIN_LIST = Path(__file__).with_name("pyside6_plugins.txt")


def wheel_plugins() -> dict[str, set[tuple[str, str]]]:
    """(folder, name) of every plugin in the PySide6 wheels, by system (a recorded list)."""
    found: dict[str, set[tuple[str, str]]] = {}
    for line in PLUGIN_LIST.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            system, dest = line.split(" ", 1)
            plugin = bundle_rules.plugin_of(dest)
            assert plugin is not None, dest
            found.setdefault(system, set()).add(plugin)
    return found


@pytest.mark.parametrize("system", ["linux", "win32", "darwin"])
def test_every_kept_plugin_is_one_the_wheel_has(system: str) -> None:
    """A keep-list name that matches nothing would leave the bundle without that plugin
    (macOS' network backend was renamed in Qt 6.7: qapplenetworkinformation)."""
    in_wheel = wheel_plugins()[system]
    for folder, names in bundle_rules.kept_plugins(system).items():
        present = {name for name in names if (folder, name) in in_wheel}
        assert present, f"{system}: none of {sorted(names)} is in the wheel's {folder}"


def test_only_what_the_dropped_plugins_alone_linked_is_pruned() -> None:
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/w/libqxcb.so", "BINARY"),
        ("PySide6/QtCore.abi3.so", "/w/QtCore.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/w/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/w/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "/w/libQt6WaylandClient.so.6", "BINARY"),
        ("libwayland-client.so.0", "/usr/lib/libwayland-client.so.0", "BINARY"),
        # A hook collected it to be loaded at run time: nothing links it, it stays.
        ("libloaded-by-ctypes.so.1", "/usr/lib/libloaded-by-ctypes.so.1", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/w/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/w/libQt6XcbQpa.so.6": ["libQt6Core.so.6"],
        "/w/QtCore.abi3.so": ["libQt6Core.so.6"],
        # The dropped Wayland plugin linked Qt Core (kept: needed) and its own libraries.
        "/w/libqwayland.so": ["libQt6WaylandClient.so.6", "libQt6Core.so.6"],
        "/w/libQt6WaylandClient.so.6": ["libwayland-client.so.0"],
    }
    kept = bundle_rules.prune_libraries(
        binaries, ["/w/libqwayland.so"], lambda path: links.get(path, [])
    )
    assert [Path(dest).name for dest, _, _ in kept] == [
        "libqxcb.so",
        "QtCore.abi3.so",
        "libQt6XcbQpa.so.6",
        "libQt6Core.so.6",
        "libloaded-by-ctypes.so.1",
        "libpython3.11.so.1.0",
    ]


def test_the_licence_notice_lists_what_the_app_runs_on_and_not_the_tools() -> None:
    runtime = bundle_rules.runtime_distributions()
    names = {bundle_rules._normalise(d.metadata["Name"]) for d in runtime}
    assert {"pyside6-essentials", "shiboken6", "keyring", "requests", "phonenumberslite"} <= names
    # Test and build tools are installed here too, but the app doesn't run on them.
    assert not names & {"pytest", "pillow", "mypy", "hypothesis", "pyinstaller"}
    notice = bundle_rules.third_party_notice(runtime)
    assert "LGPL-3.0" in notice and "Python 3." in notice
    assert "cg-desktop " not in notice.split("\n", 3)[-1]  # the app itself is not third party


def test_windows_links_match_whatever_their_case() -> None:
    binaries = [
        ("PySide6/plugins/platforms/qwindows.dll", "C:/w/qwindows.dll", "BINARY"),
        ("PySide6/Qt6Core.dll", "C:/w/Qt6Core.dll", "BINARY"),
        ("PySide6/Qt6Pdf.dll", "C:/w/Qt6Pdf.dll", "BINARY"),
    ]
    links = {"C:/w/qwindows.dll": ["QT6CORE.DLL"], "C:/w/qpdf.dll": ["qt6pdf.dll", "Qt6Core.dll"]}
    kept = bundle_rules.prune_libraries(
        binaries, ["C:/w/qpdf.dll"], lambda path: links.get(path, []), "win32"
    )
    assert [Path(dest).name for dest, _, _ in kept] == ["qwindows.dll", "Qt6Core.dll"]


def test_a_pruned_macos_framework_goes_whole() -> None:
    pdf = "PySide6/Qt/lib/QtPdf.framework/"
    before = [
        (f"{pdf}Versions/A/QtPdf", "/w/QtPdf", "BINARY"),
        ("PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore", "/w/QtCore", "BINARY"),
    ]
    after = before[1:]
    gone = bundle_rules.frameworks_left_out(before, after)
    assert gone == {pdf}
    datas = [
        (f"{pdf}Resources/Info.plist", "/w/pdf.plist", "DATA"),
        ("PySide6/Qt/lib/QtCore.framework/Resources/Info.plist", "/w/core.plist", "DATA"),
    ]
    assert bundle_rules.outside(datas, gone) == datas[1:]
