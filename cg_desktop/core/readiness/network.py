"""The readiness checks that talk to CustomerGauge: proxy, DNS, TLS, a token, the clock.

Each says what it found in words a desk can act on; the TLS line names who issued the
server's certificate, so a corporate proxy that inspects traffic shows up by name.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit, urlunsplit

from cg_desktop.core.api.outcomes import OutcomeKind
from cg_desktop.core.api.regions import Region, is_loopback_host
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.readiness.lines import CheckProblem, CheckWarning

# The clock may be this far off before tokens and signatures start to fail.
CLOCK_SKEW_LIMIT = 5 * 60.0
TIMEOUT = (5.0, 15.0)  # connect, read: a check waits no longer than a send would


def _host(url: str) -> str:
    """The host name in a URL."""
    return urlsplit(url).hostname or ""


def _without_password(url: str) -> str:
    """A proxy URL safe to show: any user and password in it replaced."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        netloc = f"***@{host}" + (f":{parts.port}" if parts.port else "")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def check_proxy(region: Region) -> str:
    """Whether requests to the region go through a proxy (from the environment or system)."""
    from requests.utils import get_environ_proxies

    proxies = get_environ_proxies(region.token_url)
    scheme = urlsplit(region.token_url).scheme
    proxy = proxies.get(scheme) or proxies.get("all")
    if not proxy:
        return "none: this computer connects directly"
    return f"through {_without_password(proxy)}"


def check_dns(region: Region) -> str:
    """The region's servers can be found by name."""
    host = _host(region.token_url)
    if is_loopback_host(host):
        return f"{host} (practice mode: on this computer)"
    started = time.monotonic()
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, 443, type=socket.SOCK_STREAM)}
    except socket.gaierror as exc:
        raise CheckProblem(
            f"{host} can't be found ({exc.strerror or exc}).",
            "Check the Wi-Fi or network cable; on a guest network, open a web page first "
            "(it may ask you to accept its terms).",
        ) from None
    took = time.monotonic() - started
    return f"{host} → {sorted(addresses)[0]} ({took * 1000:.0f} ms)"


def check_tls(region: Region, proxied: bool) -> str:
    """A TLS connection to the region, verified with this computer's certificate store."""
    host = _host(region.token_url)
    if urlsplit(region.token_url).scheme != "https":
        return "not used (practice mode: on this computer)"
    if proxied:
        return "checked through the proxy by the token line below"
    import ssl

    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        with (
            socket.create_connection((host, 443), timeout=TIMEOUT[0]) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls,
        ):
            certificate = tls.getpeercert() or {}
            version = tls.version() or "TLS"
    except ssl.SSLCertVerificationError as exc:
        raise CheckProblem(
            f"{host}'s certificate is not trusted here ({exc.verify_message}).",
            "A network that inspects traffic needs its certificate installed on this "
            "computer: ask IT.",
        ) from None
    except OSError as exc:
        raise CheckProblem(
            f"no secure connection to {host} ({exc.strerror or exc}).",
            "Check the network; a firewall may block HTTPS to CustomerGauge.",
        ) from None
    issuer = _issuer(certificate)
    return f"{version} to {host}, certificate issued by {issuer}"


def _issuer(certificate: Mapping[str, object]) -> str:
    """Who issued a certificate, from getpeercert()'s nested tuples."""
    names: dict[str, str] = {}
    issuer = certificate.get("issuer", ())
    if isinstance(issuer, tuple):
        for part in issuer:
            for pair in part:
                if isinstance(pair, tuple) and len(pair) == 2:
                    names[str(pair[0])] = str(pair[1])
    return names.get("organizationName") or names.get("commonName") or "an unnamed issuer"


def check_token(region: Region, credentials: ClientCredentials | None) -> str:
    """CustomerGauge gives a token for the saved Client ID and Secret (and how long it took)."""
    if credentials is None:
        raise CheckProblem(
            f"no Client ID and Client Secret saved for {region.label}.",
            "File → Credentials…: paste them from CustomerGauge (Integrations → Connected "
            "Apps), then Test connection.",
        )
    from cg_desktop.core.api.http import make_session
    from cg_desktop.core.api.tokens import TokenProvider

    session = make_session()
    started = time.monotonic()
    try:
        outcome = TokenProvider(session, timeout=TIMEOUT).check(region, credentials)
    finally:
        session.close()
    took = time.monotonic() - started
    if outcome is not None:
        raise CheckProblem(
            outcome.message.split(" Saved — ", 1)[0],
            "File → Credentials…: check the Client ID and Secret, then Test connection."
            if outcome.kind is OutcomeKind.NEEDS_SIGN_IN
            else "Check the network and try again; if it persists, send this report to support.",
        )
    return f"signed in as {credentials.client_id} in {took:.1f} s"


def check_clock(region: Region) -> str:
    """This computer's clock against the server's (its Date header)."""
    from cg_desktop.core.api.http import make_session

    session = make_session()
    try:
        answer = session.head(region.token_url, timeout=TIMEOUT, allow_redirects=False)
        said = answer.headers.get("Date", "")
    except OSError as exc:
        raise CheckWarning(
            f"could not ask the server for its time ({type(exc).__name__}).",
            "See the lines above.",
        ) from None
    finally:
        session.close()
    if not said:
        raise CheckWarning("the server did not say its time.", "")
    skew = time.time() - parsedate_to_datetime(said).timestamp()
    if abs(skew) > CLOCK_SKEW_LIMIT:
        ahead = "ahead of" if skew > 0 else "behind"
        raise CheckWarning(
            f"this computer's clock is {abs(skew) / 60:.0f} minutes {ahead} the server's.",
            "Set the date and time to update automatically (Windows: Settings → Time; "
            "macOS: System Settings → General → Date & Time).",
        )
    return f"within {abs(skew):.0f} s of the server's"
