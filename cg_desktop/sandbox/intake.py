"""The path every record takes once its mapping is known: field rules, then the ledger."""

from __future__ import annotations

from collections.abc import Mapping

from cg_desktop.sandbox.account import MappingSpec
from cg_desktop.sandbox.http_types import Response, json_response
from cg_desktop.sandbox.laravel_rules import validation_body
from cg_desktop.sandbox.ledger import Duplicate, Ledger
from cg_desktop.sandbox.mapping_rules import known_and_ignored, validate_record


def submit_record(
    ledger: Ledger,
    mapping: MappingSpec,
    record: Mapping[str, object],
    *,
    via: str,
    method: str,
    content_type: str,
) -> Response:
    """422 with the field errors, 422 duplicate, or 200 with an empty body."""
    errors = validate_record(mapping, record)
    if errors:
        return json_response(422, validation_body(errors))
    known, ignored = known_and_ignored(mapping, record)
    outcome = ledger.submit(
        mapping, known, ignored, via=via, method=method, content_type=content_type
    )
    if isinstance(outcome, Duplicate):
        body = {"message": outcome.message, "errors": {"duplicate": [outcome.message]}}
        return json_response(422, body)
    return Response(200)
