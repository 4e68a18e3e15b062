"""Child process for bench_startup.py: start one kind of window and report on it.

Not run by hand; the benchmark starts it once per measurement:

    python tests/benchmarks/startup_probe.py {app,practice,bare,stall} DATA_DIR [options]

app, practice and stall run the real entry point, `cg_desktop.app.main` (with `--data-dir`,
and `--sandbox` for practice and stall); bare shows a plain QWidget with a QFormLayout of
QLineEdits. Protocol on stdout, one flushed line each:

    shown <monotonic>   the window is shown and painted once (the parent times spawn → this)
    result <json>       after settling: memory, loaded modules, and for stall the heartbeats
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget

HEARTBEAT_MS = 5
# Modules worth knowing about when they are loaded before the form is shown.
NOTABLE_MODULES = (
    "sqlite3",
    "requests",
    "urllib3",
    "keyring",
    "truststore",
    "certifi",
    "platformdirs",
    "phonenumbers",
    "http.server",
    "cg_desktop.sandbox",
    "cg_desktop.core.api.records_client",
    "cg_desktop.ui.dialogs.credentials",
)


def emit(tag: str, payload: object) -> None:
    """Write one protocol line to stdout, flushed at once."""
    text = payload if isinstance(payload, str) else json.dumps(payload)
    sys.stdout.write(f"{tag} {text}\n")
    sys.stdout.flush()


def memory_kib() -> dict[str, int]:
    """This process's current and peak resident set size, in KiB."""
    status = Path("/proc/self/status")
    if status.exists():
        fields = {}
        for line in status.read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0])
        return {"rss_kib": fields["VmRSS"], "peak_kib": fields["VmHWM"]}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_kib = peak // 1024 if sys.platform == "darwin" else peak  # macOS says bytes
    return {"rss_kib": peak_kib, "peak_kib": peak_kib}


def loaded_modules() -> dict[str, Any]:
    """How many modules are loaded, and which of the notable ones."""
    return {
        "count": len(sys.modules),
        "notable": [name for name in NOTABLE_MODULES if name in sys.modules],
        "names": sorted(sys.modules),
    }


class PaintWatch(QObject):
    """Event filter that notes when its widget has received a paint event."""

    def __init__(self) -> None:
        """Not painted yet."""
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note paint events; never consume anything."""
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


class Heartbeat(QObject):
    """A QTimer ticking every few ms; records each gap between ticks (a stalled loop)."""

    def __init__(
        self,
        stop_when: Callable[[], bool],
        on_done: Callable[[Heartbeat], None],
        interval_ms: int = HEARTBEAT_MS,
    ) -> None:
        """Tick every `interval_ms` until `stop_when()` is true, then call `on_done(self)`."""
        super().__init__()
        self._stop_when = stop_when
        self._on_done = on_done
        self.gaps: list[tuple[float, float]] = []  # (gap s, seconds since start at tick)
        self.started = 0.0
        self.ended = 0.0
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Begin ticking."""
        self.started = self._last = time.perf_counter()
        self._timer.start()

    @Slot()
    def _tick(self) -> None:
        """Record the gap since the last tick, then stop if the condition is met."""
        now = time.perf_counter()
        self.gaps.append((now - self._last, now - self.started))
        self._last = now
        if self._stop_when():
            self._timer.stop()
            self.ended = now
            self._on_done(self)

    def summary(self) -> dict[str, Any]:
        """Longest gap, a high percentile, and where the three longest happened (ms / s)."""
        ordered = sorted(gap for gap, _ in self.gaps)
        worst = sorted(self.gaps, reverse=True)[:3]
        return {
            "ticks": len(self.gaps),
            "duration_s": self.ended - self.started,
            "max_gap_ms": ordered[-1] * 1000 if ordered else 0.0,
            "p99_gap_ms": ordered[int(len(ordered) * 0.99)] * 1000 if ordered else 0.0,
            "worst": [{"gap_ms": gap * 1000, "at_s": at} for gap, at in worst],
        }


class ResultCatcher(QObject):
    """Lives in the GUI thread; the sender's finished_one reaches it queued."""

    def __init__(self) -> None:
        """Nothing caught yet."""
        super().__init__()
        self.outcomes: list[str] = []
        self.messages: list[str] = []

    @Slot(object)
    def catch(self, result: object) -> None:
        """Keep the outcome kind and message of one finished send."""
        outcome = getattr(result, "outcome", None)
        kind = getattr(outcome, "kind", None)
        self.outcomes.append(getattr(kind, "name", repr(outcome)))
        self.messages.append(str(getattr(outcome, "message", "")))


