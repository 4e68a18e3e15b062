"""Where each outcome lands in the window: words, tone, and what happens to the form."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

from cg_desktop.core.api.outcomes import Outcome, OutcomeKind
from cg_desktop.core.profiles.contacts import display_name
from cg_desktop.core.profiles.placement import place_errors
from cg_desktop.core.store.details import keys_sent
from cg_desktop.core.store.outbox import Settled
from cg_desktop.core.store.sends import Status
from cg_desktop.ui.form.banner import Tone
from cg_desktop.ui.words import said


@dataclass(frozen=True)
class View:
    """How to show one outcome: banner tone and text (naming the person), field errors."""

    tone: Tone
    text: str
    field_errors: dict[str, list[str]]
    details: str = ""
    ask_credentials: bool = False


def view_for(
    outcome: Outcome,
    settled: Settled,
    record: dict[str, str],
    field_names: list[str],
    *,
    practice: bool = False,
) -> View:
    """Decide the banner for an outcome; every text names the person it is about.

    `practice`: the sandbox answered, so no survey goes anywhere (the banner says so).
    """
    who = display_name(record)
    details = outcome.server_answer
    kind = outcome.kind
    if kind is OutcomeKind.DELIVERED or settled.status is Status.DELIVERED:
        text = (
            QCoreApplication.translate(
                "OutcomeView",
                "Sent to {name}. The practice sandbox accepted it: with a real account, "
                "CustomerGauge would now send the survey.",
            )
            if practice
            else QCoreApplication.translate(
                "OutcomeView", "Sent to {name}. CustomerGauge will send the survey."
            )
        ).format(name=who)
        if kind is OutcomeKind.DUPLICATE:  # an earlier attempt had landed after all
            text = f"{who}: {said(settled.message)}"
        return View(Tone.SUCCESS, text, {}, details=details)
    if kind is OutcomeKind.DUPLICATE:
        text = (
            QCoreApplication.translate(
                "OutcomeView",
                "{name} already received a survey recently (CG-ID {cg_id}), "
                "so no new survey was sent.",
            )
            if outcome.cg_id
            else QCoreApplication.translate(
                "OutcomeView",
                "{name} already received a survey recently, so no new survey was sent.",
            )
        )
        return View(Tone.INFO, text.format(name=who, cg_id=outcome.cg_id), {}, details=details)
    if kind is OutcomeKind.REJECTED:
        placement = place_errors(field_names, outcome.field_errors, outcome.general_errors)
        text = said(outcome.message)
        if placement.banner:
            text += "\n" + "\n".join(f"• {m}" for m in placement.banner)
        return View(Tone.ERROR, text, placement.by_field, details=details)
    if kind is OutcomeKind.CONFIGURATION_INVALID:
        return View(Tone.ERROR, said(outcome.message), {}, details=details)
    if kind is OutcomeKind.NEEDS_SIGN_IN:
        return View(
            Tone.WARNING,
            QCoreApplication.translate(
                "OutcomeView", "{name}: saved. {message} It will be sent once you sign in."
            ).format(name=who, message=said(outcome.message)),
            {},
            details=details,
            ask_credentials=True,
        )
    # Try later: the record is safe in the outbox; every such message starts "Saved —".
    return View(Tone.INFO, f"{who}: {said(outcome.message)}", {}, details=details)


def with_keys_sent(view: View, record: dict[str, str]) -> View:
    """The view with the exact keys and values sent ahead of the server's answer (practice)."""
    parts = [QCoreApplication.translate("OutcomeView", "The exact keys sent:"), keys_sent(record)]
    if view.details:
        parts += [
            "",
            QCoreApplication.translate("OutcomeView", "The server's answer:"),
            view.details,
        ]
    return replace(view, details="\n".join(parts))
