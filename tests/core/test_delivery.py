"""The delivery loop against the sandbox: the fault matrix, backoff, pauses, exactly once."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cg_desktop.core.api.http import make_session
from cg_desktop.core.api.outcomes import OutcomeKind, Reason
from cg_desktop.core.api.records_client import RecordsClient
from cg_desktop.core.api.regions import Region, sandbox_region
from cg_desktop.core.api.tokens import TokenProvider
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.delivery import Account, Deliverer, RecordSender
from cg_desktop.core.store.outbox import ALREADY_RECEIVED, FIRST_RETRY, MAX_RETRY, retry_delay
from cg_desktop.core.store.sends import Status, Store
from cg_desktop.sandbox import Sandbox

MAPPING_A = "9dd58237-c913-4073-9c76-07da0b49ff50"
DEMO = ClientCredentials("sandbox-client", "sandbox-secret")
# Client timeouts that bound a hang only: the sandbox on loopback answers far sooner.
SURE = (30.0, 60.0)
# A timeout the fault matrix means to strike: what it waits for never comes (a dropped
# SYN, an answer the sandbox holds back), so no machine is too slow or too fast for it.
GIVE_UP = 0.5


class Clock:
    """A clock the test moves by hand, so backoff is checked without waiting."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[Store]:
    with Store(tmp_path / "sends.db", clock=clock) as opened:
        yield opened


def client(
    account: Account,
    timeout: tuple[float, float] = SURE,
    sign_in_timeout: tuple[float, float] = SURE,
) -> RecordsClient:
    """A RecordsClient with these timeouts for its records requests and its sign-in."""
    session = make_session()
    tokens = TokenProvider(session, timeout=sign_in_timeout)
    return RecordsClient(
        account.region, account.credentials, session=session, tokens=tokens, timeout=timeout
    )


def sure_client(account: Account) -> RecordSender:
    return client(account)


def deliverer(store: Store, clock: Clock, region: Region) -> Deliverer:
    d = Deliverer(store, client_factory=sure_client, clock=clock)
    d.set_account(Account(region, DEMO))
    return d


def enqueue(store: Store, n: int = 1, region: str = "sandbox") -> list[int]:
    return [
        store.enqueue(
            profile="Demo",
            region=region,
            configuration=MAPPING_A,
            record={"Email": f"visitor{i}@example.com", "First Name": f"V{i}"},
            contact=f"visitor{i}@example.com",
        )
        for i in range(n)
    ]


def drain(d: Deliverer, clock: Clock) -> None:
    """Send everything due, moving the clock past each backoff."""
    for _ in range(20):
        if d.step() is None:
            due = d.next_wakeup()
            if due is None:
                return
            clock.now = max(clock.now, due)


def test_drains_oldest_first_and_marks_delivered(
    store: Store, clock: Clock, sandbox: Sandbox
) -> None:
    ids = enqueue(store, 3)
    d = deliverer(store, clock, sandbox_region(sandbox.base_url))
    attempts = [d.step(), d.step(), d.step(), d.step()]
    assert [a.send.id for a in attempts if a] == ids
    assert attempts[-1] is None
    assert [a.record["Email"] for a in sandbox.accepted] == [
        f"visitor{i}@example.com" for i in range(3)
    ]
    assert store.count([Status.DELIVERED]) == 3
    d.close()


def _unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Fault:
    """One row of the fault matrix: how to break things, and how the fix looks."""

    def __init__(
        self,
        name: str,
        reason: Reason,
        breaks: Callable[[Sandbox, int], Region | None],
        timeout: tuple[float, float] = SURE,
        sign_in_timeout: tuple[float, float] = SURE,
    ) -> None:
        self.name = name
        self.reason = reason
        self.breaks = breaks
        # The broken region's client's timeouts: records requests, sign-in.
        self.timeout = timeout
        self.sign_in_timeout = sign_in_timeout

    def __repr__(self) -> str:
        return self.name


def _inject(fault: str) -> Callable[[Sandbox, int], None]:
    def breaks(sandbox: Sandbox, _blackhole: int) -> None:
        sandbox.inject(fault, retry_after=7)

    return breaks


def _refused(_sandbox: Sandbox, _blackhole: int) -> Region:
    return sandbox_region(f"http://127.0.0.1:{_unused_port()}")


def _unresolvable(_sandbox: Sandbox, _blackhole: int) -> Region:
    return Region(
        "sandbox",
        "Nowhere",
        "https://auth.cg-test.invalid/oauth2/token",
        "https://imports.cg-test.invalid/records/",
        "https://hooks.cg-test.invalid",
    )


def _tls(sandbox: Sandbox, _blackhole: int) -> Region:
    # https to a plain-http server: the TLS handshake fails, as with a broken proxy.
    base = sandbox.base_url.replace("http://", "https://")
    return Region("sandbox", "TLS", base + "/oauth2/token", base + "/records/", base + "/hooks")


