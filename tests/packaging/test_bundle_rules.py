"""What the frozen bundle keeps (packaging/bundle_rules.py), system by system."""

from __future__ import annotations

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
