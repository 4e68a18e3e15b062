"""What the profile editor does to the library: save a draft, name a copy, delete a profile.

Every refusal is a ProfileError whose `problem` is a sentence an administrator can act on.
The organisation's profiles (IT's, read-only) are never written, renamed or deleted here.
"""

from __future__ import annotations

import re
from pathlib import Path

from cg_desktop.core.private_files import PRIVATE_FILE, private_dir
from cg_desktop.core.profiles.checks import check_draft, problems
from cg_desktop.core.profiles.draft import ProfileDraft
from cg_desktop.core.profiles.files import load_profile, save_profile
from cg_desktop.core.profiles.library import ProfileEntry, ProfileLibrary
from cg_desktop.core.profiles.model import Profile, ProfileError
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

_COPY_SUFFIX = re.compile(r"\s+\(copy(?: \d+)?\)$")


def taken_names(library: ProfileLibrary, original_name: str | None) -> frozenset[str]:
    """The names a draft may not take: every other profile's, and all the organisation's."""
    names = {p.name for p in library.profiles()} | library.organisation_names()
    if original_name is not None and original_name not in library.organisation_names():
        names.discard(original_name)
    return frozenset(names)


def _not_yet(reason: str) -> Words:
    """Why a draft can't be saved yet."""
    return Words(QT_TRANSLATE_NOOP("core", "it can't be saved yet: {reason}"), reason=reason)


def is_organisation(library: ProfileLibrary, name: str) -> bool:
    """Whether IT provides the profile of this name (read-only here)."""
    return name in library.organisation_names()


def save_draft(library: ProfileLibrary, draft: ProfileDraft, original_name: str | None) -> Profile:
    """Save a new profile (`original_name` None) or an edited one; returns what was saved.

    Renaming writes the new file first and removes the old one after, so a failure on the
    way never leaves the administrator with neither.
    """
    label = draft.name.strip() or Words(QT_TRANSLATE_NOOP("core", "new profile"))
    if original_name is not None and is_organisation(library, original_name):
        raise ProfileError(
            original_name,
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "your organisation provides this profile, so it can't be changed here. "
                    "Duplicate it to make your own version.",
                )
            ),
        )
    found = problems(check_draft(draft, taken_names(library, original_name)))
    if found:
        raise ProfileError(label, _not_yet(found[0].text))
    clash = name_clash(library, draft.name, original_name)
    if clash:
        raise ProfileError(label, _not_yet(clash))
    profile = draft.to_profile()
    old = _own_entry(library, original_name) if original_name is not None else None
    same_name = old is not None and profile.name == original_name
    target = old.path if old is not None and same_name else library.target_for(profile)
    private_dir(library.folder)
    save_profile(profile, target, mode=PRIVATE_FILE)
    if old is not None and old.path != target:
        try:
            old.path.unlink(missing_ok=True)
        except OSError as exc:
            raise ProfileError(
                profile.name,
                Words(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "it is saved under its new name, but its old file {file} can't be "
                        "removed ({reason}): delete that file, or ask IT.",
                    ),
                    file=old.path.name,
                    reason=exc.strerror or str(exc),
                ),
            ) from None
    return profile


def name_clash(library: ProfileLibrary, name: str, original_name: str | None) -> str | None:
    """Why a profile can't take this name although no profile has it; None when it can.

    File names come from profile names without punctuation, so "Spring fair!" and
    "Spring fair" would share one file: saving must not replace the other profile (or an
    unreadable file someone left there).
    """
    wanted = name.strip()
    if not wanted:
        return None
    old = _own_entry(library, original_name) if original_name is not None else None
    if old is not None and wanted == original_name:
        return None  # saved where it is
    target = library.target_for(_named(wanted))
    if not target.exists() or (old is not None and old.path == target):
        return None
    try:
        other = load_profile(target).name
    except ProfileError:
        return Words(
            QT_TRANSLATE_NOOP(
                "core",
                "The profiles folder already has a file called {file} that can't be "
                "read. Choose another name, or ask IT to remove that file.",
            ),
            file=target.name,
        )
    return Words(
        QT_TRANSLATE_NOOP(
            "core",
            "The name is too close to the profile “{other}” (they would share a file). "
            "Choose another name.",
        ),
        other=other,
    )


def duplicate_name(library: ProfileLibrary, name: str) -> str:
    """A free name for a copy: "X (copy)", then "X (copy 2)", "X (copy 3)"…"""
    base = _COPY_SUFFIX.sub("", name.strip()) or "Profile"
    taken = {n.casefold() for n in taken_names(library, None)}
    number = 1
    while True:
        candidate = f"{base} (copy)" if number == 1 else f"{base} (copy {number})"
        target = library.target_for(_named(candidate))
        if candidate.casefold() not in taken and not target.exists():
            return candidate
        number += 1


def delete_profile(library: ProfileLibrary, name: str) -> None:
    """Remove the user's own profile of this name (its file); the organisation's can't be."""
    if is_organisation(library, name):
        raise ProfileError(
            name,
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "your organisation provides this profile, so it can't be deleted here. "
                    "Ask IT if it should go.",
                )
            ),
        )
    entry = _own_entry(library, name)
    if entry is None:
        raise ProfileError(
            name,
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "there is no such profile any more (was it deleted already?)."
                )
            ),
        )
    _remove(entry.path, name)


def _own_entry(library: ProfileLibrary, name: str) -> ProfileEntry | None:
    """The user's own profile file of this name, if it is there."""
    return next(
        (
            e
            for e in library.entries()
            if not e.organisation and e.profile is not None and e.profile.name == name
        ),
        None,
    )


def _remove(path: Path, name: str) -> None:
    """Delete one profile file; a refusal becomes a sentence."""
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise ProfileError(
            name,
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "its file can't be removed ({reason}); is it open elsewhere?"
                ),
                reason=exc.strerror or str(exc),
            ),
        ) from None


def _named(name: str) -> Profile:
    """A stand-in profile with only a name (to ask the library for its file name)."""
    return Profile(name=name, region="eu", configuration="", data_type="contacts", fields=())
