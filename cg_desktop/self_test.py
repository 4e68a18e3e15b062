"""`cg-desktop --self-test`: can this installed or frozen app work? No network, no window.

Each check is one line, "ok" or "FAIL" and what it found; the exit code is 1 when one
fails. It is what an installer's build runs on the bundle it made, and what support asks
a user to run when the app won't start.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

# Qt's own translations, in the languages the app is planned in (packaging keeps these).
QT_LANGUAGES = ("de", "es", "fr", "nl", "pt_BR")
# A number per region whose metadata the phone check needs (the desks' countries).
_PHONES = {
    "GB": "+44 20 7946 0958",
    "US": "+1 202 555 0173",
    "NL": "+31 20 123 4567",
    "DE": "+49 30 12345678",
    "BR": "+55 11 91234 5678",
}
# The Qt plugins the app needs, per system: folder → each needed plugin, as the names it
# may have (Qt renamed macOS' network backend).
_REQUIRED_PLUGINS: dict[str, dict[str, list[tuple[str, ...]]]] = {
    "linux": {
        "platforms": [("qxcb",), ("qoffscreen",)],
        "platforminputcontexts": [
            ("composeplatforminputcontextplugin",),
            ("ibusplatforminputcontextplugin",),
        ],
        "networkinformation": [("qnetworkmanager",)],
        "iconengines": [("qsvgicon",)],
        "imageformats": [("qsvg",)],
    },
    "win32": {
        "platforms": [("qwindows",), ("qoffscreen",)],
        "styles": [("qmodernwindowsstyle",)],
        "networkinformation": [("qnetworklistmanager",)],
        "iconengines": [("qsvgicon",)],
        "imageformats": [("qsvg",)],
    },
    "darwin": {
        "platforms": [("qcocoa",), ("qoffscreen",)],
        "styles": [("qmacstyle",)],
        "networkinformation": [("qapplenetworkinformation", "qscnetworkreachability")],
        "iconengines": [("qsvgicon",)],
        "imageformats": [("qsvg",)],
    },
}
_TEST_SERVICE = "cg-desktop:self-test"


class CheckFailed(Exception):
    """A check found something wrong; the message says what, for a person."""


@dataclass(frozen=True)
class Outcome:
    """One check's line: its name, whether it passed, and what it found."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        """The printed line, e.g. "ok    sqlite: a record written and read back"."""
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


def check_version() -> str:
    """The package metadata is there (About and the installers read the version from it)."""
    from cg_desktop.core.about import app_licence, app_version

    version = app_version()
    if version.startswith("unknown"):
        raise CheckFailed("no package metadata: the version is unknown")
    return f"{version} ({app_licence()})"


def check_resources() -> str:
    """The files shipped inside the package: the demo profiles, the sandbox's account, the icon."""
    from importlib import resources

    from cg_desktop.core.profiles.files import PRACTICE_PROFILES, load_profile

    root = resources.files("cg_desktop.resources")
    for name in PRACTICE_PROFILES:
        with resources.as_file(root / "profiles" / name) as path:
            load_profile(Path(path))
    account = (root / "sandbox" / "demo_account.json").read_text(encoding="utf-8")
    icon = (root / "icons" / "cg-desktop.svg").read_bytes()
    if not account.strip() or b"<svg" not in icon:
        raise CheckFailed("the sandbox account or the icon is empty")
    return f"{len(PRACTICE_PROFILES)} demo profiles, the sandbox account, the icon"


def check_phone_numbers() -> str:
    """phonenumbers has its per-country metadata (loaded lazily, so easy to leave out)."""
    import phonenumbers

    for region, text in _PHONES.items():
        number = phonenumbers.parse(text, region)
        if not phonenumbers.is_valid_number(number):
            raise CheckFailed(f"{text} is not understood as a {region} number")
    return f"numbers of {', '.join(_PHONES)} understood"


def check_sqlite() -> str:
    """The history database: a record written through the store and read back."""
    import sqlite3

    from cg_desktop.core.store.recovery import open_store

    with tempfile.TemporaryDirectory(prefix="cg-desktop-self-test-") as folder:
        store, notice = open_store(Path(folder) / "sends.db")
        try:
            send_id = store.enqueue(
                profile="self-test",
                region="sandbox",
                configuration="self-test",
                record={"email": "self-test@example.com"},
            )
            send = store.get(send_id)
        finally:
            store.close()
    if notice is not None or send is None or send.record.get("email") != "self-test@example.com":
        raise CheckFailed("the record did not come back as written")
    return f"a record written and read back (SQLite {sqlite3.sqlite_version})"


