"""A local stand-in for CustomerGauge's servers, for practice and for tests.

An independent implementation of SPEC.md (it imports nothing from `cg_desktop.core`
or `cg_desktop.ui`), so that it can catch the client's mistakes::

    with Sandbox() as sandbox:
        sandbox.inject(BUSY_503, retry_after=5)
        ...  # point the client at sandbox.token_url and sandbox.records_url
        assert sandbox.accepted[0].cg_id == "CG-1000001"
"""

from cg_desktop.sandbox.faults import (
    ACCEPT_THEN_CLOSE,
    BUSY_503,
    CLOSE_CONNECTION,
    EMPTY_502,
    FAULTS,
    HTML_500,
    RATE_429,
    REDIRECT,
    UNEXPECTED_200,
)
from cg_desktop.sandbox.ledger import Accepted
from cg_desktop.sandbox.server import Sandbox

__all__ = [
    "ACCEPT_THEN_CLOSE",
    "BUSY_503",
    "CLOSE_CONNECTION",
    "EMPTY_502",
    "FAULTS",
    "HTML_500",
    "RATE_429",
    "REDIRECT",
    "UNEXPECTED_200",
    "Accepted",
    "Sandbox",
]
