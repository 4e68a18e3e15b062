"""The installer scripts say what they promise: the .iss, the version resource, the workflow.

Inno Setup and the runners can't run here; what is checked is what each file declares,
read the way its tool reads it (the .iss's sections and parameters, the version file as
the Python expression PyInstaller evaluates), plus the scripts' own type check.
"""

from __future__ import annotations

import plistlib
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# packaging/ is on sys.path (conftest.py), as when build.py runs these scripts.
from windows import installer_check, version_file
from windows import package as windows_package

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "cg-desktop.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


# --- reading the .iss as Inno Setup does --------------------------------------------------


def _iss_text() -> str:
    return ISS.read_text(encoding="utf-8")


def _defines(version: str = "1.2.3") -> dict[str, str]:
    """The script's plain #define NAME "value" lines, plus what package.py passes."""
    found = dict(re.findall(r'^#define (\w+) "([^"]*)"$', _iss_text(), re.MULTILINE))
    return {**found, "AppVersion": version}


def _expand(text: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda match: defines[match.group(1)], text)


def _section(name: str) -> list[str]:
    """The non-comment lines of one [Section], preprocessor lines left out."""
    lines: list[str] = []
    inside = False
    for raw in _iss_text().splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            inside = line == f"[{name}]"
            continue
        if inside and line and not line.startswith((";", "#")):
            lines.append(line)
    return lines


def _setup() -> dict[str, str]:
    settings = (line.split("=", 1) for line in _section("Setup"))
    return {key.strip(): value.strip() for key, value in settings}


