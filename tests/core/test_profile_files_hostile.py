"""Damaged profile files fail at once with a ProfileError, and never stop the library listing.

A FIFO (or a symlink to one), a huge file, a number of thousands of digits, deep nesting,
non-UTF-8 bytes: each is a sentence naming the file. 100,000 choices load (no quadratic
check). Every load runs in a thread joined with a generous bound: only a hang fails it.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cg_desktop.core.profiles.files import demo_profile_path, load_profile
from cg_desktop.core.profiles.library import ProfileLibrary
from cg_desktop.core.profiles.model import ProfileError
from cg_desktop.core.profiles.parsing import MAX_FILE_BYTES

HANG = 120.0  # seconds: bounds a hang (a blocked FIFO, a quadratic check), never a speed


def demo() -> dict[str, Any]:
    """The demo profile as a dict."""
    data: dict[str, Any] = json.loads(demo_profile_path().read_text(encoding="utf-8"))
    return data


def within_bound(call: Callable[[], object]) -> object:
    """Run `call` in a thread; its result or exception, failing only if it never ends."""
    box: list[object] = []

    def run() -> None:
        try:
            box.append(call())
        except BaseException as exc:  # handed to the test
            box.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(HANG)
    assert not thread.is_alive(), "it hung"
    return box[0]


def make_fifo(folder: Path) -> Path:
    """A FIFO named like a profile, nobody writing to it."""
    path = folder / "pipe.json"
    os.mkfifo(path)
    return path


def make_symlink_to_fifo(folder: Path) -> Path:
    """A symlink named like a profile, pointing at a FIFO."""
    target = folder / "pipe-target"
    os.mkfifo(target)
    link = folder / "link.json"
    link.symlink_to(target)
    return link


def write(folder: Path, name: str, payload: bytes) -> Path:
    """A file with these bytes."""
    path = folder / name
    path.write_bytes(payload)
    return path


DAMAGED: dict[str, Callable[[Path], Path]] = {
    "fifo": make_fifo,
    "symlink to a fifo": make_symlink_to_fifo,
    "huge file": lambda d: write(d, "huge.json", b" " * (MAX_FILE_BYTES + 10)),
    # 5,000 digits: past Python's int() limit, a ValueError json.loads lets through.
    "huge number": lambda d: write(
        d, "number.json", ('{"huge": ' + "9" * 5000 + ", " + json.dumps(demo())[1:]).encode()
    ),
    "deep nesting": lambda d: write(d, "deep.json", b"[" * 100_000 + b"]" * 100_000),
    "deep nesting in a field": lambda d: write(
        d,
        "deep-field.json",
        json.dumps({**demo(), "fields": []})
        .encode()
        .replace(b'"fields": []', b'"fields": ' + b"[" * 50_000 + b"]" * 50_000),
    ),
    "not utf-8": lambda d: write(d, "latin.json", '{"name": "Caf\xe9"}'.encode("latin-1")),
    "nan": lambda d: write(d, "nan.json", json.dumps(demo()).replace("false", "NaN", 1).encode()),
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
@pytest.mark.parametrize("make", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_profile_fails_at_once_naming_the_file(
    make: Callable[[Path], Path], tmp_path: Path
) -> None:
    path = make(tmp_path)
    result = within_bound(lambda: load_profile(path))
    assert isinstance(result, ProfileError), result
    assert str(result).startswith(f'Profile "{path.name}": ')


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_the_library_lists_damaged_files_with_their_reason_and_the_good_one(
    tmp_path: Path,
) -> None:
    for make in DAMAGED.values():
        make(tmp_path)
    write(tmp_path, "good.json", json.dumps(demo()).encode())
    entries = within_bound(lambda: ProfileLibrary(tmp_path).entries())
    assert isinstance(entries, list)
    usable = [e.profile.name for e in entries if e.profile is not None]
    broken = [e.path.name for e in entries if e.profile is None]
    assert usable == [demo()["name"]]
    assert len(broken) == len(DAMAGED)
    assert all(e.problem for e in entries if e.profile is None)


def test_a_hundred_thousand_choices_load(tmp_path: Path) -> None:
    # A check comparing each choice with all before it would take hours here.
    data = demo()
    choice_field = next(f for f in data["fields"] if f["type"] == "choice")
    choice_field["choices"] = [str(i) for i in range(100_000)]  # under the size cap
    choice_field["default"] = "99999"
    path = write(tmp_path, "big.json", json.dumps(data).encode())
    profile = within_bound(lambda: load_profile(path))
    assert not isinstance(profile, BaseException), profile
    field = next(f for f in profile.fields if f.type == "choice")  # type: ignore[attr-defined]
    assert len(field.choices) == 100_000


def test_a_repeated_choice_among_many_is_still_found(tmp_path: Path) -> None:
    data = demo()
    choice_field = next(f for f in data["fields"] if f["type"] == "choice")
    choice_field["choices"] = [f"Stand {i}" for i in range(20_000)] + ["Stand 7"]
    choice_field["default"] = None
    path = write(tmp_path, "repeat.json", json.dumps(data).encode())
    result = within_bound(lambda: load_profile(path))
    assert isinstance(result, ProfileError) and 'the choice "Stand 7" twice' in str(result)
