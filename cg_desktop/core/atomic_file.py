"""Writing a file so that a crash leaves the old one or the new one, never half of each."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# mkstemp makes files readable by this user only; files that hold no secret get this.
SHAREABLE = 0o644


def write_atomically(path: Path, payload: bytes, *, mode: int | None = SHAREABLE) -> None:
    """Write `payload` to `path` through a temp file, fsync'd before it replaces the old file.

    `mode` None keeps mkstemp's owner-only permissions (for personal data). Raises OSError.
    """
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())  # on disk before it replaces the old file
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