def _read_timeout(sandbox: Sandbox, _blackhole: int) -> Region:
    # The record is accepted, and its answer held back until the sandbox stops. The same
    # server as a region of its own, so it gets a client with the short read timeout.
    sandbox.hold_next_answer()
    base = sandbox.base_url
    return Region("sandbox", "Slow", base + "/oauth2/token", base + "/records/", base + "/hooks")


def _connect_timeout(_sandbox: Sandbox, blackhole: int) -> Region:
    return sandbox_region(f"http://127.0.0.1:{blackhole}")


@pytest.fixture
def blackhole() -> Iterator[int]:
    """A port whose accept queue is full: new connections hang until they time out.

    Linux drops the SYN when a listening socket's backlog is full, which is what a
    connect timeout looks like on a dead network, without leaving this machine.
    """
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = int(server.getsockname()[1])
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            filler.connect(("127.0.0.1", port))
        fillers.append(filler)
    yield port
    for filler in fillers:
        filler.close()
    server.close()


FAULTS = [
    # Sign-in is the first to knock on the black hole.
    Fault("connect timeout", Reason.OFFLINE, _connect_timeout, sign_in_timeout=(GIVE_UP, SURE[1])),
    Fault("connection refused", Reason.OFFLINE, _refused),
    Fault("unresolvable host", Reason.OFFLINE, _unresolvable),
    Fault("read timeout", Reason.TIMEOUT, _read_timeout, timeout=(SURE[0], GIVE_UP)),
    Fault("reset mid-response", Reason.DROPPED, _inject("close_connection")),
    Fault("500 with an HTML page", Reason.SERVER_ERROR, _inject("html_500")),
    Fault("502 empty", Reason.SERVER_ERROR, _inject("empty_502")),
    Fault("503 with Retry-After", Reason.SERVER_ERROR, _inject("busy_503")),
    Fault("429 with Retry-After", Reason.RATE_LIMITED, _inject("rate_429")),
    Fault("3xx redirect", Reason.REDIRECT, _inject("redirect")),
    Fault("200 with an unexpected body", Reason.UNEXPECTED_ANSWER, _inject("unexpected_200")),
    Fault("TLS failure", Reason.TLS, _tls),
]


@pytest.mark.parametrize("fault", FAULTS, ids=repr)
def test_fault_matrix(
    store: Store, clock: Clock, sandbox: Sandbox, fault: Fault, blackhole: int
) -> None:
    good = sandbox_region(sandbox.base_url)
    broken: Region | None = None

    def client_for(account: Account) -> RecordSender:
        # Only the broken region's client gets the fault's timeouts, the ones meant to strike.
        if account.region == broken:
            return client(account, fault.timeout, fault.sign_in_timeout)
        return client(account)

    d = Deliverer(store, client_factory=client_for, clock=clock)
    d.set_account(Account(good, DEMO))
    d.step()  # warm: a token is in hand, as mid-session
    (send_id,) = enqueue(store)
    broken = fault.breaks(sandbox, blackhole)
    if broken is not None:
        d.set_account(Account(broken, DEMO))
    attempt = d.step()
    assert attempt is not None and attempt.send.id == send_id
    outcome = attempt.outcome
    assert outcome.kind is OutcomeKind.TRY_LATER
    assert outcome.reason is fault.reason
    # A clear sentence, and the record kept in the outbox for a later attempt.
    assert outcome.message.endswith(".") and "Saved" in outcome.message
    assert "<" not in outcome.message and "Traceback" not in outcome.message
    kept = store.get(send_id)
    assert kept is not None and kept.status is Status.QUEUED
    assert kept.record == {"Email": "visitor0@example.com", "First Name": "V0"}
    assert kept.next_attempt_at is not None and kept.next_attempt_at > clock.now
    if fault.name.endswith("Retry-After"):
        assert kept.next_attempt_at >= clock.now + 7
    if fault.name == "read timeout":
        assert outcome.result_unknown  # it landed, in fact: the resend below is a duplicate
    # The fault clears: delivered exactly once, even where the first attempt may have landed.
    sandbox.clear_faults()
    d.set_account(Account(good, DEMO))
    drain(d, clock)
    final = store.get(send_id)
    assert final is not None and final.status is Status.DELIVERED, final.message
    assert [a.record["Email"] for a in sandbox.accepted].count("visitor0@example.com") == 1
    d.close()


def test_401_mid_session_is_invisible(store: Store, clock: Clock, sandbox: Sandbox) -> None:
    d = deliverer(store, clock, sandbox_region(sandbox.base_url))
    enqueue(store, 2)
    d.step()
    sandbox.expire_tokens()
    attempt = d.step()
    assert attempt is not None and attempt.outcome.kind is OutcomeKind.DELIVERED
    assert sandbox.tokens_issued == 2
    d.close()


def test_a_lost_answer_then_duplicate_counts_as_delivered(
    store: Store, clock: Clock, sandbox: Sandbox
) -> None:
    d = deliverer(store, clock, sandbox_region(sandbox.base_url))
    (send_id,) = enqueue(store)
    sandbox.inject("accept_then_close")
    first = d.step()
    assert first is not None and first.outcome.result_unknown
    drain(d, clock)
    send = store.get(send_id)
    assert send is not None and send.status is Status.DELIVERED
    assert send.message == ALREADY_RECEIVED.format(cg_id=sandbox.accepted[0].cg_id)
    assert send.attempts == 2 and len(sandbox.accepted) == 1
    d.close()


