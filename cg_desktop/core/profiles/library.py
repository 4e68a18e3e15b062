"""The profiles a desk has: the files in the user's profiles folder, and importing one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from cg_desktop.core.private_files import PRIVATE_FILE, private_dir
from cg_desktop.core.profiles.files import load_profile, save_profile
from cg_desktop.core.profiles.model import Profile, ProfileError
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words


@dataclass(frozen=True)
class ProfileEntry:
    """One profile file: its path, and the profile or the reason it can't be used."""

    path: Path
    profile: Profile | None
    problem: str | None = None
    organisation: bool = False  # provided by IT for every user: read-only here


def _file_name(profile: Profile) -> str:
    """A safe file name for a profile, from its name."""
    stem = re.sub(r"[^\w\- ]+", "", profile.name).strip().replace(" ", "-").lower()
    return f"{stem or 'profile'}.json"


class ProfileLibrary:
    """Lists, imports and finds profiles in one folder."""

    def __init__(self, folder: Path, organisation: Path | None = None) -> None:
        """`folder`: the user's own profiles; `organisation`: IT's read-only ones, if any."""
        self.folder = Path(folder)
        self.organisation = Path(organisation) if organisation else None

    def entries(self) -> list[ProfileEntry]:
        """The organisation's profiles first, then the user's own; broken files listed
        with their problem. A user's profile named like one of the organisation's is left
        out: the organisation's is the one every desk must use."""
        provided = _read_folder(self.organisation, ("*.json", "*.cgprofile"), organisation=True)
        taken = {e.profile.name for e in provided if e.profile is not None}
        own = [
            entry
            for entry in _read_folder(self.folder, ("*.json",), organisation=False)
            if entry.profile is None or entry.profile.name not in taken
        ]
        return provided + own

    def organisation_names(self) -> set[str]:
        """The names of the profiles the organisation provides (not editable here)."""
        return {e.profile.name for e in self.entries() if e.organisation and e.profile}

    def profiles(self) -> list[Profile]:
        """The usable profiles."""
        return [entry.profile for entry in self.entries() if entry.profile is not None]

    def find(self, name: str) -> Profile | None:
        """The usable profile with this name."""
        return next((p for p in self.profiles() if p.name == name), None)

    def target_for(self, profile: Profile) -> Path:
        """Where an imported profile will be kept."""
        return self.folder / _file_name(profile)

    def kept_as(self, profile: Profile) -> Profile | None:
        """The profile this one would replace on import (same file name), if it loads."""
        target = self.target_for(profile)
        try:
            return load_profile(target) if target.exists() else None
        except ProfileError:
            return None

    def import_file(self, source: Path, *, replace: bool = False) -> Profile:
        """Check a profile file and copy it in; raises ProfileError (also if it would replace)."""
        profile = load_profile(source)
        if profile.name in self.organisation_names():
            raise ProfileError(
                str(source),
                Words(
                    QT_TRANSLATE_NOOP(
                        "core",
                        'your organisation provides a profile named "{name}"; it can\'t be '
                        "replaced here (ask IT to update it, or rename this one).",
                    ),
                    name=profile.name,
                ),
            )
        target = self.target_for(profile)
        if target.exists() and not replace:
            raise ProfileError(
                str(source),
                Words(
                    QT_TRANSLATE_NOOP(
                        "core", 'a profile named "{name}" is already there; replace it?'
                    ),
                    name=profile.name,
                ),
            )
        private_dir(self.folder)
        if source.resolve() != target.resolve():
            # Saved through save_profile, not copied byte for byte: the desk's copy is clean.
            save_profile(profile, target, mode=PRIVATE_FILE)
        return profile


def _read_folder(
    folder: Path | None, patterns: tuple[str, ...], *, organisation: bool
) -> list[ProfileEntry]:
    """The profile files in one folder, sorted by file name, each loaded or its problem."""
    if folder is None or not folder.is_dir():
        return []
    entries: list[ProfileEntry] = []
    paths = sorted({path for pattern in patterns for path in folder.glob(pattern)})
    for path in paths:
        try:
            entries.append(ProfileEntry(path, load_profile(path), organisation=organisation))
        except ProfileError as exc:
            entries.append(ProfileEntry(path, None, exc.message, organisation=organisation))
    return entries


def practice_entries(profiles: list[Profile]) -> list[ProfileEntry]:
    """Practice mode's profiles as library entries (they have no file of their own)."""
    return [ProfileEntry(Path(f"{profile.name}.json"), profile) for profile in profiles]
