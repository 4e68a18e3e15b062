"""macOS: what gets signed in which order, notarization decided from the environment, and
whole package.py runs with stand-ins for codesign, xcrun, ditto, spctl and security.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from fake_tools import FakeTools

# packaging/ is on sys.path (conftest.py), as when build.py runs these scripts.
from macos import codesign, notary
from macos import package as macos_package

APP_PASSWORD = "abcd-efgh-ijkl-mnop"
P12_PASSWORD = "p12-Pa55word-never-printed"
THIN_ARM64 = b"\xcf\xfa\xed\xfe\x0c\x00\x00\x01"
FAT = b"\xca\xfe\xba\xbe\x00\x00\x00\x02"
JAVA_CLASS = b"\xca\xfe\xba\xbe\x00\x00\x00\x34"

IDENTITY = {"MACOS_SIGN_IDENTITY": "Developer ID Application: X (TEAM)"}
APPLE_ACCOUNT = {
    "APPLE_ID": "me@example.com",
    "APPLE_TEAM_ID": "TEAM123",
    "APPLE_APP_PASSWORD": APP_PASSWORD,
}


def _write(path: Path, content: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


@pytest.fixture
def app(tmp_path: Path) -> Path:
    """A small .app laid out as PyInstaller 6 does, links between Frameworks and Resources."""
    bundle = tmp_path / "dist" / "cg-desktop.app"
    contents = bundle / "Contents"
    _write(contents / "Info.plist", b"<plist/>")
    _write(contents / "MacOS" / "cg-desktop", THIN_ARM64)
    _write(contents / "Frameworks" / "libpython3.11.dylib", FAT)
    _write(contents / "Frameworks" / "lib-dynload" / "_ctypes.cpython-311-darwin.so", THIN_ARM64)
    framework = contents / "Frameworks" / "PySide6" / "Qt" / "lib" / "QtCore.framework"
    _write(framework / "Versions" / "A" / "QtCore", THIN_ARM64)
    _write(framework / "Versions" / "A" / "Resources" / "Info.plist", b"<plist/>")
    (framework / "Versions" / "Current").symlink_to("A")
    (framework / "QtCore").symlink_to("Versions/Current/QtCore")
    _write(contents / "Resources" / "base_library.zip", b"PK\x03\x04")
    _write(contents / "Resources" / "Something.class", JAVA_CLASS)
    (contents / "Resources" / "libpython3.11.dylib").symlink_to("../Frameworks/libpython3.11.dylib")
    return bundle


def test_signing_order_is_inside_out_and_skips_links_and_data(app: Path) -> None:
    order = codesign.signing_order(app)
    contents = app / "Contents"
    framework = contents / "Frameworks" / "PySide6" / "Qt" / "lib" / "QtCore.framework"
    assert set(order) == {
        contents / "MacOS" / "cg-desktop",
        contents / "Frameworks" / "libpython3.11.dylib",
        contents / "Frameworks" / "lib-dynload" / "_ctypes.cpython-311-darwin.so",
        framework / "Versions" / "A" / "QtCore",
        framework,
        app,
    }
    assert len(order) == len(set(order))
    # Whatever is inside something is signed before it; the app last of all.
    for index, path in enumerate(order):
        inner = [other for other in order[index + 1 :] if path in other.parents]
        assert inner == [], f"{inner} signed after {path}, which contains it"
    assert order[-1] == app


def test_app_signing_commands_use_runtime_timestamp_and_entitlements_where_due(
    app: Path,
) -> None:
    keychain = Path("/tmp/k.keychain-db")
    commands = codesign.app_signing_commands(app, "Developer ID Application: X (TEAM)", keychain)
    for command in commands:
        assert command[:4] == [
            "codesign",
            "--force",
            "--sign",
            "Developer ID Application: X (TEAM)",
        ]
        assert "--timestamp" in command
        assert command[command.index("--options") + 1] == "runtime"
        assert command[command.index("--keychain") + 1] == str(keychain)
    with_entitlements = [Path(c[-1]) for c in commands if "--entitlements" in c]
    assert with_entitlements == [app / "Contents" / "MacOS" / "cg-desktop", app]
    verify = codesign.verify_command(app)
    assert verify[:5] == ["codesign", "--verify", "--deep", "--strict", "--verbose=2"]


def test_no_identity_means_skip() -> None:
    for env in ({}, {"MACOS_SIGN_IDENTITY": "  "}):
        decision = codesign.signing_identity(env)
        assert isinstance(decision, codesign.Skip)
        assert "MACOS_SIGN_IDENTITY" in decision.reason


def test_identity_keeps_its_certificate_out_of_repr() -> None:
    env = {
        "MACOS_SIGN_IDENTITY": "Developer ID Application: X (TEAM)",
        "MACOS_CERT_P12_BASE64": "QUJD",
        "MACOS_CERT_PASSWORD": P12_PASSWORD,
    }
    identity = codesign.signing_identity(env)
    assert isinstance(identity, codesign.SigningIdentity)
    assert identity.p12_password == P12_PASSWORD
    assert P12_PASSWORD not in repr(identity) and "QUJD" not in repr(identity)


def test_notarization_decisions() -> None:
    assert isinstance(notary.notary_credentials({"APPLE_ID": "a"}, signed=False), notary.Skip)
    skipped = notary.notary_credentials({"APPLE_ID": "", "APPLE_TEAM_ID": ""}, signed=True)
    assert isinstance(skipped, notary.Skip) and "MACOS_NOTARY_KEYCHAIN_PROFILE" in skipped.reason
    profile = notary.notary_credentials({"MACOS_NOTARY_KEYCHAIN_PROFILE": "cg"}, signed=True)
    assert profile == notary.NotaryCredentials(("--keychain-profile", "cg"))
    credentials = notary.notary_credentials(APPLE_ACCOUNT, signed=True)
    assert isinstance(credentials, notary.NotaryCredentials)
    assert APP_PASSWORD not in repr(credentials)
    command = notary.submit_command(Path("app.zip"), credentials)
    assert command[:4] == ["xcrun", "notarytool", "submit", "app.zip"]
    assert command[command.index("--apple-id") + 1] == "me@example.com"
    assert command[command.index("--team-id") + 1] == "TEAM123"
    assert command[command.index("--password") + 1] == APP_PASSWORD
    assert "--wait" in command and command[command.index("--output-format") + 1] == "json"


def test_half_configured_notarization_is_an_error() -> None:
    with pytest.raises(notary.NotaryConfigError, match="APPLE_APP_PASSWORD missing"):
        notary.notary_credentials({"APPLE_ID": "me", "APPLE_TEAM_ID": "T"}, signed=True)


def test_notarytool_answers() -> None:
    accepted = notary.outcome('{"id": "4c1b", "status": "Accepted", "message": "ok"}')
    assert accepted.accepted and accepted.submission_id == "4c1b"
    assert not notary.outcome('{"id": "4c1b", "status": "Invalid"}').accepted
    with pytest.raises(ValueError):
        notary.outcome("Error: HTTP status code: 401")


# --- whole runs with stand-in tools --------------------------------------------------------


@pytest.fixture
def tools(fake_tools: FakeTools, monkeypatch: pytest.MonkeyPatch) -> FakeTools:
    """codesign, xcrun, ditto, spctl and security stand-ins; dmgbuild replaced by a copy."""
    for name in ("codesign", "ditto", "spctl"):
        fake_tools.add(name)
    fake_tools.add(
        "xcrun",
        """
        if args[:2] == ["notarytool", "submit"]:
            print('{"id": "sub-1", "status": "%s"}' % os.environ.get("FAKE_NOTARY", "Accepted"))
        elif args[:2] == ["notarytool", "log"]:
            print("The signature of the binary is invalid.")
        """,
    )
    fake_tools.add(
        "security",
        """
        if args[:1] == ["list-keychains"] and "-s" not in args:
            print('    "/Users/runner/Library/Keychains/login.keychain-db"')
        """,
    )
    fake_tools.add("fake-dmgbuild", "open(args[-1], 'wb').write(b'dmg')")
    fake_dmgbuild = str(fake_tools.folder / "fake-dmgbuild")
    monkeypatch.setattr(
        macos_package, "dmg_command", lambda python, app, dmg: [fake_dmgbuild, str(app), str(dmg)]
    )
    return fake_tools


def _configure(monkeypatch: pytest.MonkeyPatch, *settings: dict[str, str]) -> None:
    for variables in settings:
        for name, value in variables.items():
            monkeypatch.setenv(name, value)


def _main(app: Path, tmp_path: Path) -> int:
    return macos_package.main(
        ["--app", str(app), "--version", "1.2.3", "--out", str(tmp_path / "installers")]
    )


def test_unsigned_run_still_makes_the_dmg(
    app: Path, tmp_path: Path, tools: FakeTools, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _main(app, tmp_path) == 0
    printed = capsys.readouterr().out
    assert "codesign: skipped (no MACOS_SIGN_IDENTITY in the environment)" in printed
    assert "notarization: skipped" in printed
    assert (tmp_path / "installers" / "cg-desktop-1.2.3-macos.dmg").read_bytes() == b"dmg"
    assert tools.calls("codesign") == [] and tools.calls("xcrun") == []


def test_signed_and_notarized_run(
    app: Path,
    tmp_path: Path,
    tools: FakeTools,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    p12 = {
        "MACOS_CERT_P12_BASE64": base64.b64encode(b"p12 bytes").decode(),
        "MACOS_CERT_PASSWORD": P12_PASSWORD,
    }
    _configure(monkeypatch, IDENTITY, p12, APPLE_ACCOUNT)
    assert _main(app, tmp_path) == 0
    dmg = tmp_path / "installers" / "cg-desktop-1.2.3-macos.dmg"

    signed = [call[-1] for call in tools.args("codesign") if "--sign" in call]
    app_signed = signed.index(str(app))
    assert signed[app_signed + 1 :] == [str(dmg)]  # the app last of its contents, then the dmg
    assert [c for c in tools.args("codesign") if "--verify" in c] != []
    order = [entry["tool"] for entry in tools.calls() if entry["tool"] != "security"]
    assert order.index("ditto") > order.index("codesign")
    submits = [c for c in tools.args("xcrun") if c[:2] == ["notarytool", "submit"]]
    assert [Path(c[2]).suffix for c in submits] == [".zip", ".dmg"]
    staples = [c[-1] for c in tools.args("xcrun") if c[:2] == ["stapler", "staple"]]
    assert staples == [str(app), str(dmg)]

    # The temporary keychain: made, searched while signing, removed, search list restored.
    security = tools.args("security")
    assert security[-1][0] == "delete-keychain"
    assert security[-2] == [
        "list-keychains",
        "-d",
        "user",
        "-s",
        "/Users/runner/Library/Keychains/login.keychain-db",
    ]
    keychain = security[-1][1]
    assert not os.path.exists(os.path.dirname(keychain))
    assert all(
        c[c.index("--keychain") + 1] == keychain for c in tools.args("codesign") if "--sign" in c
    )

    output = capfd.readouterr()
    for secret in (APP_PASSWORD, P12_PASSWORD):
        assert secret not in output.out + output.err
    assert "notarization: cg-desktop.app accepted" in output.out


def test_rejected_notarization_fails_with_apples_report(
    app: Path,
    tmp_path: Path,
    tools: FakeTools,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    _configure(monkeypatch, IDENTITY, {"MACOS_NOTARY_KEYCHAIN_PROFILE": "cg-notary"})
    monkeypatch.setenv("FAKE_NOTARY", "Invalid")
    assert _main(app, tmp_path) == 1
    printed = capfd.readouterr().out
    assert "notarization of cg-desktop.app: Invalid" in printed
    assert "The signature of the binary is invalid." in printed
    assert tools.calls("security") == []  # an identity already in a keychain: none made


def test_a_failing_tool_is_shown_without_secrets(
    app: Path,
    tmp_path: Path,
    tools: FakeTools,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    _configure(monkeypatch, IDENTITY, APPLE_ACCOUNT)
    tools.add("xcrun", f"print('Error: invalid password {APP_PASSWORD}')\nsys.exit(69)")
    assert _main(app, tmp_path) == 1
    output = capfd.readouterr()
    assert "notarytool submit" in output.out and "(exit 69)" in output.out
    assert APP_PASSWORD not in output.out + output.err
