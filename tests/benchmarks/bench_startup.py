"""Benchmark: cg-desktop's start-up, idle memory and event-loop stalls, against baselines.

Run by hand: python tests/benchmarks/bench_startup.py [--runs 7] [--stall-runs 3]

1. Cold start to form shown: fresh child processes (offscreen Qt, a fresh --data-dir each),
   timed by this process from spawn until the child says "shown" (after the first paint).
   The app runs its real entry point, cg_desktop.app.main, with the demo profile imported;
   the baseline is a bare QWidget with as many QLineEdits in a QFormLayout as the demo
   profile has visible fields. Kinds alternate, rotating the order; one warm-up each.
   Goal: median app / median bare ≤ 1.3. Practice mode (--sandbox) is shown for information,
   and so is the time until the window works (database, sender and history open).
2. Idle memory: the same children read their own VmRSS after ~0.5 s of idling, before
   anyone uses the window. Goal: median app / median bare ≤ 1.5. Section 3 adds the
   memory after one send (the HTTP stack stays loaded once used), against the same goal.
3. Longest event-loop stall: practice mode, a 5 ms QTimer heartbeat (a) from the first turn
   of the event loop until the work deferred past the first paint is done (database,
   sender, history, accounts, purge); (b) from the first key press until the network stack
   has loaded in the sender thread; (c) from just before Send until the result is shown,
   sandbox latency 3 s; the baseline is the same heartbeat for as long again with nothing
   sending. Goal: every longest gap < 50 ms.
4. Where the start-up time goes beyond the bare window, item by item: imports (from one
   more run of each kind under -X importtime), building the window, the first paint.

"Cold" means a new process each time; the disk cache is warm (one warm-up run of each
kind) and bytecode is cached in a temporary folder, as an installed app has its .pyc files
(--no-bytecode-cache to measure with this environment's PYTHONDONTWRITEBYTECODE instead).
The child is startup_probe.py, next to this file. Exit status: 0 when every goal is met,
1 when one is not, 2 when a measurement failed.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import PySide6  # only for its version: the children do the Qt work

from cg_desktop.core.profiles.files import load_profile

HERE = Path(__file__).resolve().parent
PROBE = HERE / "startup_probe.py"
REPO = HERE.parents[1]
DEMO_PROFILE = REPO / "resources" / "profiles" / "demo.json"

START_GOAL = 1.3
MEMORY_GOAL = 1.5
STALL_GOAL_MS = 50.0
# Offscreen Qt says this on every show; harmless (PITFALLS.md).
HARMLESS_STDERR = ("This plugin does not support propagateSizeHints()",)
STARTUP_KINDS = ("app", "bare", "practice")
LABELS = {
    "app": "app (demo profile, no practice)",
    "bare": "bare QWidget + QLineEdits",
    "practice": "app --sandbox (practice)",
}


class ProbeError(RuntimeError):
    """A child did not report as expected (timeout, crash, wrong page)."""


@dataclass
class ProbeRun:
    """One child process: the parent-timed start, the child's report, its stderr."""

    kind: str
    spawned: float  # time.monotonic() just before spawning
    shown_s: float  # spawn → "shown", seconds, by the parent's clock
    report: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)  # -X importtime lines, when asked for

    def milestone_s(self, name: str) -> float | None:
        """A child milestone (monotonic, same clock on Linux) as seconds since spawn."""
        value = self.report.get("monotonic", {}).get(name)
        if value is None:
            return None
        offset = float(value) - self.spawned
        return offset if 0.0 <= offset <= self.shown_s + 1.0 else None  # else: other clock


def _pump(stream: IO[str], lines: queue.Queue[tuple[float, str | None]]) -> None:
    """Reader thread: hand each stdout line over with the time it arrived; None at EOF."""
    for line in stream:
        lines.put((time.monotonic(), line.rstrip("\n")))
    lines.put((time.monotonic(), None))


def _next_line(
    lines: queue.Queue[tuple[float, str | None]], prefix: str, deadline: float
) -> tuple[float, str]:
    """The first line starting with `prefix` (and its arrival time), before the deadline."""
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise ProbeError(f'no "{prefix}" line in time')
        try:
            arrived, line = lines.get(timeout=left)
        except queue.Empty:
            raise ProbeError(f'no "{prefix}" line in time') from None
        if line is None:
            raise ProbeError(f'the child ended before its "{prefix}" line')
        if line.startswith(prefix + " "):
            return arrived, line[len(prefix) + 1 :]


