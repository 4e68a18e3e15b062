"""The readiness check's pieces against real things: the sandbox, a loopback server with a
wrong clock, a real database, and a report that must not show the secret."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from cg_desktop.core.api.regions import Region, sandbox_region
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.readiness import local, network
from cg_desktop.core.readiness.lines import CheckProblem, Line, exit_code, report, run
from cg_desktop.core.store.sends import Store
from cg_desktop.sandbox import Sandbox


def test_a_check_that_breaks_is_a_problem_line_not_a_crash() -> None:
    def broken() -> str:
        raise KeyError("nope")

    line = run("profile", broken)
    assert line.status == "problem" and "KeyError" in line.found
    assert "support" in line.next_step


def test_warnings_keep_exit_code_0_and_problems_make_it_1() -> None:
    assert exit_code([Line("ok", "a", "x"), Line("warning", "b", "y")]) == 0
    assert exit_code([Line("ok", "a", "x"), Line("problem", "b", "y")]) == 1


def test_the_copied_report_never_shows_the_secret() -> None:
    secret = "s3cr3t/+value"
    lines = [Line("problem", "sign-in", f"the server echoed {secret} back", "Try again.")]
    text = report(lines, [secret])
    assert secret not in text and "[redacted]" in text.lower()


def test_sign_in_with_the_sandbox_and_with_wrong_credentials(sandbox: Sandbox) -> None:
    region = sandbox_region(sandbox.base_url)
    good = ClientCredentials("sandbox-client", "sandbox-secret")
    assert network.check_token(region, good).startswith("signed in as sandbox-client")
    with pytest.raises(CheckProblem) as refused:
        network.check_token(region, ClientCredentials("sandbox-client", "wrong"))
    assert "Credentials" in refused.value.next_step


def test_a_name_server_that_never_answers_costs_the_limit_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = threading.Event()
    release = threading.Event()

    def silent(*_args: object, **_kwargs: object) -> list[object]:
        asked.set()
        release.wait(30)  # bounds the leftover thread only
        raise OSError("never")

    monkeypatch.setattr(network.socket, "getaddrinfo", silent)
    monkeypatch.setattr(network, "NAME_LOOKUP_LIMIT", 0.2)
    from cg_desktop.core.api.regions import region

    found: list[str] = []
    try:
        with pytest.raises(CheckProblem) as lost:
            network.check_found(region("eu"), None, found)
    finally:
        release.set()
    assert asked.is_set() and found == []
    assert "didn't answer within" in lost.value.found
    assert "Wi-Fi" in lost.value.next_step


@pytest.mark.parametrize(
    ("setting", "shown", "hidden"),
    [
        ("http://desk:hunter2@proxy.example:3128", "http://***@proxy.example:3128", "hunter2"),
        ("desk:hunter2@proxy.example:8080", "***@proxy.example:8080", "hunter2"),
        ("http://desk:p#w/d?x@proxy.example:3128", "http://***@proxy.example:3128", "p#w/d?x"),
        ("http://proxy.example:3128", "http://proxy.example:3128", ""),
    ],
)
def test_a_proxy_is_shown_without_its_user_and_password(
    setting: str, shown: str, hidden: str
) -> None:
    assert network.shown_proxy(setting) == shown
    if hidden:
        assert hidden in network.proxy_secrets(setting)
        assert hidden not in report(
            [Line("ok", "Proxy", f"through {setting}")], network.proxy_secrets(setting)
        )


class _SkewedClock(BaseHTTPRequestHandler):
    """Answers with a Date header 20 minutes ahead of this computer's clock."""

    def do_HEAD(self) -> None:
        self.send_response(405)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def date_time_string(self, timestamp: float | None = None) -> str:
        return formatdate(time.time() + 20 * 60, usegmt=True)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def skewed_server() -> Iterator[Region]:
    """A loopback server whose clock is 20 minutes ahead, as a region."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SkewedClock)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield sandbox_region(f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()


def test_a_clock_20_minutes_off_is_a_warning_with_what_to_do(skewed_server: Region) -> None:
    with pytest.raises(local.CheckWarning) as off:
        network.check_clock(skewed_server)
    assert "20 minutes behind the server's" in off.value.found
    assert "update automatically" in off.value.next_step


def test_the_sandbox_clock_agrees(sandbox: Sandbox) -> None:
    assert network.check_clock(sandbox_region(sandbox.base_url)).startswith("within")


def test_a_proxy_set_in_the_environment_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://desk:hunter2@proxy.example:3128")
    from cg_desktop.core.api.regions import region

    proxy = network.proxy_for(region("eu"))
    assert network.check_proxy(proxy) == "through http://***@proxy.example:3128"
    # Practice mode's loopback sandbox never goes through it.
    assert network.proxy_for(sandbox_region("http://127.0.0.1:8765")) is None


def test_waiting_and_refused_sends_are_counted_read_only(tmp_path: Path) -> None:
    database = tmp_path / "sends.db"
    assert local.check_waiting(database) == "nothing waiting"
    with Store(database) as store:
        for email in ("a@example.com", "b@example.com"):
            store.enqueue(profile="p", region="eu", configuration="c", record={"Email": email})
    before = database.read_bytes()
    with pytest.raises(local.CheckWarning) as waiting:
        local.check_waiting(database)
    assert waiting.value.found == "2 records waiting to be sent."
    assert local.check_database(database).endswith("is healthy")
    assert database.read_bytes() == before  # the check changed nothing


def test_a_damaged_database_is_a_problem(tmp_path: Path) -> None:
    database = tmp_path / "sends.db"
    database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    with pytest.raises(CheckProblem) as damaged:
        local.check_database(database)
    assert "damaged" in damaged.value.found
    assert "open it again" in damaged.value.next_step


def test_the_named_profile_must_be_there_and_a_broken_file_is_named() -> None:
    from cg_desktop.core.profiles.files import load_demo_profile
    from cg_desktop.core.profiles.library import ProfileEntry

    demo = load_demo_profile()
    good = ProfileEntry(Path("demo.json"), demo)
    assert local.check_profile([good], demo.name) == f"“{demo.name}” loads"
    with pytest.raises(CheckProblem) as missing:
        local.check_profile([good], "Spring fair")
    assert "Import the profile" in missing.value.next_step
    with pytest.raises(CheckProblem):
        local.check_profile([], None)
    broken = ProfileEntry(Path("spring-fair.json"), None, 'field 2 has "type": "emial"')
    with pytest.raises(CheckProblem) as unusable:
        local.check_profile([broken], "Spring fair")
    assert "spring-fair.json can't be used" in unusable.value.found
    assert "corrected file" in unusable.value.next_step


def test_the_data_folder_check_makes_no_folder(tmp_path: Path) -> None:
    data = tmp_path / "not yet" / "data"
    assert local.check_data_folder(data).startswith(f"{data} can be made")
    assert not (tmp_path / "not yet").exists()


def test_a_webhook_desk_checks_the_webhooks_password_not_a_client_secret(
    tmp_path: Path, file_keyring: object
) -> None:
    import dataclasses

    from cg_desktop.core.api.regions import region
    from cg_desktop.core.credentials import CredentialStore, client_service
    from cg_desktop.core.paths import AppPaths
    from cg_desktop.core.profiles.files import load_practice_profiles
    from cg_desktop.core.profiles.library import ProfileEntry
    from cg_desktop.core.readiness.desk import CREDENTIALS, WEBHOOK, Desk, checks, secrets_of

    hook = dataclasses.replace(
        load_practice_profiles()[2], name="Spring fair", region="eu", webhook_id="f00d"
    )
    store = CredentialStore(file_keyring)
    desk = Desk(
        paths=AppPaths.under(tmp_path),
        region=region("eu"),
        credentials=store,
        client_id="",
        profiles=[ProfileEntry(Path("spring-fair.json"), hook)],
        profile="Spring fair",
    )

    def lines() -> dict[str, Line]:
        wanted = (CREDENTIALS, WEBHOOK)
        return {name: run(name, check) for name, check in checks(desk) if name in wanted}

    missing = lines()
    assert missing[CREDENTIALS].status == "skipped"  # a webhook desk needs no Connected App
    assert missing[WEBHOOK].status == "problem"
    assert "Credentials…" in missing[WEBHOOK].next_step
    desk.webhook_users = {"eu/hook/f00d": "fair-desk"}
    store.save(client_service("eu/hook/f00d"), "fair-desk", "hook-pw-4242")
    found = lines()[WEBHOOK]
    assert found.status == "ok" and "user fair-desk for “Spring fair”" in found.found
    assert "hook-pw-4242" in secrets_of(desk)  # Copy report takes it out
    assert "hook-pw-4242" not in report([found], secrets_of(desk))
    desk.profile = None  # every profile: all of them webhooks, so still no Client ID needed
    assert lines()[CREDENTIALS].status == "skipped"
