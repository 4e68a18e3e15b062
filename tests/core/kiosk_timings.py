"""Key timings of badge scanners and of people, for the burst detector's tests.

Each recording is a tuple of (key, at_ms) events; the key "\\n" is Enter. They are
synthesised from seeded random numbers (every run sees the very same timings), not
captured from devices, in the shapes issue 13 gives for scanners and typists:

- scanners type 2-12 ms per key with jitter; USB HID reports can bunch two keys into
  the same millisecond; Bluetooth ones jitter more. Enter follows the last key as fast.
- people: 60-200 ms per key for fast typists (slower ones up to twice their mean),
  rolled digraphs ("th", "er", "in") down to ~30 ms, a practised word like "the" at
  35-50 ms per key, slower on shifted keys and after a space; a 120 wpm typist
  (600 characters a minute, 100 ms a key on average).
"""

from __future__ import annotations

import random

Recording = tuple[tuple[str, float], ...]

VCARD_LINES = (
    "BEGIN:VCARD",
    "VERSION:3.0",
    "N:Doe;John;;;",
    "FN:John Doe",
    "ORG:ACME",
    "EMAIL;TYPE=work:john.doe@example.com",
    "TEL:+1 555 010 2030",
    "END:VCARD",
)
VCARD = "\n".join(VCARD_LINES)
MECARD = "MECARD:N:Doe,John;EMAIL:john.doe@example.com;TEL:+15550102030;;"
EMAIL = "john.doe@example.com"
PAIRS = "first=John&last=Doe&email=john.doe%40example.com&badge=A-1042"

_ROLLED = {"th", "he", "in", "er", "an", "re", "on", "at", "en", "nd", "es", "or", "om", "co"}


def scanner(
    text: str, seed: int, low: float = 2.0, high: float = 12.0, start: float = 10_000.0
) -> Recording:
    """A scanner typing `text` ("\\n" as Enter) and a final Enter, `low`-`high` ms a key."""
    rng = random.Random(seed)
    at = start
    events: list[tuple[str, float]] = []
    for char in text + "\n":
        events.append((char, round(at, 3)))
        gap = rng.uniform(low, high)
        if rng.random() < 0.1:
            gap = rng.uniform(0.0, 1.0)  # two keys in one USB report
        at += gap
    return tuple(events)


def person(text: str, seed: int, wpm: float, start: float = 10_000.0) -> Recording:
    """A person typing `text` ("\\n" as Enter) at about `wpm` words a minute, then Enter."""
    rng = random.Random(seed)
    mean = 60_000.0 / (wpm * 5)  # a "word" is five keys
    at = start
    events: list[tuple[str, float]] = []
    previous = ""
    keys = text + "\n"
    for index, char in enumerate(keys):
        events.append((char, round(at, 3)))
        following = keys[index + 1] if index + 1 < len(keys) else ""
        pair = (char + following).lower()
        if keys[index : index + 3].lower() == "the" or (previous + char).lower() == "th":
            gap = rng.uniform(35.0, 50.0)  # a practised word, rolled
        elif pair in _ROLLED and rng.random() < 0.6:
            gap = rng.uniform(30.0, 45.0)  # rolled digraph: second key down before the first up
        else:
            gap = max(60.0, min(2 * mean, rng.lognormvariate(0, 0.35) * mean))
            if following.isupper() or following in '@:;_%+(){}"':
                gap += rng.uniform(20.0, 60.0)  # reaching for Shift
            if char in " \n":
                gap += rng.uniform(10.0, 80.0)  # the next word is planned after a space
        previous = char
        at += gap
    return tuple(events)


def steady(text: str, gap: float, enter_gap: float | None = None) -> Recording:
    """`text` at exactly `gap` ms a key, Enter `enter_gap` (default `gap`) after the last."""
    events = [(char, 1000.0 + i * gap) for i, char in enumerate(text)]
    last = events[-1][1]
    return (*events, ("\n", last + (gap if enter_gap is None else enter_gap)))


def then(first: Recording, pause: float, second: Recording) -> Recording:
    """`second` starting `pause` ms after the end of `first`."""
    shift = first[-1][1] + pause - second[0][1]
    return first + tuple((key, at + shift) for key, at in second)


# name -> (recording, the scans it holds, in order)
SCANNERS: dict[str, tuple[Recording, list[str]]] = {
    "USB scanner, email, 2-4 ms": (scanner(EMAIL, 1, 2.0, 4.0), [EMAIL]),
    "USB scanner, MECARD, 2-12 ms": (scanner(MECARD, 2), [MECARD]),
    "USB scanner, key=value pairs": (scanner(PAIRS, 3), [PAIRS]),
    "USB scanner, vCard on 8 lines": (scanner(VCARD, 4), [VCARD]),
    "Bluetooth scanner, vCard, 4-12 ms": (scanner(VCARD, 5, 4.0, 12.0), [VCARD]),
    "slow scanner, 10-12 ms, email": (scanner(EMAIL, 6, 10.0, 12.0), [EMAIL]),
    "scanner, 8 digit badge number": (scanner("10428817", 7), ["10428817"]),
    "two scans in a row": (then(scanner(EMAIL, 8), 900.0, scanner(MECARD, 9)), [EMAIL, MECARD]),
    "a person types, pauses, then scans": (
        then(person("Jo", 10, 90)[:-1], 1500.0, scanner(EMAIL, 11)),
        [EMAIL],
    ),
}

HUMANS: dict[str, Recording] = {
    "120 wpm typist, an email": person(EMAIL, 20, 120),
    "120 wpm typist, another email": person("the.other@thename.com", 21, 120),
    "140 wpm typist, a sentence with 'the'": person("then the other one in there", 22, 140),
    "fast typist, the very same vCard": person(VCARD, 23, 130),
    "fast typist, the very same MECARD": person(MECARD, 24, 130),
    "fast typist, digits": person("0612345678", 25, 150),
    "typist, 'the' at 35-50 ms, then Enter": person("the", 26, 150),
    "40 wpm typist, a company name": person("Acme Widgets Ltd", 27, 40),
}
