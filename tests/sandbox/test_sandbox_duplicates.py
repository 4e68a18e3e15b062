"""The duplication rule: 30 days, on Email (any case) or Phone (digits), CG-IDs named."""

from __future__ import annotations

import pytest
from sandbox_helpers import DAY, MAPPING_B, Api, FakeClock, joe

from cg_desktop.sandbox import Sandbox


def duplicate_of(cg_id: str) -> dict[str, object]:
    text = f"Record could not be imported because it duplicates with {cg_id}."
    return {"message": text, "errors": {"duplicate": [text]}}


def test_same_email_in_another_case_is_a_duplicate(api: Api, sandbox: Sandbox) -> None:
    assert api.send(joe(Email="Joe.Doe@Example.com")).status_code == 200
    response = api.send(joe(Email="joe.doe@EXAMPLE.COM", **{"First Name": "Joseph"}))
    assert response.status_code == 422
    assert response.json() == duplicate_of("CG-1000001")
    assert len(sandbox.accepted) == 1


def test_same_phone_with_other_punctuation_is_a_duplicate(api: Api) -> None:
    first = {"Phone": "+55 (62) 01234-56789", "First Name": "Ann"}
    assert api.send(first).status_code == 200
    response = api.send({"Phone": "556201234 56789", "First Name": "Ann"})
    assert response.json() == duplicate_of("CG-1000001")


def test_email_of_one_and_phone_of_another(api: Api) -> None:
    assert api.send({"Email": "a@example.com", "First Name": "A"}).status_code == 200
    assert api.send({"Phone": "555 1234", "First Name": "B"}).status_code == 200
    response = api.send({"Phone": "5551234", "Email": "c@example.com", "First Name": "C"})
    assert response.json() == duplicate_of("CG-1000002")


def test_cg_ids_increment(api: Api, sandbox: Sandbox) -> None:
    for n in range(3):
        assert api.send(joe(Email=f"p{n}@example.com")).status_code == 200
    assert [a.cg_id for a in sandbox.accepted] == ["CG-1000001", "CG-1000002", "CG-1000003"]


def test_within_thirty_days_is_a_duplicate(api: Api, clock: FakeClock) -> None:
    assert api.send(joe()).status_code == 200
    clock.advance(29 * DAY)
    api.forget_token()  # the first token has expired by now
    assert api.send(joe()).json() == duplicate_of("CG-1000001")


def test_after_thirty_one_days_it_is_accepted_again(
    api: Api, sandbox: Sandbox, clock: FakeClock
) -> None:
    assert api.send(joe()).status_code == 200
    clock.advance(31 * DAY)
    api.forget_token()
    assert api.send(joe()).status_code == 200
    assert [a.cg_id for a in sandbox.accepted] == ["CG-1000001", "CG-1000002"]
    clock.advance(DAY)
    api.forget_token()
    assert api.send(joe()).json() == duplicate_of("CG-1000002")


def test_the_check_runs_only_after_validation(api: Api) -> None:
    assert api.send(joe()).status_code == 200
    response = api.send(joe(**{"Company Size": "many"}))
    assert list(response.json()["errors"]) == ["Company Size"]


def test_accounts_records_are_never_duplicates(api: Api, sandbox: Sandbox) -> None:
    for _ in range(2):
        assert api.send({"Account Name": "ACME"}, MAPPING_B).status_code == 200
    assert [a.cg_id for a in sandbox.accepted] == [None, None]


def test_records_and_hook_share_the_rule(api: Api) -> None:
    assert api.send(joe()).status_code == 200
    response = api.hook(params={"Email": "JOE.DOE@example.com", "First Name": "Joe"})
    assert response.json() == duplicate_of("CG-1000001")


@pytest.mark.parametrize("phone", ["()", "- -"])
def test_a_phone_without_digits_matches_nothing(api: Api, phone: str) -> None:
    assert api.send({"Phone": phone, "First Name": "A"}).status_code == 200
    assert api.send({"Phone": phone, "First Name": "B"}).status_code == 200
