"""The burst detector on recorded timings: scanners are scans, people never are."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from kiosk_timings import (
    EMAIL,
    HUMANS,
    MECARD,
    SCANNERS,
    VCARD,
    Recording,
    person,
    scanner,
    steady,
    then,
)

from cg_desktop.core.kiosk.burst import BurstDetector
from cg_desktop.core.kiosk.scan import parse_scan


def replay(recording: Recording, detector: BurstDetector | None = None) -> list[str]:
    """The scans `end` (and a final quiet `flush`) return while replaying a recording."""
    detector = detector or BurstDetector()
    found: list[str] = []
    for key, at in recording:
        if key == "\n":
            text = detector.end(at)
            if text is not None:
                found.append(text)
        else:
            detector.key(key, at)
    late = detector.flush(recording[-1][1] + 1000.0)
    return found + ([late] if late is not None else [])


@pytest.mark.parametrize("name", list(SCANNERS))
def test_every_scanner_recording_is_a_scan(name: str) -> None:
    recording, scans = SCANNERS[name]
    assert replay(recording) == scans


@pytest.mark.parametrize("name", list(HUMANS))
def test_no_person_is_a_scan(name: str) -> None:
    assert replay(HUMANS[name]) == []


def test_the_recordings_are_what_they_say() -> None:
    """Guards the data: scanners stay within 0-12 ms, people within 30-700 ms."""
    for recording, _ in SCANNERS.values():
        gaps = [b - a for (_, a), (_, b) in itertools.pairwise(recording)]
        assert all(0 <= g <= 12 or g >= 60 for g in gaps)  # 60: the person's keys
    for recording in HUMANS.values():
        gaps = [b - a for (_, a), (_, b) in itertools.pairwise(recording)]
        assert min(gaps) >= 30 and max(gaps) <= 700


def test_a_multi_line_vcard_is_collected_until_end_vcard() -> None:
    detector = BurstDetector()
    events = scanner(VCARD, 40)
    enters = [at for key, at in events if key == "\n"]
    results = []
    for key, at in events:
        if key == "\n":
            results.append(detector.end(at))
            # Every Enter but the last is kept inside the scan: the window swallows it.
            assert detector.collecting == (at != enters[-1])
        else:
            detector.key(key, at)
    assert results == [None] * (len(enters) - 1) + [VCARD]
    assert parse_scan(VCARD) is not None


def test_a_vcard_cut_short_is_handed_over_by_flush_when_quiet() -> None:
    cut = "\n".join(VCARD.split("\n")[:5])
    detector = BurstDetector()
    events = scanner(cut, 41)
    for key, at in events:
        if key == "\n":
            assert detector.end(at) is None
        else:
            detector.key(key, at)
    last = events[-1][1]
    # Not quiet yet: a scanner may pause that long mid-card.
    assert detector.flush(last + detector.hiccup_ms) is None and detector.collecting
    assert detector.flush(last + detector.hiccup_ms + 1) == cut
    assert not detector.collecting and detector.text == ""


def feed(detector: BurstDetector, recording: Recording) -> list[str | None]:
    """What each Enter of a recording gave (keys fed as they come)."""
    results: list[str | None] = []
    for key, at in recording:
        if key == "\n":
            results.append(detector.end(at))
        else:
            detector.key(key, at)
    return results


def test_a_card_whose_scanner_stalled_for_seconds_is_read_whole_when_the_rest_comes() -> None:
    lines = VCARD.split("\n")
    detector = BurstDetector()
    first = scanner("\n".join(lines[:4]), 42)
    assert feed(detector, first) == [None] * 4
    assert detector.flush(first[-1][1] + 5_000) == "\n".join(lines[:4])  # read as it is
    rest = scanner("\n".join(lines[4:]), 43, start=first[-1][1] + 6_000)
    # The rest's lines join the first half's: every Enter but the last stays inside.
    assert feed(detector, rest) == [None] * 3 + [VCARD]
    assert not detector.collecting


def test_after_a_stalled_card_a_persons_line_or_another_badge_is_its_own() -> None:
    lines = VCARD.split("\n")
    detector = BurstDetector()
    first = scanner("\n".join(lines[:4]), 44)
    feed(detector, first)
    assert detector.flush(first[-1][1] + 5_000) is not None
    # A person typing what looks like a card's line is no part of it, and ends the wait.
    assert feed(detector, person("ORG:Initech", 45, 90, start=first[-1][1] + 6_000)) == [None]
    assert feed(detector, scanner("EMAIL:ann@example.com", 46, start=40_000.0)) == [
        "EMAIL:ann@example.com"
    ]
    # A bare-email badge right after a stalled card is read on its own.
    detector.reset()
    feed(detector, first)
    detector.flush(first[-1][1] + 5_000)
    assert feed(detector, scanner(EMAIL, 47, start=60_000.0)) == [EMAIL]


def test_flush_without_a_multi_line_scan_is_nothing() -> None:
    detector = BurstDetector()
    for key, at in steady("abcdefghij", 5.0)[:-1]:
        detector.key(key, at)
    assert detector.flush(5000.0) is None


@pytest.mark.parametrize(
    ("recording", "scan"),
    [
        (steady("12345678", 20.0), "12345678"),  # median exactly at the limit
        (steady("12345678", 20.5), None),  # median just over
        (steady("1234567", 5.0), None),  # one key short of min_chars
        (steady("12345678", 5.0, enter_gap=35.0), "12345678"),  # Enter at the gap limit
        (steady("12345678", 5.0, enter_gap=35.5), None),  # Enter too late: a person's Enter
    ],
)
def test_borderline(recording: Recording, scan: str | None) -> None:
    assert replay(recording) == ([scan] if scan else [])


def test_a_gap_of_max_gap_ms_keeps_the_run_and_a_longer_one_breaks_it() -> None:
    keys = "abcdefghij"
    at_limit = [(c, 100.0 + 5 * i + (30.0 if i >= 5 else 0.0)) for i, c in enumerate(keys)]
    recording: Recording = (*at_limit, ("\n", at_limit[-1][1] + 5))
    assert replay(recording) == [keys]  # the 35 ms gap is allowed
    broken = [(c, at + (0.5 if i >= 5 else 0.0)) for i, (c, at) in enumerate(at_limit)]
    # 35.5 ms right after scanner-fast keys is a hiccup: the tail is never a scan.
    assert replay((*broken, ("\n", broken[-1][1] + 5))) == []


def test_a_scanner_hiccup_never_passes_off_a_tail_as_a_whole_scan() -> None:
    head = scanner("john.d", 50)[:-1]
    tail = scanner("oe@example.com", 51)
    assert replay(then(head, 60.0, tail)) == []
    # After a real pause, the same keys are a scan of their own.
    assert replay(then(head, 2000.0, tail)) == ["oe@example.com"]


def test_person_then_scanner_without_a_pause_keeps_only_the_scan() -> None:
    typed = steady("Jo", 150.0)[:-1]
    assert replay(then(typed, 150.0, scanner(EMAIL, 52))) == [EMAIL]


def test_a_clock_going_back_starts_a_new_run() -> None:
    detector = BurstDetector()
    for i, c in enumerate("abcdefgh"):
        detector.key(c, 1000.0 + 3 * i)
    detector.key("i", 10.0)
    assert detector.text == "i"


def test_reset_and_empty_keys() -> None:
    detector = BurstDetector(min_chars=2)
    detector.key("", 0.0)  # a modifier: ignored
    detector.key("a", 1.0)
    detector.key("b", 2.0)
    detector.reset()
    assert detector.text == "" and detector.end(3.0) is None


@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "\n", "{", "}", '"', "B"]), st.floats(-50, 200)),
        max_size=60,
    )
)
def test_any_sequence_of_events_is_safe(events: list[tuple[str, float]]) -> None:
    detector = BurstDetector()
    at = 0.0
    for key, step in events:
        at += step
        if key == "\n":
            result = detector.end(at)
            assert result is None or isinstance(result, str)
        else:
            assert isinstance(detector.key(key, at), bool)
    detector.flush(at + 1000.0)


def paused(recording: Recording, after: int, pause_ms: float) -> Recording:
    """The same events with the scanner pausing `pause_ms` after event number `after`."""
    return tuple(
        (key, at + (pause_ms if index > after else 0.0))
        for index, (key, at) in enumerate(recording)
    )


@pytest.mark.parametrize(
    ("where", "pause_ms"),
    [(5, 120.0), (5, 285.0), (len("BEGIN:VCARD"), 250.0), (60, 800.0), (100, 980.0)],
)
def test_a_scanner_pausing_inside_a_vcard_is_still_one_scan(where: int, pause_ms: float) -> None:
    """Bluetooth scanners pause mid-card (a line, or between lines): the card stays whole."""
    assert replay(paused(scanner(VCARD, 60), where, pause_ms)) == [VCARD]


def test_a_mecard_with_a_pause_is_still_one_scan() -> None:
    assert replay(paused(scanner(MECARD, 61), 30, 200.0)) == [MECARD]


@pytest.mark.parametrize("where", [12, 30, 60, 100])  # once the header is in
def test_a_pause_longer_than_a_hiccup_spoils_a_vcard_and_nothing_of_it_is_a_scan(
    where: int,
) -> None:
    """Each line of a card's remains would look like a scan of its own: none may count."""
    detector = BurstDetector()
    events = paused(scanner(VCARD, 62), where, detector.hiccup_ms + 50)
    found = []
    for key, at in events:
        if key == "\n":
            text = detector.end(at)
            if text is not None:
                found.append(text)
        else:
            detector.key(key, at)
        if at > events[where][1] + detector.hiccup_ms:
            assert detector.spoilt  # the window knows to put the form back
    assert found == []
    assert detector.flush(events[-1][1] + 5000.0) is None
    # After a quiet, the next badge is read as usual.
    again = scanner(EMAIL, 64, start=events[-1][1] + detector.hiccup_ms + 100)
    for key, at in again:
        text = detector.end(at) if key == "\n" else None
        if key != "\n":
            detector.key(key, at)
    assert text == EMAIL and not detector.spoilt