class Probe:
    """Drives one child run: wait for the window, say shown, settle, measure, close."""

    def __init__(self, app: QApplication, args: argparse.Namespace, started: float) -> None:
        """`started` is time.monotonic() when the probe's main() began."""
        self.app = app
        self.args = args
        self.started = started
        self.window: QWidget | None = None
        self.result: dict[str, Any] = {"kind": args.kind}
        self._keep: list[QObject] = []  # Python references for objects Qt must not lose

    # -- start-up ------------------------------------------------------------------------

    def on_loop_started(self) -> None:
        """First turn of the event loop: process pending events (the first paint), say shown."""
        loop_running = time.monotonic()
        visible = [w for w in self.app.topLevelWidgets() if w.isVisible()]
        if len(visible) != 1:
            self.fail(f"expected one visible window, found {len(visible)}")
            return
        self.window = visible[0]
        if self.args.kind == "stall":
            self.watch_deferred_start()  # from the first turn of the loop on
        watch = PaintWatch()
        self.window.installEventFilter(watch)
        deadline = time.monotonic() + 5.0
        self.app.processEvents()
        while not watch.painted and time.monotonic() < deadline:
            self.app.processEvents()
        shown = time.monotonic()
        emit("shown", f"{shown:.6f}")
        self.window.removeEventFilter(watch)
        self.result["painted"] = watch.painted
        self.result["monotonic"] = {
            "probe_main": self.started,
            "loop_running": loop_running,
            "shown": shown,
        }
        self.result["modules_at_shown"] = loaded_modules()
        self.result.update(self.describe_window())
        if self.args.kind != "bare":
            # When the window works (database, sender, history): after the first paint.
            stamps = self.result["monotonic"]
            if getattr(self.window, "is_started", False):
                stamps["started"] = time.monotonic()
            else:
                self.window.started.connect(lambda: stamps.setdefault("started", time.monotonic()))
        QTimer.singleShot(int(self.args.settle * 1000), self.on_settled)

    def describe_window(self) -> dict[str, Any]:
        """What is on screen: the page shown and the number of form fields."""
        window = self.window
        if self.args.kind == "bare":
            return {"page": "form", "form_fields": len(window.findChildren(QLineEdit))}
        form = getattr(window, "form", None)
        on_form = form is not None and window.pages.currentWidget() is window.form_scroll
        return {
            "page": "form" if on_form else "first-run",
            "form_fields": len(form.rows) if form is not None else 0,
        }

    def watch_deferred_start(self) -> None:
        """Heartbeat from the first turn of the loop through the work deferred past the paint.

        The window opens its database, sender and history after the first paint, then
        offers accounts and purges old data: the heartbeat runs until the purge has run
        (the last step), however long that takes on this machine.
        """
        window = self.window

        def over() -> bool:
            """The deferred start-up work is done (or something is badly wrong)."""
            if time.perf_counter() - beat.started > 60.0:
                self.result["send_error"] = "the deferred start did not end within 60 s"
                return True
            started = bool(getattr(window, "is_started", False))
            return started and window.work.retention.last_run is not None

        def done(heartbeat: Heartbeat) -> None:
            """Keep the start-up heartbeat."""
            self.result["deferred_start"] = heartbeat.summary()

        beat = Heartbeat(over, done)
        self._keep.append(beat)
        beat.start()

    def on_settled(self) -> None:
        """After idling: read memory, then either close or go on to the stall test."""
        self.result["memory"] = memory_kib()
        if self.args.kind == "stall":
            self.start_typing()
        else:
            self.finish()

    def start_typing(self) -> None:
        """A person starts typing: the sender loads the network stack; heartbeat through it."""
        window = self.window
        form = getattr(window, "form", None)
        if form is None:
            self.fail("practice mode did not start with a form")
            return
        from PySide6.QtTest import QTest  # the stall kind only: not in the timed start-up

        worker = window.work.sender.worker
        limit = 60.0

        def warm() -> bool:
            """The network stack is loaded (or it took far too long)."""
            if time.perf_counter() - beat.started > limit:
                self.result["send_error"] = f"the sender did not warm up within {limit:.0f} s"
                return True
            return bool(worker.warm)

        def warmed(heartbeat: Heartbeat) -> None:
            """Keep the heartbeat of the first key press, then go on to the send."""
            self.result["first_key"] = heartbeat.summary()
            if "send_error" in self.result:
                self.finish()
            else:
                self.start_send()

        beat = Heartbeat(warm, warmed)
        self._keep.append(beat)
        beat.start()
        QTimer.singleShot(10, lambda: QTest.keyClick(_line(form, "Email"), Qt.Key.Key_X))

    # -- stall test ----------------------------------------------------------------------

    def start_send(self) -> None:
        """Slow the practice sandbox, fill the form, and send while a heartbeat ticks."""
        window = self.window
        if getattr(window, "practice", None) is None or window.form is None:
            self.fail("practice mode did not start with a form")
            return
        from PySide6.QtTest import QTest

        window.practice.sandbox.set_latency(self.args.latency)
        # Typed as a person would (real key events), after the "x" of start_typing.
        QTest.keyClicks(_line(window.form, "Email"), "@example.com")
        QTest.keyClicks(_line(window.form, "First Name"), "Ada")
        catcher = ResultCatcher()
        window.work.sender.worker.finished_one.connect(catcher.catch)
        self._keep.append(catcher)
        state = {"sent": False}
        limit = self.args.latency * 2 + 30.0

        def send() -> None:
            """Press Send (synchronous part included in the heartbeat)."""
            window.form.try_send()
            state["sent"] = True
            if not window.work.sending.pending:
                self.result["send_error"] = "try_send did not start a send (form invalid?)"

        def done_sending() -> bool:
            """The result has arrived and been shown, or something went wrong."""
            if time.perf_counter() - beat.started > limit:
                self.result["send_error"] = f"no result within {limit:.0f} s"
                return True
            if "send_error" in self.result:
                return True
            return state["sent"] and not window.work.sending.pending and bool(catcher.outcomes)

        def sent(heartbeat: Heartbeat) -> None:
            """Keep the send's heartbeat, then measure an idle one of the same length."""
            self.result["send"] = heartbeat.summary()
            self.result["outcomes"] = catcher.outcomes
            self.result["outcome_messages"] = catcher.messages
            self.start_idle(max(heartbeat.ended - heartbeat.started, self.args.latency))

        beat = Heartbeat(done_sending, sent)
        self._keep.append(beat)
        beat.start()
        QTimer.singleShot(20, send)  # a few quiet ticks first

    def start_idle(self, seconds: float) -> None:
        """The baseline: the same heartbeat for the same time with nothing sending."""
        began = time.perf_counter()

        def idle_over() -> bool:
            """True once `seconds` have passed."""
            return time.perf_counter() - began >= seconds

        def idled(heartbeat: Heartbeat) -> None:
            """Keep the idle heartbeat, and the memory of a window that has sent; close."""
            self.result["idle"] = heartbeat.summary()
            self.result["memory_after_send"] = memory_kib()
            self.finish()

        beat = Heartbeat(idle_over, idled)
        self._keep.append(beat)
        beat.start()

    # -- ending --------------------------------------------------------------------------

    def finish(self) -> None:
        """Report, then close the window properly (the app stops its sender thread)."""
        emit("result", self.result)
        if self.window is not None:
            self.window.close()
        self.app.quit()

    def fail(self, problem: str) -> None:
        """Report a problem instead of numbers, and end."""
        self.result["error"] = problem
        emit("shown", "failed")
        self.finish()