def _unquote(value: str) -> str:
    """An Inno parameter value: outer quotes removed, "" inside meaning one quote."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('""', '"')
    return value


def _parameters(line: str) -> dict[str, str]:
    """`Name: value; Name: "value"` entries (semicolons inside quotes kept)."""
    parts = re.findall(r'(\w+):\s*((?:"(?:[^"]|"")*"|[^;])*)', line)
    return {key: _unquote(value) for key, value in parts}


def _registry() -> list[dict[str, str]]:
    defines = _defines()
    return [
        {key: _expand(value, defines) for key, value in _parameters(line).items()}
        for line in _section("Registry")
    ]


def _code() -> str:
    return _iss_text().split("[Code]", 1)[1]


def test_installs_per_user_without_admin_rights() -> None:
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"
    # {autopf} is %LOCALAPPDATA%\Programs in a per-user install; no switch to all users.
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    # Every registry entry in this user's hive: HKLM would need admin rights.
    assert {entry["Root"] for entry in _registry()} == {"HKCU"}


def test_output_file_name_matches_what_package_py_expects() -> None:
    setup = _setup()
    name = _expand(setup["OutputBaseFilename"], _defines("1.2.3")) + ".exe"
    assert name == windows_package.installer_name("1.2.3") == "cg-desktop-1.2.3-windows-setup.exe"
    assert setup["OutputDir"] == "{#OutputDir}"
    assert setup["SetupIconFile"] == "{#IconFile}"


def test_a_running_app_is_closed_before_an_upgrade() -> None:
    setup = _setup()
    assert setup["CloseApplications"] == "yes"
    assert "AppMutex" not in setup  # the app has none; a wrong one would silently not match


def test_cgprofile_files_open_with_the_app_for_this_user() -> None:
    entries = {entry["Subkey"]: entry for entry in _registry()}
    extension = entries["Software\\Classes\\.cgprofile"]
    assert extension["ValueName"] == ""
    assert extension["ValueData"] == "cgdesktop.profile"
    command = entries["Software\\Classes\\cgdesktop.profile\\shell\\open\\command"]
    assert command["ValueData"] == '"{app}\\cg-desktop.exe" "%1"'
    assert "uninsdeletekey" in entries["Software\\Classes\\cgdesktop.profile"]["Flags"]
    assert _setup()["ChangesAssociations"] == "yes"


def test_profiles_option_copies_into_the_apps_profiles_folder() -> None:
    code = _code()
    assert "SwitchValue('PROFILES')" in code
    # Both kinds of file, each saved as .json: the app lists profiles\*.json.
    assert "'*.cgprofile'" in code and "'*.json'" in code
    assert "ChangeFileExt(Found.Name, '.json')" in code
    assert "UserDataDir + '\\profiles'" in code
    assert re.search(r"UserDataDir = '\{localappdata\}\\\{#AppName\}'", code)
    # A profile the user has is kept unless /REPLACEPROFILES.
    assert "FileExists(Destination) and not Replace" in code
    assert "HasSwitch('REPLACEPROFILES')" in code
    # A folder that can't be read stops the install before anything changes (exit code 7).
    assert re.search(r"function PrepareToInstall\(.*?DirExists\(Source\)", code, re.DOTALL)


def test_uninstall_keeps_user_data_unless_asked() -> None:
    code = _code()
    step = code.split("procedure CurUninstallStepChanged", 1)[1]
    # The question defaults to No (the second button) and a silent uninstall never deletes
    # unless /REMOVEDATA is given.
    assert "MB_YESNO or MB_DEFBUTTON2" in step
    assert step.index("HasSwitch('REMOVEDATA')") < step.index("UninstallSilent")
    assert "RemoveUserData := False" in step
    assert "DelTree(Dir, True, True, True)" in code
    # Nothing in the script deletes the data folder outside that path.
    assert code.count("DelTree(") == 1
    assert "[UninstallDelete]" not in _iss_text()


def test_installer_check_helpers() -> None:
    app = Path("C:/Users/me/AppData/Local/Programs/cg-desktop")
    assert installer_check.expected_open_command(app) == f'"{app / "cg-desktop.exe"}" "%1"'
    listing = "Currently stored credentials:\n\n    Target: LegacyGeneric:target=cg-desktop:eu\n"
    assert installer_check.credential_listed(listing, "cg-desktop:eu")
    assert not installer_check.credential_listed(listing, "cg-desktop:us")


# --- the version resource ----------------------------------------------------------------


def _evaluate_version_resource(text: str) -> dict[str, Any]:
    """Evaluate the file as PyInstaller does, with constructors that record their arguments."""

    def recorder(name: str) -> Any:
        return lambda *args, **kwargs: {"type": name, "args": args, **kwargs}

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable"]
    names += ["StringStruct", "VarFileInfo", "VarStruct"]
    result: dict[str, Any] = eval(text, {name: recorder(name) for name in names})
    return result


def test_version_resource_for_1_2_3() -> None:
    text = version_file.version_resource("1.2.3")
    assert "filevers=(1, 2, 3, 0)" in text
    info = _evaluate_version_resource(text)
    assert info["type"] == "VSVersionInfo"
    assert info["ffi"]["filevers"] == info["ffi"]["prodvers"] == (1, 2, 3, 0)
    string_table = info["kids"][0]["args"][0][0]
    strings = dict(entry["args"] for entry in string_table["args"][1])
    assert strings["OriginalFilename"] == "cg-desktop.exe"
    assert strings["ProductName"] == "cg-desktop"
    assert strings["FileVersion"] == strings["ProductVersion"] == "1.2.3"
    assert strings["CompanyName"] and strings["FileDescription"]


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("1.2.3", (1, 2, 3, 0)),
        ("0.1.0", (0, 1, 0, 0)),
        ("2.0rc1", (2, 0, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
    ],
)
def test_version_numbers(version: str, numbers: tuple[int, int, int, int]) -> None:
    assert version_file.version_tuple(version) == numbers


@pytest.mark.parametrize("version", ["", "v1.2.3", "1.2.3.4.5", "70000.0.0"])
def test_versions_windows_cannot_hold_are_refused(version: str) -> None:
    with pytest.raises(ValueError):
        version_file.version_tuple(version)


def test_version_file_command_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "nested" / "version_info.txt"
    script = PACKAGING / "windows" / "version_file.py"
    done = subprocess.run(
        [sys.executable, str(script), "--version", "1.2.3", "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "filevers=(1, 2, 3, 0)" in out.read_text(encoding="utf-8")
    refused = subprocess.run(
        [sys.executable, str(script), "--version", "1.2.3.4.5", "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 2


# --- macOS files -------------------------------------------------------------------------


def test_entitlements_are_the_one_exception_the_app_needs() -> None:
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as file:
        entitlements = plistlib.load(file)
    # Adding one (JIT, library validation off) weakens the hardened runtime: do it on purpose.
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


def test_dmg_settings_lay_out_the_app_and_the_applications_link() -> None:
    settings: dict[str, Any] = {
        "defines": {"app": "/build/dist/cg-desktop.app", "icon": "/build/app.icns"}
    }
    source = (PACKAGING / "macos" / "dmg_settings.py").read_text(encoding="utf-8")
    exec(compile(source, "dmg_settings.py", "exec"), settings)
    assert settings["files"] == ["/build/dist/cg-desktop.app"]
    assert settings["symlinks"] == {"Applications": "/Applications"}
    assert set(settings["icon_locations"]) == {"cg-desktop.app", "Applications"}
    assert settings["format"] == "UDZO"
    assert settings["icon"] == "/build/app.icns"


# --- the release workflow ----------------------------------------------------------------


def _workflow() -> str:
    return WORKFLOW.read_text(encoding="utf-8")


def test_workflow_builds_on_the_three_runners_with_build_py() -> None:
    text = _workflow()
    for runner in ("ubuntu-22.04", "windows-latest", "macos-14"):
        assert re.search(rf"^\s+- os: {runner}$", text, re.MULTILINE), runner
    assert "run: python packaging/build.py --target ${{ matrix.target }}" in text
    assert re.search(r'^\s+tags: \["v\*"\]$', text, re.MULTILINE)
    assert "workflow_dispatch:" in text
    assert "choco install innosetup --no-progress -y" in text
    assert "python packaging/windows/installer_check.py build/installers" in text
    assert "--self-test-output" in text


def test_workflow_gives_secrets_only_to_the_packaging_step() -> None:
    lines = _workflow().splitlines()
    start = lines.index("      - name: Build and package")
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip().startswith("run:"))
    outside = [line for i, line in enumerate(lines) if "secrets." in line and not start < i < end]
    assert outside == []
    inside = [line for line in lines[start:end] if "secrets." in line]
    assert len(inside) == 8


def test_workflow_actions_are_pinned_by_major_version() -> None:
    uses = re.findall(r"uses: (\S+)", _workflow())
    assert uses
    assert [action for action in uses if not re.search(r"@v\d+(\.\d+)*$", action)] == []


def test_release_job_runs_only_for_tags() -> None:
    release = _workflow().split("\n  release:\n", 1)[1]
    assert "if: startsWith(github.ref, 'refs/tags/v')" in release
    assert "contents: write" in release


# --- the scripts' own checks -------------------------------------------------------------


def test_packaging_scripts_type_check_strictly() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "packaging/windows", "packaging/macos"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
