"""What the About box says: the version (from the package metadata), the licence, the folders."""

from __future__ import annotations

from importlib import metadata

from cg_desktop.core.paths import AppPaths

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
        f"Version {app_version()}",
        f"Licence: {app_licence()}",
        f"History and waiting records: {paths.database}",
        f"Settings and profiles: {paths.config_dir}",
        f"Log: {paths.log_dir}",
        "Client secrets: this computer's keyring (never in a file).",
    ]
