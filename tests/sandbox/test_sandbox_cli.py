"""`python -m cg_desktop.sandbox`: SPEC.md's curl examples against the real process."""

from __future__ import annotations

import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sandbox_helpers import CLIENT, MAPPING_A, MAPPING_B, TIMEOUT

COMMAND = [sys.executable, "-m", "cg_desktop.sandbox"]
# Bound a hang only: a child Python on a loaded single-core machine can be slow to start.
START = 120.0  # seconds until it prints its first line, or runs to its end
EXIT = 60.0  # seconds for it to end once terminated


def first_line(process: subprocess.Popen[str], timeout: float = START) -> str:
    """The first line the process prints, without hanging if it never does."""
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    return lines.get(timeout=timeout)


@pytest.fixture
def served() -> Iterator[tuple[subprocess.Popen[str], str]]:
    """The sandbox as a child process on a free port, and its base URL."""
    with subprocess.Popen(
        [*COMMAND, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            line = first_line(process)
            match = re.fullmatch(r"listening on (http://127\.0\.0\.1:\d+)\n", line)
            assert match, line
            yield process, match.group(1)
        finally:
            if process.poll() is None:
                process.terminate()
            process.communicate(timeout=EXIT)


def test_spec_curl_examples(served: tuple[subprocess.Popen[str], str]) -> None:
    process, base = served
    with requests.Session() as http:
        # curl -X POST .../oauth2/token -d grant_type=client_credentials -d client_id=...
        token_response = http.post(
            base + "/oauth2/token",
            data=f"grant_type=client_credentials&client_id={CLIENT['client_id']}"
            f"&client_secret={CLIENT['client_secret']}",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            timeout=TIMEOUT,
        )
        assert token_response.status_code == 200
        token = token_response.json()["access_token"]
        bearer = {"Authorization": f"Bearer {token}"}
        # curl -X PUT .../records/ -H 'Content-Type: application/json' -d '{...}'
        json_response = http.put(
            base + "/records/",
            data='{"configuration": "' + MAPPING_A + '", "record": {"Account Name": "ACME", '
            '"First Name": "Joe", "Last Name": "Doe", "Email": "joe.doe@example.com"}}',
            headers={**bearer, "Content-Type": "application/json"},
            timeout=TIMEOUT,
        )
        assert json_response.status_code == 200 and json_response.content == b""
        # curl -X PUT .../records/ --data-urlencode 'record[Account Name]=ACME' ...
        form_response = http.put(
            base + "/records/",
            data=f"configuration={MAPPING_B}&record%5BAccount%20Name%5D=ACME"
            "&record%5BIndustry%5D=Retail+%26+Trade",
            headers={**bearer, "Content-Type": "application/x-www-form-urlencoded"},
            timeout=TIMEOUT,
        )
        assert form_response.status_code == 200, form_response.text
        # SPEC.md's own examples, verbatim: the JSON body (mapping B) and the form body,
        # whose reference is not a valid UUID (the demo account knows it as mapping C).
        spec_json = http.put(
            base + "/records/",
            data='{"configuration": "53505294-0b20-2509-b15d-c8e377701d66", "record": '
            '{"Account Name": "ACME", "First Name": "Joe", "Last Name": "Doe", '
            '"Email": "joe.doe@example.com"}}',
            headers={**bearer, "Content-Type": "application/json"},
            timeout=TIMEOUT,
        )
        assert spec_json.status_code == 200 and spec_json.content == b""
        spec_form = http.put(
            base + "/records/",
            data="configuration=12305294-0b20-4009-b95d-c8123301d66"
            "&record%5BAccount+Name%5D=ACME&record%5BFirst+Name%5D=Joe"
            "&record%5BLast+Name%5D=Doe&record%5BEmail%5D=joe.doe%40example.com",
            headers={**bearer, "Content-Type": "application/x-www-form-urlencoded"},
            timeout=TIMEOUT,
        )
        assert spec_form.status_code == 200 and spec_form.content == b""
        duplicate = http.put(
            base + "/records/",
            json={
                "configuration": MAPPING_A,
                "record": {"Email": "JOE.DOE@example.com", "First Name": "J"},
            },
            headers=bearer,
            timeout=TIMEOUT,
        )
        assert duplicate.json()["errors"] == {
            "duplicate": ["Record could not be imported because it duplicates with CG-1000001."]
        }
    process.terminate()
    _, stderr = process.communicate(timeout=EXIT)
    assert process.returncode == 0, stderr


def test_latency_option() -> None:
    with subprocess.Popen(
        [*COMMAND, "--latency", "0.3"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        try:
            base = first_line(process).split()[-1]
            with requests.Session() as http:
                started = time.monotonic()
                assert http.post(base + "/oauth2/token", timeout=TIMEOUT).status_code == 400
                assert time.monotonic() - started >= 0.3
        finally:
            process.terminate()
            process.communicate(timeout=EXIT)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.0.5"])
def test_a_non_loopback_host_is_refused(host: str) -> None:
    result = subprocess.run(
        [*COMMAND, "--host", host], capture_output=True, text=True, timeout=START
    )
    assert result.returncode == 2
    assert "loopback" in result.stderr and result.stdout == ""


def test_a_broken_account_file_is_one_clear_line(tmp_path: Path) -> None:
    account = tmp_path / "account.json"
    account.write_text('{"client_id": "x"', encoding="utf-8")
    result = subprocess.run(
        [*COMMAND, "--account", str(account)], capture_output=True, text=True, timeout=START
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {account}: not valid JSON")
    assert "Traceback" not in result.stderr