def _line(form: Any, name: str) -> QWidget:
    """The widget that takes the keys of one of the form's fields."""
    editor = form.rows[name].editor
    proxy = editor.focusProxy()
    return proxy if proxy is not None else editor


def bare_window(fields: int) -> QWidget:
    """The baseline: a plain window with a form of labelled line edits, the app's size."""
    window = QWidget()
    window.setWindowTitle("bare")
    form = QFormLayout(window)
    for number in range(fields):
        form.addRow(f"Field {number + 1}", QLineEdit())
    window.resize(980, 720)
    return window


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The probe's options (set by bench_startup.py)."""
    parser = argparse.ArgumentParser(description="child process of bench_startup.py")
    parser.add_argument("kind", choices=["app", "practice", "bare", "stall"])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--fields", type=int, default=9, help="line edits in the bare window")
    parser.add_argument("--settle", type=float, default=0.5, help="idle seconds before measuring")
    parser.add_argument("--latency", type=float, default=3.0, help="sandbox latency (stall)")
    return parser.parse_args(argv)


def main() -> int:
    """Start the window of the chosen kind and drive the probe; returns the exit code."""
    started = time.monotonic()
    args = parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The same arguments app.main() would use; it reuses this instance.
    app = QApplication(sys.argv[:1])
    probe = Probe(app, args, started)
    QTimer.singleShot(0, probe.on_loop_started)
    if args.kind == "bare":
        window = bare_window(args.fields)
        window.show()
        app.exec()
        return 0
    from cg_desktop.app import main as app_main

    argv = ["--data-dir", str(args.data_dir)]
    if args.kind in ("practice", "stall"):
        argv.append("--sandbox")
    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
