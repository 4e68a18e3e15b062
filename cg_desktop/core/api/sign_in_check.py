"""Test a Client ID and Secret (Credentials → Test connection): cancellable, told in words.

The test fetches a token in a worker thread. Cancel ends its request at once (the same
way closing the app ends a send in flight: its deadline expires), so a person never
waits for a server that doesn't answer.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

from cg_desktop.core.api.outcomes import Outcome, OutcomeKind
from cg_desktop.core.api.regions import Region
from cg_desktop.core.credentials import ClientCredentials
from cg_desktop.core.words import QT_TRANSLATE_NOOP, Words

SIGNED_IN = Words(
    QT_TRANSLATE_NOOP(
        "core", "✔ Signed in: CustomerGauge accepted this Client ID and Client Secret."
    )
)
NOT_ACCEPTED = Words(
    QT_TRANSLATE_NOOP(
        "core",
        "✘ Not accepted: CustomerGauge did not accept this Client ID or Client Secret. Check "
        "both with your CustomerGauge administrator (copy them again, without spaces).",
    )
)
# The send-oriented end of a message ("Saved — it will be sent …") means nothing here.
_SENDING_TAIL = re.compile(r"\s*Saved — .*$", re.DOTALL)


def sign_in_words(outcome: Outcome | None) -> str:
    """What the dialog says about a test: signed in, not accepted, or can't reach."""
    if outcome is None:
        return SIGNED_IN
    if outcome.kind is OutcomeKind.NEEDS_SIGN_IN:
        return NOT_ACCEPTED
    # (The reason, cut from a sentence about sending, stays in English.)
    reason = _SENDING_TAIL.sub("", outcome.message).strip()
    return Words(QT_TRANSLATE_NOOP("core", "✘ Can't sign in now: {reason}"), reason=reason)


class SignInCheck:
    """One test of credentials, run in a worker thread; any thread may cancel it."""

    def __init__(
        self,
        region: Region,
        credentials: ClientCredentials,
        before_network: Callable[[], None] | None = None,
    ) -> None:
        """`before_network` runs first in the worker (the app's TLS set-up)."""
        self._region = region
        self._credentials = credentials
        self._before_network = before_network
        self._lock = threading.Lock()
        self._thread: int | None = None
        self._finished = False
        self.cancelled = False

    def run(self) -> Outcome | None:
        """Fetch a token (slow): None when the credentials work, else why not."""
        from cg_desktop.core.api.deadline import forget_thread
        from cg_desktop.core.api.http import make_session
        from cg_desktop.core.api.tokens import TokenProvider

        with self._lock:
            if self.cancelled:
                return None
            self._thread = threading.get_ident()
        try:
            if self._before_network is not None:
                self._before_network()
            session = make_session()
            try:
                return TokenProvider(session, timeout=(5.0, 15.0)).check(
                    self._region, self._credentials
                )
            finally:
                session.close()
        finally:
            with self._lock:
                self._finished = True
                # The worker thread is reused by later work: it must start clean.
                forget_thread(self._thread)

    def cancel(self) -> None:
        """End the test now; its result is to be ignored."""
        from cg_desktop.core.api.deadline import end_attempts_in

        with self._lock:
            self.cancelled = True
            if self._thread is not None and not self._finished:
                end_attempts_in(self._thread)
