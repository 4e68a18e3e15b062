"""Where each CustomerGauge region lives (SPEC.md, Regions), and the loopback sandbox."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

REGION_CODES = ("eu", "us", "au")
SANDBOX = "sandbox"


class RegionError(ValueError):
    """A region or base URL that cg-desktop refuses to talk to."""


@dataclass(frozen=True)
class Region:
    """The endpoints of one region: where tokens, records and webhooks go."""

    code: str
    label: str
    token_url: str
    records_url: str
    hooks_base: str

    @property
    def server_name(self) -> str:
        """How messages name this server: "CustomerGauge (Europe)" (translatable)."""
        name = (
            Words(QT_TRANSLATE_NOOP("core", "practice sandbox"))
            if self.code == SANDBOX
            else self.label
        )
        return Words(QT_TRANSLATE_NOOP("core", "CustomerGauge ({name})"), name=name)

    def hook_url(self, hook_id: str) -> str:
        """The incoming-webhook URL for one webhook id of this region."""
        return f"{self.hooks_base}/{hook_id}"


# Words: English as a str (exports, logs), shown in the person's language (ui/words.py).
_LABELS = {
    "eu": Words(QT_TRANSLATE_NOOP("core", "Europe")),
    "us": Words(QT_TRANSLATE_NOOP("core", "United States")),
    "au": Words(QT_TRANSLATE_NOOP("core", "Australia")),
}


def region(code: str) -> Region:
    """The real CustomerGauge region for `code` ("eu", "us" or "au")."""
    if code not in _LABELS:
        raise RegionError(f'Unknown region "{code}"; use one of {", ".join(REGION_CODES)}.')
    return Region(
        code=code,
        label=_LABELS[code],
        token_url=f"https://auth.{code}.customergauge.com/oauth2/token",
        records_url=f"https://imports.api.{code}.customergauge.com/records/",
        hooks_base=f"https://hooks.{code}.customergauge.com",
    )


def region_label(code: str) -> str:
    """A region's name for people ("Europe", "Practice (sandbox)"); the code if unknown."""
    if code == SANDBOX:
        return Words(QT_TRANSLATE_NOOP("core", "Practice (sandbox)"))
    return _LABELS.get(code, code)


def sandbox_region(base_url: str) -> Region:
    """The practice region served by the local sandbox at `base_url` (loopback only)."""
    require_safe_url(base_url)
    base = base_url.rstrip("/")
    return Region(
        code=SANDBOX,
        label=region_label(SANDBOX),
        token_url=f"{base}/oauth2/token",
        records_url=f"{base}/records/",
        hooks_base=f"{base}/hooks",
    )


def is_loopback_host(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def require_safe_url(url: str) -> None:
    """Refuse any URL that is not https, except plain http to a loopback address."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme == "https" and host:
        return
    if parts.scheme == "http" and is_loopback_host(host):
        return
    # Plain http elsewhere would send the client secret and personal data in clear text.
    raise RegionError(f"Refusing {url!r}: only https, or http to this computer (loopback).")
