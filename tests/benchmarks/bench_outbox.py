"""Benchmark: draining the outbox vs a bare requests loop, and the crash test at N = 1,000.

Run: python tests/benchmarks/bench_outbox.py [--n 1000] [--kills 20] [--latency 0.02]
1. 1,000 queued records drained by the Deliverer (claim, send, settle: two SQLite
   commits with synchronous=FULL each) vs a raw requests.Session loop PUTting the same
   bodies, each to its own sandbox with 20 ms latency. Throughput ratio goal ≥ 0.8.
2. The crash test: the same drain in a process killed with SIGKILL 20 times. Goal: 0 lost,
   0 second surveys.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "outbox"))

from crash_harness import MAPPING_A, run_crash_test

from cg_desktop.core.api.regions import sandbox_region
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.delivery import Account, Deliverer
from cg_desktop.core.store.sends import Status, Store
from cg_desktop.sandbox import Sandbox

DEMO = ClientCredentials("sandbox-client", "sandbox-secret")


def records(n: int) -> list[dict[str, str]]:
    """n distinct visitors (the duplicate rule would refuse repeats)."""
    return [{"Email": f"bench-{i:05d}@example.com", "First Name": f"Visitor {i}"} for i in range(n)]


def time_deliverer(n: int, latency: float, folder: Path) -> float:
    """Seconds to drain n queued records through the Deliverer."""
    with Sandbox() as sandbox, Store(folder / "sends.db") as store:
        for record in records(n):
            store.enqueue(
                profile="Demo",
                region="sandbox",
                configuration=MAPPING_A,
                record=record,
                contact=record["Email"],
            )
        deliverer = Deliverer(store)
        deliverer.set_account(Account(sandbox_region(sandbox.base_url), DEMO))
        sandbox.set_latency(latency)
        start = time.perf_counter()
        while deliverer.step() is not None:
            pass
        elapsed = time.perf_counter() - start
        deliverer.close()
        assert store.count([Status.DELIVERED]) == n, "not everything was delivered"
        assert len(sandbox.accepted) == n
    return elapsed


def time_raw(n: int, latency: float) -> float:
    """Seconds for a bare requests.Session loop to PUT the same n bodies."""
    with Sandbox() as sandbox, requests.Session() as session:
        sandbox.set_latency(latency)
        start = time.perf_counter()
        token = session.post(
            sandbox.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": DEMO.client_id,
                "client_secret": DEMO.client_secret,
            },
            timeout=(5, 30),
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        for record in records(n):
            body = json.dumps({"configuration": MAPPING_A, "record": record})
            response = session.put(sandbox.records_url, data=body, headers=headers, timeout=(5, 30))
            assert response.status_code == 200, response.text
        elapsed = time.perf_counter() - start
        assert len(sandbox.accepted) == n
    return elapsed


def main() -> None:
    """Run both measurements and print them with their goals."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--latency", type=float, default=0.02)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        raw_first = time_raw(args.n, args.latency)
        outbox = time_deliverer(args.n, args.latency, folder / "drain")
        raw_again = time_raw(args.n, args.latency)  # bracket the outbox run against drift
        raw = (raw_first + raw_again) / 2
        ratio = raw / outbox
        print(f"1. drain {args.n} records, sandbox latency {args.latency * 1000:.0f} ms")
        print(f"   outbox (Deliverer)        {outbox:7.2f} s  {args.n / outbox:6.1f} records/s")
        print(
            f"   raw requests.Session loop {raw:7.2f} s  {args.n / raw:6.1f} records/s "
            f"(runs: {raw_first:.2f}, {raw_again:.2f})"
        )
        print(
            f"   throughput ratio outbox/raw {ratio:.3f} (goal >= 0.8: "
            f"{'met' if ratio >= 0.8 else 'NOT met'})"
        )
        start = time.perf_counter()
        report = run_crash_test(
            args.n, args.kills, folder / "crash", in_flight=args.kills // 2, latency=args.latency
        )
        took = time.perf_counter() - start
        print(
            f"2. crash test: {report.records} records, {report.kills} SIGKILLs "
            f"({report.in_flight_kills} with a request in flight), {took:.1f} s"
        )
        print(
            f"   lost {report.lost}, second surveys {report.second_surveys} (goal 0 and 0: "
            f"{'met' if report.lost == report.second_surveys == 0 else 'NOT met'})"
        )
        print(
            f"   settled by the duplicate rule after a lost answer: {report.already_received}; "
            f"not delivered: {report.not_delivered}"
        )


if __name__ == "__main__":
    main()
