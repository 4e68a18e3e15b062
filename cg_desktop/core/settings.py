"""The user's settings (last region and profile, Client IDs per region): JSON, no secrets."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cg_desktop.core.atomic_file import write_atomically
from cg_desktop.core.private_files import PRIVATE_FILE, private_dir

SETTINGS_VERSION = 1
DEFAULT_KIOSK_IDLE_SECONDS = 60
KIOSK_IDLE_SECONDS_RANGE = (15, 3600)  # a quarter minute to an hour
DEFAULT_RETENTION_DAYS = 30

log = logging.getLogger(__name__)


@dataclass
class Settings:
    """What cg-desktop remembers between runs. Client IDs are not secret; secrets aren't here."""

    last_region: str | None = None
    last_profile: str | None = None
    client_ids: dict[str, str] = field(default_factory=dict)
    # Each webhook lane's user ("eu/hook/<id>" → user); its password is in the keyring.
    webhook_users: dict[str, str] = field(default_factory=dict)
    retention_days: int = DEFAULT_RETENTION_DAYS
    language: str | None = None  # a code of core/languages.py; None: the computer's
    # Kiosk mode: the staff PIN's salted scrypt hash (core/kiosk/pin.py; never the PIN),
    # and how long a form may sit untouched before it is cleared for the next visitor.
    kiosk_pin: dict[str, object] | None = None
    # Wrong PIN tries and a lockout's end (core/kiosk/pin.py PinLock.state): a restart
    # gives no fresh tries.
    kiosk_pin_lock: dict[str, object] | None = None
    kiosk_idle_seconds: int = DEFAULT_KIOSK_IDLE_SECONDS
    # An administrator's choice: this computer opens as a kiosk, on this profile and region.
    kiosk_at_start: bool = False
    kiosk_profile: str | None = None
    kiosk_region: str | None = None
    # The window's size and place, and the history's column widths (Qt's own state, base64).
    window_geometry: str = ""
    history_columns: str = ""
    schema_version: int = SETTINGS_VERSION


def load_settings(path: Path) -> Settings:
    """The settings from `path`; defaults when missing or unreadable (never an exception)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, type(exc).__name__)
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    settings = Settings()
    if isinstance(data.get("last_region"), str):
        settings.last_region = data["last_region"]
    for name in ("last_profile", "kiosk_profile", "kiosk_region", "language"):
        if isinstance(data.get(name), str):
            setattr(settings, name, data[name])
    if isinstance(data.get("kiosk_at_start"), bool):
        settings.kiosk_at_start = data["kiosk_at_start"]
    for name in ("client_ids", "webhook_users"):
        ids = data.get(name)
        if isinstance(ids, dict):
            setattr(settings, name, {k: v for k, v in ids.items() if isinstance(v, str)})
    for name in ("window_geometry", "history_columns"):
        if isinstance(data.get(name), str):
            setattr(settings, name, data[name])
    for name in ("kiosk_pin", "kiosk_pin_lock"):
        if isinstance(data.get(name), dict):
            setattr(settings, name, data[name])
    idle = data.get("kiosk_idle_seconds")
    low, high = KIOSK_IDLE_SECONDS_RANGE
    if isinstance(idle, int) and not isinstance(idle, bool) and low <= idle <= high:
        settings.kiosk_idle_seconds = idle
    days = data.get("retention_days")
    if isinstance(days, int) and not isinstance(days, bool) and days > 0:
        settings.retention_days = days
    return settings


def save_settings(settings: Settings, path: Path) -> None:
    """Write the settings atomically (a crash leaves the old file or the new, never half)."""
    path = Path(path)
    private_dir(path.parent)
    text = json.dumps(asdict(settings), indent=2, ensure_ascii=False)
    write_atomically(path, text.encode("utf-8"), mode=PRIVATE_FILE)
