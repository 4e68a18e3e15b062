"""The Linux packager's decisions that need no build (packaging/linux/package.py)."""

from __future__ import annotations

import pytest
from linux import package


@pytest.mark.parametrize(
    ("python", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("1.0.0rc1", "1.0.0~rc1"),
        ("1.2b1", "1.2~b1"),
        ("2.0.0.dev3", "2.0.0~~dev3"),
        ("2.0.0a2", "2.0.0~a2"),
        ("1.0+gabc1", "1.0+gabc1"),
    ],
)
def test_pre_releases_sort_before_their_release_in_dpkg(python: str, debian: str) -> None:
    assert package.debian_version(python) == debian


def test_the_menu_entry_opens_profile_files_and_offers_practice_mode() -> None:
    entry = package.DESKTOP_ENTRY
    assert "Exec=cg-desktop %f\n" in entry
    assert f"MimeType={package.MIME_TYPE};" in entry
    assert "[Desktop Action practice]" in entry and "Exec=cg-desktop --sandbox" in entry
    assert '<glob pattern="*.cgprofile"/>' in package.MIME_INFO


def test_the_conversion_keeps_pythons_order_in_dpkgs() -> None:
    import itertools
    import shutil
    import subprocess

    assert shutil.which("dpkg"), "dpkg compares the versions (a Debian tool)"
    ordered = ["2.0.0.dev3", "2.0.0a2", "2.0.0b1", "2.0.0rc1", "2.0.0", "2.0.0+g1a2b", "2.0.1"]
    for lower, higher in itertools.pairwise(ordered):
        result = subprocess.run(
            [
                "dpkg",
                "--compare-versions",
                package.debian_version(lower),
                "lt",
                package.debian_version(higher),
            ],
            check=False,
        )
        assert result.returncode == 0, f"{lower} should sort before {higher}"
