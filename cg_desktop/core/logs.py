"""The log: records held in memory while the window opens, then a rotating file.

`logging.handlers` costs ~11 ms to import (sockets, pickle, queues), which the first
paint need not wait for; records logged before the file is open are written to it then.
Our log lines never carry secrets (see core.api.tokens, core.api.http).
"""

from __future__ import annotations

import logging
from io import TextIOWrapper
from pathlib import Path

from cg_desktop.core.private_files import create_private, private_dir

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class EarlyRecords(logging.Handler):
    """Keeps log records until the log file is open."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the record for the file."""
        self.records.append(record)


def start_logging() -> EarlyRecords:
    """Log at INFO from now on, held in memory until `open_log_file`."""
    held = EarlyRecords()
    root = logging.getLogger()
    root.addHandler(held)
    root.setLevel(logging.INFO)
    # urllib3 at DEBUG would log URLs with query strings (webhook fields): keep it quiet.
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    return held


def open_log_file(log_dir: Path, held: EarlyRecords) -> None:
    """Log to a rotating file in `log_dir` (stderr if it can't be made); write what was held."""
    root = logging.getLogger()
    if held not in root.handlers:
        return  # opened already
    from logging.handlers import RotatingFileHandler

    class PrivateLog(RotatingFileHandler):
        """A rotating log whose files (the new one after each rollover too) are private."""

        def _open(self) -> TextIOWrapper:
            create_private(Path(self.baseFilename))
            return super()._open()

    try:
        handler: logging.Handler = PrivateLog(
            private_dir(log_dir) / "cg-desktop.log",
            maxBytes=1_000_000,
            backupCount=3,
            encoding="utf-8",
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    root.removeHandler(held)
    for record in held.records:
        handler.handle(record)
    held.records.clear()
