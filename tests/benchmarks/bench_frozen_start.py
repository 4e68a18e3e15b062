"""Benchmark: the frozen bundle's start to the window shown, against the app from its venv.

Run after packaging/build-linux.sh (.ci/run does):
    python tests/benchmarks/bench_frozen_start.py [--bundle build/dist/cg-desktop] [--runs 9]

Both kinds run `--sandbox --exit-after-first-paint` with a fresh --data-dir each time, on
the offscreen platform (or xcb with --xcb, on $DISPLAY); this process times each from
spawn until the child prints "shown" after its first paint. The baseline is the same app
started from this virtual environment (its `cg-desktop` script). Kinds alternate, one
warm-up each (disk cache and the venv's bytecode warm, as on a desk that has run it once).
Goal: median frozen / median venv ≤ 1.1. Exit status: 0 when met, 1 when not, 2 when a
run failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOAL = 1.1
TIMEOUT = 120.0  # bounds a hang only


def commands(bundle: Path) -> dict[str, list[str]]:
    """The two ways to start the app: the frozen bundle and this venv's entry point."""
    script = shutil.which("cg-desktop")
    venv = [script] if script else [sys.executable, "-m", "cg_desktop"]
    return {"frozen": [str(bundle / "cg-desktop")], "venv": venv}


def time_start(command: list[str], platform: str, bytecode: Path) -> float:
    """Seconds from spawn until the child says "shown"; raises on a failed run."""
    with tempfile.TemporaryDirectory(prefix="cg-bench-") as data:
        env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPYCACHEPREFIX=str(bytecode))
        # The venv's app keeps its compiled bytecode, as an installed app does (the bundle
        # has it inside); an environment that forbids writing it would time compiling.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        started = time.perf_counter()
        child = subprocess.Popen(
            [*command, "--sandbox", "--exit-after-first-paint", "--data-dir", data],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        line = child.stdout.readline()
        shown = time.perf_counter() - started
        _out, err = child.communicate(timeout=TIMEOUT)
    if line.strip() != "shown" or child.returncode != 0:
        raise RuntimeError(f"{command[0]} did not report its window: {line!r} {err[-800:]}")
    return shown


def main(argv: list[str] | None = None) -> int:
    """Measure, print the table and the ratio, and say whether the goal is met."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "build" / "dist" / "cg-desktop")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--xcb", action="store_true", help="a real window on $DISPLAY")
    args = parser.parse_args(argv)
    platform = "xcb" if args.xcb else "offscreen"
    kinds = commands(args.bundle)
    times: dict[str, list[float]] = {name: [] for name in kinds}
    names = list(kinds)
    try:
        with tempfile.TemporaryDirectory(prefix="cg-bench-pyc-") as bytecode:
            for name in names:  # warm-up, not counted (and the venv's bytecode written)
                time_start(kinds[name], platform, Path(bytecode))
            for run in range(args.runs):
                order = names if run % 2 == 0 else names[::-1]
                for name in order:
                    times[name].append(time_start(kinds[name], platform, Path(bytecode)))
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"bench_frozen_start: a run failed: {exc}")
        return 2
    print(f"start to window shown ({platform}, --sandbox), {args.runs} runs each:")
    for name in names:
        values = times[name]
        print(
            f"  {name:<7} median {statistics.median(values) * 1000:6.0f} ms"
            f"  (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"
        )
    ratio = statistics.median(times["frozen"]) / statistics.median(times["venv"])
    met = ratio <= GOAL
    print(f"  frozen / venv = {ratio:.2f} (goal ≤ {GOAL}): {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