def child_env(pycache: Path | None) -> dict[str, str]:
    """The environment for children: offscreen Qt, this checkout importable.

    With `pycache`, bytecode is cached there (outside the checkout) even when
    PYTHONDONTWRITEBYTECODE is set: an installed app has .pyc files, so compiling
    cg_desktop's sources on every start would not be a fair measure.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    return env


def _prepare_data_dir(kind: str, root: Path) -> None:
    """A fresh data folder; the plain app gets the demo profile so it shows the form."""
    if kind == "app":
        profiles = root / "config" / "profiles"
        profiles.mkdir(parents=True)
        shutil.copy2(DEMO_PROFILE, profiles / DEMO_PROFILE.name)


def run_probe(
    kind: str,
    options: list[str],
    timeout: float,
    env: dict[str, str],
    python_flags: tuple[str, ...] = (),
) -> ProbeRun:
    """Start one child of this kind in a fresh temp folder and collect its report."""
    with tempfile.TemporaryDirectory(prefix=f"cg-bench-{kind}-") as tmp:
        root = Path(tmp)
        _prepare_data_dir(kind, root)
        stderr_path = root / "stderr.txt"
        command = [sys.executable, *python_flags, str(PROBE), kind, str(root), *options]
        lines: queue.Queue[tuple[float, str | None]] = queue.Queue()
        with stderr_path.open("w", encoding="utf-8") as stderr:
            spawned = time.monotonic()
            child = subprocess.Popen(
                command,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                encoding="utf-8",
                env=env,
                cwd=REPO,
            )
            assert child.stdout is not None
            reader = threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True)
            reader.start()
            deadline = spawned + timeout
            try:
                shown_at, shown = _next_line(lines, "shown", deadline)
                _, result = _next_line(lines, "result", deadline)
                child.wait(max(1.0, deadline - time.monotonic()))
            except (ProbeError, subprocess.TimeoutExpired) as exc:
                child.kill()
                child.wait()
                tail = stderr_path.read_text(encoding="utf-8", errors="replace")[-2000:]
                raise ProbeError(f"{kind}: {exc}\n--- child stderr ---\n{tail}") from exc
            reader.join(5.0)
        warnings = [
            line
            for line in stderr_path.read_text(encoding="utf-8", errors="replace").splitlines()
            if line.strip() and line.strip() not in HARMLESS_STDERR
        ]
        imports = [line for line in warnings if line.startswith("import time:")]
        warnings = [line for line in warnings if not line.startswith("import time:")]
    report: dict[str, Any] = json.loads(result)
    if shown == "failed" or "error" in report:
        raise ProbeError(f"{kind}: {report.get('error', 'failed')}")
    if child.returncode != 0:
        raise ProbeError(f"{kind}: exit status {child.returncode}\n" + "\n".join(warnings[-20:]))
    if report.get("page") != "form":
        raise ProbeError(f"{kind}: the form was not shown (page: {report.get('page')})")
    return ProbeRun(kind, spawned, shown_at - spawned, report, warnings, imports)


def median(values: list[float]) -> float:
    """The median, or nan for no values."""
    return statistics.median(values) if values else float("nan")


def verdict(met: bool) -> str:
    """The word printed after a goal."""
    return "met" if met else "NOT met"


def measure_startup(
    runs: int, fields: int, timeout: float, env: dict[str, str]
) -> dict[str, list[ProbeRun]]:
    """Run every start-up kind `runs` times, alternating and rotating the order."""
    options = ["--fields", str(fields), "--settle", "0.5"]
    for kind in STARTUP_KINDS:  # warm-up: disk cache and .pyc files, not counted
        run_probe(kind, options, timeout, env)
    results: dict[str, list[ProbeRun]] = {kind: [] for kind in STARTUP_KINDS}
    for number in range(runs):
        shift = number % len(STARTUP_KINDS)
        order = STARTUP_KINDS[shift:] + STARTUP_KINDS[:shift]
        for kind in order:
            results[kind].append(run_probe(kind, options, timeout, env))
        print(
            f"  round {number + 1}/{runs}: "
            + ", ".join(
                f"{kind} {results[kind][-1].shown_s * 1000:.0f} ms" for kind in STARTUP_KINDS
            ),
            flush=True,
        )
    return results


def print_startup(results: dict[str, list[ProbeRun]], fields: int) -> list[bool]:
    """Print sections 1 and 2 (start-up time, idle memory); returns the goals' verdicts."""
    shown = {k: [r.shown_s * 1000 for r in runs] for k, runs in results.items()}
    rss = {k: [r.report["memory"]["rss_kib"] / 1024 for r in runs] for k, runs in results.items()}
    peak = {k: [r.report["memory"]["peak_kib"] / 1024 for r in runs] for k, runs in results.items()}
    runs = len(results["app"])
    print()
    print(f"1. Cold start to form shown (spawn → first paint), median of {runs}")
    for kind in STARTUP_KINDS:
        values = shown[kind]
        print(
            f"   {LABELS[kind]:<34}{median(values):8.1f} ms"
            f"   (min {min(values):.1f}, max {max(values):.1f})"
        )
    start_ratio = median(shown["app"]) / median(shown["bare"])
    practice_ratio = median(shown["practice"]) / median(shown["bare"])
    print(
        f"   ratio app/bare {start_ratio:.2f}  (goal ≤ {START_GOAL}: "
        f"{verdict(start_ratio <= START_GOAL)}; fastest/fastest "
        f"{min(shown['app']) / min(shown['bare']):.2f}, less sensitive to a busy machine)"
    )
    print(f"   ratio practice/bare {practice_ratio:.2f}  (for information)")
    working = {
        kind: median([m for r in results[kind] if (m := r.milestone_s("started")) is not None])
        for kind in ("app", "practice")
    }
    print(
        "   until the window works (database, sender and history open, after the paint): "
        f"app {working['app'] * 1000:.1f} ms, practice {working['practice'] * 1000:.1f} ms"
    )
    print("   where the time goes (medians, ms since spawn):")
    print("   " + " " * 34 + "  python+Qt import  event loop up     shown")
    for kind in STARTUP_KINDS:
        marks = [
            median([m for r in results[kind] if (m := r.milestone_s(name)) is not None]) * 1000
            for name in ("probe_main", "loop_running", "shown")
        ]
        print(f"   {LABELS[kind]:<34}{marks[0]:16.1f}{marks[1]:15.1f}{marks[2]:10.1f}")
    print()
    print(f"2. Idle memory (RSS after 0.5 s idle, read by the child), median of {runs}")
    for kind in STARTUP_KINDS:
        print(
            f"   {LABELS[kind]:<34}{median(rss[kind]):8.1f} MiB"
            f"   (peak {median(peak[kind]):.1f} MiB)"
        )
    memory_ratio = median(rss["app"]) / median(rss["bare"])
    print(
        f"   ratio app/bare {memory_ratio:.2f}  (goal ≤ {MEMORY_GOAL}: "
        f"{verdict(memory_ratio <= MEMORY_GOAL)})"
    )
    print(
        f"   ratio practice/bare {median(rss['practice']) / median(rss['bare']):.2f}"
        "  (for information)"
    )
    app_modules = results["app"][0].report["modules_at_shown"]
    bare_modules = results["bare"][0].report["modules_at_shown"]
    print()
    print(
        f"   modules loaded when shown: app {app_modules['count']}, "
        f"bare {bare_modules['count']} (bare window: {fields} line edits)"
    )
    print(f"   notable ones already loaded by the app: {', '.join(app_modules['notable'])}")
    return [start_ratio <= START_GOAL, memory_ratio <= MEMORY_GOAL]


