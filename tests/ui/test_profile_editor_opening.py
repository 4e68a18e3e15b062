"""File → Profiles… opens on the profile the desk is using (real files, offscreen)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from cg_desktop.core.profiles.files import load_demo_profile, save_profile
from cg_desktop.ui.main_window import MainWindow


def test_the_editor_opens_on_the_desks_profile(
    make_window: Callable[..., MainWindow], paths: Any
) -> None:
    paths.profiles_dir.mkdir(parents=True, exist_ok=True)
    for name in ("Alpha desk", "Beta desk"):
        profile = dataclasses.replace(load_demo_profile(), name=name, region="eu")
        save_profile(profile, paths.profiles_dir / f"{name.split()[0].lower()}.json")
    window = make_window(practice=False)
    assert window.choose_profile("Beta desk")
    window.menu_actions["profiles"].trigger()
    editor = window.profile_editor
    assert editor is not None
    assert editor.draft.name == "Beta desk"  # not the first in the list
