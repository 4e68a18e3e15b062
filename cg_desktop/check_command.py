"""`cg-desktop --check`: is this computer ready for the first visitor? Printed, line by line.

The same checks as Help → Check this computer…; exit code 0 when none is a problem.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from cg_desktop.core.api.regions import REGION_CODES, Region, RegionError, region
from cg_desktop.core.credentials import CredentialStore
from cg_desktop.core.paths import AppPaths
from cg_desktop.core.profiles.library import ProfileLibrary, practice_entries
from cg_desktop.core.profiles.model import Profile
from cg_desktop.core.readiness.desk import Desk, checks, secrets_of
from cg_desktop.core.readiness.lines import exit_code, report, run_all
from cg_desktop.core.settings import load_settings


def run_check_command(
    args: argparse.Namespace,
    paths: AppPaths,
    before_network: Callable[[], None] | None = None,
) -> int:
    """Run every check for this desk, print a line each as it finishes, and the summary."""
    settings = load_settings(paths.settings_file)
    practice = None
    if args.sandbox:
        from cg_desktop.ui.practice.session import start_practice

        practice = start_practice()
    try:
        entries = (
            practice_entries(practice.profiles)
            if practice
            else ProfileLibrary(paths.profiles_dir, paths.organisation_profiles_dir).entries()
        )
        profiles = [e.profile for e in entries if e.profile is not None]
        if practice is not None:
            where: Region = practice.region
        else:
            where = _region(args.region, settings.last_region, profiles, args.profile)
        desk = Desk(
            paths=paths,
            region=where,
            credentials=CredentialStore(),
            client_id=settings.client_ids.get(where.code, ""),
            profiles=entries,
            profile=args.profile,
            known_credentials=practice.credentials if practice else None,
            webhook_users=settings.webhook_users,
            known_hooks=practice.hooks if practice else None,
            before_network=before_network,
        )
        lines = []
        for line in run_all(checks(desk)):
            lines.append(line)
            if sys.stdout is not None:
                # Through the same redaction as Copy report: a proxy's password, a secret.
                print(report([line], secrets_of(desk)), flush=True)
    finally:
        if practice is not None:
            practice.stop()
    code = exit_code(lines)
    if sys.stdout is not None:
        problems = sum(line.status == "problem" for line in lines)
        print("ready" if code == 0 else f"not ready: {problems} problem(s) above", flush=True)
    return code


def _region(
    asked: str | None, last: str | None, profiles: list[Profile], wanted: str | None
) -> Region:
    """The region to check: asked for, else the profile's, else the last used, else Europe."""
    chosen = next((p.region for p in profiles if p.name == wanted), None) if wanted else None
    for code in (asked, chosen, last, REGION_CODES[0]):
        if code:
            try:
                return region(code)
            except RegionError:
                continue
    return region(REGION_CODES[0])
