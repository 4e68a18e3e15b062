"""Every readiness check for one desk, in the order a person would fix them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cg_desktop.core.api.regions import Region
from cg_desktop.core.credentials import (
    ClientCredentials,
    CredentialError,
    CredentialStore,
    client_service,
)
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.model import Profile
from cg_desktop.core.readiness import local, network
from cg_desktop.core.readiness.lines import Check, CheckProblem


@dataclass
class Desk:
    """What the checks look at: this desk's folders, region, keyring and profiles."""

    paths: AppPaths
    region: Region
    credentials: CredentialStore
    client_id: str  # the saved Client ID for the region ("" when none)
    profiles: list[Profile]
    profile: str | None = None  # the profile to check (--profile), else all
    # Practice mode's demo account, which is not in the keyring.
    known_credentials: ClientCredentials | None = None
    # The app's TLS set-up (the OS trust store), run before the first connection.
    before_network: Callable[[], None] | None = None


def saved_credentials(desk: Desk) -> ClientCredentials | None:
    """The region's Client ID and Secret, from practice mode or the keyring."""
    if desk.known_credentials is not None:
        return desk.known_credentials
    if not desk.client_id:
        return None
    try:
        secret = desk.credentials.secret(client_service(desk.region.code), desk.client_id)
    except CredentialError:
        return None
    return ClientCredentials(desk.client_id, secret) if secret else None


def checks(desk: Desk) -> Iterator[tuple[str, Check]]:
    """(name, check) for every line of the report, in order."""
    yield "keyring", lambda: local.check_keyring(desk.credentials)
    yield "credentials", lambda: _credentials_line(desk)
    yield "data folder", lambda: local.check_data_folder(desk.paths.data_dir)
    yield "database", lambda: local.check_database(desk.paths.database)
    yield "waiting sends", lambda: local.check_waiting(desk.paths.database)
    yield "profile", lambda: local.check_profile(desk.profiles, desk.profile)
    proxy: list[str] = []

    def proxy_line() -> str:
        if desk.before_network is not None:
            desk.before_network()
        proxy.append(network.check_proxy(desk.region))
        return proxy[-1]

    yield "proxy", proxy_line
    yield "dns", lambda: network.check_dns(desk.region)
    yield "tls", lambda: network.check_tls(desk.region, proxied=_proxied(proxy))
    yield "sign-in", lambda: network.check_token(desk.region, saved_credentials(desk))
    yield "clock", lambda: network.check_clock(desk.region)


def secrets_of(desk: Desk) -> list[str]:
    """The secrets a report must never show (Copy report redacts them)."""
    found = saved_credentials(desk)
    return [found.client_secret] if found else []


def _credentials_line(desk: Desk) -> str:
    """Whether a Client ID and Secret are saved for the region."""
    found = saved_credentials(desk)
    if found is None:
        raise CheckProblem(
            f"none saved for {desk.region.label}.",
            "File → Credentials…: paste the Client ID and Client Secret from CustomerGauge "
            "(Integrations → Connected Apps).",
        )
    return f"Client ID {found.client_id} for {desk.region.label}"


def _proxied(proxy: list[str]) -> bool:
    """Whether the proxy line found a proxy in use."""
    return bool(proxy) and proxy[0].startswith("through")
