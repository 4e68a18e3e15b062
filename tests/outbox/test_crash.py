"""Kill the sender process at random moments: nothing is lost, nobody gets two surveys."""

from __future__ import annotations

from pathlib import Path

from crash_harness import run_crash_test


def test_sigkill_while_draining_loses_nothing_and_sends_nothing_twice(tmp_path: Path) -> None:
    report = run_crash_test(n=80, kills=5, folder=tmp_path, latency=0.02, seed=11)
    assert report.kills == 5
    assert report.lost == 0
    assert report.second_surveys == 0
    assert report.not_delivered == 0
    # Some kills landed between the server's acceptance and the answer being stored (each
    # kill has a ~80% chance at this latency), so the duplicate rule's path was exercised.
    assert report.already_received >= 1
