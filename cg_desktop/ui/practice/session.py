"""Practice mode: the sandbox in-process, the demo profile, the demo credentials."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cg_desktop.core.api.regions import Region, sandbox_region
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.profiles.files import load_practice_profiles
from cg_desktop.core.profiles.model import Profile

if TYPE_CHECKING:
    from cg_desktop.sandbox import Sandbox

# The sandbox's demo account (resources/sandbox/demo_account.json): not a secret.
DEMO_CREDENTIALS = ClientCredentials("sandbox-client", "sandbox-secret")
# Its demo webhook's user and password, by webhook id (also not secrets).
DEMO_HOOKS = {"demo-webhook": ClientCredentials("sandbox-hook", "sandbox-hook-secret")}
RIBBON = "Practice mode — nothing is sent to CustomerGauge"


@dataclass
class Practice:
    """A running practice session: stop() when the app closes."""

    sandbox: Sandbox
    region: Region
    profiles: list[Profile]  # the demo first
    credentials: ClientCredentials
    # The sandbox webhooks' users and passwords, by webhook id (in memory, like credentials).
    hooks: dict[str, ClientCredentials] = field(default_factory=lambda: dict(DEMO_HOOKS))

    offline: bool = False

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


def start_practice() -> Practice:
    """Start the sandbox on a free loopback port and load the demo profile."""
    from cg_desktop.sandbox import Sandbox  # only practice mode pays for it

    sandbox = Sandbox().start()
    return Practice(
        sandbox, sandbox_region(sandbox.base_url), load_practice_profiles(), DEMO_CREDENTIALS
    )
