"""Personal-data retention: delivered sends lose their personal data after a set period.

What stays of a purged send is what the history needs to say "this went out": time,
profile, region, status, attempts, CG-ID, a masked contact and a message without
personal data. Sends that may still be resent (queued, sending, rejected, failed) are
never purged: their record is the only copy of what someone typed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping

from cg_desktop.core.store.sends import Store

DAY = 86_400.0
# The purge runs at start-up and then once a day; the UI's timer asks `purge_due`.
PURGE_EVERY = DAY
# Shorter values ("5", "No", "UK") are not worth masking and would garble messages.
_MIN_MASKED_LENGTH = 3
_PHONE_CHARACTERS = frozenset("0123456789+-(). /")

log = logging.getLogger(__name__)


def mask_contact(contact: str) -> str:
    """A contact a person can still recognise but not reuse.

    `john.doe@example.com` → `j***@example.com`; a phone keeps its last two digits
    (`*******89`); a name keeps its first letter (`J***`).
    """
    text = contact.strip()
    if not text:
        return ""
    if "@" in text:
        local, _, domain = text.rpartition("@")
        return f"{local[:1]}***@{domain}"
    digits = [c for c in text if c.isascii() and c.isdigit()]
    if digits and all(c in _PHONE_CHARACTERS for c in text):
        # Fixed length so the mask does not tell how long the number was; a "phone" of
        # a few digits would be given away whole by its last two.
        return "*******" + ("".join(digits[-2:]) if len(digits) > 4 else "")
    return text[0] + "***"


def mask_in_text(text: str, values: Iterable[str]) -> str:
    """`text` with every occurrence of these values (any case) replaced by its mask.

    Messages are ours and should hold no personal data, but a message can quote the
    server, and the server can quote the record: this makes sure of it.
    """
    folded, lowered = text.casefold(), text.lower()
    masks: dict[str, str] = {}
    for value in values:
        value = value.strip()
        # Most messages quote nothing: only values really there make a pattern, which
        # keeps the first purge of a large history quick (compiling one per send is not).
        there = value.casefold() in folded or value.lower() in lowered
        if len(value) >= _MIN_MASKED_LENGTH and there:
            masks.setdefault(value.casefold(), mask_contact(value))
    if not masks:
        return text
    # One pass, longest first, so a mask is never masked again ("j***@example.com" when
    # "example.com" is a value too) and a longer value wins over its own prefix.
    pattern = re.compile(
        "|".join(re.escape(v) for v in sorted(masks, key=len, reverse=True)), re.IGNORECASE
    )
    return pattern.sub(lambda m: masks.get(m.group(0).casefold(), "***"), text)


def personal_values(record: Mapping[str, str], contact: str) -> list[str]:
    """Every value of a send that may identify someone: the record's values and the contact."""
    return [*record.values(), contact]


def purge_personal_data(store: Store, days: int, now: float) -> int:
    """Remove the personal data of delivered and duplicate sends settled over `days` ago.

    Their record becomes `{}`, the server's answer is emptied (it can echo an address),
    the contact is masked and `purged_at` is set. The store zeroes what it overwrites
    (secure_delete) and the WAL is checkpointed and truncated after, so the old bytes
    are gone from the files. Returns how many sends were purged.
    """
    if days < 1:
        raise ValueError(f"retention must be at least one day, not {days}")
    cutoff = now - days * DAY
    purged = 0
    # In batches: the first purge of a busy desk's database can cover many thousands.
    # A purged send is not purgeable any more, so each batch finds the next ones.
    while batch := store.purgeable(cutoff):
        masked = {
            send.id: (
                mask_contact(send.contact),
                mask_in_text(send.message, personal_values(send.record, send.contact)),
            )
            for send in batch
        }
        changed = store.remove_personal_data(masked, now)
        if not changed:  # changed meanwhile by the other connection: never loop on them
            break
        purged += changed
    # Nothing purged, nothing written: a purge with nothing due leaves the files alone.
    if purged:
        log.info("removed the personal data of %d sends older than %d days", purged, days)
        if not store.checkpoint():
            log.warning("the purged sends' old bytes stay in the WAL until the next checkpoint")
    return purged


def purge_due(last_run: float | None, now: float, *, every: float = PURGE_EVERY) -> bool:
    """Whether a purge should run now, given when the last one ran (None: not yet).

    Remembers nothing: the caller keeps `last_run`. A clock set back counts as due, so
    a clock that jumped backwards never holds the purge off until it catches up.
    """
    return last_run is None or now < last_run or now - last_run >= every
