"""Benchmark: how prompt the things are that must not keep anyone waiting, against goals.

Run by hand: python tests/benchmarks/bench_prompt.py [--runs 5]

The tests check what these do without a clock (tests/sandbox/test_sandbox_server.py,
tests/core/test_store.py); this times them, as those tests once did:
1. Sandbox.stop() while a handler sleeps in a 30 s latency. Goal: < 1 s.
2. Sandbox.stop() with an idle kept-alive connection (the server's idle timeout is 60 s).
   Goal: < 1 s.
3. Six requests at once to a sandbox with 0.5 s latency (six in a row: 3 s). Goal: < 1.5 s.
4. One request with the latency back at 0. Goal: < 0.25 s.
5. Store.delete() while another connection holds a read (its checkpoint may wait 1 s,
   a write 10 s). Goal: < 5 s.
The window's longest stall during a send is measured by bench_startup.py (part 3).
Exit status: 0 when every goal is met, 1 when one is not.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

from cg_desktop.core.store.sends import Store
from cg_desktop.sandbox import Sandbox

MAPPING_A = "9dd58237-c913-4073-9c76-07da0b49ff50"
CLIENT = {"grant_type": "client_credentials", "client_id": "sandbox-client"}
SECRET = {"client_secret": "sandbox-secret"}
TIMEOUT = (30.0, 60.0)  # bounds a hang only


def stop_while_a_handler_sleeps() -> float:
    """Seconds stop() takes while a request waits out a 30 s latency."""
    sandbox = Sandbox().start()
    sandbox.set_latency(30)
    host = sandbox._host  # the one place that knows when a request is in its latency
    wait = host.wait_latency
    entered = threading.Event()

    def watched() -> bool:
        entered.set()
        return wait()

    host.wait_latency = watched  # type: ignore[method-assign]

    def slow() -> None:
        # The sandbox stops under it, as intended: the request ends in an error.
        with requests.Session() as session, contextlib.suppress(requests.RequestException):
            session.post(sandbox.token_url, timeout=TIMEOUT)

    client = threading.Thread(target=slow)
    client.start()
    if not entered.wait(60):
        raise RuntimeError("the request never reached the sandbox")
    started = time.perf_counter()
    sandbox.stop()
    took = time.perf_counter() - started
    client.join(60)
    return took


def stop_with_an_idle_connection() -> float:
    """Seconds stop() takes while a kept-alive connection sits idle."""
    sandbox = Sandbox().start()
    address, port = sandbox.base_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(address, int(port), timeout=60)
    try:
        connection.request("POST", "/oauth2/token")
        connection.getresponse().read()
        started = time.perf_counter()
        sandbox.stop()
        return time.perf_counter() - started
    finally:
        connection.close()


def six_at_once() -> float:
    """Seconds for six concurrent record requests to a sandbox with 0.5 s latency."""
    with Sandbox() as sandbox, requests.Session() as session:
        token = session.post(sandbox.token_url, data={**CLIENT, **SECRET}, timeout=TIMEOUT)
        bearer = {"Authorization": f"Bearer {token.json()['access_token']}"}
        sandbox.set_latency(0.5)

        def send(n: int) -> int:
            with requests.Session() as own:
                record = {"Email": f"p{n}@example.com", "First Name": "P"}
                return own.put(
                    sandbox.records_url,
                    json={"configuration": MAPPING_A, "record": record},
                    headers=bearer,
                    timeout=TIMEOUT,
                ).status_code

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=6) as pool:
            statuses = list(pool.map(send, range(6)))
        took = time.perf_counter() - started
    if statuses != [200] * 6:
        raise RuntimeError(f"unexpected answers {statuses}")
    return took


def no_latency() -> float:
    """Seconds for one request after the latency went from 0.3 s back to 0."""
    with Sandbox() as sandbox, requests.Session() as session:
        sandbox.set_latency(0.3)
        session.post(sandbox.token_url, timeout=TIMEOUT)
        sandbox.set_latency(0)
        started = time.perf_counter()
        session.post(sandbox.token_url, timeout=TIMEOUT)
        return time.perf_counter() - started


def delete_beside_an_open_read() -> float:
    """Seconds Store.delete() takes while another connection holds a read snapshot."""
    with tempfile.TemporaryDirectory(prefix="cg-bench-prompt-") as folder:
        path = Path(folder) / "sends.db"
        store = Store(path)
        ids = [
            store.enqueue(
                profile="Demo",
                region="sandbox",
                configuration=MAPPING_A,
                record={"Email": f"v{i}@example.com"},
                contact=f"v{i}@example.com",
            )
            for i in range(2)
        ]
        reader = sqlite3.connect(path, isolation_level=None)
        reader.execute("BEGIN")
        reader.execute("SELECT COUNT(*) FROM sends").fetchone()
        started = time.perf_counter()
        store.delete(ids[0])
        took = time.perf_counter() - started
        reader.execute("COMMIT")
        reader.close()
        store.close()
    return took


MEASURES: list[tuple[str, Callable[[], float], float]] = [
    ("stop() while a handler sleeps in latency", stop_while_a_handler_sleeps, 1.0),
    ("stop() with an idle kept-alive connection", stop_with_an_idle_connection, 1.0),
    ("six requests at once, 0.5 s latency each", six_at_once, 1.5),
    ("one request, latency back at 0", no_latency, 0.25),
    ("Store.delete() beside an open read", delete_beside_an_open_read, 5.0),
]


def main(argv: list[str] | None = None) -> int:
    """Time each measure `--runs` times; print the median and worst against its goal."""
    parser = argparse.ArgumentParser(description="how prompt stop(), latency and delete are")
    parser.add_argument("--runs", type=int, default=5, help="runs of each measure")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs ≥ 1")
    verdicts = []
    for name, measure, goal in MEASURES:
        times = [measure() for _ in range(args.runs)]
        worst = max(times)
        met = worst < goal
        verdicts.append(met)
        print(
            f"{name:44} median {statistics.median(times) * 1000:7.1f} ms"
            f"   worst {worst * 1000:7.1f} ms   goal < {goal * 1000:g} ms:"
            f" {'met' if met else 'NOT met'}"
        )
    print(f"\n{'all goals met' if all(verdicts) else 'some goals NOT met'}")
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
