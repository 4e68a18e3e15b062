"""`/records/` over real HTTP: every documented 422 body, exactly, and the 200s."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from sandbox_helpers import MAPPING_A, MAPPING_B, TIMEOUT, Api, assert_422, joe

from cg_desktop.sandbox import Sandbox

EMAIL_OR_PHONE = {
    "Email": ["The Email field is required when Phone is not present."],
    "Phone": ["The Phone field is required when Email is not present."],
}
DATE_MESSAGE = (
    "The field Visit Date must be a valid date with format YYYY-MM-DD HH:MM:SS or YYYY-MM-DD."
)


def test_a_valid_json_record_is_accepted_with_an_empty_200(api: Api, sandbox: Sandbox) -> None:
    response = api.send(joe())
    assert response.status_code == 200
    assert response.content == b""
    assert response.headers["Content-Length"] == "0"
    (accepted,) = sandbox.accepted
    assert accepted.via == "records" and accepted.method == "PUT"
    assert accepted.content_type == "json"
    assert accepted.configuration == MAPPING_A
    assert accepted.record == {"Email": "joe.doe@example.com", "First Name": "Joe"}
    assert accepted.cg_id == "CG-1000001"


def test_post_is_accepted_too(api: Api, sandbox: Sandbox) -> None:
    assert api.send(joe(), method="POST").status_code == 200
    assert sandbox.accepted[0].method == "POST"


def test_form_body_with_percent_encoded_bracket_keys(api: Api, sandbox: Sandbox) -> None:
    body = "&".join(
        f"{quote(k, safe='')}={quote(v, safe='')}".replace("%20", "+")
        for k, v in [
            ("configuration", MAPPING_B),
            ("record[Account Name]", "ACME & Sons"),
            ("record[Industry]", "Retail"),
            ("record[Employees]", "12"),
        ]
    )
    response = api.put_raw(body, "application/x-www-form-urlencoded")
    assert response.status_code == 200, response.text
    (accepted,) = sandbox.accepted
    assert accepted.content_type == "form"
    assert accepted.record == {
        "Account Name": "ACME & Sons",
        "Industry": "Retail",
        "Employees": "12",
    }
    assert accepted.cg_id is None  # an accounts mapping sends no survey


def test_json_with_charset_parameter(api: Api) -> None:
    body = b'{"configuration": "%s", "record": {"Account Name": "ACME"}}' % MAPPING_B.encode()
    assert api.put_raw(body, "application/json; charset=utf-8").status_code == 200


# -- the envelope: configuration and record ----------------------------------------------


def test_empty_json_is_configuration_and_record_required(api: Api) -> None:
    assert_422(
        api.put_json({}),
        {
            "configuration": ["The configuration field is required."],
            "record": ["The record field is required."],
        },
        "The configuration field is required. (and 1 more error)",
    )


def test_configuration_missing(api: Api) -> None:
    assert_422(
        api.put_json({"record": joe()}),
        {"configuration": ["The configuration field is required."]},
        "The configuration field is required.",
    )


@pytest.mark.parametrize("configuration", [None, "", "   ", "\u200b"])
def test_configuration_empty_counts_as_missing(api: Api, configuration: object) -> None:
    response = api.send(joe(), configuration)
    assert response.json()["errors"] == {"configuration": ["The configuration field is required."]}


@pytest.mark.parametrize(
    "configuration", ["12305294-0b20-4009-b95d-c8123301d6", MAPPING_A.upper(), 42, ["x"], True]
)
def test_configuration_not_found(api: Api, configuration: object) -> None:
    response = api.send(joe(), configuration)
    assert response.status_code == 422
    assert response.json() == {
        "message": "The selected configuration was invalid.",
        "errors": {"configuration": ["The selected configuration is required."]},
    }


def test_configuration_is_trimmed_before_lookup(api: Api) -> None:
    assert api.send(joe(), f"  {MAPPING_A}\n").status_code == 200


@pytest.mark.parametrize("record", [None, {}, [], "", "  "])
def test_record_missing_or_empty(api: Api, record: object) -> None:
    assert_422(
        api.send(record),
        {"record": ["The record field is required."]},
        "The record field is required.",
    )


def test_record_key_absent(api: Api) -> None:
    assert_422(
        api.put_json({"configuration": MAPPING_A}),
        {"record": ["The record field is required."]},
        "The record field is required.",
    )


@pytest.mark.parametrize("record", ["joe@example.com", 12, 1.5, True, False])
def test_record_not_an_array(api: Api, record: object) -> None:
    assert_422(
        api.send(record),
        {"record": ["The record must be an array."]},
        "The record must be an array.",
    )


def test_record_not_an_array_and_configuration_missing(api: Api) -> None:
    assert_422(
        api.put_json({"record": "x"}),
        {
            "configuration": ["The configuration field is required."],
            "record": ["The record must be an array."],
        },
        "The configuration field is required. (and 1 more error)",
    )


def test_a_json_list_record_is_an_array_without_named_fields(api: Api) -> None:
    response = api.send(["joe.doe@example.com", "Joe"])
    assert response.json()["errors"] == {
        **EMAIL_OR_PHONE,
        "First Name": ["The First Name field is required."],
    }


def test_unknown_configuration_only_after_the_envelope_is_valid(api: Api) -> None:
    assert_422(
        api.send({}, "not-a-mapping"),
        {"record": ["The record field is required."]},
        "The record field is required.",
    )


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"{not json", "application/json"),
        (b'{"configuration": NaN}', "application/json"),
        (b"\xef\xbb\xbf{}", "application/json"),  # PHP's json_decode refuses a BOM
        (b'"just a string"', "application/json"),
        (b"null", "application/json"),
        (b"", "application/json"),
        (b"configuration=x&record[Email]=a@b", "text/plain"),
        (b'{"configuration": "x"}', None),
        (b"configuration=x", "multipart/form-data; boundary=x"),
    ],
)
def test_unreadable_body_is_empty_input(api: Api, body: bytes, content_type: str | None) -> None:
    assert_422(
        api.put_raw(body, content_type),
        {
            "configuration": ["The configuration field is required."],
            "record": ["The record field is required."],
        },
        "The configuration field is required. (and 1 more error)",
    )


def test_query_string_fills_what_the_body_lacks(api: Api, sandbox: Sandbox) -> None:
    # Laravel's $request->all() merges the query string under the body.
    response = api.put_json({"record": joe()}, params={"configuration": MAPPING_A})
    assert response.status_code == 200
    assert sandbox.accepted[0].content_type == "json"


# -- field rules: every documented message -------------------------------------------------


def test_neither_email_nor_phone(api: Api) -> None:
    assert_422(
        api.send({"First Name": "Joe"}),
        EMAIL_OR_PHONE,
        "The Email field is required when Phone is not present. (and 1 more error)",
    )


def test_field_names_are_case_sensitive(api: Api, sandbox: Sandbox) -> None:
    response = api.send({"email": "joe@example.com", "First Name": "Joe"})
    assert response.json()["errors"] == EMAIL_OR_PHONE
    assert sandbox.accepted == []


def test_neither_and_first_name_missing_counts_all_messages(api: Api) -> None:
    assert_422(
        api.send({"Last Name": "Doe"}),
        {**EMAIL_OR_PHONE, "First Name": ["The First Name field is required."]},
        "The Email field is required when Phone is not present. (and 2 more errors)",
    )


def test_phone_alone_is_enough(api: Api, sandbox: Sandbox) -> None:
    assert api.send({"Phone": "+55 (62) 01234-56789", "First Name": "Ann"}).status_code == 200
    assert sandbox.accepted[0].record["Phone"] == "+55 (62) 01234-56789"


@pytest.mark.parametrize("phone", ["555-1234 ext 9", "+1.555.1234", "555/1234", "٥٥٥١٢٣٤", "#1"])
def test_phone_format(api: Api, phone: str) -> None:
    assert_422(
        api.send({"Phone": phone, "First Name": "Ann"}),
        {"Phone": ["The Phone format is invalid."]},
        "The Phone format is invalid.",
    )


def test_phone_as_json_number_is_matched_as_digits(api: Api) -> None:
    assert api.send({"Phone": 5551234, "First Name": "Ann"}).status_code == 200


def test_email_invalid(api: Api) -> None:
    assert_422(
        api.send(joe(Email="joe.doe@")),
        {"Email": ["The Email field must be a valid email address."]},
        "The Email field must be a valid email address.",
    )


def test_email_as_json_number_fails(api: Api) -> None:
    response = api.send(joe(Email=12345))
    assert response.json()["errors"] == {
        "Email": ["The Email field must be a valid email address."]
    }


def test_other_email_field_has_the_shorter_message(api: Api) -> None:
    assert_422(
        api.send(joe(**{"Secondary Email": "no at sign"})),
        {"Secondary Email": ["The Secondary Email must be a valid email address."]},
        "The Secondary Email must be a valid email address.",
    )


def test_field_required(api: Api) -> None:
    assert_422(
        api.send({"Email": "joe@example.com"}),
        {"First Name": ["The First Name field is required."]},
        "The First Name field is required.",
    )


def test_account_name_required_for_accounts(api: Api) -> None:
    assert_422(
        api.send({"Industry": "Retail"}, MAPPING_B),
        {"Account Name": ["The Account Name field is required."]},
        "The Account Name field is required.",
    )


def test_accounts_mapping_needs_no_email_or_phone(api: Api, sandbox: Sandbox) -> None:
    assert api.send({"Account Name": "ACME"}, MAPPING_B).status_code == 200
    assert sandbox.accepted[0].cg_id is None


@pytest.mark.parametrize("touchpoint", ["trade show", "Trade  Show", "Expo", 1])
def test_restricted_value(api: Api, touchpoint: object) -> None:
    assert_422(
        api.send(joe(Touchpoint=touchpoint)),
        {"Touchpoint": ["The Touchpoint field is invalid."]},
        "The Touchpoint field is invalid.",
    )


@pytest.mark.parametrize("touchpoint", ["Trade Show", "Webinar", " Customer Success Call "])
def test_restricted_value_allowed(api: Api, touchpoint: str) -> None:
    assert api.send(joe(Touchpoint=touchpoint)).status_code == 200


def test_date_format(api: Api) -> None:
    assert_422(
        api.send(joe(**{"Visit Date": "2024-2-3"})),
        {"Visit Date": [DATE_MESSAGE]},
        DATE_MESSAGE,
    )


def test_number(api: Api) -> None:
    assert_422(
        api.send(joe(**{"Company Size": "about 50"})),
        {"Company Size": ["The Company Size must be a number."]},
        "The Company Size must be a number.",
    )


def test_text_too_long(api: Api) -> None:
    assert_422(
        api.send({"Account Name": "x" * 101}, MAPPING_B),
        {"Account Name": ["The Account Name must not be greater than 100 characters."]},
        "The Account Name must not be greater than 100 characters.",
    )


def test_many_errors_keep_mapping_order(api: Api) -> None:
    record = {
        "Secondary Email": "x",
        "Company Size": "x",
        "Visit Date": "x",
        "Touchpoint": "x",
        "Last Name": "x" * 51,
        "Phone": "x",
        "Email": "x",
    }
    response = api.send(record)
    assert list(response.json()["errors"]) == [
        "Email",
        "Phone",
        "First Name",
        "Last Name",
        "Touchpoint",
        "Visit Date",
        "Company Size",
        "Secondary Email",
    ]
    assert response.json()["message"] == (
        "The Email field must be a valid email address. (and 7 more errors)"
    )


def test_optional_fields_sent_empty_are_fine(api: Api, sandbox: Sandbox) -> None:
    record = joe(**{"Phone": "", "Visit Date": "  ", "Company Size": None, "Secondary Email": ""})
    assert api.send(record).status_code == 200
    assert sandbox.accepted[0].record["Visit Date"] is None


def test_unknown_keys_are_ignored_but_remembered(api: Api, sandbox: Sandbox) -> None:
    response = api.send(joe(email="old-name@example.com", Favourite="tea"))
    assert response.status_code == 200
    (accepted,) = sandbox.accepted
    assert accepted.ignored_keys == ("email", "Favourite")
    assert "email" not in accepted.record


# -- routing and authentication ---------------------------------------------------------------


@pytest.mark.parametrize("path", ["/records", "/records/x", "/record/", "/", "/RECORDS/"])
def test_other_paths_are_404(api: Api, sandbox: Sandbox, path: str) -> None:
    response = api.session.put(
        sandbox.base_url + path, json={}, headers=api.auth(), timeout=TIMEOUT
    )
    assert response.status_code == 404
    assert response.json() == {"message": "Not Found."}


@pytest.mark.parametrize("method", ["GET", "DELETE", "PATCH"])
def test_other_methods_are_405(api: Api, sandbox: Sandbox, method: str) -> None:
    response = api.session.request(method, sandbox.records_url, timeout=TIMEOUT)
    assert response.status_code == 405
    assert response.headers["Content-Type"] == "application/json"
    assert response.json() == {
        "message": f"The {method} method is not supported for this route. "
        "Supported methods: PUT, POST."
    }
    assert response.headers["Allow"] == "PUT, POST"


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer ", "Bearer not-a-token", "bearer {token}", "Basic {token}", "{token}"],
)
def test_bearer_missing_or_unknown(api: Api, sandbox: Sandbox, authorization: str | None) -> None:
    headers = (
        {} if authorization is None else {"Authorization": authorization.format(token=api.token)}
    )
    response = api.session.put(
        sandbox.records_url,
        json={"configuration": MAPPING_A, "record": joe()},
        headers=headers,
        timeout=TIMEOUT,
    )
    assert response.status_code == 401
    assert response.json() == {"message": "Unauthenticated."}
    assert sandbox.accepted == []


def test_authentication_comes_before_validation(api: Api, sandbox: Sandbox) -> None:
    response = api.session.put(sandbox.records_url, data=b"garbage", timeout=TIMEOUT)
    assert response.status_code == 401
