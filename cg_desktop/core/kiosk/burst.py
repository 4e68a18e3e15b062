"""Telling a badge scanner's burst of keys from a person typing, by the time between keys.

A keyboard-wedge scanner types its whole payload in a few milliseconds per key, then
presses Enter; a person, even a fast one, needs 60-200 ms per key and only rolls the
odd digraph or short word ("the") at 30-50 ms. So a *run* (the keys since the last
pause longer than `max_gap_ms`) is a scan when it is long enough and its median gap is
scanner-fast. The window feeds every printable key and every Enter here, with times
from a monotonic clock (e.g. `QKeyEvent.timestamp()`); nothing here reads a clock.
"""

from __future__ import annotations

import re
from statistics import median

# A pause a little longer than max_gap_ms right after scanner-fast keys is a hiccup of
# the scanner (USB or Bluetooth), not a person: the keys after it are a scan's tail.
_HICCUP_FACTOR = 4.0
_SCANNER_LIKE_KEYS = 3
# One line of a vCard: a property name, its parameters, a colon ("EMAIL;TYPE=work:").
_VCARD_LINE = re.compile(r"[A-Z][A-Z0-9-]*(?:;[^:\n]*)?:")


def _payload(text: str, *, whole: bool = False) -> bool:
    """Whether a run begins as a badge's structured payload (vCard, MECARD, JSON): no person
    types that, so a scanner's pause inside one is held, not taken for a person's keys."""
    stripped = text.lstrip("\ufeff \t\n")
    head = stripped[:11].upper()
    if head.startswith(("BEGIN:VCARD", "MECARD:")) or stripped.startswith("{"):
        return True
    # Or on its way there ("BEGIN:" when the scanner paused): the run is scanner-fast.
    return (
        not whole and bool(head) and ("BEGIN:VCARD".startswith(head) or "MECARD:".startswith(head))
    )


def _unfinished(text: str) -> bool:
    """Whether a payload visibly goes on: a vCard before END:VCARD, or an open JSON object."""
    stripped = text.lstrip("\ufeff \t\n")
    if stripped[:11].upper() == "BEGIN:VCARD":
        return not any(line.strip().upper() == "END:VCARD" for line in text.split("\n"))
    if stripped.startswith("{"):
        depth, in_string, escaped = 0, False, False
        for char in stripped:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = in_string
            elif char == '"':
                in_string = not in_string
            elif not in_string and char in "{}":
                depth += 1 if char == "{" else -1
        return depth > 0
    return False


