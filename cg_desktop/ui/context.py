"""The application context: what the app's parts share, built once by app.py.

Each widget gets only the part it needs (a store, the settings, a small protocol), never
the context's owner. What is slow to set up (the database, the sender thread) is not
here: `workbench.py` opens it after the window's first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cg_desktop.core.credentials import CredentialStore
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.core.settings import Settings, load_settings, save_settings

if TYPE_CHECKING:  # practice mode loads it; a real desk need not
    from cg_desktop.ui.practice.session import Practice


@dataclass
class AppContext:
    """Paths, settings, credentials, the profile library and practice mode, for one window."""

    paths: AppPaths
    settings: Settings
    credentials: CredentialStore
    library: ProfileLibrary
    practice: Practice | None = None
    # Runs once after the first paint, before anything is sent (the OS trust store).
    before_network: Callable[[], None] | None = field(default=None, repr=False)

    def save_settings(self) -> None:
        """Write the settings to their file (atomically)."""
        save_settings(self.settings, self.paths.settings_file)


def build_context(
    paths: AppPaths,
    *,
    practice: Practice | None = None,
    credentials: CredentialStore | None = None,
    before_network: Callable[[], None] | None = None,
) -> AppContext:
    """The context for a window on these folders; cheap (no database, no keyring, no network)."""
    return AppContext(
        paths=paths,
        settings=load_settings(paths.settings_file),
        # The keyring itself loads on first use, after the first paint (PITFALLS.md).
        credentials=credentials or CredentialStore(),
        library=ProfileLibrary(paths.profiles_dir, paths.organisation_profiles_dir),
        practice=practice,
        before_network=before_network,
    )
