"""Profile files: reading one safely (every problem a ProfileError), saving one atomically."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from cg_desktop.core.atomic_file import SHAREABLE, write_atomically
from cg_desktop.core.profiles.model import SCHEMA_VERSION, Profile, ProfileError
from cg_desktop.core.profiles.parsing import MAX_FILE_BYTES, parse_profile
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


class _NotStrictJson(ValueError):
    """Raised from json.loads hooks for what strict JSON doesn't allow (a whole sentence)."""

    def __init__(self, template: str, /, **values: object) -> None:
        super().__init__(Words(template, **values))


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """json hook: a key written twice is a mistake, not "the last one wins"."""
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise _NotStrictJson(
                QT_TRANSLATE_NOOP("core", 'the file has the key "{key}" twice in one object.'),
                key=key,
            )
        result[key] = value
    return result


def _no_constants(name: str) -> object:
    """json hook: NaN and Infinity are not JSON, whatever Python's json accepts."""
    raise _NotStrictJson(
        QT_TRANSLATE_NOOP("core", "the file has {name}, which is not a JSON value."), name=name
    )


_FOLDER = Words(QT_TRANSLATE_NOOP("core", "this is a folder, not a profile file."))


def _file_problem(exc: OSError) -> str:
    """A person's words for why a file can't be read."""
    if isinstance(exc, FileNotFoundError):
        return Words(
            QT_TRANSLATE_NOOP("core", "the file doesn't exist (was it moved or renamed?).")
        )
    if isinstance(exc, IsADirectoryError):
        return _FOLDER
    if isinstance(exc, PermissionError):
        return Words(QT_TRANSLATE_NOOP("core", "the file can't be read: permission denied."))
    return Words(
        QT_TRANSLATE_NOOP("core", "the file can't be read ({reason})."),
        reason=exc.strerror or str(exc),
    )


def _read_regular_file(path: Path, limit: int) -> bytes:
    """Up to `limit` bytes of a regular file; anything else (a FIFO, a device) fails at once.

    Opened without waiting (O_NONBLOCK) and checked on the open descriptor, so a FIFO or
    a symlink to one never blocks, and nothing can swap the file between check and read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _NotARegularFile
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


class _NotARegularFile(Exception):
    """The path is a FIFO, a device or a socket: not a file to read a profile from."""


def load_profile(path: Path) -> Profile:
    """Read and check a profile file; any problem is a ProfileError naming the file."""
    source = path.name or str(path)
    try:
        raw = _read_regular_file(path, MAX_FILE_BYTES)
    except _NotARegularFile:
        if path.is_dir():
            raise ProfileError(source, _FOLDER) from None
        raise ProfileError(
            source,
            Words(QT_TRANSLATE_NOOP("core", "this is not an ordinary file (a pipe or a device?).")),
        ) from None
    except OSError as exc:
        raise ProfileError(source, _file_problem(exc)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ProfileError(
            source,
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "the file is far too large to be a profile; is it the right one?"
                )
            ),
        )
    try:
        # utf-8-sig: Windows Notepad may start the file with a byte-order mark.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProfileError(
            source,
            Words(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the file is not UTF-8 text (bad byte at position {position}); save it as "
                    "UTF-8.",
                ),
                position=exc.start,
            ),
        ) from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        # The JSON parser's own words (exc.msg) stay English: a detail for whoever fixes it.
        raise ProfileError(
            source,
            Words(
                QT_TRANSLATE_NOOP(
                    "core", "the file is not valid JSON: {reason} at line {line}, column {column}."
                ),
                reason=exc.msg,
                line=exc.lineno,
                column=exc.colno,
            ),
        ) from None
    except _NotStrictJson as exc:
        raise ProfileError(source, exc.args[0]) from None
    except RecursionError:
        raise ProfileError(
            source,
            Words(QT_TRANSLATE_NOOP("core", "the file is nested far too deeply to be a profile.")),
        ) from None
    except ValueError:  # e.g. a number of thousands of digits, past Python's limit
        raise ProfileError(
            source,
            Words(QT_TRANSLATE_NOOP("core", "the file holds a number far too long to be real.")),
        ) from None
    return parse_profile(data, source)


def profile_to_dict(profile: Profile) -> dict[str, object]:
    """The JSON-ready form of a profile, with every key written out (the file's shape)."""
    keys = ("name", "region", "configuration", "data_type", "format", "method", "transport")
    result: dict[str, object] = {"schema_version": SCHEMA_VERSION}
    result.update((key, getattr(profile, key)) for key in keys)
    result["webhook_id"] = profile.webhook_id
    result["webhook_user"] = profile.webhook_user
    # asdict keeps FieldSpec's order, which is the documented order of a field's keys.
    result["fields"] = [{**asdict(f), "choices": list(f.choices)} for f in profile.fields]
    result["scan_fields"] = dict(profile.scan_fields)
    result["send_on_scan"] = profile.send_on_scan
    return result


def save_profile(profile: Profile, path: Path, *, mode: int = SHAREABLE) -> None:
    """Write a profile atomically (temp file + os.replace), UTF-8, indented; it loads back.

    `mode` for a new file: shareable by default (a profile holds no secret); the app's own
    profiles folder keeps its files private.
    """
    source = path.name or str(path)
    data = profile_to_dict(profile)
    parse_profile(data, source)  # never write a file that load_profile would refuse
    payload = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    try:
        # Keep the permissions of a file being replaced; a profile holds no secret.
        kept = path.stat().st_mode & 0o777 if path.exists() else mode
        write_atomically(path, payload, mode=kept)
    except OSError as exc:
        raise ProfileError(
            source,
            Words(
                QT_TRANSLATE_NOOP("core", "the file can't be saved ({reason})."),
                reason=exc.strerror or str(exc),
            ),
        ) from None


def _shipped_profiles() -> Traversable:
    """The folder of shipped profiles, through importlib.resources (works from any install)."""
    # Imported here: only practice mode and tests need it, not the first paint.
    from importlib.resources import files

    return files("cg_desktop.resources") / "profiles"


def demo_profile_path() -> Path:
    """Where the shipped demo profile (resources/profiles/demo.json) is on disk."""
    return Path(str(_shipped_profiles() / "demo.json"))


def load_demo_profile() -> Profile:
    """The shipped demo profile."""
    resource = _shipped_profiles() / "demo.json"
    return parse_profile(json.loads(resource.read_text(encoding="utf-8")), resource.name)


# The practice profiles: the demo (mapping A, right as it is on the sandbox), an
# out-of-date copy that lets a trainee see CustomerGauge's own errors under a field, and
# the same mapping through the sandbox's demo Incoming Webhook.
PRACTICE_PROFILES = ("demo.json", "demo-out-of-date.json", "demo-webhook.json")


def load_practice_profiles() -> list[Profile]:
    """The shipped practice profiles, the demo first."""
    folder = _shipped_profiles()
    return [
        parse_profile(json.loads((folder / name).read_text(encoding="utf-8")), name)
        for name in PRACTICE_PROFILES
    ]
