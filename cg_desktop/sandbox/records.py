"""`PUT`/`POST /records/`: the Records API call (SPEC.md, "The records call")."""

from __future__ import annotations

from cg_desktop.sandbox.account import Account
from cg_desktop.sandbox.http_types import (
    Request,
    Response,
    bearer_token,
    json_response,
    method_not_allowed,
    unauthenticated,
)
from cg_desktop.sandbox.intake import submit_record
from cg_desktop.sandbox.laravel_input import Input, php_array, read_input
from cg_desktop.sandbox.laravel_rules import is_filled, validation_body
from cg_desktop.sandbox.ledger import Ledger
from cg_desktop.sandbox.oauth import TokenStore

RECORDS_PATH = "/records/"
ALLOWED_METHODS = ("PUT", "POST")  # SPEC.md assumption 1: PUT by default, POST allowed

CONFIGURATION_REQUIRED = "The configuration field is required."
RECORD_REQUIRED = "The record field is required."
RECORD_NOT_ARRAY = "The record must be an array."
CONFIGURATION_INVALID = "The selected configuration was invalid."
CONFIGURATION_INVALID_ERROR = "The selected configuration is required."


def envelope_errors(values: Input) -> dict[str, list[str]]:
    """`configuration: required` and `record: required|array`, evaluated together."""
    errors: dict[str, list[str]] = {}
    if not is_filled(values.get("configuration")):
        errors["configuration"] = [CONFIGURATION_REQUIRED]
    record = values.get("record")
    if not is_filled(record):
        errors["record"] = [RECORD_REQUIRED]
    elif not isinstance(record, dict | list):  # a JSON list is a PHP array too
        errors["record"] = [RECORD_NOT_ARRAY]
    return errors


def configuration_invalid() -> Response:
    """The documented 422 for a configuration that names no mapping of the account."""
    body = {
        "message": CONFIGURATION_INVALID,
        "errors": {"configuration": [CONFIGURATION_INVALID_ERROR]},
    }
    return json_response(422, body)


def handle_records(
    request: Request, account: Account, tokens: TokenStore, ledger: Ledger
) -> Response:
    """Check the bearer token, the envelope, the mapping's rules; accept or refuse."""
    if request.method not in ALLOWED_METHODS:
        return method_not_allowed(request.method, ALLOWED_METHODS)
    if not tokens.is_valid(bearer_token(request.header("authorization"))):
        return unauthenticated()
    parsed = read_input(request)
    errors = envelope_errors(parsed.values)
    if errors:
        return json_response(422, validation_body(errors))
    # The mapping is looked up only once the envelope is valid, as a controller would
    # after `$request->validate(...)`, so its fields' errors never mix with these.
    mapping = account.mapping(parsed.values["configuration"])
    if mapping is None:
        return configuration_invalid()
    return submit_record(
        ledger,
        mapping,
        php_array(parsed.values["record"]),
        via="records",
        method=request.method,
        content_type=parsed.kind,
    )
