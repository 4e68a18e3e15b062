"""packaging/requirements.lock pins what pyproject.toml asks for, every pin with hashes."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "packaging" / "requirements.lock"


def locked() -> dict[str, tuple[Version, int]]:
    """Each locked package: its pinned version and how many hashes it carries."""
    pins: dict[str, tuple[Version, int]] = {}
    current = ""
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        pin = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", line)
        if pin:
            current = canonicalize_name(pin.group(1))
            pins[current] = (Version(pin.group(2)), 0)
        elif "--hash=sha256:" in line and current:
            version, hashes = pins[current]
            pins[current] = (version, hashes + 1)
    return pins


def wanted() -> list[Requirement]:
    """What the app needs to run, and what the installers are built with."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(r) for r in project["dependencies"]] + [
        Requirement(r) for r in project["optional-dependencies"]["build"]
    ]


def test_every_requirement_is_locked_at_a_version_it_allows() -> None:
    pins = locked()
    problems = []
    for requirement in wanted():
        name = canonicalize_name(requirement.name)
        if name not in pins:
            problems.append(f"{requirement} is not in the lock")
        elif not requirement.specifier.contains(pins[name][0], prereleases=True):
            problems.append(f"{requirement} does not allow the locked {pins[name][0]}")
    assert problems == [], "refresh it (docs/building-installers.md): " + "; ".join(problems)


def test_every_pin_has_hashes_so_pip_checks_what_it_downloads() -> None:
    pins = locked()
    assert len(pins) > 20
    assert [name for name, (_, hashes) in pins.items() if hashes == 0] == []


def test_the_pyside6_release_that_aborts_is_not_locked() -> None:
    version, _ = locked()["pyside6-essentials"]
    assert version != Version("6.12.0")
    assert locked()["shiboken6"][0] == version  # the binding and its runtime move together