class BurstDetector:
    """Collects keys and says, at Enter, whether they were a scanner's burst (and its text).

    Call `key(char, at_ms)` for each printable key and `end(at_ms)` for each Enter. A
    run is a scan when it has at least `min_chars` keys, every gap between its keys is at
    most `max_gap_ms` (a longer gap starts a new run: the keys before it were a
    person's), the median gap (the Enters inside it and the final Enter included) is at
    most `max_median_ms`, and the Enter comes within `max_gap_ms` of the last key.

    Multi-line scans: a vCard arrives as line, Enter, line, Enter... Every Enter goes to
    `end`. When the run is a scan so far but its text visibly goes on (it began with
    BEGIN:VCARD and END:VCARD hasn't come yet, or a JSON object's braces are still open),
    the Enter becomes a "\\n" inside the run, `end` returns None and `collecting` is True:
    the window swallows that Enter and keeps feeding keys. The Enter that finishes the
    payload returns the whole text, lines joined by "\\n". A scanner that stops short
    (a vCard with no END:VCARD) leaves its text for `flush`, which the window calls from
    a quiet timer (`max_gap_ms` after the last key or Enter); otherwise the next key
    after the pause drops it. Other payloads end at their first Enter.

    A run that starts after only a short pause (under 4 x `max_gap_ms`) that broke off a
    scanner-fast run is the tail of a scan the scanner hiccupped in: it is never a scan,
    so a cut-off payload ("e@example.com") can't fill the form as if it were whole.

    Inside a structured payload (a run that began BEGIN:VCARD, MECARD: or {, scanner-fast
    so far), a pause of up to `hiccup_ms` is the scanner's (Bluetooth ones pause mid-card):
    the run goes on, and the pause is left out of the pace. Nobody types "BEGIN:VCARD".
    A longer pause *spoils* the payload: what follows within `hiccup_ms` of each other is
    its remains, never a scan (a card's lines would each look like one), until a quiet
    longer than `hiccup_ms`. `spoilt` says so, for the window to put the form back.

    A payload that `flush` handed over unfinished may go on after the quiet (a scanner that
    stalled for seconds): a next run at a scanner's pace that reads as the payload's next
    line (a vCard property, END:VCARD; any line of an open JSON object) is joined to it,
    and `end` hands over the whole again (or keeps collecting). Anything else ends that.
    """

    def __init__(
        self,
        *,
        min_chars: int = 8,
        max_gap_ms: float = 35.0,
        max_median_ms: float = 20.0,
        hiccup_ms: float = 1000.0,
        stall_ms: float = 10_000.0,
    ) -> None:
        self.min_chars, self.max_gap_ms, self.max_median_ms = min_chars, max_gap_ms, max_median_ms
        self.hiccup_ms = hiccup_ms
        self.stall_ms = stall_ms
        self._spoilt = False
        self._spoilt_last = 0.0
        self._chars: list[str] = []
        self._gaps: list[float] = []
        self._keys = 0
        self._held_pauses = 0
        self._last: float | None = None
        self._collecting = False
        self._tail = False
        self._resume: str | None = None  # a payload flush handed over unfinished
        self._cut_mid_line = False  # ... in the middle of a line
        self._resume_pace: tuple[list[float], int] = ([], 0)  # its gaps and held pauses
        self._resume_from = 0.0  # its last key: the rest must come within stall_ms of it

    @property
    def collecting(self) -> bool:
        """True after an Enter that `end` kept inside a multi-line scan (swallow that Enter)."""
        return self._collecting

    @property
    def spoilt(self) -> bool:
        """True while the remains of a payload broken by a long pause are coming in."""
        return self._spoilt

    @property
    def text(self) -> str:
        """The current run's text (so the window can take back what a scanner typed)."""
        return "".join(self._chars)

    def reset(self) -> None:
        """Forget everything: the next key starts a new run."""
        self._new_run()
        self._spoilt = False
        self._resume = None

    def _new_run(self) -> None:
        """Forget the run (a spoilt payload's remains are still told apart)."""
        self._chars, self._gaps, self._keys, self._held_pauses = [], [], 0, 0
        self._last, self._collecting, self._tail = None, False, False

    def _still_spoilt(self, at_ms: float) -> None:
        """A key or Enter at `at_ms`: the remains go on, or a quiet ended them."""
        if self._spoilt:
            gap = at_ms - self._spoilt_last
            self._spoilt = 0 <= gap <= self.hiccup_ms
            self._spoilt_last = at_ms

    def _whole(self) -> str:
        """The payload so far: the run, after what flush handed over if it goes on from it."""
        return self.text if self._resume is None else f"{self._resume}\n{self.text}"

    def _scanner_fast(self) -> bool:
        """Whether the run so far has the pace of a scanner (its length aside)."""
        return bool(self._gaps) and median(self._gaps) <= self.max_median_ms

    def _held(self, gap: float) -> bool:
        """Whether a pause longer than max_gap_ms is a scanner's inside a payload.

        A scanner pauses now and then; a person "pauses" at every key. So only a few are
        held: one, and one more for every 20 keys (a person who rolled the first keys of
        "BEGIN" as fast as a scanner is let go at the second slow key).
        """
        if not (
            self.max_gap_ms < gap
            and self._held_pauses < 1 + self._keys // 20
            and self._keys >= _SCANNER_LIKE_KEYS
            and self._scanner_fast()
            and _payload(self._whole())
        ):
            return False
        # At a line's end inside a card, however long: the window's quiet timer (flush)
        # decides when a stalled card is read as it is.
        return gap <= self.hiccup_ms or (self._collecting and self.text.endswith("\n"))

    def key(self, char: str, at_ms: float) -> bool:
        """A printable key (its text, as typed) at `at_ms` milliseconds, monotonic.

        True when it starts a new run (the keys before it, if any, were not this run's).
        """
        if not char:
            return False  # a modifier or dead key: no character, no gap
        self._still_spoilt(at_ms)
        started = self._last is None
        if self._last is not None:
            gap = at_ms - self._last
            if self._held(gap):
                self._held_pauses += 1  # the scanner's: the run goes on; no pace from it
            elif gap < 0 or gap > self.max_gap_ms:
                # Broken only once the whole header is in and the run is a scan's length
                # (a person's quickly rolled " Me" is no broken MECARD).
                broken = (
                    gap > self.hiccup_ms
                    and self._keys >= self.min_chars
                    and self._scanner_fast()
                    and _payload(self._whole(), whole=True)
                )
                # A clock going back can't be trusted to time a burst: start over too.
                hiccup = (
                    0 <= gap < self.max_gap_ms * _HICCUP_FACTOR
                    and self._keys >= _SCANNER_LIKE_KEYS
                    and self._scanner_fast()
                )
                tail = self._tail or hiccup
                self._resume = None  # a pause inside the run: no line of a stalled payload
                self._new_run()
                self._tail = tail
                if broken:
                    self._spoilt, self._spoilt_last = True, at_ms
                started = True
            else:
                self._gaps.append(gap)
        self._chars.append(char)
        self._keys += 1
        self._last = at_ms
        return started

    def _is_scan(self, at_ms: float) -> bool:
        """Whether the run, ended by Enter at `at_ms`, is a scanner's."""
        if self._last is None or self._tail or self._spoilt or self._keys < self.min_chars:
            return False
        if self._held(at_ms - self._last):  # (end() counts it, if the run goes on)
            return median(self._gaps) <= self.max_median_ms
        return self._enter_at_pace(at_ms)

    def _enter_at_pace(self, at_ms: float) -> bool:
        """Whether the run (no tail, not spoilt) ends with an Enter at `at_ms` at a scanner's
        pace: within max_gap_ms of its last key, its median gap scanner-fast."""
        if self._last is None or self._tail or self._spoilt:
            return False
        enter_gap = at_ms - self._last
        return (
            0 <= enter_gap <= self.max_gap_ms
            and median([*self._gaps, enter_gap]) <= self.max_median_ms
        )

    def _stalled(self, at_ms: float, within: float) -> bool:
        """Whether a payload stalled no longer than `within` ms before `at_ms` (a later one
        is over: the next visitor's badge must never join the last one's)."""
        return self._resume is not None and 0 <= at_ms - self._resume_from <= within

    def _rest_of_line(self, at_ms: float) -> bool:
        """Whether the run, ended by Enter at `at_ms`, is the rest of a line cut by a stall
        (nothing but the Enter, or keys at a scanner's pace)."""
        return not self._chars or self._enter_at_pace(at_ms)

    def _goes_on(self, at_ms: float) -> bool:
        """Whether the run, ended by Enter at `at_ms`, is the next line of a stalled payload."""
        if not self._stalled(at_ms, self.stall_ms) or self._keys < _SCANNER_LIKE_KEYS:
            return False
        if not self._enter_at_pace(at_ms):
            return False
        if _payload(self.text, whole=True):
            return False  # a new badge (BEGIN:VCARD…): its own, never the stalled one's
        resumed = self._resume or ""
        return resumed.startswith("{") or bool(_VCARD_LINE.match(self.text))

    def end(self, at_ms: float) -> str | None:
        """Enter at `at_ms`: the scan's whole text when it is complete, else None.

        None with `collecting` True means the Enter belongs inside a multi-line scan.
        """
        self._still_spoilt(at_ms)
        stalled_line = self._cut_mid_line and self._stalled(at_ms, self.stall_ms / 2)
        if self._resume is not None and stalled_line and self._rest_of_line(at_ms):
            # The stalled line goes on where it stopped (the rest of its keys, or only its
            # Enter), soon after its quiet: the card goes on being collected, with the pace
            # it had (its next line may come after a usual pause). (A person's Enter this
            # soon after a broken card was read waits for the rest.)
            whole = self._resume + self.text
            gaps, held = self._resume_pace
            self._resume = None
            if not _unfinished(whole):
                self._new_run()
                return whole
            self._chars, self._keys = list(f"{whole}\n"), len(whole) + 1
            self._gaps, self._held_pauses = [*gaps, *self._gaps], held
            self._last, self._collecting = at_ms, True
            return None
        if self._goes_on(at_ms):
            assert self._last is not None  # _goes_on checked it
            whole = self._whole()
            self._gaps.append(at_ms - self._last)
            self._keys += len(whole) - len(self._chars)
            self._chars, self._resume = list(whole), None
            if _unfinished(whole):
                self._chars.append("\n")
                self._last, self._collecting = at_ms, True
                return None
            self._new_run()
            return whole
        self._resume = None  # a person's Enter, or a run that is no line of it
        if self._is_scan(at_ms) and _unfinished(self.text):
            assert self._last is not None  # _is_scan checked it
            if at_ms - self._last <= self.max_gap_ms:
                self._gaps.append(at_ms - self._last)
            else:
                self._held_pauses += 1  # a held pause before this Enter: no pace from it
            self._chars.append("\n")
            self._last, self._collecting = at_ms, True
            return None
        text = self.text if self._is_scan(at_ms) else None
        self._new_run()
        return text

    def flush(self, at_ms: float) -> str | None:
        """The quiet timer fired: a multi-line scan cut short, if one was being collected.

        Returns None (and keeps collecting) while the burst isn't over yet, i.e. less than
        `hiccup_ms` after the last key or Enter (the scanner may only be pausing).
        """
        if not self._collecting or self._last is None:
            return None
        if 0 <= at_ms - self._last <= self.hiccup_ms:
            return None
        text = self.text.rstrip("\n")
        cut_mid_line = not self.text.endswith("\n")
        pace, last = (list(self._gaps), self._held_pauses), self._last
        self.reset()
        if _unfinished(text):  # the scanner may only have stalled: its next lines join it
            self._resume, self._resume_pace, self._resume_from = text, pace, last
            self._cut_mid_line = cut_mid_line  # (then its next Enter is the scanner's too)
        return text
