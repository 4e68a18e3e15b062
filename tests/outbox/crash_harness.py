"""The crash test: drain N records while killing the draining process, by progress.

The drainer goes in lockstep with the harness (it makes only the attempts it is allowed)
and prints a line per settled send; the harness kills it after a random number of
settled sends, in the middle of the next attempt, so the kill count is exact on any
machine. For some kills it waits until the sandbox has accepted a record and is holding
its answer, then kills: the answer is lost, and the next run must settle that record by
the duplicate rule.

Used by tests/outbox/test_crash.py (small N) and tests/benchmarks/bench_outbox.py (N=1,000).
"""

from __future__ import annotations

import contextlib
import random
import signal
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from cg_desktop.core.store.sends import Status, Store
from cg_desktop.sandbox import Sandbox

MAPPING_A = "9dd58237-c913-4073-9c76-07da0b49ff50"
DRAINER = Path(__file__).with_name("drain_process.py")
HANG = 300.0  # seconds: bounds a hung drainer, never measures one
POLL = 0.1  # seconds between looks at a drainer that might have died


@dataclass(frozen=True)
class Kill:
    """One planned SIGKILL: after how many settled sends of its run, and how."""

    after_settled: int
    in_flight: bool  # while the sandbox holds the answer to a record it accepted


def plan_kills(n: int, kills: int, in_flight: int, rng: random.Random) -> list[Kill]:
    """Kills spread over the drain, each certain to find the drainer still working."""
    if not 0 <= in_flight <= kills:
        raise ValueError("in_flight must be between 0 and kills")
    # Each run settles exactly `after_settled` sends before its kill (plus one in flight,
    # which the next run settles), so the planned kills never settle the whole outbox:
    # every kill finds the drainer with work left, however slow or fast either side is.
    most = (n - 1) // max(kills, 1) - 1
    if kills and most < 1:
        raise ValueError(f"{n} records are too few for {kills} kills")
    modes = [True] * in_flight + [False] * (kills - in_flight)
    rng.shuffle(modes)
    return [Kill(rng.randint(1, most), mode) for mode in modes]


@dataclass(frozen=True)
class CrashReport:
    """What the crash test found."""

    records: int
    kills: int
    in_flight_kills: int  # kills made while the server held an accepted record's answer
    lost: int  # records that never reached the server
    second_surveys: int  # contacts the server accepted more than once
    not_delivered: int  # records whose stored status isn't delivered
    already_received: int  # records settled by the duplicate rule after a lost answer


def run_crash_test(
    n: int,
    kills: int,
    folder: Path,
    *,
    in_flight: int = 1,
    latency: float = 0.01,
    seed: int | None = None,
) -> CrashReport:
    """Queue n records, drain them in a process killed exactly `kills` times, check the server."""
    plan = plan_kills(n, kills, in_flight, random.Random(seed))
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "sends.db"
    with Store(database) as store:
        for i in range(n):
            email = f"visitor-{i:05d}@example.com"
            store.enqueue(
                profile="Demo",
                region="sandbox",
                configuration=MAPPING_A,
                record={"Email": email, "First Name": f"Visitor {i}"},
                contact=email,
            )
    with Sandbox() as sandbox:
        # A latency makes a progress kill likely to land mid-request too.
        sandbox.set_latency(latency)
        for kill in plan:
            _drain_until_killed(database, sandbox, kill)
        process = _start_drainer(database, sandbox)
        _, err = process.communicate("", timeout=HANG)  # stdin closed: it drains freely
        if process.returncode != 0:
            raise RuntimeError(f"the drainer failed:\n{err}")
        accepted = Counter(str(a.record["Email"]) for a in sandbox.accepted)
    with Store(database) as store:
        sends = store.page(limit=n + 10)
    emails = {s.contact for s in sends}
    return CrashReport(
        records=n,
        kills=len(plan),
        in_flight_kills=sum(1 for kill in plan if kill.in_flight),
        lost=len(emails - set(accepted)),
        second_surveys=sum(count - 1 for count in accepted.values() if count > 1),
        not_delivered=sum(1 for s in sends if s.status is not Status.DELIVERED),
        already_received=sum(1 for s in sends if "No second survey" in s.message),
    )


def _start_drainer(database: Path, sandbox: Sandbox) -> subprocess.Popen[str]:
    """A drainer process on the database, in lockstep with this harness (stdin, stdout)."""
    return subprocess.Popen(
        [sys.executable, str(DRAINER), str(database), sandbox.base_url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _allow(process: subprocess.Popen[str], attempts: int) -> None:
    """Let the drainer make this many more attempts."""
    assert process.stdin is not None
    process.stdin.write(f"go {attempts}\n")
    process.stdin.flush()


def _drain_until_killed(database: Path, sandbox: Sandbox, kill: Kill) -> None:
    """Run a drainer, and SIGKILL it as `kill` says.

    A progress kill allows one attempt more than it waits for and kills as soon as the
    last awaited one is settled: somewhere in that next attempt (claiming, sending or
    storing). An in-flight kill lets it settle its sends, then allows one more attempt
    and kills it while the sandbox holds that record's answer.
    """
    process = _start_drainer(database, sandbox)
    try:
        assert process.stdout is not None
        if kill.in_flight:
            _allow(process, kill.after_settled)
        else:
            _allow(process, kill.after_settled + 1)
        for _ in range(kill.after_settled):
            _read_progress(process, process.stdout)
        if kill.in_flight:
            hold = sandbox.hold_next_answer()
            _allow(process, 1)  # the drainer has work left (plan_kills): a request comes
            for _ in range(int(HANG / POLL)):
                if hold.wait_arrived(POLL) or process.poll() is not None:
                    break
            if not hold.arrived:
                _fail(process, "no record request came while a kill waited for one")
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=HANG)
            hold.release()  # the answer goes to a dead connection: lost
        else:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=HANG)
        if process.returncode != -signal.SIGKILL:
            _fail(process, "the drainer was not running when it was killed")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=HANG)
        for pipe in (process.stdin, process.stdout, process.stderr):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()


def _read_progress(process: subprocess.Popen[str], stdout: IO[str]) -> None:
    """Wait for the drainer's next `settled` line."""
    line = stdout.readline()
    if not line.startswith("settled "):
        process.wait(timeout=HANG)
        _fail(process, f"the drainer stopped reporting progress ({line!r})")


def _fail(process: subprocess.Popen[str], why: str) -> None:
    """Raise with the drainer's error output."""
    err = process.stderr.read() if process.stderr is not None and process.poll() is not None else ""
    raise RuntimeError(f"{why}:\n{err}")
