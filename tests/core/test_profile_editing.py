"""The editor's library operations on real files: save, rename, copy names, delete."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cg_desktop.core.profiles.checks import Finding
from cg_desktop.core.profiles.draft import FieldDraft, ProfileDraft
from cg_desktop.core.profiles.editing import (
    delete_profile,
    duplicate_name,
    save_draft,
    taken_names,
)
from cg_desktop.core.profiles.editor_words import choices_text, finding_line
from cg_desktop.core.profiles.fast_start import template
from cg_desktop.core.profiles.files import load_profile, save_profile
from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.core.profiles.model import ProfileError

REFERENCE = "9dd58237-c913-4073-9c76-07da0b49ff50"


def draft(name: str, **settings: str) -> ProfileDraft:
    """A good Contacts draft with this name."""
    made = ProfileDraft(name=name, configuration=REFERENCE, fields=template("contacts"))
    for key, value in settings.items():
        setattr(made, key, value)
    return made


@pytest.fixture
def library(tmp_path: Path) -> ProfileLibrary:
    """An empty user folder, and an organisation folder providing "Spring fair"."""
    provided = tmp_path / "organisation"
    provided.mkdir()
    save_profile(draft("Spring fair").to_profile(), provided / "fair.json")
    return ProfileLibrary(tmp_path / "profiles", provided)


def own_files(library: ProfileLibrary) -> list[str]:
    """The file names in the user's folder."""
    return sorted(p.name for p in library.folder.glob("*.json"))


def test_a_new_profile_is_saved_privately_and_loads_back(library: ProfileLibrary) -> None:
    saved = save_draft(library, draft("Front desk"), None)
    assert own_files(library) == ["front-desk.json"]
    assert load_profile(library.folder / "front-desk.json") == saved
    assert library.find("Front desk") == saved
    if os.name == "posix":
        mode = stat.S_IMODE((library.folder / "front-desk.json").stat().st_mode)
        assert mode == 0o600


def test_editing_in_place_keeps_the_file_and_changes_it(library: ProfileLibrary) -> None:
    save_draft(library, draft("Front desk"), None)
    edited = draft("Front desk", region="us")
    edited.fields.append(FieldDraft("Visit Date", "Visit date", "date"))
    save_draft(library, edited, "Front desk")
    assert own_files(library) == ["front-desk.json"]
    profile = library.find("Front desk")
    assert profile is not None and profile.region == "us"
    assert profile.field("Visit Date") is not None


def test_editing_a_hand_named_file_writes_that_file(library: ProfileLibrary) -> None:
    library.folder.mkdir(parents=True)
    save_draft(library, draft("Front desk"), None)
    (library.folder / "front-desk.json").rename(library.folder / "mine.json")
    save_draft(library, draft("Front desk", region="au"), "Front desk")
    assert own_files(library) == ["mine.json"]
    assert load_profile(library.folder / "mine.json").region == "au"


def test_renaming_removes_the_old_file(library: ProfileLibrary) -> None:
    save_draft(library, draft("Front desk"), None)
    save_draft(library, draft("Back office"), "Front desk")
    assert own_files(library) == ["back-office.json"]
    assert [p.name for p in library.profiles()] == ["Spring fair", "Back office"]


def test_a_change_of_case_alone_is_a_rename_onto_the_same_file(library: ProfileLibrary) -> None:
    save_draft(library, draft("Front desk"), None)
    save_draft(library, draft("Front Desk"), "Front desk")
    assert own_files(library) == ["front-desk.json"]
    assert library.find("Front Desk") is not None and library.find("Front desk") is None


def test_a_name_another_profile_has_is_refused_and_nothing_is_written(
    library: ProfileLibrary,
) -> None:
    save_draft(library, draft("Front desk"), None)
    save_draft(library, draft("Back office"), None)
    before = (library.folder / "front-desk.json").read_bytes()
    with pytest.raises(ProfileError, match="already a profile called “Front desk”"):
        save_draft(library, draft("Front desk", region="au"), "Back office")
    with pytest.raises(ProfileError, match="already a profile"):
        save_draft(library, draft("FRONT DESK"), None)
    assert (library.folder / "front-desk.json").read_bytes() == before
    assert own_files(library) == ["back-office.json", "front-desk.json"]


def test_a_name_the_organisation_uses_is_refused(library: ProfileLibrary) -> None:
    with pytest.raises(ProfileError, match="already a profile called “Spring fair”"):
        save_draft(library, draft("Spring fair", region="au"), None)
    assert not library.folder.exists()


def test_a_name_sharing_another_profiles_file_is_refused(library: ProfileLibrary) -> None:
    # "Front desk!" and "Front desk" would both be front-desk.json.
    save_draft(library, draft("Front desk"), None)
    with pytest.raises(ProfileError, match="too close to the profile “Front desk”") as caught:
        save_draft(library, draft("Front desk!"), None)
    assert "Choose another name" in caught.value.problem
    assert library.find("Front desk") is not None and library.find("Front desk!") is None


