"""The typo guard: addresses CustomerGauge accepts but that are almost surely typos."""

from __future__ import annotations

import pytest

from cg_desktop.core.profiles.hints import email_doubt
from cg_desktop.core.profiles.laravel import is_laravel_email

TYPOS = [
    # (typed, meant): real slips seen at desks and in typo studies.
    ("joe@gmial.com", "joe@gmail.com"),
    ("joe@gmai.com", "joe@gmail.com"),
    ("joe@gnail.com", "joe@gmail.com"),
    ("joe@gmail.con", "joe@gmail.com"),
    ("joe@gmail.cmo", "joe@gmail.com"),
    ("joe@gmail.co", "joe@gmail.com"),
    ("joe@gmail", "joe@gmail.com"),
    ("ann@hotmial.com", "ann@hotmail.com"),
    ("ann@hotmai.com", "ann@hotmail.com"),
    ("ann@hotmail.con", "ann@hotmail.com"),
    ("bo@yahooo.com", "bo@yahoo.com"),
    ("bo@yaho.com", "bo@yahoo.com"),
    ("cy@outlok.com", "cy@outlook.com"),
    ("cy@outlook.cm", "cy@outlook.com"),
    ("dee@iclod.com", "dee@icloud.com"),
    ("eve@example.con", "eve@example.com"),
    ("eve@example.cmo", "eve@example.com"),
    ("eve@examplecom", "eve@example.com"),
    ("fay@company.nte", "fay@company.net"),
    ("gus@charity.ogr", "gus@charity.org"),
]
# Valid, unusual, and never doubted.
FINE = [
    "joe@gmail.com",
    "ann@mac.com",
    "bo@me.com",
    "cy@aon.com",
    "dee@gmx.net",
    "eve@email.com",
    "fay@mail.com",
    "gus@ymail.com",
    "hal@hotmail.co.uk",
    "ida@uni-heidelberg.de",
    "jo@example.museum",
    "kim@company.co",
    "lee@xn--mnchen-3ya.de",
    "max@sub.domain.example.org",
    "ned@cm.com",
]


@pytest.mark.parametrize(("typed", "meant"), TYPOS)
def test_a_likely_typo_is_doubted_with_the_address_meant(typed: str, meant: str) -> None:
    assert is_laravel_email(typed)  # CustomerGauge would take it: only the desk can catch it
    doubt = email_doubt(typed)
    assert doubt is not None and doubt.replacement == meant
    assert meant in doubt.message


@pytest.mark.parametrize("address", FINE)
def test_a_valid_address_is_not_doubted(address: str) -> None:
    assert email_doubt(address) is None


def test_no_dot_without_a_good_guess_is_doubted_without_a_suggestion() -> None:
    doubt = email_doubt("joe@intranet")
    assert doubt is not None and doubt.replacement is None
    assert "no dot" in doubt.message
