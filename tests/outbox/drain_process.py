"""A process that drains an outbox to a CustomerGauge server, as the app's sender would.

    python drain_process.py DATABASE BASE_URL

It is killed with SIGKILL by crash_harness.py and started again; on each start it does
what the app does at start-up (requeue sends left "sending"). It prints one line per
settled attempt (`settled ID STATUS`), so the harness can kill by progress, not by the
clock, and it goes in lockstep with the harness: a line `go N` on stdin allows N more
attempts; once stdin is closed it drains freely. Exit 0 when the outbox is empty.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from cg_desktop.core.api.regions import sandbox_region
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.delivery import Account, Deliverer
from cg_desktop.core.store.sends import Store


def main() -> int:
    """Drain until nothing is waiting; plain sleeps are fine here (no window to keep alive)."""
    database, base_url = Path(sys.argv[1]), sys.argv[2]
    store = Store(database)
    store.requeue_interrupted()
    deliverer = Deliverer(store)
    deliverer.set_account(
        Account(sandbox_region(base_url), ClientCredentials("sandbox-client", "sandbox-secret"))
    )
    allowed: int | None = 0  # attempts the harness allows before its next word; None: free
    while True:
        if allowed == 0:
            word = sys.stdin.readline()
            allowed = int(word.split()[1]) if word.startswith("go ") else None
            continue
        attempt = deliverer.step()
        if attempt is not None:
            print(f"settled {attempt.send.id} {attempt.settled.status}", flush=True)
            if allowed is not None:
                allowed -= 1
            continue
        due = deliverer.next_wakeup()
        if due is None:
            return 0
        time.sleep(min(1.0, max(0.0, due - time.time())))


if __name__ == "__main__":
    sys.exit(main())
