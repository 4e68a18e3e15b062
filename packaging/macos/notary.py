"""Apple notarization with notarytool, and stapling the ticket, when credentials are set.

Either a keychain profile made once on a Mac (`xcrun notarytool store-credentials NAME`),
named by MACOS_NOTARY_KEYCHAIN_PROFILE, or, for CI, APPLE_ID + APPLE_TEAM_ID +
APPLE_APP_PASSWORD (an app-specific password from appleid.apple.com).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from macos.codesign import Skip

PROFILE_VARIABLE = "MACOS_NOTARY_KEYCHAIN_PROFILE"
APPLE_ID_VARIABLE = "APPLE_ID"
TEAM_VARIABLE = "APPLE_TEAM_ID"
PASSWORD_VARIABLE = "APPLE_APP_PASSWORD"
_ACCOUNT = (APPLE_ID_VARIABLE, TEAM_VARIABLE, PASSWORD_VARIABLE)
# Apple usually answers in minutes; a bound stops a stuck queue from holding CI for hours.
WAIT_LIMIT = "1h"


class NotaryConfigError(Exception):
    """Notarization credentials are set only in part: a mistake to fix, not a skip."""


@dataclass(frozen=True)
class NotaryCredentials:
    """The notarytool options saying who submits; repr shows neither (they hold `secret`)."""

    options: tuple[str, ...] = field(repr=False)
    secret: str = field(default="", repr=False)


@dataclass(frozen=True)
class Outcome:
    """What Apple said about one submission."""

    submission_id: str
    status: str

    @property
    def accepted(self) -> bool:
        """Whether a ticket was issued (then it can be stapled)."""
        return self.status == "Accepted"


def notary_credentials(env: Mapping[str, str], signed: bool) -> NotaryCredentials | Skip:
    """Whether to notarize, and as whom; values that are empty count as absent."""
    if not signed:
        return Skip("notarization: skipped (nothing was signed; Apple notarizes signed code only)")
    profile = env.get(PROFILE_VARIABLE, "").strip()
    if profile:
        return NotaryCredentials(("--keychain-profile", profile))
    apple_id, team, password = (env.get(name, "").strip() for name in _ACCOUNT)
    if apple_id and team and password:
        return NotaryCredentials(
            ("--apple-id", apple_id, "--team-id", team, "--password", password), password
        )
    present = [name for name in _ACCOUNT if env.get(name, "").strip()]
    if present:
        missing = [name for name in _ACCOUNT if name not in present]
        raise NotaryConfigError(
            f"notarization: {', '.join(present)} set but {', '.join(missing)} missing"
        )
    return Skip(
        f"notarization: skipped (no {PROFILE_VARIABLE}, and no {APPLE_ID_VARIABLE}, "
        f"{TEAM_VARIABLE} and {PASSWORD_VARIABLE}); macOS will warn that Apple could not "
        "check the app for malicious software"
    )


def submit_command(path: Path, credentials: NotaryCredentials) -> list[str]:
    """The notarytool call uploading `path` (.zip or .dmg) and waiting for Apple's answer."""
    return [
        "xcrun",
        "notarytool",
        "submit",
        str(path),
        *credentials.options,
        "--wait",
        "--timeout",
        WAIT_LIMIT,
        # notarytool exits 0 even for "Invalid", so the status is read from its answer.
        "--output-format",
        "json",
    ]


def log_command(submission_id: str, credentials: NotaryCredentials) -> list[str]:
    """The notarytool call fetching Apple's report on a rejected submission."""
    return ["xcrun", "notarytool", "log", submission_id, *credentials.options]


def outcome(answer: str) -> Outcome:
    """Apple's answer from notarytool's JSON output (raises ValueError on anything else)."""
    try:
        data = json.loads(answer)
    except json.JSONDecodeError as error:
        raise ValueError(f"notarytool did not answer in JSON: {answer[:500]!r}") from error
    if not isinstance(data, dict) or "status" not in data:
        raise ValueError(f"notarytool's answer has no status: {answer[:500]!r}")
    return Outcome(str(data.get("id", "")), str(data["status"]))


def zip_command(app: Path, archive: Path) -> list[str]:
    """The ditto call making the .zip notarytool takes for an .app (keeps its signatures)."""
    return ["ditto", "-c", "-k", "--keepParent", str(app), str(archive)]


def staple_command(path: Path) -> list[str]:
    """The stapler call attaching the ticket, so Gatekeeper needn't ask Apple offline."""
    return ["xcrun", "stapler", "staple", str(path)]


def assess_command(app: Path) -> list[str]:
    """Gatekeeper's own verdict on the notarized app ("source=Notarized Developer ID")."""
    return ["spctl", "--assess", "--type", "execute", "--verbose=2", str(app)]
