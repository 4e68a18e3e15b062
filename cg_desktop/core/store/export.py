"""Exporting the history to a CSV file a spreadsheet opens safely, with or without personal data."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from cg_desktop.core.api.regions import region_label
from cg_desktop.core.store.retention import mask_contact, mask_in_text, personal_values
from cg_desktop.core.store.sends import Send, Store

COLUMNS = ("Time", "Profile", "Region", "Status", "Attempts", "Contact", "CG-ID", "Message")
# With personal data: then a column per record field (by its key), then the answer.
ANSWER_COLUMN = "Server answer"
# A cell starting with one of these is a formula to Excel and LibreOffice (CSV injection);
# tab and carriage return too, as OWASP lists, since some spreadsheets strip them first.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PAGE = 1000


def export_csv(store: Store, path: Path, *, personal: bool) -> int:
    """Write every send, newest first, to `path`; returns how many rows were written.

    UTF-8 with a byte-order mark so Excel reads the accents right. Without `personal`
    the contact is masked, personal values are masked in messages, and the record and
    the server's answer are left out. The file appears whole or not at all (temp file,
    then os.replace); an OSError (disk full, no permission) leaves no partial file.
    """
    path = Path(path)
    fields = _field_keys(store) if personal else []
    header = (*COLUMNS, *fields, ANSWER_COLUMN) if personal else COLUMNS
    # mkstemp makes the file readable by this user only, which suits personal data.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([_safe(cell) for cell in header])  # field keys come from files
            for send in _newest_first(store):
                writer.writerow([_safe(cell) for cell in _row(send, personal, fields)])
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def _newest_first(store: Store) -> Iterator[Send]:
    """Every send, newest first, a page at a time so a large history fits in memory."""
    before: int | None = None
    while page := store.page(before_id=before, limit=_PAGE):
        yield from page
        before = page[-1].id


def _field_keys(store: Store) -> list[str]:
    """Every record key in the history, in the order first met (newest send first)."""
    keys: dict[str, None] = {}
    for send in _newest_first(store):
        keys.update(dict.fromkeys(send.record))
    return list(keys)


def _row(send: Send, personal: bool, fields: list[str]) -> list[str]:
    """One send's cells, in the order of the header."""
    contact, message = send.contact, send.message
    # A purged send is already masked; masking its mask again would lose the phone's digits.
    if not personal and send.purged_at is None:
        contact = mask_contact(contact)
        message = mask_in_text(message, personal_values(send.record, send.contact))
    cells = [
        datetime.fromtimestamp(send.created_at).astimezone().isoformat(timespec="seconds"),
        send.profile,
        region_label(send.region),
        send.status_words,
        str(send.attempts),
        contact,
        send.cg_id or "",
        message,
    ]
    if personal:
        cells += [send.record.get(key, "") for key in fields]
        cells.append(send.server_answer)
    return cells


def _safe(cell: str) -> str:
    """The cell, with a leading apostrophe if a spreadsheet would take it for a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
