"""What the sandbox has accepted, the duplication rule and CG-IDs, behind one lock."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass

from cg_desktop.sandbox.account import DuplicationRule, MappingSpec
from cg_desktop.sandbox.laravel_rules import php_string

DAY = 86_400.0
FIRST_CG_ID = 1_000_001


@dataclass(frozen=True)
class Accepted:
    """One record the sandbox accepted (answered 200, or accepted before a dropped answer)."""

    via: str  # "records" or "hook"
    method: str  # "PUT" / "POST"
    content_type: str  # "json" | "form" | "query"
    configuration: str | None  # the mapping reference (the hook's mapping for hooks)
    record: dict[str, object]  # after trimming/empty-to-null, known fields only
    ignored_keys: tuple[str, ...]  # record keys the mapping doesn't know
    cg_id: str | None  # the CG-ID given to it (survey-sending mappings)


@dataclass(frozen=True)
class Duplicate:
    """A survey-sending record refused because it matches an earlier one (by CG-ID)."""

    cg_id: str

    @property
    def message(self) -> str:
        """The 422 text SPEC.md documents."""
        return f"Record could not be imported because it duplicates with {self.cg_id}."


@dataclass(frozen=True)
class _Surveyed:
    """An accepted survey-sending record as the duplication rule sees it."""

    cg_id: str
    at: float
    keys: frozenset[tuple[str, str]]


class Ledger:
    """Accepts records: checks the duplication rule, gives CG-IDs, remembers the order."""

    def __init__(self, rule: DuplicationRule, clock: Callable[[], float]) -> None:
        self._rule = rule
        self._clock = clock
        self._lock = threading.Lock()
        self._accepted: list[Accepted] = []
        self._surveyed: list[_Surveyed] = []
        self._next_id = FIRST_CG_ID

    @property
    def accepted(self) -> list[Accepted]:
        """A copy of everything accepted so far, in order of acceptance."""
        with self._lock:
            return list(self._accepted)

    def submit(
        self,
        mapping: MappingSpec,
        record: dict[str, object],
        ignored_keys: tuple[str, ...],
        *,
        via: str,
        method: str,
        content_type: str,
    ) -> Accepted | Duplicate:
        """Accept a valid record, or refuse it as a duplicate; atomic across threads."""
        keys = self._match_keys(mapping, record) if mapping.sends_survey else frozenset()
        with self._lock:
            now = self._clock()
            cg_id: str | None = None
            if mapping.sends_survey:
                earlier = self._earlier_match(keys, now)
                if earlier is not None:
                    return Duplicate(earlier.cg_id)
                cg_id = f"CG-{self._next_id}"
                self._next_id += 1
                self._surveyed.append(_Surveyed(cg_id, now, keys))
            accepted = Accepted(
                via=via,
                method=method,
                content_type=content_type,
                configuration=mapping.reference,
                record=dict(record),
                ignored_keys=ignored_keys,
                cg_id=cg_id,
            )
            self._accepted.append(accepted)
            return accepted

    def _earlier_match(self, keys: frozenset[tuple[str, str]], now: float) -> _Surveyed | None:
        """The first record within the rule's window sharing a key (caller holds the lock)."""
        window = self._rule.days * DAY
        for earlier in self._surveyed:
            if now - earlier.at < window and earlier.keys & keys:
                return earlier
        return None

    def _match_keys(
        self, mapping: MappingSpec, record: dict[str, object]
    ) -> frozenset[tuple[str, str]]:
        """(field, normalised value) pairs compared by the rule: email casefolded, phone digits."""
        keys: set[tuple[str, str]] = set()
        for name in self._rule.match_on:
            spec = mapping.field(name)
            value = record.get(name)
            if spec is None or value is None or isinstance(value, dict | list):
                continue
            text = php_string(value)
            if spec.type == "email":
                text = text.casefold()
            elif spec.type == "phone":
                text = re.sub(r"[^0-9]", "", text)
            if text:
                keys.add((name, text))
        return frozenset(keys)
