"""Sentences core writes for a person, kept translatable without importing Qt.

Core says things in English. A `Words` is that English sentence (it *is* a str, so
everything that reads, compares or stores it goes on working) that also keeps its
template and values, so the window can say it in the person's language: ui/words.py
looks the template up in Qt's translations and fills in the values.
pyside6-lupdate finds the templates by the QT_TRANSLATE_NOOP marker, in the context "core".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # (the name lupdate looks for)
    """Marks `text` for pyside6-lupdate in `context` (always CONTEXT); returns it unchanged."""
    return text


class Words(str):
    """An English sentence for a person that keeps its template and values (for translation).

    `Words(template, name=value)` is `template.format(name=value)`; a value may itself be
    Words (translated in its turn). Anything made from it by str operations is plain English.
    """

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, /, **values: object) -> Words:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = MappingProxyType(dict(values))
        return made

    def __reduce__(self) -> tuple[object, ...]:
        """Copied or pickled from its template and values (never its filled-in English)."""
        return (_rebuilt, (self.template, dict(self.values)))


def _rebuilt(template: str, values: dict[str, object]) -> Words:
    """A Words again, from what __reduce__ kept."""
    return Words(template, **values)