def check_keyring(save: bool) -> str:
    """The keyring backend secrets would go to; with `save`, a throwaway secret round trip."""
    from cg_desktop.core.credentials import CredentialStore

    credentials = CredentialStore()
    status = credentials.status()
    if not status.secure:
        # The app still works (the secret is kept for the session only), but support
        # needs to know, and what to do about it.
        raise CheckFailed(
            "no keyring to keep the Client Secret in, so it would be asked for at every "
            "start. On Linux, log in to a desktop session with GNOME Keyring or KWallet "
            "running and unlocked."
        )
    if not save:
        return f"{status.backend_name} (not written to: --save-test-credential does)"
    # A random value, so a stale entry from an earlier run can't pass for this one.
    secret = os.urandom(16).hex()
    credentials.save(_TEST_SERVICE, "self-test", secret)
    try:
        if credentials.secret(_TEST_SERVICE, "self-test") != secret:
            raise CheckFailed(f"{status.backend_name} gave back another value")
    finally:
        credentials.delete(_TEST_SERVICE, "self-test")
    return f"{status.backend_name}: a credential saved, read back and deleted"


def check_trust_store() -> str:
    """TLS can use the operating system's certificates (corporate proxies need them)."""
    import ssl

    import truststore

    truststore.inject_into_ssl()
    try:
        context = ssl.create_default_context()
        if not isinstance(context, truststore.SSLContext):
            raise CheckFailed("ssl still makes its own contexts after the injection")
    finally:
        truststore.extract_from_ssl()
    if sys.platform.startswith("linux"):
        # Windows and macOS answer from their own certificate stores; on Linux the system
        # keeps them in files, and with none TLS to CustomerGauge can't be verified.
        found = _linux_certificates()
        if found is None:
            raise CheckFailed("this system has no CA certificates (install ca-certificates)")
        return f"injected into ssl; the system's certificates are in {found}"
    return "injected into ssl, and taken out again"


# Where Linux distributions keep their CA bundle (truststore 0.10's own list).
_CA_FILES = (
    "/etc/ssl/cert.pem",  # Alpine, Arch
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  # Fedora, RHEL
    "/etc/pki/tls/cert.pem",
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu
    "/etc/ssl/ca-bundle.pem",  # openSUSE
)


def _linux_certificates() -> str | None:
    """Where truststore will find certificates: a non-empty CA file, or a folder holding
    hashed certificate files (an empty /etc/ssl/certs from openssl alone doesn't count)."""
    import re
    import ssl

    defaults = ssl.get_default_verify_paths()
    for name in (defaults.cafile, *_CA_FILES):
        if name and Path(name).is_file() and Path(name).stat().st_size > 0:
            return name
    hashed = re.compile(r"^[0-9a-f]{8}\.\d$")
    for folder in (defaults.capath, defaults.openssl_capath):
        holds = folder and Path(folder).is_dir() and any(map(hashed.match, os.listdir(folder)))
        if holds:
            return folder
    return None


def check_qt(system: str = sys.platform) -> Iterator[tuple[str, Callable[[], str]]]:
    """The Qt checks, with one offscreen application made for them."""
    yield "qt offscreen", _qt_application
    yield "qt plugins", lambda: _required_plugins(system)
    yield "qt network information", _network_information
    yield "qt svg icon", _svg_icon
    yield "qt translations", _qt_translations
    yield "stop signal", _stop_signal


def _qt_application() -> str:
    """A Qt application starts on the offscreen platform (no screen needed)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    return f"Qt {pyside_version} started on {QApplication.platformName() or app.objectName()}"


def _plugin_files(folder: str) -> list[Path]:
    """The plugin files in one of Qt's plugin folders."""
    from PySide6.QtCore import QLibraryInfo

    base = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / folder
    return sorted(p for p in base.glob("*") if p.suffix in {".so", ".dll", ".dylib"})


def _load_plugin(path: Path) -> None:
    """Load a plugin's library (so every library it links to must be found), or fail."""
    from PySide6.QtCore import QPluginLoader

    loader = QPluginLoader(str(path))
    if not loader.load():
        raise CheckFailed(f"{path.name} does not load: {loader.errorString()}")


