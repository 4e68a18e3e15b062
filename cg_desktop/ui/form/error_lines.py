"""Which errors show under which field of the form, and for how long."""

from __future__ import annotations

from collections.abc import Mapping

from cg_desktop.core.profiles.rules import CONTACT_KEYS, EMAIL_WITHOUT_PHONE, PHONE_WITHOUT_EMAIL
from cg_desktop.core.profiles.wording import in_our_words
from cg_desktop.ui.form.field_row import FieldRow
from cg_desktop.ui.words import said

CONTACT_MISSING = frozenset({EMAIL_WITHOUT_PHONE, PHONE_WITHOUT_EMAIL})


class ErrorLines:
    """Puts errors under the form's fields: this app's own first, CustomerGauge's while the
    value it refused is still there, and "give Email or Phone" once, for both fields."""

    def __init__(self, rows: Mapping[str, FieldRow]) -> None:
        """`rows`: the form's fields, by name."""
        self._rows = rows
        self._server: dict[str, tuple[str, list[str]]] = {}  # field → (value, messages)

    def forget_server(self) -> None:
        """A new person: nothing CustomerGauge said is about them."""
        self._server = {}

    def remember_server(self, errors: Mapping[str, list[str]]) -> None:
        """CustomerGauge's errors, kept under their fields until the value changes."""
        self._server = {
            name: (self._rows[name].editor.value(), list(messages))
            for name, messages in errors.items()
            if name in self._rows
        }

    def update(self, name: str, client: Mapping[str, list[str]]) -> None:
        """A field's errors now, given this app's check (`client`); the other of Email and
        Phone too when it has shown errors (filling one settles the other's)."""
        self._show(name, self._messages_for(name, client))
        for other in CONTACT_KEYS:
            if other in self._rows and other != name and self._rows[other].touched:
                self._show(other, self._messages_for(other, client))

    def show_all(self, errors: Mapping[str, list[str]]) -> FieldRow | None:
        """These errors under their fields (all other fields cleared); the first such field."""
        first: FieldRow | None = None
        for name, row in self._rows.items():
            messages = list(errors.get(name, []))
            row.touched = row.touched or bool(messages)
            self._show(name, messages)
            if messages and first is None:
                first = row
        return first

    def first_in_words(self, errors: Mapping[str, list[str]]) -> str:
        """The first field's first error in the form's own words (what a banner says of a
        refusal), with the field's label when the form has it; "" when there is none."""
        name, messages = next(iter(errors.items()), ("", []))
        if not messages:
            return ""
        spec = self._rows[name].spec if name in self._rows else None
        return said(in_our_words(messages[0], spec))

    def _messages_for(self, name: str, client: Mapping[str, list[str]]) -> list[str]:
        """A field's errors: this app's own check, else what the server said about the
        value still there (the server knows rules the profile doesn't)."""
        if client.get(name):
            return list(client[name])
        answered = self._server.get(name)
        if answered is not None and answered[0] == self._rows[name].editor.value():
            return list(answered[1])
        return []

    def _show(self, name: str, messages: list[str]) -> None:
        """A field's errors; "give Email or Phone" is one sentence, under Email, for both."""
        pair = CONTACT_KEYS[0] in self._rows and CONTACT_KEYS[1] in self._rows
        if pair and name in CONTACT_KEYS and CONTACT_MISSING & set(messages):
            email, phone = (self._rows[key] for key in CONTACT_KEYS)
            email.show_errors([EMAIL_WITHOUT_PHONE])
            phone.show_errors([PHONE_WITHOUT_EMAIL], quiet=True)
            email.touched = phone.touched = True
            return
        self._rows[name].show_errors(messages)
