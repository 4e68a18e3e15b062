"""The words of the status area: what is waiting, when it goes, and why it may not."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication

from cg_desktop.core.api.regions import SANDBOX
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.lanes import Lane, parse_lane
from cg_desktop.core.settings import Settings
from cg_desktop.ui.locale_text import shown_time
from cg_desktop.ui.sending.reports import QueueState


def who_words(
    lane: Lane,
    settings: Settings,
    practice: tuple[ClientCredentials, dict[str, ClientCredentials]] | None = None,
) -> str:
    """Who sends by this lane: "Client ID …", "Webhook user …", or "Not signed in".

    `practice`: practice mode's credentials and its webhooks' (for the sandbox's lanes).
    """
    if practice is not None and lane.region == SANDBOX:
        credentials, hooks = practice
        if lane.hook_id is None:
            return QCoreApplication.translate(
                "StatusText", "Signed in as {client_id} (practice)"
            ).format(client_id=credentials.client_id)
        known = hooks.get(lane.hook_id)
        if known is None:
            return QCoreApplication.translate("StatusText", "Not signed in")
        return QCoreApplication.translate("StatusText", "Webhook user {user} (practice)").format(
            user=known.client_id
        )
    user = (
        settings.webhook_users.get(lane.name)
        if lane.is_webhook
        else settings.client_ids.get(lane.region)
    )
    if not user:
        return QCoreApplication.translate("StatusText", "Not signed in")
    if lane.is_webhook:
        return QCoreApplication.translate("StatusText", "Webhook user {user}").format(user=user)
    return QCoreApplication.translate("StatusText", "Client ID {user}").format(user=user)


def queue_words(queue: QueueState, now: float | None = None) -> list[str]:
    """Short phrases about the outbox, e.g. ["2 waiting", "next try at 10:42:15"]."""
    if queue.waiting == 0:
        return []
    words = [
        QCoreApplication.translate("StatusText", "1 waiting to be sent")
        if queue.waiting == 1
        else QCoreApplication.translate("StatusText", "{count} waiting to be sent").format(
            count=queue.waiting
        )
    ]
    if queue.paused:
        webhook = any(parse_lane(lane).is_webhook for lane in queue.paused)
        words.append(
            QCoreApplication.translate(
                "StatusText",
                "paused until the webhook's user and password are put right (Credentials…)",
            )
            if webhook
            else QCoreApplication.translate(
                "StatusText", "paused until you sign in again (Credentials…)"
            )
        )
    elif queue.offline:
        words.append(
            QCoreApplication.translate(
                "StatusText", "offline: it goes as soon as the connection is back"
            )
            if queue.waiting == 1
            else QCoreApplication.translate(
                "StatusText", "offline: they go as soon as the connection is back"
            )
        )
    elif queue.next_attempt_at is not None:
        current = time.time() if now is None else now
        if queue.next_attempt_at > current + 1:
            at = shown_time(queue.next_attempt_at, with_date=False)
            words.append(
                QCoreApplication.translate("StatusText", "next try at {time}").format(time=at)
            )
        else:
            words.append(QCoreApplication.translate("StatusText", "sending…"))
    return words


def status_line(who: str, queue: QueueState, to_fix: int) -> str:
    """The whole status line: who is signed in, the outbox, and what needs a fix."""
    words = [who, *queue_words(queue)]
    if to_fix:
        words.append(
            QCoreApplication.translate("StatusText", "1 needs a fix (History)")
            if to_fix == 1
            else QCoreApplication.translate("StatusText", "{count} need a fix (History)").format(
                count=to_fix
            )
        )
    return " · ".join(words)
