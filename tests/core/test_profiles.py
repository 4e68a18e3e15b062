"""Profiles load, check and save; every broken file is one clear ProfileError."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cg_desktop.core.profiles import parsing as profiles
from cg_desktop.core.profiles.draft import ProfileDraft
from cg_desktop.core.profiles.files import (
    demo_profile_path,
    load_demo_profile,
    load_profile,
    profile_to_dict,
    save_profile,
)
from cg_desktop.core.profiles.model import (
    DATA_TYPES,
    FIELD_TYPES,
    FieldSpec,
    Profile,
    ProfileError,
)
from cg_desktop.core.profiles.parsing import parse_profile

FILE = "trade-show.json"
UUID = "9dd58237-c913-4073-9c76-07da0b49ff50"


def base() -> dict[str, Any]:
    """A valid profile dict; field 3 is Phone (for the documented example message)."""
    return {
        "schema_version": 1,
        "name": "Trade show",
        "region": "eu",
        "configuration": UUID,
        "data_type": "multi-object",
        "fields": [
            {"name": "Email", "type": "email"},
            {"name": "First Name", "label": "First name", "type": "text", "max_length": 50},
            {"name": "Phone", "type": "phone"},
            {"name": "Touchpoint", "type": "choice", "choices": ["Trade Show", "Webinar"]},
        ],
    }


def write(tmp_path: Path, content: str | bytes, name: str = FILE) -> Path:
    """A file with this exact content."""
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def edited(change: Callable[[dict[str, Any]], object]) -> str:
    """The base profile as JSON text after `change` edits it in place."""
    data = base()
    change(data)
    return json.dumps(data)


def field(index: int, **changes: object) -> Callable[[dict[str, Any]], object]:
    """An edit that sets keys of field `index` (1-based); a value of ... deletes the key."""

    def change(data: dict[str, Any]) -> None:
        target = data["fields"][index - 1]
        for key, value in changes.items():
            if value is ...:
                target.pop(key, None)
            else:
                target[key] = value

    return change


def top(**changes: object) -> Callable[[dict[str, Any]], object]:
    """An edit of top-level keys; a value of ... deletes the key."""

    def change(data: dict[str, Any]) -> None:
        for key, value in changes.items():
            if value is ...:
                data.pop(key, None)
            else:
                data[key] = value

    return change


def add_field(spec: dict[str, object]) -> Callable[[dict[str, Any]], object]:
    """An edit that appends a field."""
    return lambda data: data["fields"].append(spec)


MALFORMED: list[tuple[str, str | bytes, str]] = [
    ("empty file", "", "not valid json"),
    ("bad JSON", '{"name": "x",\n "region": }', "line 2, column"),
    ("trailing comma", '{"name": "x",}', "not valid json"),
    ("not UTF-8", b'{"name": "Caf\xe9"}', "utf-8"),
    ("top level is a list", "[1, 2]", "not a profile object"),
    ("top level is a string", '"profile"', "not a profile object"),
    ("NaN", edited(field(2, max_length=float("nan"))), "nan"),
    ("key twice", '{"name": "a", "name": "b"}', "twice"),
    ("deep nesting", "[" * 100_000 + "]" * 100_000, "nested"),
    ("no name", edited(top(name=...)), '"name"'),
    ("null name", edited(top(name=None)), '"name"'),
    ("blank name", edited(top(name="  ")), '"name"'),
    ("name not text", edited(top(name=5)), '"name"'),
    ("no region", edited(top(region=...)), '"region"'),
    ("unknown region", edited(top(region="mars")), "unknown region"),
    ("no data type", edited(top(data_type=...)), '"data_type"'),
    ("unknown data type", edited(top(data_type="people")), "unknown data type"),
    ("unknown format", edited(top(format="xml")), "unknown format"),
    ("unknown method", edited(top(method="PATCH")), "unknown method"),
    ("unknown transport", edited(top(transport="fax")), "unknown transport"),
    ("no configuration", edited(top(configuration=...)), '"configuration"'),
    ("blank configuration", edited(top(configuration=" ")), '"configuration"'),
    ("webhook without id", edited(top(transport="webhook")), "webhook_id"),
    (
        "webhook URL of another host",
        edited(top(transport="webhook", webhook_id="https://hooks.example.com/ab")),
        "not a CustomerGauge webhook address",
    ),
    ("schema too new", edited(top(schema_version=2)), "newer cg-desktop"),
    ("schema not a number", edited(top(schema_version="1")), "schema_version"),
    ("schema zero", edited(top(schema_version=0)), "schema_version"),
    ("schema as bool", edited(top(schema_version=True)), "schema_version"),
    ("a secret", edited(top(client_secret="s3cr3t")), "secret"),
    ("a password", edited(top(Password="x")), "secret"),
    ("no fields", edited(top(fields=...)), '"fields"'),
    ("empty fields", edited(top(fields=[])), '"fields"'),
    ("fields not a list", edited(top(fields={"name": "Email"})), '"fields"'),
    ("field not an object", edited(top(fields=["Email"])), "not an object"),
    ("field without name", edited(field(2, name=...)), '"name"'),
    ("field name empty", edited(field(2, name="")), "empty name"),
    ("field name blank", edited(field(2, name="   ")), "empty name"),
    ("field name padded", edited(field(2, name=" First Name")), "spaces"),
    ("field name not text", edited(field(2, name=7)), "text in quotes"),
    ("field without type", edited(field(2, type=...)), '"type"'),
    ("unknown field type", edited(field(3, type="telephone")), "unknown type"),
    ("label not text", edited(field(2, label=["x"])), '"label"'),
    ("required as text", edited(field(2, required="yes")), "true or false"),
    ("required as 1", edited(field(2, required=1)), "true or false"),
    ("hidden as 0", edited(field(2, hidden=0)), "true or false"),
    ("sticky as text", edited(field(2, sticky="false")), "true or false"),
    ("max_length as text", edited(field(2, max_length="50")), "max_length"),
    ("max_length zero", edited(field(2, max_length=0)), "max_length"),
    ("max_length negative", edited(field(2, max_length=-5)), "max_length"),
    ("max_length as bool", edited(field(2, max_length=True)), "max_length"),
    ("max_length as float", edited(field(2, max_length=50.0)), "max_length"),
    ("duplicate field", edited(add_field({"name": "Email", "type": "email"})), "repeats"),
    ("case-only duplicate", edited(add_field({"name": "email", "type": "email"})), "case"),
    ("choice without choices", edited(field(4, choices=...)), "choices"),
    ("choice with empty list", edited(field(4, choices=[])), "choices"),
    ("choices not a list", edited(field(4, choices="Trade Show")), "choices"),
    ("choice not text", edited(field(4, choices=["A", 1])), "text in quotes"),
    ("choice twice", edited(field(4, choices=["A", "A"])), "twice"),
    ("empty choice", edited(field(4, choices=["A", ""])), "empty choice"),
    ("padded choice", edited(field(4, choices=["A", "B "])), "spaces"),
    ("choices on text", edited(field(2, choices=["A"])), "choice"),
    ("hidden without default", edited(field(4, hidden=True)), "hidden"),
    ("default not a choice", edited(field(4, default="Party")), "not one of its choices"),
    ("default not text", edited(field(2, default=5)), '"default"'),
    ("default too long", edited(field(2, default="x" * 51)), "greater than 50"),
    (
        "bad date default",
        edited(add_field({"name": "D", "type": "date", "default": "2024-2-3"})),
        "date",
    ),
    (
        "bad number default",
        edited(add_field({"name": "N", "type": "number", "default": "ten"})),
        "number",
    ),
    ("bad email default", edited(field(1, default="nobody")), "valid email address"),
    ("bad Phone default", edited(field(3, default="call me")), "format is invalid"),
    ("lone surrogate", '{"name": "\\ud800"}', "broken character"),
    (
        "brackets in a form key",
        edited(lambda d: d.update(format="form") or field(2, name="a]b")(d)),
        "[ or ]",
    ),
    (
        "survey without Email/Phone",
        edited(lambda d: d["fields"].pop(0) and d["fields"].pop(1)),
        "needs a field",
    ),
    (
        "lowercase email only",
        edited(lambda d: d.update(fields=[{"name": "email", "type": "email"}])),
        "case-sensitive",
    ),
    ("accounts without Account Name", edited(top(data_type="accounts")), "Account Name"),
]


@pytest.mark.parametrize(
    ("content", "word"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED]
)
def test_malformed_profile_is_one_clear_error(
    tmp_path: Path, content: str | bytes, word: str
) -> None:
    with pytest.raises(ProfileError) as caught:
        load_profile(write(tmp_path, content))
    message = str(caught.value)
    assert message.startswith(f'Profile "{FILE}": ')
    assert word.lower() in message.lower()
    assert "\n" not in message and "Traceback" not in message


def test_the_documented_example_message(tmp_path: Path) -> None:
    with pytest.raises(ProfileError) as caught:
        load_profile(write(tmp_path, edited(field(3, type="telephone"))))
    assert str(caught.value) == (
        'Profile "trade-show.json": field 3 ("Phone") has unknown type "telephone"; '
        "use one of text, email, phone, date, datetime, number, choice."
    )
    assert caught.value.source == FILE


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match=r'^Profile "gone\.json": .*doesn\'t exist'):
        load_profile(tmp_path / "gone.json")


def test_folder_instead_of_file(tmp_path: Path) -> None:
    (tmp_path / "folder.json").mkdir()
    with pytest.raises(ProfileError, match="folder"):
        load_profile(tmp_path / "folder.json")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 0 can't stop root (tests run as root in CI), so the OS refusal is simulated.
    path = write(tmp_path, json.dumps(base()))

    real_open = os.open

    def refuse(name: object, *args: Any, **kwargs: Any) -> int:
        if str(name) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ProfileError, match="permission"):
        load_profile(path)


def test_huge_file(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="too large"):
        load_profile(write(tmp_path, b" " * (profiles.MAX_FILE_BYTES + 1)))


def test_valid_profile_and_its_defaults(tmp_path: Path) -> None:
    p = load_profile(write(tmp_path, json.dumps(base())))
    assert (p.name, p.region, p.configuration, p.data_type) == (
        "Trade show",
        "eu",
        UUID,
        "multi-object",
    )
    assert (p.format, p.method, p.transport, p.webhook_id, p.schema_version) == (
        "json",
        "PUT",
        "api",
        None,
        1,
    )
    email = p.fields[0]
    assert email == FieldSpec("Email", "Email", "email")  # label defaults to the name
    assert p.fields[1].label == "First name" and p.fields[1].max_length == 50
    assert p.field("Phone") is p.fields[2]
    assert p.field("phone") is None  # names are case-sensitive
    assert p.sends_survey


def test_tolerated_and_normalised(tmp_path: Path) -> None:
    data = base()
    data.update(
        region="EU", data_type="Multi-Object", method="post", format="FORM", future_key={"x": 1}
    )
    data["fields"][0].update(label=None, help=None, colour="blue", choices=None)
    p = load_profile(write(tmp_path, "\ufeff" + json.dumps(data)))  # a BOM is fine
    assert (p.region, p.data_type, p.method, p.format) == ("eu", "multi-object", "POST", "form")
    assert p.fields[0].label == "Email" and p.fields[0].help == ""


def test_hidden_fields_and_visibility() -> None:
    data = base()
    data["fields"][3].update(hidden=True, default="Webinar")
    data["fields"][1]["sticky"] = True
    p = parse_profile(data)
    assert [f.name for f in p.visible_fields] == ["Email", "First Name", "Phone"]
    assert [f.name for f in p.hidden_fields] == ["Touchpoint"]
    assert p.fields[1].sticky


def test_blank_default_is_no_default() -> None:
    data = base()
    data["fields"][1]["default"] = "  "
    assert parse_profile(data).fields[1].default is None


def test_webhook_profile_needs_no_configuration() -> None:
    data = base()
    data.update(transport="webhook", webhook_id="AbC-123_x")
    del data["configuration"]
    p = parse_profile(data)
    assert (p.transport, p.webhook_id, p.configuration) == ("webhook", "AbC-123_x", "")
    assert p.configuration_warning() is None


def test_accounts_profile() -> None:
    data = base()
    data.update(data_type="accounts", fields=[{"name": "Account Name", "type": "text"}])
    p = parse_profile(data)
    assert not p.sends_survey


def test_configuration_warning_for_non_uuid() -> None:
    p = parse_profile(base())
    assert p.configuration_warning() is None
    odd = parse_profile({**base(), "configuration": "12305294-0b20-4009-b95d-c8123301d66"})
    warning = odd.configuration_warning()
    assert warning is not None and "12305294-0b20-4009-b95d-c8123301d66" in warning


def test_parse_profile_names_its_source() -> None:
    with pytest.raises(ProfileError, match=r'^Profile "<profile>": '):
        parse_profile([])
    with pytest.raises(ProfileError, match=r'^Profile "x\.json": '):
        parse_profile({}, "x.json")


def test_upgrade_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[dict[str, object]] = []

    def to_v2(data: dict[str, object]) -> dict[str, object]:
        seen.append(data)
        return {**data, "name": f"{data['name']} (upgraded)"}

    monkeypatch.setattr(profiles, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(profiles, "UPGRADERS", {1: to_v2})
    assert parse_profile(base()).name == "Trade show (upgraded)"
    assert len(seen) == 1
    assert parse_profile({**base(), "schema_version": 2}).name == "Trade show"


# --- saving -------------------------------------------------------------------


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    p = parse_profile({**base(), "name": "Café ☕"})
    path = tmp_path / "out.json"
    save_profile(p, path)
    assert load_profile(path) == p
    text = path.read_text(encoding="utf-8")
    assert text.startswith(
        '{\n  "schema_version": 1,\n  "name": "Café ☕"'
    )  # indent 2, not escaped
    assert text.endswith("}\n")
    assert json.loads(text) == profile_to_dict(p)


def test_save_replaces_atomically(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    save_profile(parse_profile(base()), path)
    changed = parse_profile({**base(), "name": "Second"})
    save_profile(changed, path)
    assert load_profile(path).name == "Second"
    assert sorted(os.listdir(tmp_path)) == ["p.json"]  # no temp file left behind


def test_save_refuses_a_profile_it_could_not_load(tmp_path: Path) -> None:
    broken = Profile("x", "eu", UUID, "contacts", (FieldSpec("First Name", "F", "text"),))
    with pytest.raises(ProfileError, match="needs a field"):
        save_profile(broken, tmp_path / "bad.json")
    assert not (tmp_path / "bad.json").exists()


def test_save_into_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match=r'^Profile "p\.json": .*saved'):
        save_profile(parse_profile(base()), tmp_path / "nowhere" / "p.json")


# --- the demo -----------------------------------------------------------------


def test_demo_profile() -> None:
    p = load_profile(demo_profile_path())
    assert p == load_demo_profile()
    assert (p.name, p.region, p.configuration) == ("Demo (practice)", "sandbox", UUID)
    assert (p.data_type, p.format, p.method, p.transport) == ("multi-object", "json", "PUT", "api")
    assert [(f.name, f.type) for f in p.fields] == [
        ("Email", "email"),
        ("Phone", "phone"),
        ("First Name", "text"),
        ("Last Name", "text"),
        ("Account Name", "text"),
        ("Touchpoint", "choice"),
        ("Visit Date", "date"),
        ("Company Size", "number"),
        ("Secondary Email", "email"),
    ]
    first, last, account, touchpoint = p.fields[2:6]
    assert first.required and first.max_length == 50 and last.max_length == 50
    assert account.max_length == 100
    assert touchpoint.choices == ("Trade Show", "Webinar", "Customer Success Call")
    assert touchpoint.default == "Trade Show" and touchpoint.sticky
    assert "phone" in p.fields[0].help.lower()
    assert all(f.label for f in p.fields)
    assert p.configuration_warning() is None


# --- kiosk settings: scan_fields, send_on_scan --------------------------------


def test_kiosk_settings_default_to_none_and_off() -> None:
    p = parse_profile(base())
    assert p.scan_fields == () and p.send_on_scan is False
    assert profile_to_dict(p)["scan_fields"] == {} and profile_to_dict(p)["send_on_scan"] is False


def test_scan_fields_and_send_on_scan_are_read_in_order() -> None:
    data = {**base(), "scan_fields": {"TITLE": "First Name", "EMAIL": "Email"}}
    p = parse_profile({**data, "send_on_scan": True})
    assert p.scan_fields == (("TITLE", "First Name"), ("EMAIL", "Email"))
    assert p.send_on_scan is True


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (["ORG", "Email"], ['"scan_fields"', "object of texts"]),
        ("ORG=Email", ["object of texts"]),
        ({"ORG": 3}, ['{"ORG": 3}', "object of texts"]),
        ({"ORG": None}, ["object of texts"]),
        ({"": "Email"}, ["object of texts"]),
        ({"ORG": "Account Name"}, ['"ORG" to "Account Name"', "no field named so"]),
        ({"ORG": "email"}, ['there is "Email"', "case-sensitive"]),
    ],
)
def test_scan_fields_problems_are_one_sentence(value: object, words: list[str]) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile({**base(), "scan_fields": value}, FILE)
    message = str(caught.value)
    assert message.startswith(f'Profile "{FILE}": the profile has "scan_fields"')
    assert all(word in message for word in words), message
    assert message.endswith(".") and "\n" not in message


@pytest.mark.parametrize("value", [1, 0, "yes", "true"])
def test_send_on_scan_must_be_true_or_false(value: object) -> None:
    with pytest.raises(ProfileError, match='"send_on_scan"'):
        parse_profile({**base(), "send_on_scan": value})


def test_kiosk_settings_survive_save_and_load(tmp_path: Path) -> None:
    data = {**base(), "scan_fields": {"ORG": "First Name"}, "send_on_scan": True}
    p = parse_profile(data)
    save_profile(p, tmp_path / "k.json")
    saved = json.loads((tmp_path / "k.json").read_text(encoding="utf-8"))
    assert saved["scan_fields"] == {"ORG": "First Name"} and saved["send_on_scan"] is True
    assert load_profile(tmp_path / "k.json") == p


def test_a_draft_that_does_not_edit_kiosk_settings_keeps_them() -> None:
    p = parse_profile({**base(), "scan_fields": {"ORG": "First Name"}, "send_on_scan": True})
    draft = ProfileDraft.from_profile(p)
    draft.name = "Renamed desk"
    again = draft.to_profile()
    assert again.scan_fields == (("ORG", "First Name"),) and again.send_on_scan is True
    copy = draft.copy()
    copy.scan_fields["TITLE"] = "Email"
    assert draft.scan_fields == {"ORG": "First Name"}  # the copy is independent


def test_a_draft_that_removes_a_mapped_field_drops_only_that_mapping() -> None:
    data = {**base(), "scan_fields": {"ORG": "First Name", "EMAIL": "Email"}}
    draft = ProfileDraft.from_profile(parse_profile(data))
    draft.fields = [f for f in draft.fields if f.name != "First Name"]
    assert draft.to_profile().scan_fields == (("EMAIL", "Email"),)


# --- properties ---------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
PROFILE_KEYS = [
    "schema_version",
    "name",
    "region",
    "configuration",
    "data_type",
    "format",
    "method",
    "transport",
    "webhook_id",
    "fields",
    "client_secret",
    "scan_fields",
    "send_on_scan",
]
FIELD_KEYS = [
    "name",
    "label",
    "type",
    "required",
    "max_length",
    "choices",
    "default",
    "hidden",
    "sticky",
    "help",
]


def check_parse(data: object) -> None:
    """parse_profile gives a Profile or a ProfileError, never another exception."""
    try:
        result = parse_profile(data)
    except ProfileError as exc:
        assert str(exc).startswith('Profile "<profile>": ')
        return
    assert isinstance(result, Profile)


@given(json_values)
def test_parse_anything_is_profile_or_profile_error(data: object) -> None:
    check_parse(data)


@given(st.sampled_from(PROFILE_KEYS), json_values)
def test_parse_any_top_level_change(key: str, value: object) -> None:
    data = base()
    data[key] = value
    check_parse(data)


@given(st.integers(0, 3), st.sampled_from(FIELD_KEYS), json_values)
def test_parse_any_field_change(index: int, key: str, value: object) -> None:
    data = base()
    data["fields"][index][key] = value
    check_parse(data)


# too_slow stays suppressed as in tests/conftest.py's profile (this list replaces its list).
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_load_any_bytes_is_profile_or_profile_error(tmp_path: Path, content: bytes) -> None:
    try:
        load_profile(write(tmp_path, content))
    except ProfileError as exc:
        assert str(exc).startswith(f'Profile "{FILE}": ')


names = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="[]"),
    min_size=1,
    max_size=12,
).filter(lambda s: s.strip() == s and s.strip())
choice_texts = st.text(alphabet="abcdefXYZ 1", min_size=1, max_size=8).filter(
    lambda s: s.strip() == s
)


@st.composite
def field_specs(draw: st.DrawFn, name: str) -> FieldSpec:
    """A valid field called `name`."""
    # The server's own Email and Phone keys keep their natural types (their rules apply
    # whatever the type, and a generated choice default would break them).
    contact_types = {"Email": "email", "Phone": "phone"}
    type_ = contact_types.get(name) or draw(st.sampled_from(FIELD_TYPES))
    choices: tuple[str, ...] = ()
    default = None
    if type_ == "choice":
        choices = tuple(draw(st.lists(choice_texts, min_size=1, max_size=4, unique=True)))
        default = draw(st.none() | st.sampled_from(choices))
    return FieldSpec(
        name=name,
        label=draw(names),
        type=type_,
        required=draw(st.booleans()),
        max_length=draw(st.none() | st.integers(8, 500)),
        choices=choices,
        default=default,
        hidden=default is not None and draw(st.booleans()),
        sticky=draw(st.booleans()),
        help=draw(st.text(max_size=30)),
    )


@st.composite
def valid_profiles(draw: st.DrawFn) -> Profile:
    """A profile that parse_profile accepts."""
    data_type = draw(st.sampled_from(DATA_TYPES))
    required = (
        "Account Name" if data_type == "accounts" else draw(st.sampled_from(["Email", "Phone"]))
    )
    others = draw(st.lists(names, max_size=5, unique_by=str.casefold))
    field_names = [required] + [n for n in others if n.casefold() != required.casefold()]
    transport = draw(st.sampled_from(["api", "webhook"]))
    properties = st.sampled_from(["ORG", "TITLE", "FN", "N.given", "badge id"])
    scan_fields = draw(st.dictionaries(properties, st.sampled_from(field_names), max_size=3))
    return Profile(
        name=draw(names),
        region=draw(st.sampled_from(["eu", "us", "au", "sandbox"])),
        configuration=draw(st.just(UUID) | names) if transport == "api" else "",
        data_type=data_type,
        fields=tuple(draw(field_specs(n)) for n in field_names),
        format=draw(st.sampled_from(["json", "form"])),
        method=draw(st.sampled_from(["PUT", "POST"])),
        transport=transport,
        webhook_id=draw(st.from_regex(r"[A-Za-z0-9_-]{1,20}", fullmatch=True))
        if transport == "webhook"
        else None,
        scan_fields=tuple(scan_fields.items()),
        send_on_scan=draw(st.booleans()),
    )


@settings(max_examples=60)
@given(valid_profiles())
def test_save_load_round_trip(profile: Profile) -> None:
    assert parse_profile(profile_to_dict(profile)) == profile
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.json"
        save_profile(profile, path)
        assert load_profile(path) == profile


def test_practice_profiles_are_the_demo_an_out_of_date_copy_and_the_demo_webhook() -> None:
    from cg_desktop.core.profiles.files import load_practice_profiles

    demo, stale, hook = load_practice_profiles()
    assert (hook.transport, hook.webhook_id, hook.webhook_user) == (
        "webhook",
        "demo-webhook",
        "sandbox-hook",
    )
    assert hook.region == "sandbox" and hook.field("Email") is not None
    assert demo == load_demo_profile()
    assert stale.configuration == demo.configuration and stale.region == "sandbox"
    # The copy lets things through that the sandbox's mapping A refuses.
    size = stale.field("Company Size")
    assert size is not None and size.type == "text"
    touchpoint = stale.field("Touchpoint")
    assert touchpoint is not None and "Partner Day" in touchpoint.choices