def _required_plugins(system: str) -> str:
    """Every plugin the app needs on this system is there, and loads with all it links to.

    The desk's own platform (xcb, windows, cocoa), the input methods (compose for é and
    dead keys, ibus), the style, the network-information backend and the SVG icon.
    """
    key = "linux" if system.startswith("linux") else system
    needed = _REQUIRED_PLUGINS.get(key, {})
    loaded = []
    for folder, alternatives in needed.items():
        for names in alternatives:
            files = {_plugin_stem(p): p for p in _plugin_files(folder)}
            found = [files[name] for name in names if name in files]
            if not found:
                raise CheckFailed(f"no {' or '.join(names)} plugin in {folder}")
            _load_plugin(found[0])
            loaded.append(_plugin_stem(found[0]))
    return f"{len(loaded)} load: {', '.join(loaded)}"


def _plugin_stem(path: Path) -> str:
    """A plugin's name without "lib" and the suffix: libqxcb.so → qxcb."""
    stem = path.name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def _network_information() -> str:
    """The network-information plugin the sender asks whether the network is back."""
    from PySide6.QtNetwork import QNetworkInformation

    plugins = _plugin_files("networkinformation")
    if not plugins:
        raise CheckFailed("no network-information plugin")
    for plugin in plugins:
        _load_plugin(plugin)
    backends = QNetworkInformation.availableBackends()
    if not backends:
        raise CheckFailed("Qt lists no network-information backend")
    return f"backends: {', '.join(backends)}"


def _svg_icon() -> str:
    """The app icon (an SVG) draws: the icon engine and image plugins are there."""
    from importlib import resources

    from PySide6.QtGui import QIcon

    with resources.as_file(resources.files("cg_desktop.resources") / "icons") as folder:
        icon = QIcon(str(Path(folder) / "cg-desktop.svg"))
        image = icon.pixmap(64, 64).toImage()
    if image.isNull() or image.pixelColor(32, 32).alpha() == 0:
        raise CheckFailed("the icon draws nothing")
    return "the app icon draws at 64 px"


def _stop_signal() -> str:
    """SIGTERM wakes the event loop (how the system stops the app) and the app would close."""
    import signal

    from PySide6.QtCore import QEventLoop, QTimer

    from cg_desktop.ui.signal_wake import SignalWake

    loop = QEventLoop()
    heard: list[bool] = []

    def stop() -> None:
        heard.append(True)
        loop.quit()

    wake = SignalWake(stop)
    # Bounds a hang only: the notifier answers at once when it works.
    QTimer.singleShot(10_000, loop.quit)
    try:
        signal.raise_signal(signal.SIGTERM)
        if not heard:
            loop.exec()
    finally:
        wake.stop()
    if not heard:
        raise CheckFailed("SIGTERM did not wake the event loop")
    return "SIGTERM wakes the event loop"


def _qt_translations() -> str:
    """Qt's own translations (standard buttons) load in the planned languages."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    missing = [lang for lang in QT_LANGUAGES if not QTranslator().load(f"qtbase_{lang}", folder)]
    if missing:
        raise CheckFailed(f"qtbase translations missing: {', '.join(missing)}")
    return f"qtbase in {', '.join(QT_LANGUAGES)}"


def checks(save_credential: bool) -> Iterator[tuple[str, Callable[[], str]]]:
    """Every check, in the order they are printed."""
    yield "version", check_version
    yield "resources", check_resources
    yield "phone numbers", check_phone_numbers
    yield "sqlite", check_sqlite
    yield "keyring", lambda: check_keyring(save_credential)
    yield "trust store", check_trust_store
    yield from check_qt()


def run_check(name: str, check: Callable[[], str]) -> Outcome:
    """Run one check; any exception is that check's failure, told in a line."""
    try:
        return Outcome(name, True, check())
    except CheckFailed as exc:
        return Outcome(name, False, str(exc))
    except Exception as exc:  # a self-test reports, whatever broke
        return Outcome(name, False, f"{type(exc).__name__}: {exc}")


@contextmanager
def _output(path: Path | None) -> Iterator[list[TextIO]]:
    """Where the lines go: stdout when there is one (a windowed .exe has none), and a file."""
    streams: list[TextIO] = [sys.stdout] if sys.stdout is not None else []
    if path is None:
        yield streams
        return
    with path.open("w", encoding="utf-8") as file:
        yield [*streams, file]


def run_self_test(*, save_credential: bool = False, output: Path | None = None) -> int:
    """Run every check, print a line each, and return the exit code (0: all passed)."""
    failed = 0
    with _output(output) as streams:
        for name, check in checks(save_credential):
            outcome = run_check(name, check)
            failed += not outcome.ok
            for stream in streams:
                print(outcome.line(), file=stream, flush=True)
        summary = "all checks passed" if not failed else f"{failed} check(s) failed"
        for stream in streams:
            print(summary, file=stream, flush=True)
    return 1 if failed else 0
