"""The readiness checks that talk to CustomerGauge: proxy, finding it, TLS, a token, the clock.

Each says what it found in words a desk can act on; the TLS line names who issued the
server's certificate, so a corporate proxy that inspects traffic shows up by name. Every
wait is bounded: a name server that never answers costs five seconds, once.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as Waited
from datetime import UTC
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from cg_desktop.core.api.outcomes import OutcomeKind
from cg_desktop.core.api.regions import Region, is_loopback_host
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.readiness.lines import CheckProblem, CheckWarning
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

# The clock may be this far off before tokens and signatures start to fail.
CLOCK_SKEW_LIMIT = 5 * 60.0
TIMEOUT = (5.0, 15.0)  # connect, read: a check waits no longer than a send would
NAME_LOOKUP_LIMIT = 5.0  # seconds for the name server (getaddrinfo has no timeout of its own)


def host_of(url: str) -> str:
    """The host name in a URL."""
    return urlsplit(url).hostname or ""


def proxy_for(region: Region) -> str | None:
    """The proxy requests to the region go through (environment or system), or None."""
    if is_loopback_host(host_of(region.token_url)):
        return None  # loopback never goes through a proxy (core/api/http.py)
    from requests.utils import get_environ_proxies

    proxies = get_environ_proxies(region.token_url)
    return proxies.get(urlsplit(region.token_url).scheme) or proxies.get("all") or None


def proxy_secrets(proxy: str | None) -> list[str]:
    """The user and password written into a proxy setting (a report must not show them)."""
    if not proxy or "@" not in proxy:
        return []
    credentials = proxy.split("://", 1)[-1].rsplit("@", 1)[0]
    return [part for part in credentials.split(":", 1) if part]


def shown_proxy(proxy: str) -> str:
    """A proxy setting safe to show: whatever stands before its last "@" is hidden.

    Done by hand, not with urlsplit: a setting without "http://", or a password holding
    "#", "/" or "?", is misread by it and would be shown whole.
    """
    scheme, separator, rest = proxy.partition("://")
    if not separator:
        scheme, rest = "", proxy
    if "@" in rest:
        rest = "***@" + rest.rsplit("@", 1)[1]
    return f"{scheme}://{rest}" if separator else rest


def check_proxy(proxy: str | None) -> str:
    """Whether requests to the region go through a proxy."""
    if not proxy:
        return Words(QT_TRANSLATE_NOOP("core", "none: this computer connects directly"))
    return Words(QT_TRANSLATE_NOOP("core", "through {proxy}"), proxy=shown_proxy(proxy))


def resolve(host: str) -> list[str]:
    """The addresses of a host name, waiting at most NAME_LOOKUP_LIMIT seconds."""
    next_step = Words(
        QT_TRANSLATE_NOOP(
            "core",
            "Check the Wi-Fi or network cable; on a guest network, open a web page first "
            "(it may ask you to accept its terms).",
        )
    )
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cg-check-dns")
    try:
        future = pool.submit(socket.getaddrinfo, host, 443, type=socket.SOCK_STREAM)
        infos = future.result(timeout=NAME_LOOKUP_LIMIT)
    except Waited:
        raise CheckProblem(
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{host} can't be found: the network's name server didn't answer within "
                    "{seconds} seconds.",
                ),
                host=host,
                seconds=f"{NAME_LOOKUP_LIMIT:.0f}",
            ),
            next_step,
        ) from None
    except (socket.gaierror, UnicodeError) as exc:
        raise CheckProblem(
            Words(
                QT_TRANSLATE_NOOP("core", "{host} can't be found ({error})."),
                host=host,
                error=getattr(exc, "strerror", None) or exc,
            ),
            next_step,
        ) from None
    finally:
        pool.shutdown(wait=False)  # a lookup that never ends is left behind, not waited for
    return sorted({str(info[4][0]) for info in infos})


def check_found(region: Region, proxy: str | None, found: list[str]) -> str:
    """CustomerGauge (or, through a proxy, the proxy) can be found by name; fills `found`."""
    host = host_of(region.token_url)
    if is_loopback_host(host):
        found.append(host)
        return Words(
            QT_TRANSLATE_NOOP("core", "{host} (practice mode: on this computer)"), host=host
        )
    if proxy:
        # The proxy finds CustomerGauge for us: this computer only has to find the proxy.
        proxy_host = host_of(proxy if "://" in proxy else f"http://{proxy}")
        try:
            addresses = resolve(proxy_host)
        except CheckProblem as exc:
            raise CheckProblem(
                Words(
                    QT_TRANSLATE_NOOP("core", "the proxy {host} can't be found."), host=proxy_host
                ),
                Words(QT_TRANSLATE_NOOP("core", "Ask IT whether the proxy setting is right.")),
            ) from exc
        found.extend(addresses)
        return Words(
            QT_TRANSLATE_NOOP("core", "the proxy {host} → {address}"),
            host=proxy_host,
            address=addresses[0],
        )
    started = time.monotonic()
    addresses = resolve(host)
    found.extend(addresses)
    return Words(
        QT_TRANSLATE_NOOP("core", "{host} → {address} ({milliseconds} ms)"),
        host=host,
        address=addresses[0],
        milliseconds=f"{(time.monotonic() - started) * 1000:.0f}",
    )


def check_tls(region: Region, proxy: str | None, found: list[str]) -> str:
    """A TLS connection to the region, verified with this computer's certificate store."""
    host = host_of(region.token_url)
    if urlsplit(region.token_url).scheme != "https":
        return Words(QT_TRANSLATE_NOOP("core", "not used (practice mode: on this computer)"))
    if proxy:
        return _tls_through_proxy(region, host)
    import ssl

    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        # The address found above: no second lookup (the name server may be slow).
        with (
            socket.create_connection((found[0], 443), timeout=TIMEOUT[0]) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls,
        ):
            tls.settimeout(TIMEOUT[1])
            certificate = tls.getpeercert() or {}
            version = tls.version() or "TLS"
    except ssl.SSLCertVerificationError as exc:
        raise CheckProblem(
            Words(
                QT_TRANSLATE_NOOP("core", "{host}'s certificate is not trusted here ({reason})."),
                host=host,
                reason=exc.verify_message,
            ),
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "A network that inspects traffic needs its certificate installed on this "
                    "computer: ask IT.",
                )
            ),
        ) from None
    except OSError as exc:
        raise CheckProblem(
            Words(
                QT_TRANSLATE_NOOP("core", "no secure connection to {host} ({error})."),
                host=host,
                error=exc.strerror or exc,
            ),
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "A firewall may block HTTPS to CustomerGauge: ask IT, or try another network.",
                )
            ),
        ) from None
    return Words(
        QT_TRANSLATE_NOOP("core", "{version} to {host}, certificate issued by {issuer}"),
        version=version,
        host=host,
        issuer=_issuer(certificate),
    )