def measure_stall(runs: int, latency: float, timeout: float, env: dict[str, str]) -> list[ProbeRun]:
    """Run the stall child `runs` times (each: send with a heartbeat, then idle)."""
    options = ["--latency", str(latency), "--settle", "0.5"]
    results: list[ProbeRun] = []
    for number in range(runs):
        run = run_probe("stall", options, timeout, env)
        if "send_error" in run.report:
            raise ProbeError(f"stall: {run.report['send_error']}")
        results.append(run)
        send, idle = run.report["send"], run.report["idle"]
        print(
            f"  stall run {number + 1}/{runs}: sending {send['max_gap_ms']:.1f} ms, "
            f"idle {idle['max_gap_ms']:.1f} ms",
            flush=True,
        )
    return results


def _joined(values: Iterable[float]) -> str:
    """Numbers with one decimal, comma-separated."""
    return ", ".join(f"{value:.1f}" for value in values)


def print_stall(results: list[ProbeRun], latency: float, bare_rss_mib: float) -> list[bool]:
    """Print section 3 (event-loop stalls); returns the goal's verdict."""
    sends = [r.report["send"] for r in results]
    idles = [r.report["idle"] for r in results]
    outcomes = sorted({o for r in results for o in r.report.get("outcomes", [])})
    worst_send = max(s["max_gap_ms"] for s in sends)
    worst_idle = max(i["max_gap_ms"] for i in idles)
    print()
    print(
        f"3. Longest event-loop stall ({len(results)} run(s), 5 ms heartbeat; "
        "a gap includes the 5 ms interval)"
    )
    print(
        f"   sending to a sandbox with {latency:g} s latency   worst {worst_send:6.1f} ms"
        f"   (per run: {_joined(s['max_gap_ms'] for s in sends)};"
        f" p99 {median([s['p99_gap_ms'] for s in sends]):.1f} ms)"
    )
    print(
        f"   idle, same window, same duration      worst {worst_idle:6.1f} ms"
        f"   (per run: {_joined(i['max_gap_ms'] for i in idles)};"
        f" p99 {median([i['p99_gap_ms'] for i in idles]):.1f} ms)"
    )
    print(
        f"   send took {median([s['duration_s'] for s in sends]):.2f} s (median; the token "
        f"and the record each wait {latency:g} s); outcome: {', '.join(outcomes) or 'none'}"
    )
    worst_run = max(sends, key=lambda s: s["max_gap_ms"])
    where = ", ".join(f"{w['gap_ms']:.1f} ms at +{w['at_s']:.2f} s" for w in worst_run["worst"])
    print(f"   longest gaps of the worst run (Send pressed at +0.02 s): {where}")
    starts = [r.report["deferred_start"] for r in results]
    keys = [r.report["first_key"] for r in results]
    worst_start = max(s["max_gap_ms"] for s in starts)
    worst_key = max(k["max_gap_ms"] for k in keys)
    print(
        f"   deferred start (database, sender, history) worst {worst_start:6.1f} ms"
        f"   (per run: {_joined(s['max_gap_ms'] for s in starts)})"
    )
    print(
        f"   first key press (network stack loads)      worst {worst_key:6.1f} ms"
        f"   (per run: {_joined(k['max_gap_ms'] for k in keys)};"
        f" loaded in {median([k['duration_s'] for k in keys]) * 1000:.0f} ms)"
    )
    after = median([r.report["memory_after_send"]["rss_kib"] / 1024 for r in results])
    before = median([r.report["memory"]["rss_kib"] / 1024 for r in results])
    print(
        f"   memory (practice): {before:.1f} MiB idle before typing, {after:.1f} MiB idle after "
        f"one send = {after / bare_rss_mib:.2f}x the bare window (goal ≤ {MEMORY_GOAL} at idle: "
        f"{verdict(after / bare_rss_mib <= MEMORY_GOAL)} once used; the HTTP stack stays loaded)"
    )
    met = max(worst_send, worst_start, worst_key) < STALL_GOAL_MS
    print(f"   goal < {STALL_GOAL_MS:g} ms while sending, starting and warming up: {verdict(met)}")
    return [met]


