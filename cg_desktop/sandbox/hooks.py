"""`PUT /hooks/<id>`: an Incoming Webhook (HTTP Basic, fields flat in query or body)."""

from __future__ import annotations

import hmac
from urllib.parse import unquote

from cg_desktop.sandbox.account import Account
from cg_desktop.sandbox.http_types import (
    Request,
    Response,
    basic_credentials,
    method_not_allowed,
    not_found,
    unauthenticated,
)
from cg_desktop.sandbox.intake import submit_record
from cg_desktop.sandbox.laravel_input import read_input
from cg_desktop.sandbox.ledger import Ledger

HOOKS_PREFIX = "/hooks/"
ALLOWED_METHODS = ("PUT",)


def hook_id(path: str) -> str | None:
    """The webhook id of a `/hooks/<id>` path, or None for any other path."""
    if not path.startswith(HOOKS_PREFIX):
        return None
    rest = path[len(HOOKS_PREFIX) :]
    if not rest or "/" in rest:
        return None
    return unquote(rest)


def _same(given: str, expected: str) -> bool:
    """Constant-time string comparison."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def handle_hook(request: Request, account: Account, ledger: Ledger) -> Response:
    """404 for an unknown hook, 401 for bad credentials, else the mapping's rules."""
    if request.method not in ALLOWED_METHODS:
        return method_not_allowed(request.method, ALLOWED_METHODS)
    hook = account.webhook(hook_id(request.path) or "")
    if hook is None:
        return not_found()
    credentials = basic_credentials(request.header("authorization"))
    if credentials is None or not (
        _same(credentials[0], hook.username) & _same(credentials[1], hook.password)
    ):
        return unauthenticated()
    mapping = account.mapping(hook.mapping)
    assert mapping is not None  # the account loader checked every hook's mapping
    parsed = read_input(request)
    return submit_record(
        ledger,
        mapping,
        parsed.values,
        via="hook",
        method=request.method,
        content_type=parsed.kind,
    )