def _tls_through_proxy(region: Region, host: str) -> str:
    """Through a proxy: one real request, verified with this computer's certificates."""
    import requests

    from cg_desktop.core.api.http import make_session

    session = make_session()
    try:
        session.head(region.token_url, timeout=TIMEOUT, allow_redirects=False)
    except requests.exceptions.SSLError:
        raise CheckProblem(
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "{host}'s certificate, as the proxy hands it on, is not trusted here."
                ),
                host=host,
            ),
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The proxy inspects traffic: its certificate must be installed on this "
                    "computer. Ask IT.",
                )
            ),
        ) from None
    except requests.exceptions.ProxyError:
        raise CheckProblem(
            Words(QT_TRANSLATE_NOOP("core", "the proxy doesn't answer or refuses the connection.")),
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "Ask IT whether the proxy setting is right for this network."
                )
            ),
        ) from None
    except requests.exceptions.RequestException as exc:
        raise CheckProblem(
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "no secure connection to {host} through the proxy ({error})."
                ),
                host=host,
                error=type(exc).__name__,
            ),
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "Ask IT whether the proxy lets HTTPS to CustomerGauge through."
                )
            ),
        ) from None
    finally:
        session.close()
    return Words(
        QT_TRANSLATE_NOOP(
            "core", "to {host} through the proxy, verified with this computer's certificates"
        ),
        host=host,
    )


