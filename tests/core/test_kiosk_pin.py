"""The staff PIN: hashed with scrypt, checked in constant time, locked after five wrong tries."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cg_desktop.core.kiosk.pin import (
    PinHash,
    PinLock,
    PinOutcome,
    PinVerdict,
    hash_pin,
    pin_problem,
)

CHEAP = {"n": 2**4, "r": 1, "p": 1}  # fast in tests; the default cost is tested once
PIN = "739164028517"  # 12 digits: can't turn up in 64 hex digits by chance


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_default_cost_hashes_and_checks() -> None:
    stored = hash_pin("4821")
    assert (stored.n, stored.r, stored.p) == (2**14, 8, 1) and len(stored.salt) == 32
    assert PinLock(stored).check("4821").ok


def test_same_pin_different_salt() -> None:
    assert hash_pin("4821", **CHEAP).hash != hash_pin("4821", **CHEAP).hash


def test_the_pin_never_shows() -> None:
    stored = hash_pin(PIN, **CHEAP)
    lock = PinLock(stored, clock=Clock())
    verdict = lock.check(PIN)
    shown = [repr(stored), str(stored.to_dict()), repr(lock), repr(verdict), str(stored)]
    assert verdict.ok and not any(PIN in text for text in shown)


def test_to_dict_round_trip_and_malformed() -> None:
    stored = hash_pin("4821", **CHEAP)
    assert PinHash.from_dict(stored.to_dict()) == stored
    good = stored.to_dict()
    for broken in [
        None,
        [],
        "x",
        {},
        {**good, "salt": "zz"},
        {**good, "salt": "ab"},  # too short a salt
        {**good, "hash": good["hash"][:-2]},
        {**good, "hash": 5},
        {**good, "n": 3},  # not a power of two
        {**good, "n": True},
        {**good, "n": 2**30},  # would take gigabytes
        {**good, "r": 0},
        {**good, "p": 1000},
        {**good, "p": 1.0},
    ]:
        assert PinHash.from_dict(broken) is None, broken


@given(
    st.dictionaries(
        st.sampled_from(["salt", "hash", "n", "r", "p"]), st.none() | st.integers() | st.text()
    )
)
def test_from_dict_never_raises(data: dict[str, object]) -> None:
    assert PinHash.from_dict(data) is None or isinstance(PinHash.from_dict(data), PinHash)


@pytest.mark.parametrize(
    ("pin", "word"),
    [
        ("123", "4 to 12"),
        ("1234567890123", "4 to 12"),
        ("12a4", "digits"),
        ("١٢٣٤٥", "digits"),  # Arabic-Indic digits: not what the keypad types
        ("0000", "repeated"),
        ("77777777", "repeated"),
        ("1234", "run"),
        ("4321", "run"),
        ("7890", "run"),
        ("0123456789", "run"),
    ],
)
def test_pin_problem(pin: str, word: str) -> None:
    problem = pin_problem(pin)
    assert problem is not None and word in problem and problem.endswith(".")


@pytest.mark.parametrize("pin", ["4821", "1357", "1122", "123456780", "202405"])
def test_usable_pins(pin: str) -> None:
    assert pin_problem(pin) is None


def test_five_wrong_tries_lock_it_for_a_minute() -> None:
    clock = Clock()
    lock = PinLock(hash_pin("4821", **CHEAP), clock=clock)
    verdicts = [lock.check("0000") for _ in range(4)]
    assert [v.tries_left for v in verdicts] == [4, 3, 2, 1]
    assert all(v.outcome is PinOutcome.WRONG for v in verdicts)
    assert lock.check("1111") == PinVerdict(PinOutcome.LOCKED, seconds_left=60.0)
    clock.now += 20
    # Refused without checking, even the right PIN, and the lockout isn't extended.
    assert lock.check("4821") == PinVerdict(PinOutcome.LOCKED, seconds_left=40.0)
    assert lock.check("0000") == PinVerdict(PinOutcome.LOCKED, seconds_left=40.0)
    clock.now += 40
    assert lock.check("0000") == PinVerdict(PinOutcome.WRONG, tries_left=4)  # from zero again
    assert lock.check("4821").ok


def test_a_right_pin_clears_the_count() -> None:
    lock = PinLock(hash_pin("4821", **CHEAP), clock=Clock())
    for _ in range(4):
        lock.check("9999")
    assert lock.check("4821").ok
    assert lock.check("9999").tries_left == 4


def test_a_clock_going_back_never_lengthens_the_lockout() -> None:
    clock = Clock()
    lock = PinLock(hash_pin("4821", **CHEAP), clock=clock, max_tries=1, lockout_s=10.0)
    assert lock.check("0").outcome is PinOutcome.LOCKED
    clock.now -= 500
    assert lock.check("4821").seconds_left == 10.0


@given(st.text(max_size=40))
def test_any_entry_is_a_verdict(entry: str) -> None:
    lock = PinLock(hash_pin("4821", **CHEAP), clock=Clock(), max_tries=10**9)
    assert lock.check(entry).ok == (entry == "4821")


def test_wrong_tries_and_a_lockout_outlive_a_restart() -> None:
    stored, clock = hash_pin("4821", **CHEAP), Clock()
    kept: dict[str, object] = {}
    first = PinLock(stored, clock=clock, remember=kept.update)
    for _ in range(3):
        first.check("0000")
    # The app starts again: the tries already used stay used.
    second = PinLock(stored, clock=clock, saved=dict(kept), remember=kept.update)
    assert second.check("0000").tries_left == 1
    assert second.check("0000").outcome is PinOutcome.LOCKED
    third = PinLock(stored, clock=clock, saved=dict(kept), remember=kept.update)
    assert third.check("4821").outcome is PinOutcome.LOCKED  # still locked after a restart
    clock.now += 60.0
    assert PinLock(stored, clock=clock, saved=dict(kept), remember=kept.update).check("4821").ok
    assert kept["wrong"] == 0 and kept["locked_until"] is None
    assert "4821" not in str(kept)


def test_a_saved_state_of_another_pin_or_malformed_is_ignored() -> None:
    stored, clock = hash_pin("4821", **CHEAP), Clock()
    other = {"salt": hash_pin("4821", **CHEAP).salt, "wrong": 4, "locked_until": clock.now + 60}
    assert PinLock(stored, clock=clock, saved=other).check("0000").tries_left == 4
    for bad in (
        {"salt": stored.salt, "wrong": "4", "locked_until": "soon"},
        {"salt": stored.salt, "wrong": -1, "locked_until": float("nan")},
        {"salt": stored.salt, "wrong": True, "locked_until": None},
    ):
        assert PinLock(stored, clock=clock, saved=bad).check("0000").tries_left == 4
    # A locked_until far ahead (a clock put back) locks for a minute at most.
    ahead = {"salt": stored.salt, "wrong": 0, "locked_until": clock.now + 10**9}
    lock = PinLock(stored, clock=clock, saved=ahead)
    assert lock.seconds_left() == 60.0
    clock.now += 60.0
    assert lock.check("4821").ok
