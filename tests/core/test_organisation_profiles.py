"""Profiles IT places for every user (the site config folder): listed first, read-only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.files import demo_profile_path
from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.core.profiles.model import ProfileError


def write_profile(folder: Path, file_name: str, name: str, region: str = "eu") -> Path:
    """A profile file from the demo, renamed."""
    data = json.loads(demo_profile_path().read_text(encoding="utf-8"))
    data.update(name=name, region=region)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_organisations_profiles_come_first_and_win_a_name_clash(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    assert paths.organisation_profiles_dir == tmp_path / "organisation" / "profiles"
    provided = paths.organisation_profiles_dir
    write_profile(provided, "fair.cgprofile", "Spring fair")
    write_profile(provided, "broken.json", "x").write_text("{", encoding="utf-8")
    write_profile(paths.profiles_dir, "mine.json", "My desk")
    write_profile(paths.profiles_dir, "spring-fair.json", "Spring fair", region="au")
    library = ProfileLibrary(paths.profiles_dir, provided)
    entries = library.entries()
    assert [(e.profile.name if e.profile else None, e.organisation) for e in entries] == [
        (None, True),  # broken.json: listed with its problem
        ("Spring fair", True),
        ("My desk", False),
    ]
    assert library.find("Spring fair") is not None
    assert library.find("Spring fair").region == "eu"  # the organisation's, not the copy
    assert library.organisation_names() == {"Spring fair"}


def test_a_profile_the_organisation_provides_cant_be_replaced_by_an_import(
    tmp_path: Path,
) -> None:
    paths = AppPaths.under(tmp_path)
    write_profile(paths.organisation_profiles_dir, "fair.json", "Spring fair")
    library = ProfileLibrary(paths.profiles_dir, paths.organisation_profiles_dir)
    incoming = write_profile(tmp_path / "downloads", "fair.cgprofile", "Spring fair", "au")
    with pytest.raises(ProfileError, match="your organisation provides"):
        library.import_file(incoming, replace=True)
    assert not paths.profiles_dir.exists() or not list(paths.profiles_dir.iterdir())


def test_no_organisation_folder_is_fine(tmp_path: Path) -> None:
    library = ProfileLibrary(tmp_path / "profiles", tmp_path / "nowhere")
    assert library.entries() == [] and library.organisation_names() == set()
