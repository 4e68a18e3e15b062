"""The staff PIN that leaves kiosk mode: stored as a scrypt hash, tried a few times a minute.

Only the salted hash is ever kept (in the settings); the PIN itself is never stored,
shown in a repr or logged. A PIN is short, so its strength is the lockout: five wrong
tries lock it for a minute, which makes guessing 10,000 four-digit PINs take days.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import itertools
import re
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

SALT_BYTES = 16
# Bounds for a stored hash's cost, so a hand-edited settings file can neither make
# checking a PIN trivial nor make it take the machine's memory (scrypt uses 128*n*r bytes).
_MAX_MEMORY = 64 * 1024 * 1024
_MAX_P = 16
_HEX = re.compile(r"(?:[0-9a-f]{2})+")


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """The scrypt hash of a PIN (32 bytes)."""
    # surrogatepass: a lone surrogate from the keyboard still hashes (and simply fails).
    return hashlib.scrypt(
        pin.encode("utf-8", "surrogatepass"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=2 * 128 * n * r * p + 1024 * 1024,
        dklen=32,
    )


def _cost_ok(n: int, r: int, p: int) -> bool:
    """Whether scrypt parameters are usable and bounded (n a power of two above 1)."""
    ints = all(type(v) is int for v in (n, r, p))
    return (
        ints
        and n > 1
        and n & (n - 1) == 0
        and r >= 1
        and 1 <= p <= _MAX_P
        and (128 * n * r <= _MAX_MEMORY)
    )


@dataclass(frozen=True)
class PinHash:
    """A staff PIN as kept in the settings: scrypt's salt, hash and cost parameters."""

    salt: str  # hex
    hash: str  # hex
    n: int
    r: int
    p: int

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready form kept in the settings file."""
        return {"salt": self.salt, "hash": self.hash, "n": self.n, "r": self.r, "p": self.p}

    @classmethod
    def from_dict(cls, data: object) -> PinHash | None:
        """A PinHash read back from the settings, or None for anything malformed."""
        if not isinstance(data, dict):
            return None
        salt, digest = data.get("salt"), data.get("hash")
        n, r, p = data.get("n"), data.get("r"), data.get("p")
        if not (isinstance(salt, str) and isinstance(digest, str)):
            return None
        if not (_HEX.fullmatch(salt) and len(salt) >= 2 * 8 and _HEX.fullmatch(digest)):
            return None
        if not (isinstance(n, int) and isinstance(r, int) and isinstance(p, int)):
            return None
        if not _cost_ok(n, r, p) or len(digest) != 64:
            return None
        return cls(salt=salt, hash=digest, n=n, r=r, p=p)


def hash_pin(pin: str, *, n: int = 2**14, r: int = 8, p: int = 1) -> PinHash:
    """A new PinHash of `pin` with a fresh random salt (ValueError for unusable costs)."""
    if not _cost_ok(n, r, p):
        raise ValueError(f"unusable scrypt cost n={n}, r={r}, p={p}")
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, n, r, p)
    return PinHash(salt=salt.hex(), hash=digest.hex(), n=n, r=r, p=p)


def _is_sequence(pin: str) -> bool:
    """Whether the digits step by +1 or -1 throughout (1234, 9876, 7890, 3210)."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    return steps in ({1}, {9})


def pin_problem(pin: str) -> str | None:
    """A sentence saying why a new PIN can't be used, or None when it can."""
    if not re.fullmatch(r"[0-9]{4,12}", pin):
        return Words(
            QT_TRANSLATE_NOOP("core", "The PIN must be 4 to 12 digits (0-9), nothing else.")
        )
    if len(set(pin)) == 1:
        return Words(
            QT_TRANSLATE_NOOP(
                "core",
                "The PIN can't be one digit repeated (like 0000): it is the first thing guessed.",
            )
        )
    if _is_sequence(pin):
        return Words(
            QT_TRANSLATE_NOOP(
                "core",
                "The PIN can't be a run of digits (like 1234 or 9876): it is easily guessed.",
            )
        )
    return None


