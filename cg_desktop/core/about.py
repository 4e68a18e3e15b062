"""What the About box says: the version (from the package metadata), the licence, the folders."""

from __future__ import annotations

from importlib import metadata

from cg_desktop.core.paths import AppPaths
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

APP_NAME = "cg-desktop"


def app_version() -> str:
    """The installed version, from one place: the package metadata (pyproject.toml)."""
    try:
        return metadata.version(APP_NAME)
    except metadata.PackageNotFoundError:  # run from a bare checkout without pip install
        return "unknown (not installed)"


def app_licence() -> str:
    """The licence the package declares."""
    try:
        declared: str | None = metadata.metadata(APP_NAME)["License"]
        return declared or "not stated"
    except metadata.PackageNotFoundError:
        return "not stated"


def about_lines(paths: AppPaths) -> list[str]:
    """The About box's lines: version, licence, and where this computer keeps what."""
    return [
        Words(QT_TRANSLATE_NOOP("core", "Version {version}"), version=app_version()),
        Words(QT_TRANSLATE_NOOP("core", "Licence: {licence}"), licence=app_licence()),
        Words(
            QT_TRANSLATE_NOOP("core", "History and waiting records: {path}"),
            path=str(paths.database),
        ),
        Words(
            QT_TRANSLATE_NOOP("core", "Settings and profiles: {path}"), path=str(paths.config_dir)
        ),
        Words(QT_TRANSLATE_NOOP("core", "Log: {path}"), path=str(paths.log_dir)),
        Words(
            QT_TRANSLATE_NOOP("core", "Client secrets: this computer's keyring (never in a file).")
        ),
    ]
