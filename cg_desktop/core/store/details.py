"""One send told for a person (as the form showed it) and, apart, the technical details."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime

from cg_desktop.core.api.regions import region_label
from cg_desktop.core.lanes import parse_lane
from cg_desktop.core.profiles.contacts import display_name
from cg_desktop.core.store.schema import Send
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

# A profile's labels by field key ({} when the profile is not on this computer any more).
Labels = Callable[[str], Mapping[str, str]]


def _when(timestamp: float) -> str:
    """A local date and time a person reads at a glance, in any language (all digits)."""
    return datetime.fromtimestamp(timestamp).astimezone().strftime("%Y-%m-%d %H:%M")


def keys_sent(record: Mapping[str, str], *, columns: bool = True) -> str:
    """The record's exact keys and values, a pair a line, quoted as JSON (spaces show).

    `columns`: for a fixed-width font, the values start in one column. An administrator
    compares the keys with the mapping's Field Settings, where a key off by a letter is
    ignored without a word.
    """
    keys = {key: json.dumps(key, ensure_ascii=False) + ":" for key in record}
    width = max((len(shown) for shown in keys.values()), default=0) if columns else 0
    return "\n".join(
        f"{keys[key].ljust(width)} {json.dumps(value, ensure_ascii=False)}"
        for key, value in record.items()
    )


def readable_detail_lines(
    send: Send, labels: Mapping[str, str], *, show_keys: bool = False
) -> list[str]:
    """Who, how it went in words, and what was sent under the form's own labels, a line
    each, translatable (Words) where it is the app's own.

    `show_keys` (practice mode): the exact keys and values sent follow.
    """
    who = (
        display_name(send.record)
        if send.record
        else send.contact or Words(QT_TRANSLATE_NOOP("core", "(no contact)"))
    )
    outcome = (
        Words(
            QT_TRANSLATE_NOOP("core", "{status}. {message}"),
            status=send.status_words,
            message=send.message,
        )
        if send.message.strip()
        else Words(QT_TRANSLATE_NOOP("core", "{status}."), status=send.status_words)
    )
    lines = [who, outcome]
    if send.delivered_at is not None:
        lines.append(
            Words(QT_TRANSLATE_NOOP("core", "Sent on {when}."), when=_when(send.delivered_at))
        )
    else:
        lines.append(
            Words(QT_TRANSLATE_NOOP("core", "Saved on {when}."), when=_when(send.created_at))
        )
    lines += [
        "",
        Words(
            QT_TRANSLATE_NOOP("core", "What was sent ({profile}, {region}):"),
            profile=send.profile,
            region=region_label(send.region),
        ),
    ]
    if not send.record:
        lines.append(Words(QT_TRANSLATE_NOOP("core", "  (removed after the retention period)")))
    # No padding into columns: in the reading font spaces don't line up anyway.
    for key, value in send.record.items():
        lines.append(f"  {labels.get(key, key)}: {value}")
    if show_keys and send.record:
        lines += [
            "",
            Words(QT_TRANSLATE_NOOP("core", "The exact keys sent:")),
            keys_sent(send.record, columns=False),
        ]
    return lines


def technical_details(send: Send) -> str:
    """Exactly what was sent and answered: mapping, attempts, HTTP status, the raw texts."""
    hook_id = parse_lane(send.lane).hook_id if send.lane else None
    lines = [
        f"Webhook:   {hook_id}" if hook_id is not None else f"Mapping:   {send.configuration}",
        f"Attempts:  {send.attempts}"
        + (f"   HTTP {send.http_status}" if send.http_status is not None else ""),
    ]
    if send.cg_id:
        lines.append(f"CG-ID:     {send.cg_id}")
    # A webhook is bound to its mapping: its fields go flat, with no configuration.
    body: object = (
        send.record
        if hook_id is not None
        else {"configuration": send.configuration, "record": send.record}
    )
    heading = "Request body:"
    if hook_id is not None and send.options.get("format") == "form":
        heading = "Query parameters:"
    lines += ["", heading, json.dumps(body, indent=2, ensure_ascii=False)]
    lines += ["", "CustomerGauge's answer:", send.server_answer or "(empty)"]
    return "\n".join(lines)