def import_times(lines: list[str]) -> dict[str, float]:
    """Each module's own import time (ms) from -X importtime lines."""
    times: dict[str, float] = {}
    for line in lines:
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[0].strip().isdigit():
            times[parts[2].strip()] = int(parts[0]) / 1000
    return times


def trace_imports(fields: int, timeout: float, env: dict[str, str]) -> dict[str, ProbeRun]:
    """One run each of app and bare under -X importtime (for section 4, not timed)."""
    options = ["--fields", str(fields), "--settle", "0.1"]
    flags = ("-X", "importtime")
    return {kind: run_probe(kind, options, timeout, env, flags) for kind in ("app", "bare")}


def print_breakdown(
    results: dict[str, list[ProbeRun]], traced: dict[str, ProbeRun], fields: int
) -> None:
    """Print section 4: the app's start-up beyond the bare window, item by item."""
    app, bare = import_times(traced["app"].imports), import_times(traced["bare"].imports)
    # Only what was loaded by the first paint: later imports don't delay it.
    shown = set(traced["app"].report["modules_at_shown"]["names"])
    extra = {name: ms for name, ms in app.items() if name not in bare and name in shown}
    ours = sum(ms for name, ms in extra.items() if name.startswith("cg_desktop"))
    others = sum(ms for name, ms in extra.items() if not name.startswith("cg_desktop"))

    def loop_up(kind: str) -> float:
        values = [m for r in results[kind] if (m := r.milestone_s("loop_running")) is not None]
        return median(values) * 1000

    def painting(kind: str) -> float:
        return median([r.shown_s * 1000 for r in results[kind]]) - loop_up(kind)

    before_loop = loop_up("app") - loop_up("bare")
    print()
    ours_count = sum(1 for name in extra if name.startswith("cg_desktop"))
    print("4. Where the app's start-up goes beyond the bare window (medians of section 1;")
    print("   imports from one extra run of each under -X importtime, which inflates them)")
    print(f"   before the event loop runs: {before_loop:6.1f} ms more than bare, of which")
    print(f"     importing cg_desktop's modules   ~{ours:6.1f} ms ({ours_count} modules)")
    print(f"     importing other modules          ~{others:6.1f} ms ({len(extra) - ours_count})")
    print(
        f"     the rest: settings, the profile file, the window and the form's {fields} "
        f"fields ~{max(0.0, before_loop - ours - others):6.1f} ms"
    )
    print(
        f"   the first paint:                       {painting('app') - painting('bare'):6.1f} ms "
        f"more than bare ({painting('app'):.1f} vs {painting('bare'):.1f} ms)"
    )
    top = sorted(extra.items(), key=lambda item: -item[1])[:8]
    print("   costliest imports the bare window doesn't have (ms, own time):")
    print("     " + ", ".join(f"{name} {ms:.1f}" for name, ms in top))


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The benchmark's options."""
    parser = argparse.ArgumentParser(
        description="cg-desktop start-up time, idle memory and event-loop stalls vs baselines"
    )
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each kind")
    parser.add_argument("--stall-runs", type=int, default=3, help="stall measurements (0 to skip)")
    parser.add_argument("--latency", type=float, default=3.0, help="sandbox latency, seconds")
    parser.add_argument("--timeout", type=float, default=60.0, help="per child, seconds")
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="don't cache .pyc files for the children (compile time then counts)",
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or args.stall_runs < 0 or args.latency < 0 or args.timeout <= 0:
        parser.error("--runs ≥ 1, --stall-runs ≥ 0, --latency ≥ 0 and --timeout > 0")
    return args


