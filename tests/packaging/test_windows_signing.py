"""Windows: signing decided from the environment, and a whole package.py run with stand-ins.

ISCC and signtool are small programs on PATH here (conftest.FakeTools) that log how they
were called; the stand-in ISCC also runs the sign command it was given, as the real one
does, so the chain ISCC -> signing.py -> signtool is exercised too.
"""

from __future__ import annotations

import base64
import shlex
from pathlib import Path

import pytest
from fake_tools import FakeTools

# packaging/ is on sys.path (conftest.py), as when build.py runs these scripts.
from windows import package, signing

PASSWORD = "pfx-Pa55word-never-printed"
PFX = b"\x30\x82fake pfx bytes"

# The stand-in ISCC: writes the setup exe where /DOutputDir says, and signs it with the
# /S command (ISCC's $q and $f replaced as ISCC does), failing when that command fails.
_ISCC = """
import subprocess
defines = dict(a[2:].split("=", 1) for a in args if a.startswith("/D") and "=" in a)
out = os.path.join(defines["OutputDir"], "cg-desktop-%s-windows-setup.exe" % defines["AppVersion"])
with open(out, "wb") as setup:
    setup.write(b"MZ setup")
for a in args:
    if a.startswith("/Scgsign="):
        line = a.split("=", 1)[1].replace("$q", '"').replace("$f", '"%s"' % out)
        sys.exit(subprocess.run(shlex.split(line)).returncode)
"""
# The stand-in signtool: records the certificate file it was given, as it was then.
_SIGNTOOL = """
pfx = args[args.index("/f") + 1]
with open(os.environ["FAKE_TOOL_LOG"] + ".pfx", "ab") as seen:
    seen.write(open(pfx, "rb").read() + b"\\n")
"""


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A PyInstaller folder with the one file package.py needs."""
    folder = tmp_path / "dist" / "cg-desktop"
    folder.mkdir(parents=True)
    (folder / "cg-desktop.exe").write_bytes(b"MZ app")
    return folder


@pytest.fixture
def tools(fake_tools: FakeTools, monkeypatch: pytest.MonkeyPatch) -> FakeTools:
    """ISCC and signtool stand-ins, found through $ISCC and $SIGNTOOL."""
    iscc = fake_tools.add("ISCC", "import shlex\n" + _ISCC)
    signtool = fake_tools.add("signtool", _SIGNTOOL)
    monkeypatch.setenv("ISCC", str(iscc))
    monkeypatch.setenv("SIGNTOOL", str(signtool))
    return fake_tools


def _main(bundle: Path, tmp_path: Path) -> int:
    folders = ["--bundle", str(bundle), "--icons", str(tmp_path / "icons")]
    return package.main([*folders, "--version", "1.2.3", "--out", str(tmp_path / "installers")])


def test_no_certificate_means_skip_with_a_clear_line() -> None:
    for env in ({}, {"WINDOWS_CERT_PFX_BASE64": "", "WINDOWS_CERT_PASSWORD": ""}):
        plan = signing.signing_plan(env)
        assert isinstance(plan, signing.Skip)
        assert "WINDOWS_CERT_PFX_BASE64" in plan.reason and "SmartScreen" in plan.reason


def test_certificate_in_the_environment_plans_signing() -> None:
    env = {"WINDOWS_CERT_PFX_BASE64": "QUJD\n", "WINDOWS_CERT_PASSWORD": PASSWORD}
    plan = signing.signing_plan(env)
    assert isinstance(plan, signing.SigningPlan)
    assert plan.timestamp_url == signing.DEFAULT_TIMESTAMP_URL
    assert PASSWORD not in repr(plan)
    command = signing.signtool_command(
        Path("signtool.exe"), Path("c.pfx"), plan.password, plan.timestamp_url, Path("a.exe")
    )
    assert command[:2] == ["signtool.exe", "sign"]
    assert command[command.index("/fd") + 1] == "SHA256"
    assert command[command.index("/td") + 1] == "SHA256"
    assert command[command.index("/tr") + 1] == signing.DEFAULT_TIMESTAMP_URL
    assert command[command.index("/f") + 1] == "c.pfx"
    assert command[command.index("/p") + 1] == PASSWORD
    assert command[-1] == "a.exe"
    assert PASSWORD not in signing.shown(command, [PASSWORD])


def test_a_certificate_without_password_is_signed_without_p() -> None:
    command = signing.signtool_command(Path("s"), Path("c.pfx"), "", "http://ts", Path("a.exe"))
    assert "/p" not in command


def test_iscc_command_passes_absolute_paths_and_the_sign_tool(tmp_path: Path) -> None:
    command = package.iscc_command(
        Path("ISCC.exe"),
        version="1.2.3rc1",
        bundle=Path("dist"),
        icon=Path("icons/cg-desktop.ico"),
        out=Path("out"),
        sign_command=package.sign_tool_command(Path("/py$/python"), Path("/s/signing.py")),
    )
    assert command[0] == "ISCC.exe" and command[-1] == str(package.SCRIPT)
    assert "/DAppVersion=1.2.3rc1" in command
    assert "/DFileVersion=1.2.3.0" in command
    assert f"/DBundleDir={Path('dist').resolve()}" in command
    assert f"/DOutputDir={Path('out').resolve()}" in command
    assert "/Scgsign=$q/py$$/python$q $q/s/signing.py$q $f" in command
    assert "/DSignToolName=cgsign" in command


def test_finding_iscc_and_signtool(tmp_path: Path) -> None:
    assert package.find_iscc({"ISCC": "D:/Inno/ISCC.exe"}) == Path("D:/Inno/ISCC.exe")
    assert package.find_iscc({}, which=lambda name: None, exists=lambda path: False) is None
    usual = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
    assert package.find_iscc({}, which=lambda name: None, exists=lambda p: p == usual) == usual
    for version in ("10.0.19041.0", "10.0.22621.0", "10.0.9999.0"):
        tool = tmp_path / version / "x64" / "signtool.exe"
        tool.parent.mkdir(parents=True)
        tool.write_bytes(b"")
    newest = signing.find_signtool({}, which=lambda name: None, kits=tmp_path)
    assert newest == tmp_path / "10.0.22621.0" / "x64" / "signtool.exe"
    assert signing.find_signtool({"SIGNTOOL": "x"}, kits=tmp_path) == Path("x")


def test_unsigned_package_run(
    bundle: Path, tmp_path: Path, tools: FakeTools, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _main(bundle, tmp_path) == 0
    printed = capsys.readouterr().out
    assert "signing: skipped (no WINDOWS_CERT_PFX_BASE64 in the environment)" in printed
    assert (tmp_path / "installers" / "cg-desktop-1.2.3-windows-setup.exe").is_file()
    [iscc] = tools.args("ISCC")
    assert "/DAppVersion=1.2.3" in iscc
    assert not any(arg.startswith("/S") for arg in iscc)
    assert tools.args("signtool") == []


def test_signed_package_run_signs_app_uninstaller_and_setup_and_hides_the_password(
    bundle: Path,
    tmp_path: Path,
    tools: FakeTools,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("WINDOWS_CERT_PFX_BASE64", base64.b64encode(PFX).decode())
    monkeypatch.setenv("WINDOWS_CERT_PASSWORD", PASSWORD)
    assert _main(bundle, tmp_path) == 0
    setup = tmp_path / "installers" / "cg-desktop-1.2.3-windows-setup.exe"
    signed = [call[-1] for call in tools.args("signtool")]
    # The app before ISCC; then the setup exe, through ISCC's sign command.
    assert signed == [str(bundle / "cg-desktop.exe"), str(setup)]
    for call in tools.args("signtool"):
        assert call[call.index("/p") + 1] == PASSWORD
    # signtool got the decoded certificate each time; afterwards no copy is left.
    assert Path(str(tools.log) + ".pfx").read_bytes() == PFX + b"\n" + PFX + b"\n"
    [iscc] = tools.calls("ISCC")
    pfx_file = Path(iscc["env"]["CG_SIGN_PFX_FILE"])
    assert not pfx_file.exists() and not pfx_file.parent.exists()
    output = capfd.readouterr()
    assert "cg-desktop.exe, the uninstaller and the setup exe are signed" in output.out
    assert PASSWORD not in output.out + output.err


def test_signing_failures_stop_the_build_without_showing_secrets(
    bundle: Path,
    tmp_path: Path,
    tools: FakeTools,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("WINDOWS_CERT_PFX_BASE64", "not base64 at all!")
    monkeypatch.setenv("WINDOWS_CERT_PASSWORD", PASSWORD)
    assert _main(bundle, tmp_path) == 1
    assert "is not valid base64" in capfd.readouterr().out

    monkeypatch.setenv("WINDOWS_CERT_PFX_BASE64", base64.b64encode(PFX).decode())
    tools.add("signtool", f"print('SignTool Error: bad password {PASSWORD}')\nsys.exit(1)")
    assert _main(bundle, tmp_path) == 1
    output = capfd.readouterr()
    assert "signtool failed on cg-desktop.exe" in output.out
    assert PASSWORD not in output.out + output.err
    assert tools.args("ISCC") == []


def test_iscc_failure_is_reported(
    bundle: Path, tmp_path: Path, tools: FakeTools, capsys: pytest.CaptureFixture[str]
) -> None:
    tools.add("ISCC", "sys.exit(2)")
    assert _main(bundle, tmp_path) == 1
    assert "installer: ISCC failed (exit 2)" in capsys.readouterr().out


def test_missing_bundle_or_iscc_is_said_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _main(tmp_path / "nowhere", tmp_path) == 1
    assert "run PyInstaller first" in capsys.readouterr().out
    monkeypatch.setattr(package, "find_iscc", lambda env: None)
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "cg-desktop.exe").write_bytes(b"MZ")
    assert _main(folder, tmp_path) == 1
    assert "Inno Setup 6 not found" in capsys.readouterr().out


def test_sign_command_round_trip_through_shell_words() -> None:
    # What ISCC runs must split back into python, script and file, spaces and all.
    command = package.sign_tool_command(Path("/a b/python"), Path("/c d/signing.py"))
    line = command.replace("$q", '"').replace("$f", '"/e f/setup.exe"')
    assert shlex.split(line) == ["/a b/python", "/c d/signing.py", "/e f/setup.exe"]