class PinOutcome(enum.Enum):
    """What a PIN try came to."""

    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


@dataclass(frozen=True)
class PinVerdict:
    """The answer to one PIN try: ok, wrong (tries left) or locked (seconds left)."""

    outcome: PinOutcome
    tries_left: int = 0
    seconds_left: float = 0.0

    @property
    def ok(self) -> bool:
        """True when the PIN was right."""
        return self.outcome is PinOutcome.OK


class PinLock:
    """Checks PIN tries against the stored hash, locking after too many wrong ones.

    After `max_tries` wrong tries in a row the lock refuses every try for `lockout_s`
    seconds, without checking it, and those refused tries don't extend the lockout (a
    visitor pressing keys must not keep the staff out for good). When the lockout ends,
    tries count from zero again; a right PIN also sets the count back to zero.

    The count and the lockout outlive a restart of the app: `saved` is what `remember`
    was last given (kept in the settings), so quitting and starting again gives no fresh
    tries. That is why the clock is the wall clock; one that goes back can't lengthen a
    lockout beyond `lockout_s`. A saved state for another PIN (another salt) is ignored.
    """

    def __init__(
        self,
        stored: PinHash,
        *,
        clock: Callable[[], float] = time.time,
        max_tries: int = 5,
        lockout_s: float = 60.0,
        saved: Mapping[str, object] | None = None,
        remember: Callable[[dict[str, object]], None] | None = None,
    ) -> None:
        self._stored, self._clock = stored, clock
        self.max_tries, self.lockout_s = max_tries, lockout_s
        self._remember = remember
        self._wrong = 0
        self._locked_until: float | None = None
        if saved is not None and saved.get("salt") == stored.salt:
            wrong, until = saved.get("wrong"), saved.get("locked_until")
            if type(wrong) is int and 0 <= wrong < max_tries:
                self._wrong = wrong
            if type(until) in (int, float) and until == until:  # (a NaN is no time)
                self._locked_until = float(until)  # type: ignore[arg-type]

    def state(self) -> dict[str, object]:
        """The count and the lockout, for the settings (no secret: the salt only says which PIN)."""
        return {"salt": self._stored.salt, "wrong": self._wrong, "locked_until": self._locked_until}

    def _changed(self) -> None:
        """Hand the new state to whoever keeps it."""
        if self._remember is not None:
            self._remember(self.state())

    def __repr__(self) -> str:
        return f"PinLock(wrong={self._wrong}, max_tries={self.max_tries})"

    def seconds_left(self) -> float:
        """Seconds until a locked PIN may be tried again (0 when it may be now)."""
        return max(0.0, self._seconds_left())

    def _seconds_left(self) -> float:
        """Seconds until the lockout ends (0 when not locked); clears an ended lockout."""
        if self._locked_until is None:
            return 0.0
        left = self._locked_until - self._clock()
        if left <= 0:
            self._locked_until, self._wrong = None, 0
            self._changed()
            return 0.0
        if left > self.lockout_s:  # a clock that went back can't lengthen it: re-anchor
            self._locked_until = self._clock() + self.lockout_s
            self._changed()
            return self.lockout_s
        return left

    def check(self, pin: str) -> PinVerdict:
        """Try a PIN: OK, WRONG with the tries left, or LOCKED with the seconds left."""
        left = self._seconds_left()
        if left > 0:
            return PinVerdict(PinOutcome.LOCKED, seconds_left=left)
        stored = self._stored
        tried = _scrypt(pin, bytes.fromhex(stored.salt), stored.n, stored.r, stored.p)
        if hmac.compare_digest(tried, bytes.fromhex(stored.hash)):
            if self._wrong:
                self._wrong = 0
                self._changed()
            return PinVerdict(PinOutcome.OK)
        self._wrong += 1
        if self._wrong >= self.max_tries:
            self._locked_until = self._clock() + self.lockout_s
            self._changed()
            return PinVerdict(PinOutcome.LOCKED, seconds_left=self.lockout_s)
        self._changed()
        return PinVerdict(PinOutcome.WRONG, tries_left=self.max_tries - self._wrong)
