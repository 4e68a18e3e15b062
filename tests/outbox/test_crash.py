"""Kill the sender process at random moments: nothing is lost, nobody gets two surveys."""

from __future__ import annotations

import random
from pathlib import Path

from crash_harness import plan_kills, run_crash_test


def test_sigkill_while_draining_loses_nothing_and_sends_nothing_twice(tmp_path: Path) -> None:
    report = run_crash_test(n=80, kills=5, in_flight=2, folder=tmp_path, latency=0.02, seed=11)
    assert report.kills == 5
    assert report.in_flight_kills == 2
    assert report.lost == 0
    assert report.second_surveys == 0
    assert report.not_delivered == 0
    # Each in-flight kill lost the answer to a record the server had accepted; the next
    # run sent it again and settled it by the duplicate rule ("already received"). Progress
    # kills may add more when they too land mid-request.
    assert report.already_received >= report.in_flight_kills


def test_the_plan_leaves_work_for_every_kill() -> None:
    for seed in range(200):
        plan = plan_kills(80, 5, 2, random.Random(seed))
        assert len(plan) == 5 and sum(kill.in_flight for kill in plan) == 2
        # At most one more record per in-flight kill is accepted before its kill.
        assert sum(kill.after_settled + kill.in_flight for kill in plan) < 80
        assert all(kill.after_settled >= 1 for kill in plan)
