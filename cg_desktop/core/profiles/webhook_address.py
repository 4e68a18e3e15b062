"""A webhook's address as an administrator pastes it: its URL, or the id at its end.

CustomerGauge gives a webhook as `https://hooks.{region}.customergauge.com/{id}` (SPEC.md).
A profile keeps only the id (its region gives the rest), so a pasted URL is read back to
its id, and one that points anywhere else is refused with the reason: the webhook's
user and password go to whatever host the URL names.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from cg_desktop.core.api.regions import REGION_CODES, SANDBOX, region_label
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

# A webhook id as CustomerGauge makes them: URL-safe letters, digits and - _ . ~ only, so
# it can't change where the URL points (no / ? # @ : %, no "." or ".." path step) and
# can't carry control or invisible characters into the keyring's service name.
WEBHOOK_ID = re.compile(r"[A-Za-z0-9._~-]+")
_HOST = re.compile(r"hooks\.([a-z]+)\.customergauge\.com")


class WebhookAddressError(ValueError):
    """A pasted webhook address that cg-desktop refuses; the message (Words) says why."""

    def __init__(self, template: str, /, **values: object) -> None:
        super().__init__(Words(template, **values))


def hooks_host(region: str) -> str:
    """The host of a region's webhooks ("hooks.eu.customergauge.com")."""
    return f"hooks.{region}.customergauge.com"


def looks_like_url(text: str) -> bool:
    """Whether the text is a URL (or a host and path) rather than a bare id."""
    text = text.strip()
    return "://" in text or text.lower().startswith("hooks.") or "/" in text


def webhook_id_from(text: str, region: str) -> str:
    """The webhook id in `text` (a bare id, or the webhook's URL for `region`).

    Raises WebhookAddressError with a sentence for the administrator.
    """
    text = text.strip()
    if not text:
        raise WebhookAddressError(
            QT_TRANSLATE_NOOP("core", "Give the webhook's URL (https://{host}/…) or its id."),
            host=hooks_host(region),
        )
    if not looks_like_url(text):
        return _checked_id(text, region)
    if region == SANDBOX:
        raise WebhookAddressError(
            QT_TRANSLATE_NOOP(
                "core",
                "A practice profile names the sandbox's webhook by its id only (demo-webhook).",
            )
        )
    try:
        parts = urlsplit(text if "://" in text else f"https://{text}")
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:  # a port that isn't a number, an unclosed [, odd characters
        raise WebhookAddressError(
            QT_TRANSLATE_NOOP(
                "core",
                "That isn't a web address cg-desktop can read; paste the webhook's URL exactly "
                "as CustomerGauge shows it (https://{host}/…).",
            ),
            host=hooks_host(region),
        ) from None
    if parts.scheme.lower() != "https":
        raise WebhookAddressError(
            QT_TRANSLATE_NOOP(
                "core",
                "The URL starts with {scheme}://; CustomerGauge's webhooks use https://, "
                "and anything else would send the webhook's password unprotected.",
            ),
            scheme=parts.scheme,
        )
    match = _HOST.fullmatch(host)
    if match is None:
        if not host:
            raise WebhookAddressError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "That address is not a CustomerGauge webhook address; it should start with "
                    "https://{host}/. The webhook's password would go there.",
                ),
                host=hooks_host(region),
            )
        raise WebhookAddressError(
            QT_TRANSLATE_NOOP(
                "core",
                "{given} is not a CustomerGauge webhook address; it should start with "
                "https://{host}/. The webhook's password would go there.",
            ),
            given=host,
            host=hooks_host(region),
        )
    if match.group(1) != region:
        other = match.group(1)
        if other not in REGION_CODES:
            raise WebhookAddressError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{given} is not a CustomerGauge region's webhook address; it should start "
                    "with https://{host}/.",
                ),
                given=host,
                host=hooks_host(region),
            )
        raise WebhookAddressError(
            QT_TRANSLATE_NOOP(
                "core",
                "This webhook is in the {other} region, but the profile's region is {region}: "
                "choose the region the webhook belongs to.",
            ),
            other=region_label(other),
            region=region_label(region),
        )
    if port not in (None, 443) or parts.username or parts.password:
        raise WebhookAddressError(
            QT_TRANSLATE_NOOP(
                "core",
                "Paste the webhook's URL exactly as CustomerGauge shows it, without a port or a "
                "user name in it.",
            )
        )
    if parts.query or parts.fragment:
        raise WebhookAddressError(
            QT_TRANSLATE_NOOP(
                "core",
                "Paste the webhook's URL without anything after ? or #: the fields are added "
                "by cg-desktop.",
            )
        )
    path = parts.path.strip("/")
    if not path or "/" in path:
        raise WebhookAddressError(
            QT_TRANSLATE_NOOP(
                "core", "The URL should end with the webhook's id, like https://{host}/abc123."
            ),
            host=hooks_host(region),
        )
    return _checked_id(unquote(path), region)


def _checked_id(hook_id: str, region: str) -> str:
    """The id, when it can't change where the URL points."""
    if not WEBHOOK_ID.fullmatch(hook_id) or hook_id in (".", ".."):
        raise WebhookAddressError(
            QT_TRANSLATE_NOOP(
                "core", "Give only the id that follows https://{host}/ in the webhook's URL."
            ),
            host=hooks_host(region),
        )
    return hook_id
