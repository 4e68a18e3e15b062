"""Benchmark: RecordsClient.send vs a bare requests.Session PUT of the same body, one run.

Run: python tests/benchmarks/bench_send.py [--n 1000]
Both talk to the same in-process sandbox over loopback; they alternate in blocks so that
drift (CPU frequency, other load) hits both alike. Goal: ratio of medians ≤ 1.10.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

import requests

from cg_desktop.core.api.outcomes import OutcomeKind
from cg_desktop.core.api.records_client import RecordsClient
from cg_desktop.core.api.regions import sandbox_region
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.sandbox import Sandbox

MAPPING_B = "53505294-0b20-2509-b15d-c8e377701d66"  # Accounts: no duplicate rule
RECORD = {"Account Name": "ACME", "Industry": "Manufacturing", "Employees": "250"}
BLOCK = 50


def main() -> None:
    """Time both ways of sending and print the medians and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1000, help="sends of each kind")
    n = parser.parse_args().n

    with Sandbox() as sandbox:
        client = RecordsClient(
            sandbox_region(sandbox.base_url), ClientCredentials("sandbox-client", "sandbox-secret")
        )
        raw = requests.Session()
        token = raw.post(
            sandbox.token_url,
            data={
                "grant_type": "client_credentials",
                "client_id": "sandbox-client",
                "client_secret": "sandbox-secret",
            },
            timeout=(5, 30),
        ).json()["access_token"]
        body = json.dumps({"configuration": MAPPING_B, "record": RECORD}).encode()
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

        def send_client() -> None:
            outcome = client.send(MAPPING_B, RECORD)
            assert outcome.kind is OutcomeKind.DELIVERED, outcome.message

        def send_raw() -> None:
            response = raw.put(sandbox.records_url, data=body, headers=headers, timeout=(5, 30))
            assert response.status_code == 200, response.status_code

        for _ in range(BLOCK):  # warm up connections and caches for both
            send_client()
            send_raw()
        timings: dict[str, list[float]] = {"client": [], "raw": []}
        done = 0
        while done < n:
            size = min(BLOCK, n - done)
            for name, send in (("client", send_client), ("raw", send_raw)):
                for _ in range(size):
                    start = time.perf_counter()
                    send()
                    timings[name].append(time.perf_counter() - start)
            done += size
        client.close()
        raw.close()
        tokens = sandbox.tokens_issued

    client_median = statistics.median(timings["client"]) * 1000
    raw_median = statistics.median(timings["raw"]) * 1000
    ratio = client_median / raw_median
    print(f"sends each: {n}; token requests by RecordsClient: {tokens - 1}")
    print(f"RecordsClient.send   median {client_median:.3f} ms")
    print(f"requests.Session.put median {raw_median:.3f} ms")
    print(f"ratio {ratio:.3f} (goal <= 1.10: {'met' if ratio <= 1.10 else 'NOT met'})")


if __name__ == "__main__":
    main()