def test_a_person_typing_begin_vcard_by_hand_is_not_a_scan() -> None:
    assert replay(person(VCARD, 63, wpm=120)) == []
    # Even with the first keys rolled as fast as a scanner, a person's pace breaks the run.
    rolled = (("B", 0.0), ("E", 8.0), ("G", 16.0), ("I", 24.0))
    assert replay(then(rolled, 150.0, person(VCARD[4:], 64, wpm=120))) == []


def test_key_says_when_a_new_run_starts() -> None:
    detector = BurstDetector()
    assert detector.key("a", 0.0) is True
    assert detector.key("b", 10.0) is False
    assert detector.key("c", 500.0) is True  # after a person's pause
    assert detector.key("", 510.0) is False  # a modifier: nothing starts


def test_a_card_stalled_before_a_lines_enter_keeps_collecting_at_that_enter() -> None:
    lines = VCARD.split("\n")
    detector = BurstDetector()
    first = scanner("\n".join(lines[:5]), 48)[:-1]  # ORG:ACME typed, its Enter not yet
    assert feed(detector, first) == [None] * 4
    assert detector.flush(first[-1][1] + 5_000) == "\n".join(lines[:5])
    # The stalled line's Enter, 3 s on: the scanner's, never a person's Send.
    assert detector.end(first[-1][1] + 3_000) is None and detector.collecting
    # The rest after a pause longer than a key's (a scanner's hiccup, or another USB report).
    rest = scanner("\n".join(lines[5:]), 49, start=first[-1][1] + 3_080)
    assert feed(detector, rest) == [None] * 2 + [VCARD]


