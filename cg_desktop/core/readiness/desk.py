"""Every readiness check for one desk, in the order a person would fix them.

Checks that depend on an earlier one (signing in needs the credentials; the connection
needs CustomerGauge found) say "not checked" when it failed, instead of failing again
for the same reason: one cause, one line to act on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from cg_desktop.core.api.regions import Region
from cg_desktop.core.credentials import (
    ClientCredentials,
    CredentialError,
    CredentialStore,
    client_service,
)
from cg_desktop.core.lanes import lane_for
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.library import ProfileEntry
from cg_desktop.core.profiles.model import Profile
from cg_desktop.core.readiness import local, network
from cg_desktop.core.readiness.lines import Check, CheckProblem, CheckSkipped
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

# What each check is called where people read it (the report and the dialog).
KEYRING = Words(QT_TRANSLATE_NOOP("core", "Keyring"))
CREDENTIALS = Words(QT_TRANSLATE_NOOP("core", "Client ID and Secret"))
WEBHOOK = Words(QT_TRANSLATE_NOOP("core", "Webhook user and password"))
DATA_FOLDER = Words(QT_TRANSLATE_NOOP("core", "Data folder"))
DATABASE = Words(QT_TRANSLATE_NOOP("core", "History database"))
WAITING = Words(QT_TRANSLATE_NOOP("core", "Waiting records"))
PROFILE = Words(QT_TRANSLATE_NOOP("core", "Profile"))
PROXY = Words(QT_TRANSLATE_NOOP("core", "Proxy"))
FOUND = Words(QT_TRANSLATE_NOOP("core", "Finding CustomerGauge"))
TLS = Words(QT_TRANSLATE_NOOP("core", "Secure connection"))
SIGN_IN = Words(QT_TRANSLATE_NOOP("core", "Signing in"))
CLOCK = Words(QT_TRANSLATE_NOOP("core", "Clock"))
# What a keyring that said no asks of the person (the Client Secret's and a webhook's).
UNLOCK = Words(
    QT_TRANSLATE_NOOP(
        "core", "Unlock the keyring (or allow cg-desktop when it asks), then check again."
    )
)


@dataclass
class Desk:
    """What the checks look at: this desk's folders, region, keyring and profiles."""

    paths: AppPaths
    region: Region
    credentials: CredentialStore
    client_id: str  # the saved Client ID for the region ("" when none)
    profiles: list[ProfileEntry]
    profile: str | None = None  # the profile to check (--profile), else all
    # Practice mode's demo account, which is not in the keyring.
    known_credentials: ClientCredentials | None = None
    # Each webhook lane's saved user (settings), and practice mode's demo webhooks.
    webhook_users: dict[str, str] = field(default_factory=dict)
    known_hooks: dict[str, ClientCredentials] | None = None
    # The app's TLS set-up (the OS trust store), run before the first connection.
    before_network: Callable[[], None] | None = None
    # What one run learnt, for the checks after it (and for Copy report's redaction).
    found: dict[str, object] = field(default_factory=dict)


def checks(desk: Desk) -> Iterator[tuple[str, Check]]:
    """(name, check) for every line of the report, in order. Each run starts afresh."""
    desk.found.clear()
    addresses: list[str] = []
    yield KEYRING, lambda: local.check_keyring(desk.credentials)
    yield CREDENTIALS, lambda: _credentials_line(desk)
    if _webhook_profiles(desk):  # only a desk with a webhook profile has this line
        yield WEBHOOK, lambda: _webhook_line(desk)
    yield DATA_FOLDER, lambda: local.check_data_folder(desk.paths.data_dir)
    yield DATABASE, lambda: local.check_database(desk.paths.database)
    yield WAITING, lambda: local.check_waiting(desk.paths.database)
    yield PROFILE, lambda: local.check_profile(desk.profiles, desk.profile)
    yield PROXY, lambda: _proxy_line(desk)
    yield FOUND, lambda: network.check_found(desk.region, _proxy(desk), addresses)
    yield TLS, lambda: network.check_tls(desk.region, _proxy(desk), _needs(addresses))
    yield SIGN_IN, lambda: _sign_in_line(desk, addresses)
    yield CLOCK, lambda: network.check_clock(desk.region) if _needs(addresses) else ""


def secrets_of(desk: Desk) -> list[str]:
    """The secrets a report must never show: those the last run read (never read here,
    so Copy report doesn't touch the keyring from the window)."""
    found = desk.found.get("credentials")
    secrets = [found.client_secret] if isinstance(found, ClientCredentials) else []
    hooks = desk.found.get("webhook passwords")
    secrets += [s for s in hooks if isinstance(s, str)] if isinstance(hooks, list) else []
    proxy = desk.found.get("proxy")
    return secrets + network.proxy_secrets(proxy if isinstance(proxy, str) else None)


def _needs(addresses: list[str]) -> list[str]:
    """The addresses found, or "not checked" when CustomerGauge couldn't be found."""
    if not addresses:
        raise CheckSkipped(
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "not checked: CustomerGauge couldn't be found (see above)."
                )
            ),
            "",
        )
    return addresses


def _proxy(desk: Desk) -> str | None:
    """The proxy this run found (the Proxy line runs first)."""
    proxy = desk.found.get("proxy")
    return proxy if isinstance(proxy, str) else None


def _proxy_line(desk: Desk) -> str:
    """Which proxy requests use; the app's TLS set-up runs first (before any connection)."""
    if desk.before_network is not None:
        desk.before_network()
    try:
        proxy = network.proxy_for(desk.region)
    except ValueError:
        raise CheckProblem(
            Words(QT_TRANSLATE_NOOP("core", "the proxy setting can't be read.")),
            Words(QT_TRANSLATE_NOOP("core", "Ask IT to check this computer's proxy setting.")),
        ) from None
    desk.found["proxy"] = proxy or ""
    return network.check_proxy(proxy)


