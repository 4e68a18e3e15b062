"""Laravel's `email` rule (egulias RFCValidation): loose, but not anything goes."""

from __future__ import annotations

import pytest
from sandbox_helpers import Api, joe

from cg_desktop.sandbox.email_rule import is_valid_email

VALID = [
    "joe.doe@example.com",
    "a@b",  # no TLD is only a warning
    "JOE@EXAMPLE.COM",
    "joe+tag@example.co.uk",
    "o'brien@example.ie",
    "x!#$%&'*+-/=?^_`{|}~@example.com",
    '"john doe"@example.com',
    '"john@doe"@example.com',
    '"a\\"b"@example.com',
    '""@example.com',
    'first."quoted tail"@example.com',
    "a@[127.0.0.1]",
    "a@[IPv6:2001:db8::1]",
    "josé@exämple.com",
    "用户@例子.广告",
    "joe(comment)@example.com",
    "(comment)joe@example.com",
    "joe @example.com",  # folding white space next to the @ is a warning
    "a@123.45.67.89",
    "a@b.-c",  # egulias only checks hyphens next to a dot at the end of a label
    "a@" + "b" * 63 + ".com",
    "a" * 65 + "@example.com",  # a too-long local part is a warning
    # A non-ASCII label counts its octets after IDNA encoding: 23 here.
    "a@" + "".join(chr(0x4E00 + i * 7) for i in range(10)) + ".com",
]
INVALID = [
    "",
    "plain",
    "@example.com",
    "joe@",
    "joe@@example.com",
    "joe@example@com",
    ".joe@example.com",
    "joe.@example.com",
    "jo..e@example.com",
    "jo e@example.com",
    "jo,e@example.com",
    "jo[e]@example.com",
    "jo<e>@example.com",
    "jo:e@example.com",
    "jo;e@example.com",
    "jo)e@example.com",
    "jo(e@example.com",
    '"unclosed@example.com',
    'jo"e"@example.com',
    '"joe"x@example.com',
    '"a\tb"@example.com',
    "joe@.example.com",
    "joe@example.com.",
    "joe@example..com",
    "joe@-example.com",
    "joe@example-.com",
    "joe@example.com-",
    "joe@exa_mple.com",
    "joe@exa mple.com",
    "joe@exa+mple.com",
    "joe@exa\\mple.com",
    "joe@exa/mple.com",
    "joe@[127.0.0.1",
    "joe@[1.2.[3].4]",
    "jo\u200be@example.com",  # zero-width space: a format character
    "joe😀@example.com",
    "joe@example.com\x01",
    "joe\\x@example.com",
    "joe@" + "b" * 64 + ".com",
    "joe@" + ("b" * 60 + ".") * 5 + "com",  # domain over 253 characters
    12345,
    None,
    ["joe@example.com"],
    # Thirty CJK characters: 71 octets after IDNA encoding, past the 63-octet label limit.
    "a@" + "".join(chr(0x4E00 + i * 97) for i in range(30)) + ".com",
]


def short(value: object) -> str:
    """A readable test id."""
    return repr(value)[:40]


@pytest.mark.parametrize("address", VALID, ids=short)
def test_valid(address: str) -> None:
    assert is_valid_email(address)


@pytest.mark.parametrize("address", INVALID, ids=short)
def test_invalid(address: object) -> None:
    assert not is_valid_email(address)


@pytest.mark.parametrize("address", ["a@b", '"john doe"@example.com', "a@[127.0.0.1]"])
def test_loose_addresses_are_accepted_over_http(api: Api, address: str) -> None:
    assert api.send(joe(Email=address)).status_code == 200


@pytest.mark.parametrize("address", ["joe", "jo e@example.com", "joe@example..com"])
def test_bad_addresses_are_refused_over_http(api: Api, address: str) -> None:
    response = api.send(joe(Email=address))
    assert response.json()["errors"] == {
        "Email": ["The Email field must be a valid email address."]
    }