def test_a_crash_mid_send_is_sent_again_and_settled_by_the_duplicate_rule(
    store: Store, clock: Clock, sandbox: Sandbox
) -> None:
    d = deliverer(store, clock, sandbox_region(sandbox.base_url))
    (send_id,) = enqueue(store)
    d.step()  # delivered, but pretend the process died before marking it:
    store.mark(send_id, Status.SENDING)
    assert store.requeue_interrupted() == 1  # what start-up does
    drain(d, clock)
    send = store.get(send_id)
    assert send is not None and send.status is Status.DELIVERED
    assert "No second survey was sent" in send.message
    assert len(sandbox.accepted) == 1
    d.close()


def test_a_genuine_duplicate_without_a_lost_attempt_stays_duplicate(
    store: Store, clock: Clock, sandbox: Sandbox
) -> None:
    d = deliverer(store, clock, sandbox_region(sandbox.base_url))
    enqueue(store)
    enqueue(store)  # the same visitor registered twice
    drain(d, clock)
    assert [s.status for s in store.page()] == [Status.DUPLICATE, Status.DELIVERED]
    d.close()


def test_needs_sign_in_pauses_the_region_until_credentials_are_fixed(
    store: Store, clock: Clock, sandbox: Sandbox
) -> None:
    region = sandbox_region(sandbox.base_url)
    d = Deliverer(store, client_factory=sure_client, clock=clock)
    d.set_account(Account(region, ClientCredentials("sandbox-client", "wrong")))
    enqueue(store, 2)
    attempt = d.step()
    assert attempt is not None and attempt.outcome.kind is OutcomeKind.NEEDS_SIGN_IN
    assert "sandbox" in d.paused
    assert d.step() is None  # paused: nothing more is tried with bad credentials
    assert store.waiting() == 2
    d.set_account(Account(region, DEMO))
    drain(d, clock)
    assert store.count([Status.DELIVERED]) == 2
    d.close()


def test_network_back_makes_backed_off_sends_due_at_once(
    store: Store, clock: Clock, sandbox: Sandbox
) -> None:
    d = deliverer(store, clock, sandbox_region(sandbox.base_url))
    enqueue(store)
    sandbox.inject("busy_503", retry_after=600)
    d.step()
    assert d.step() is None  # waiting ten minutes, as asked
    d.network_back()
    attempt = d.step()
    assert attempt is not None and attempt.outcome.kind is OutcomeKind.DELIVERED
    d.close()


def test_retry_delay_grows_with_jitter_is_capped_and_honours_retry_after() -> None:
    import random

    rng = random.Random(7)
    delays = [retry_delay(n, None, rng) for n in range(1, 12)]
    assert FIRST_RETRY / 2 <= delays[0] <= FIRST_RETRY
    assert all(d <= MAX_RETRY for d in delays)
    assert delays[-1] >= MAX_RETRY / 2
    assert retry_delay(1, 120, rng) >= 120
    assert retry_delay(1, 10**9, rng) <= 3600


@pytest.mark.parametrize(
    ("breaks", "probed"),
    [("refused", True), ("close_connection", False), ("html_500", False)],
)
def test_only_a_connection_never_made_is_probed_for(
    store: Store, clock: Clock, sandbox: Sandbox, breaks: str, probed: bool
) -> None:
    # A reset or a TLS failure happens after TCP connected: probing TCP would cancel
    # the backoff and retry every few seconds, so only "never connected" is probed.
    region = (
        sandbox_region(f"http://127.0.0.1:{_unused_port()}")
        if breaks == "refused"
        else sandbox_region(sandbox.base_url)
    )
    if breaks != "refused":
        sandbox.inject(breaks)
    d = deliverer(store, clock, region)
    enqueue(store)
    d.step()
    assert ("sandbox" in d.offline) is probed
    d.close()


def test_a_corrected_copy_that_goes_through_marks_its_refusal_fixed_whoever_sends_it(
    store: Store, clock: Clock, sandbox: Sandbox
) -> None:
    # The link is kept with the copy (its options), so the drainer marks the refusal
    # fixed even when no window is there to remember it (a copy sent after a restart).
    (refused,) = enqueue(store, 1)
    store.mark(refused, Status.REJECTED)
    copy = store.enqueue(
        profile="Demo",
        region="sandbox",
        configuration=MAPPING_A,
        record={"Email": "visitor0@example.com", "First Name": "V0"},
        contact="visitor0@example.com",
        options={"fixes": str(refused)},
    )
    d = deliverer(store, clock, sandbox_region(sandbox.base_url))
    drain(d, clock)
    d.close()
    assert store.get(copy).status is Status.DELIVERED  # type: ignore[union-attr]
    assert store.get(refused).fixed_by == copy  # type: ignore[union-attr]
    assert store.needing_a_fix() == 0
