"""A readiness check's lines: each ok, warning or problem, with the next step in plain words.

A line's name, what it found and its next step are Words (core/words.py): English here and
in the printed report, the person's language in the window (ui/dialogs/readiness.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from cg_desktop.core.api.redaction import redact
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

Status = Literal["ok", "warning", "problem", "skipped"]
MARKS: dict[Status, str] = {
    "ok": "ok     ",
    "warning": "warning",
    "problem": "problem",
    "skipped": "skipped",
}


@dataclass(frozen=True)
class Line:
    """One check's result: what was checked, what was found, and what to do about it."""

    status: Status
    name: str
    found: str
    next_step: str = ""

    def text(self) -> str:
        """The printed line, e.g. "problem  keyring: none … — Next: …"."""
        step = f" Next: {self.next_step}" if self.next_step else ""
        return f"{MARKS[self.status]}  {self.name}: {self.found}{step}"


class CheckProblem(Exception):
    """A check found a problem; carries its sentence and the next step."""

    def __init__(self, found: str, next_step: str) -> None:
        super().__init__(found)
        self.found, self.next_step = found, next_step


class CheckWarning(CheckProblem):
    """A check found something worth knowing that doesn't stop sending."""


class CheckSkipped(CheckProblem):
    """A check that can't say anything until a line above is put right."""


Check = Callable[[], str]


def run(name: str, check: Check) -> Line:
    """Run one check; its exceptions become its line, never a crash."""
    try:
        return Line("ok", name, check())
    except CheckSkipped as exc:
        return Line("skipped", name, exc.found, exc.next_step)
    except CheckWarning as exc:
        return Line("warning", name, exc.found, exc.next_step)
    except CheckProblem as exc:
        return Line("problem", name, exc.found, exc.next_step)
    except Exception as exc:  # a check reports whatever broke, in a line
        return Line(
            "problem",
            name,
            Words(
                QT_TRANSLATE_NOOP("core", "the check itself failed ({error})"),
                error=f"{type(exc).__name__}: {exc}",
            ),
            Words(QT_TRANSLATE_NOOP("core", "Copy this report and send it to support.")),
        )


def run_all(checks: Iterable[tuple[str, Check]]) -> Iterator[Line]:
    """Each check's line, in order, as it finishes (network checks take a moment)."""
    for name, check in checks:
        yield run(name, check)


def report(lines: Iterable[Line], secrets: Iterable[str] = ()) -> str:
    """The whole report as text for support (Copy report), with any secret taken out."""
    text = "\n".join(line.text() for line in lines)
    return redact(text, secrets)


def exit_code(lines: Iterable[Line]) -> int:
    """0 when nothing is a problem (warnings are fine), else 1."""
    return 1 if any(line.status == "problem" for line in lines) else 0