def test_an_unreadable_file_in_the_way_is_not_replaced(library: ProfileLibrary) -> None:
    library.folder.mkdir(parents=True)
    (library.folder / "front-desk.json").write_text("{", encoding="utf-8")
    with pytest.raises(ProfileError, match="can't be read"):
        save_draft(library, draft("Front desk"), None)
    assert (library.folder / "front-desk.json").read_text(encoding="utf-8") == "{"


def test_the_organisations_profile_cant_be_saved_over(library: ProfileLibrary) -> None:
    with pytest.raises(ProfileError, match="your organisation provides this profile") as caught:
        save_draft(library, draft("Spring fair", region="au"), "Spring fair")
    assert "Duplicate it" in caught.value.problem
    assert not library.folder.exists()
    assert library.find("Spring fair") is not None and library.find("Spring fair").region == "eu"


def test_a_draft_with_problems_is_refused_with_the_first_problem(
    library: ProfileLibrary,
) -> None:
    bad = draft("Front desk")
    bad.fields.append(FieldDraft("Email", type="email"))  # a second Email key
    with pytest.raises(ProfileError, match="can't be saved yet: The key “Email” is also field 1"):
        save_draft(library, bad, None)
    with pytest.raises(ProfileError, match="Give the profile a name"):
        save_draft(library, draft("  "), None)
    assert not library.folder.exists()


def test_a_draft_with_only_warnings_is_saved(library: ProfileLibrary) -> None:
    saved = save_draft(library, draft("Front desk", configuration="mapping-a"), None)
    assert saved.configuration == "mapping-a"


def test_copy_names_count_up_and_skip_taken_ones(library: ProfileLibrary) -> None:
    assert duplicate_name(library, "Spring fair") == "Spring fair (copy)"
    save_draft(library, draft("Spring fair (copy)"), None)
    assert duplicate_name(library, "Spring fair") == "Spring fair (copy 2)"
    # A copy of a copy is a next copy of the original, not "(copy) (copy)".
    assert duplicate_name(library, "Spring fair (copy)") == "Spring fair (copy 2)"
    save_draft(library, draft("Spring fair (copy 2)"), None)
    assert duplicate_name(library, "Spring fair (copy)") == "Spring fair (copy 3)"


def test_a_copy_name_avoids_a_file_that_is_in_the_way(library: ProfileLibrary) -> None:
    library.folder.mkdir(parents=True)
    (library.folder / "front-desk-copy.json").write_text("{", encoding="utf-8")
    assert duplicate_name(library, "Front desk") == "Front desk (copy 2)"


def test_deleting_removes_the_file(library: ProfileLibrary) -> None:
    save_draft(library, draft("Front desk"), None)
    save_draft(library, draft("Back office"), None)
    delete_profile(library, "Front desk")
    assert own_files(library) == ["back-office.json"]
    with pytest.raises(ProfileError, match="no such profile"):
        delete_profile(library, "Front desk")


def test_the_organisations_profile_cant_be_deleted(library: ProfileLibrary) -> None:
    provided = library.organisation
    assert provided is not None
    with pytest.raises(ProfileError, match="can't be deleted here"):
        delete_profile(library, "Spring fair")
    assert (provided / "fair.json").exists()


def test_taken_names_leave_out_the_profile_being_edited(library: ProfileLibrary) -> None:
    save_draft(library, draft("Front desk"), None)
    assert taken_names(library, "Front desk") == {"Spring fair"}
    assert taken_names(library, None) == {"Spring fair", "Front desk"}
    assert "Spring fair" in taken_names(library, "Spring fair")


def test_findings_name_their_field() -> None:
    made = draft("x")
    made.fields.append(FieldDraft("", label="Visit date"))
    assert finding_line(made, Finding("problem", "Bad.", 0, "key")) == "Field 1 (Email): Bad."
    assert finding_line(made, Finding("problem", "Bad.", 4, "key")) == "Field 5 (Visit date): Bad."
    assert finding_line(made, Finding("warning", "Odd.", None, "name")) == "Odd."
    made.fields[4].label = ""
    assert finding_line(made, Finding("problem", "Bad.", 4, "key")) == "Field 5: Bad."


def test_choices_show_on_one_line_without_blank_ones() -> None:
    assert choices_text(["Red", " ", "Green "]) == "Red · Green"


def test_an_old_file_that_cant_be_removed_is_said_after_saving(
    library: ProfileLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_draft(library, draft("Front desk"), None)
    old = library.folder / "front-desk.json"

    def refuse(path: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "unlink", refuse)
    with pytest.raises(ProfileError, match="saved under its new name, but its old file"):
        save_draft(library, draft("Back office"), "Front desk")
    monkeypatch.undo()
    assert old.exists() and (library.folder / "back-office.json").exists()