def _credentials_line(desk: Desk) -> str:
    """Whether a Client ID and Secret are saved for the region (read once per run)."""
    if _webhooks_only(desk):
        raise CheckSkipped(
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "not needed: the profiles checked send through an Incoming Webhook "
                    "(next line).",
                )
            ),
            "",
        )
    if desk.known_credentials is not None:
        desk.found["credentials"] = desk.known_credentials
        return _client_id_for(desk.known_credentials.client_id, desk)
    if not desk.client_id:
        raise _none_saved(desk)
    try:
        secret = desk.credentials.secret(client_service(desk.region.code), desk.client_id)
    except CredentialError as exc:
        raise CheckProblem(
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "the keyring didn't let cg-desktop read the Client Secret ({error})."
                ),
                error=str(exc),
            ),
            UNLOCK,
        ) from None
    if not secret:
        raise _none_saved(desk)
    desk.found["credentials"] = ClientCredentials(desk.client_id, secret)
    return _client_id_for(desk.client_id, desk)


def _client_id_for(client_id: str, desk: Desk) -> str:
    """The Credentials line when a Client ID is there: "Client ID … for Europe"."""
    return Words(
        QT_TRANSLATE_NOOP("core", "Client ID {client_id} for {region}"),
        client_id=client_id,
        region=desk.region.label,
    )


def _chosen_profiles(desk: Desk) -> list[Profile]:
    """The profiles this run checks: the one named (--profile), else every one."""
    profiles = [e.profile for e in desk.profiles if e.profile is not None]
    if desk.profile is not None:
        return [p for p in profiles if p.name == desk.profile]
    return profiles


def _webhooks_only(desk: Desk) -> bool:
    """Whether every checked profile sends through a webhook (no Connected App needed)."""
    chosen = _chosen_profiles(desk)
    return bool(chosen) and all(p.transport == "webhook" for p in chosen)


def _webhook_profiles(desk: Desk) -> list[Profile]:
    """The checked profiles that send through a webhook of this desk's region."""
    return [
        p
        for p in _chosen_profiles(desk)
        if p.transport == "webhook" and p.webhook_id and p.region == desk.region.code
    ]


def _webhook_line(desk: Desk) -> str:
    """Whether each webhook profile's user and password are saved (read once per run)."""
    said: list[str] = []
    passwords: list[str] = []
    for profile in _webhook_profiles(desk):
        assert profile.webhook_id is not None  # _webhook_profiles keeps only those
        if desk.known_hooks is not None:  # practice mode: the demo webhook, in memory
            known = desk.known_hooks.get(profile.webhook_id)
            user, secret = (known.client_id, known.client_secret) if known else ("", "")
        else:
            lane = lane_for(profile, profile.region).name
            user, secret = desk.webhook_users.get(lane, ""), ""
            try:
                secret = (desk.credentials.secret(client_service(lane), user) or "") if user else ""
            except CredentialError as exc:
                raise CheckProblem(
                    Words(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "the keyring didn't let cg-desktop read the webhook's password "
                            "({error}).",
                        ),
                        error=str(exc),
                    ),
                    UNLOCK,
                ) from None
        if not (user and secret):
            raise CheckProblem(
                Words(
                    QT_TRANSLATE_NOOP("core", "none saved for the webhook of “{profile}”."),
                    profile=profile.name,
                ),
                Words(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Choose that profile and press Credentials…: give the user and password "
                        "CustomerGauge showed with the webhook.",
                    )
                ),
            )
        passwords.append(secret)
        desk.found["webhook passwords"] = passwords  # for Copy report's redaction
        said.append(
            Words(
                QT_TRANSLATE_NOOP("core", "user {user} for “{profile}”"),
                user=user,
                profile=profile.name,
            )
        )
    # Checked by the first send: a webhook has no call that sends nothing.
    return Words(
        QT_TRANSLATE_NOOP("core", "{users} (checked when the first record is sent)"),
        users=_listed(said),
    )


def _listed(items: list[str]) -> str:
    """Items one after the other, "a; b; c" (Words stay Words, so each is translated)."""
    listed = items[0] if items else ""
    for item in items[1:]:
        listed = Words(QT_TRANSLATE_NOOP("core", "{earlier}; {later}"), earlier=listed, later=item)
    return listed


def _none_saved(desk: Desk) -> CheckProblem:
    """No Client ID and Secret for the region: where to put them."""
    return CheckProblem(
        Words(QT_TRANSLATE_NOOP("core", "none saved for {region}."), region=desk.region.label),
        Words(
            QT_TRANSLATE_NOOP(
                "core",
                "File → Credentials…: paste the Client ID and Client Secret from CustomerGauge "
                "(Integrations → Connected Apps).",
            )
        ),
    )


def _sign_in_line(desk: Desk, addresses: list[str]) -> str:
    """A token for the saved credentials, once CustomerGauge was found."""
    _needs(addresses)
    if _webhooks_only(desk):
        raise CheckSkipped(
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "not needed: a webhook signs in with each record it sends."
                )
            ),
            "",
        )
    credentials = desk.found.get("credentials")
    if not isinstance(credentials, ClientCredentials):
        raise CheckSkipped(
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "not checked: no Client ID and Secret to sign in with (see above)."
                )
            ),
            "",
        )
    return network.check_token(desk.region, credentials)