def _issuer(certificate: Mapping[str, object]) -> str:
    """Who issued a certificate, from getpeercert()'s nested tuples."""
    names: dict[str, str] = {}
    issuer = certificate.get("issuer", ())
    if isinstance(issuer, tuple):
        for part in issuer:
            for pair in part:
                if isinstance(pair, tuple) and len(pair) == 2:
                    names[str(pair[0])] = str(pair[1])
    return (
        names.get("organizationName")
        or names.get("commonName")
        or Words(QT_TRANSLATE_NOOP("core", "an unnamed issuer"))
    )


def check_token(region: Region, credentials: ClientCredentials) -> str:
    """CustomerGauge gives a token for the saved Client ID and Secret (and how long it took)."""
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
            _before_saved(outcome.message),
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "File → Credentials…: check the Client ID and Secret, then Test connection.",
                )
            )
            if outcome.kind is OutcomeKind.NEEDS_SIGN_IN
            else Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Check the network and try again; if it persists, send this report to support.",
                )
            ),
        )
    return Words(
        QT_TRANSLATE_NOOP("core", "signed in as {client_id} in {seconds} s"),
        client_id=credentials.client_id,
        seconds=f"{took:.1f}",
    )


def _before_saved(message: str) -> str:
    """A sign-in outcome's sentence without its end about sending ("Saved — it will be …"),
    which means nothing in a check. Kept whole (and so translated) when it has no such end;
    cut, it is English (the cut sentence has no translation of its own)."""
    cut = message.split(" Saved — ", 1)[0]
    return message if cut == message else cut


def check_clock(region: Region) -> str:
    """This computer's clock against the server's (its Date header)."""
    import requests

    from cg_desktop.core.api.http import make_session

    session = make_session()
    try:
        said = session.head(region.token_url, timeout=TIMEOUT, allow_redirects=False).headers.get(
            "Date", ""
        )
    except requests.exceptions.RequestException as exc:
        raise CheckWarning(
            Words(
                QT_TRANSLATE_NOOP("core", "could not ask the server for its time ({error})."),
                error=type(exc).__name__,
            ),
            Words(QT_TRANSLATE_NOOP("core", "See the lines above.")),
        ) from None
    finally:
        session.close()
    try:
        server = parsedate_to_datetime(said)
    except (TypeError, ValueError):
        raise CheckWarning(
            Words(QT_TRANSLATE_NOOP("core", "the server's answer did not say its time.")), ""
        ) from None
    if server.tzinfo is None:  # "-0000": HTTP dates are in UTC
        server = server.replace(tzinfo=UTC)
    skew = time.time() - server.timestamp()
    if abs(skew) > CLOCK_SKEW_LIMIT:
        raise CheckWarning(
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "this computer's clock is {minutes} minutes ahead of the server's."
                )
                if skew > 0
                else QT_TRANSLATE_NOOP(
                    "core", "this computer's clock is {minutes} minutes behind the server's."
                ),
                minutes=f"{abs(skew) / 60:.0f}",
            ),
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Set the date and time to update automatically (Windows: Settings → Time; "
                    "macOS: System Settings → General → Date & Time).",
                )
            ),
        )
    return Words(
        QT_TRANSLATE_NOOP("core", "within {seconds} s of the server's"), seconds=f"{abs(skew):.0f}"
    )
