"""Practice mode: the sandbox in-process, the demo profile, the demo credentials."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cg_desktop.core.api.regions import SANDBOX, Region, sandbox_region
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.profiles.files import load_practice_profiles
from cg_desktop.core.profiles.model import Profile

if TYPE_CHECKING:
    from cg_desktop.sandbox import Sandbox
    from cg_desktop.sandbox.account import Account

# The sandbox's demo account (resources/sandbox/demo_account.json): not a secret.
DEMO_CREDENTIALS = ClientCredentials("sandbox-client", "sandbox-secret")
# Its demo webhook's user and password, by webhook id (also not secrets).
DEMO_HOOKS = {"demo-webhook": ClientCredentials("sandbox-hook", "sandbox-hook-secret")}


def ribbon_words(trying: str | None = None) -> str:
    """What the ribbon says: practice mode, and which profile is being tried (if one is)."""
    if trying is None:
        return QCoreApplication.translate(
            "Practice", "Practice mode — nothing is sent to CustomerGauge"
        )
    return QCoreApplication.translate(
        "Practice", "Practice mode — trying “{name}”; nothing is sent to CustomerGauge"
    ).format(name=trying)


@dataclass
class Practice:
    """A running practice session: stop() when the app closes."""

    sandbox: Sandbox
    region: Region
    profiles: list[Profile]  # the demo first (the tried profile, when trying one)
    credentials: ClientCredentials
    # The sandbox webhooks' users and passwords, by webhook id (in memory, like credentials).
    hooks: dict[str, ClientCredentials] = field(default_factory=lambda: dict(DEMO_HOOKS))
    trying: str | None = None  # the name of the profile being tried, if one is

    offline: bool = False

    @property
    def ribbon(self) -> str:
        """What the ribbon says: practice mode, and which profile is being tried."""
        return ribbon_words(self.trying)

    def stop(self) -> None:
        """Stop the in-process sandbox."""
        self.sandbox.stop()

    def simulate_outage(self, offline: bool) -> bool:
        """Practise a Wi-Fi outage: the sandbox stops answering, then comes back (same port).

        While it is down, sends wait in the outbox exactly as they would on a real desk;
        when it is back, the sender notices by itself and delivers them. False when it
        could not come back (its port was taken meanwhile): try again.
        """
        if offline == self.offline:
            return True
        if offline:
            self.sandbox.stop()
        else:
            # Back on the same port (the region's URLs and the sender's account still hold),
            # remembering whom it surveyed: the duplicate rule still applies after the outage.
            try:
                self.sandbox = self.sandbox.restarted().start()
            except OSError:  # another program took the port meanwhile: still "offline"
                return False
        self.offline = offline
        return True


def start_practice(trying: Profile | None = None) -> Practice:
    """Start the sandbox on a free loopback port and load the practice profiles.

    `trying`: a profile to try end to end. The sandbox then also serves the Inbound
    Mapping it describes (its keys and rules), and it comes first, pointed at the sandbox.
    """
    from cg_desktop.sandbox import Sandbox  # only practice mode pays for it

    profiles = load_practice_profiles()
    if trying is None:
        sandbox = Sandbox().start()
    else:
        sandbox = Sandbox(account=_account_trying(trying)).start()
        tried = dataclasses.replace(trying, region=SANDBOX)
        # One profile per name in the selector: the tried one wins.
        profiles = [tried, *(p for p in profiles if p.name != tried.name)]
    practice = Practice(
        sandbox,
        sandbox_region(sandbox.base_url),
        profiles,
        DEMO_CREDENTIALS,
        trying=trying.name if trying is not None else None,
    )
    if trying is not None and trying.transport == "webhook" and trying.webhook_id:
        # The tried webhook signs in as the sandbox made it: the profile's user, the
        # demo webhook's password (what a desk would type in Credentials…).
        hook = sandbox.account.webhook(trying.webhook_id)
        assert hook is not None  # with_tried_profile added it
        practice.hooks[trying.webhook_id] = ClientCredentials(hook.username, hook.password)
    return practice


def _account_trying(profile: Profile) -> Account:
    """The demo account, also serving the mapping `profile` describes."""
    from cg_desktop.core.profiles.practice_mapping import with_tried_profile
    from cg_desktop.sandbox.account import default_account_path, parse_account

    demo = json.loads(default_account_path().read_text(encoding="utf-8"))
    return parse_account(with_tried_profile(demo, profile), f"demo account trying {profile.name}")
