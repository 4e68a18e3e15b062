"""`python -m cg_desktop.sandbox`: run the sandbox until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from cg_desktop.sandbox.account import AccountError
from cg_desktop.sandbox.server import Sandbox, is_loopback


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m cg_desktop.sandbox",
        description="A local practice stand-in for CustomerGauge's Records API.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="loopback address (127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port, 0 = any free one (0)")
    parser.add_argument("--account", type=Path, help="account JSON (the demo account)")
    parser.add_argument(
        "--latency", type=float, default=0.0, metavar="SECONDS", help="delay every answer"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, serve, and return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not is_loopback(args.host):
        parser.error(
            f"--host {args.host}: the sandbox is a practice server and only listens on "
            "loopback (127.0.0.1, ::1 or localhost)"
        )
    if args.latency < 0:
        parser.error("--latency must not be negative")
    try:
        sandbox = Sandbox(args.account, host=args.host, port=args.port)
    except AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        sandbox.start()
    except OSError as exc:
        print(f"error: can't listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
    sandbox.set_latency(args.latency)
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        """Ctrl-C or SIGTERM: leave the wait loop below and stop cleanly."""
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    print(f"listening on {sandbox.base_url}", flush=True)
    try:
        # Short waits keep the main thread responsive to signals on every platform.
        while not stop.wait(0.2):
            pass
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
