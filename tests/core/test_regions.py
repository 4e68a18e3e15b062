"""Regions map to SPEC.md's URLs; plain http only to loopback."""

from __future__ import annotations

import pytest

from cg_desktop.core.api.regions import RegionError, region, require_safe_url, sandbox_region


@pytest.mark.parametrize("code", ["eu", "us", "au"])
def test_real_regions_use_the_documented_urls(code: str) -> None:
    r = region(code)
    assert r.token_url == f"https://auth.{code}.customergauge.com/oauth2/token"
    assert r.records_url == f"https://imports.api.{code}.customergauge.com/records/"
    assert r.hook_url("abc") == f"https://hooks.{code}.customergauge.com/abc"


def test_labels_are_words_a_person_knows() -> None:
    assert [region(c).label for c in ("eu", "us", "au")] == [
        "Europe",
        "United States",
        "Australia",
    ]
    assert region("eu").server_name == "CustomerGauge (Europe)"


def test_unknown_region_is_refused_with_the_choices() -> None:
    with pytest.raises(RegionError, match="eu, us, au"):
        region("asia")


def test_sandbox_region_is_loopback_http() -> None:
    r = sandbox_region("http://127.0.0.1:8765/")
    assert r.records_url == "http://127.0.0.1:8765/records/"
    assert r.token_url == "http://127.0.0.1:8765/oauth2/token"
    assert r.code == "sandbox"


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:1/", "http://localhost:80/x", "http://[::1]:5/", "https://example.com/"],
)
def test_safe_urls_pass(url: str) -> None:
    require_safe_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/records/",
        "http://10.0.0.1/",
        "ftp://127.0.0.1/",
        "https:///nohost",
        "http://127.0.0.1.evil.example/",
    ],
)
def test_plain_http_elsewhere_is_refused(url: str) -> None:
    with pytest.raises(RegionError):
        require_safe_url(url)
    with pytest.raises(RegionError):
        sandbox_region(url)