def test_a_new_card_after_a_stalled_one_is_read_on_its_own() -> None:
    lines = VCARD.split("\n")
    other = VCARD.replace("John Doe", "Ann Lee").replace("Doe;John", "Lee;Ann")
    detector = BurstDetector()
    first = scanner("\n".join(lines[:4]), 50)
    feed(detector, first)
    assert detector.flush(first[-1][1] + 5_000) is not None
    assert feed(detector, scanner(other, 51, start=first[-1][1] + 6_000))[-1] == other


def test_a_pause_at_a_lines_end_longer_than_a_hiccup_does_not_break_the_card() -> None:
    lines = VCARD.split("\n")
    first = scanner("\n".join(lines[:4]), 52)
    rest = scanner("\n".join(lines[4:]), 53, start=first[-1][1] + 1_100)
    assert feed(BurstDetector(), first + rest)[-1] == VCARD


def test_a_stalled_card_is_over_after_a_while_and_a_whole_card_waits_for_nothing() -> None:
    lines = VCARD.split("\n")
    detector = BurstDetector()
    first = scanner("\n".join(lines[:5]), 54)[:-1]  # cut in the middle of a line
    feed(detector, first)
    assert detector.flush(first[-1][1] + 5_000) is not None
    # An Enter long after (a person sending what was read) is no part of it...
    assert detector.end(first[-1][1] + 6_000) is None and not detector.collecting
    # ...and a card's line long after is another badge's, never joined to the old one.
    assert feed(detector, scanner("EMAIL:bob@example.org", 55, start=first[-1][1] + 20_000)) == [
        "EMAIL:bob@example.org"
    ]
    # A whole card whose scanner sends no Enter after END:VCARD: read at the quiet, and
    # the visitor's Enter then is theirs (it sends).
    whole = scanner(VCARD, 56)[:-1]
    feed(detector, whole)
    assert detector.flush(whole[-1][1] + 5_000) == VCARD
    assert detector.end(whole[-1][1] + 6_000) is None and not detector.collecting


def test_a_card_stalled_in_the_middle_of_a_line_is_read_whole_when_the_line_goes_on() -> None:
    lines = VCARD.split("\n")
    detector = BurstDetector()
    email = lines[5]
    first = scanner("\n".join([*lines[:5], email[:12]]), 57)[:-1]  # "EMAIL;TYPE=w" then stall
    feed(detector, first)
    assert detector.flush(first[-1][1] + 2_000) is not None  # read as it is, meanwhile
    rest = scanner("\n".join([email[12:], *lines[6:]]), 58, start=first[-1][1] + 3_000)
    assert feed(detector, rest)[-1] == VCARD
