"""The command line: what `cg-desktop` accepts, read before Qt loads."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cg_desktop.core.api.regions import REGION_CODES


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command-line options."""
    parser = argparse.ArgumentParser(
        prog="cg-desktop", description="Send one record at a time to CustomerGauge."
    )
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="practice mode: a local stand-in for CustomerGauge; no real survey is sent",
    )
    parser.add_argument(
        "--data-dir", type=Path, help="keep settings, profiles, history and logs under this folder"
    )
    parser.add_argument(
        "--version", action=_PrintVersion, nargs=0, help="print the version and exit"
    )
    parser.add_argument(
        "profile_file",
        nargs="?",
        type=Path,
        metavar="PROFILE",
        help="a profile file to import (what opening a .cgprofile file does)",
    )
    parser.add_argument(
        "--import-profile",
        type=Path,
        metavar="FILE",
        help="import this profile file (the same as giving it as PROFILE)",
    )
    ready = parser.add_argument_group("is this computer ready for the first visitor?")
    ready.add_argument(
        "--check",
        action="store_true",
        help="check keyring, credentials, data, network, sign-in and clock; exit 1 on a problem",
    )
    ready.add_argument(
        "--region",
        choices=REGION_CODES,
        help="with --check or --kiosk: the region to check or send to (else the last)",
    )
    ready.add_argument(
        "--profile", metavar="NAME", help="with --check or --kiosk: the profile to check or run"
    )
    kiosk = parser.add_argument_group("a trade-show desk")
    kiosk.add_argument(
        "--kiosk",
        action="store_true",
        help="full screen, the form only, one visitor at a time; staff PIN to leave",
    )
    kiosk.add_argument(
        "--kiosk-pin",
        metavar="PIN",
        help="with --kiosk: set the staff PIN (4-12 digits; else asked at the first start)",
    )
    checks = parser.add_argument_group("checking an installation")
    checks.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (no network, no window); exit 1 on a failure",
    )
    checks.add_argument(
        "--save-test-credential",
        action="store_true",
        help="with --self-test: also save, read back and delete a throwaway keyring entry",
    )
    checks.add_argument(
        "--self-test-output",
        type=Path,
        metavar="FILE",
        help="with --self-test: also write the lines to FILE (a windowed .exe has no console)",
    )
    # The start-up benchmark's stopwatch: print "shown" at the first paint, then quit.
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.import_profile and args.profile_file:
        parser.error("give the profile file once: as PROFILE or with --import-profile")
    args.profile_file = args.import_profile or args.profile_file
    return args


class _PrintVersion(argparse.Action):
    """--version: read from the package metadata only when asked (it costs a start ~ms)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        """Print "cg-desktop X.Y.Z" and exit."""
        from cg_desktop.core.about import app_version

        if sys.stdout is not None:  # a windowed .exe has no console
            print(f"cg-desktop {app_version()}", flush=True)
        parser.exit()
