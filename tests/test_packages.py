"""Every package of the source tree is listed in pyproject.toml, so a plain (non-editable)
install ships it: `cg_desktop.core.readiness` was missing once and nothing noticed."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_for_installing() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "cg_desktop").rglob("__init__.py")
    }
    assert found - listed == set()