def main(argv: list[str] | None = None) -> int:
    """Measure everything, print the pairs, ratios and verdicts; returns the exit status."""
    args = parse_args(argv)
    fields = len(load_profile(DEMO_PROFILE).visible_fields)
    print(
        f"cg-desktop start-up benchmark: Python {sys.version.split()[0]}, "
        f"PySide6 {PySide6.__version__}, QT_QPA_PLATFORM=offscreen, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0] if hasattr(os, 'getloadavg') else float('nan'):.1f}"
    )
    print(f"start-up: {args.runs} run(s) of each kind, alternating, after one warm-up each")
    if args.no_bytecode_cache:
        print("bytecode: as this environment says (PYTHONDONTWRITEBYTECODE is honoured)")
    else:
        print("bytecode: cached in a temporary folder (like an installed app's .pyc files)")
    with tempfile.TemporaryDirectory(prefix="cg-bench-pycache-") as pycache:
        env = child_env(None if args.no_bytecode_cache else Path(pycache))
        try:
            results = measure_startup(args.runs, fields, args.timeout, env)
            traced = trace_imports(fields, args.timeout, env)
            stall_timeout = max(args.timeout, args.latency * 6 + 60)
            stalls = measure_stall(args.stall_runs, args.latency, stall_timeout, env)
        except ProbeError as exc:
            print(f"\nmeasurement failed: {exc}", file=sys.stderr)
            return 2
    verdicts = print_startup(results, fields)
    if stalls:
        bare_rss = median([r.report["memory"]["rss_kib"] / 1024 for r in results["bare"]])
        verdicts += print_stall(stalls, args.latency, bare_rss)
    print_breakdown(results, traced, fields)
    warnings = sorted({w for runs in results.values() for r in runs for w in r.warnings})
    warnings += sorted({w for r in stalls for w in r.warnings} - set(warnings))
    if warnings:
        print("\nchildren's stderr (besides offscreen noise):")
        for line in warnings[:20]:
            print(f"   {line}")
    print(f"\n{'all goals met' if all(verdicts) else 'some goals NOT met'}")
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
