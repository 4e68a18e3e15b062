"""Where cg-desktop keeps its files: platformdirs, or everything under --data-dir."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_NAME = "cg-desktop"


@dataclass(frozen=True)
class AppPaths:
    """The app's folders: settings and profiles, the database, logs."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    # Read-only profiles IT places for every user of the computer (platformdirs' site
    # config dir: /etc/xdg/cg-desktop, C:\\ProgramData\\cg-desktop, /Library/Application
    # Support/cg-desktop), in its "profiles" folder.
    site_config_dir: Path | None = None

    @property
    def organisation_profiles_dir(self) -> Path | None:
        """Where the organisation's read-only profiles are, if anywhere."""
        return self.site_config_dir / "profiles" if self.site_config_dir else None

    @property
    def profiles_dir(self) -> Path:
        """Imported profiles live here, one JSON file each."""
        return self.config_dir / "profiles"

    @property
    def settings_file(self) -> Path:
        """The settings JSON (no secrets)."""
        return self.config_dir / "settings.json"

    @property
    def database(self) -> Path:
        """The SQLite file of sends (outbox and history)."""
        return self.data_dir / "sends.db"

    def for_practice(self) -> AppPaths:
        """Practice mode's folders: its own history, so practice never mixes with real sends."""
        return AppPaths(
            self.config_dir, self.data_dir / "practice", self.log_dir, self.site_config_dir
        )

    def leaving_practice(self) -> AppPaths:
        """The real desk's folders, from practice mode's (its history is the real one)."""
        if self.data_dir.name != "practice":
            return self
        return AppPaths(self.config_dir, self.data_dir.parent, self.log_dir, self.site_config_dir)

    @classmethod
    def default(cls) -> AppPaths:
        """The user's standard folders for this OS."""
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        return cls(
            Path(dirs.user_config_dir),
            Path(dirs.user_data_dir),
            Path(dirs.user_log_dir),
            Path(dirs.site_config_dir),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything below one folder (tests and portable use: --data-dir)."""
        root = Path(root)
        return cls(root / "config", root / "data", root / "logs", root / "organisation")
