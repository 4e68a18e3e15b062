"""The crash test: drain N records while killing the draining process at random moments.

Used by tests/outbox/test_crash.py (small N) and tests/benchmarks/bench_outbox.py (N=1,000).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from cg_desktop.core.store import Status, Store
from cg_desktop.sandbox import Sandbox

MAPPING_A = "9dd58237-c913-4073-9c76-07da0b49ff50"
DRAINER = Path(__file__).with_name("drain_process.py")


@dataclass(frozen=True)
class CrashReport:
    """What the crash test found."""

    records: int
    kills: int
    lost: int  # records that never reached the server
    second_surveys: int  # contacts the server accepted more than once
    not_delivered: int  # records whose stored status isn't delivered
    already_received: int  # records settled by the duplicate rule after a lost answer


def run_crash_test(
    n: int, kills: int, folder: Path, *, latency: float = 0.01, seed: int | None = None
) -> CrashReport:
    """Queue n records, drain them in a process killed `kills` times, then check the server."""
    rng = random.Random(seed)
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
    done_kills = 0
    with Sandbox() as sandbox:
        sandbox.set_latency(latency)
        env = dict(os.environ)
        while True:
            process = subprocess.Popen(
                [sys.executable, str(DRAINER), str(database), sandbox.base_url],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            if done_kills < kills:
                # Spread the kills over the drain, each after some work got done.
                # (A start costs ~0.3 s of imports before the first send.)
                time.sleep(rng.uniform(0.4, 0.4 + n * (latency + 0.005) / max(kills, 1)))
                if process.poll() is None:
                    process.send_signal(signal.SIGKILL)
                    done_kills += 1
                    process.wait(timeout=30)
                    if process.stderr is not None:
                        process.stderr.close()
                    continue
                # It finished before the kill came: the outbox is empty.
            _, err = process.communicate(timeout=600)
            if process.returncode != 0:
                raise RuntimeError(f"the drainer failed:\n{err.decode(errors='replace')}")
            break
        accepted = Counter(str(a.record["Email"]) for a in sandbox.accepted)
    with Store(database) as store:
        sends = store.page(limit=n + 10)
    emails = {s.contact for s in sends}
    return CrashReport(
        records=n,
        kills=done_kills,
        lost=len(emails - set(accepted)),
        second_surveys=sum(count - 1 for count in accepted.values() if count > 1),
        not_delivered=sum(1 for s in sends if s.status is not Status.DELIVERED),
        already_received=sum(1 for s in sends if "No second survey" in s.message),
    )
