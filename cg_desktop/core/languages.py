"""The languages cg-desktop speaks, and which one to use: the one chosen in Settings, else
the first of the system's preferred languages that it speaks, else English."""

from __future__ import annotations

from collections.abc import Sequence

# Code → the language's own name (as a person looking for their language reads it).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "nl": "Nederlands",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
}
ENGLISH = "en"


def language_for(chosen: str | None, preferred: Sequence[str]) -> str:
    """The language to use: `chosen` (Settings) if spoken, else the first of `preferred`
    (the system's, as "nl-NL", "pt-BR", "de") that is, else English. Portuguese from
    Portugal gets Brazilian Portuguese, the nearest there is."""
    if chosen in LANGUAGES:
        return str(chosen)
    for tag in preferred:
        parts = tag.replace("-", "_").split("_")
        language = parts[0].lower()
        if language == "pt":
            return "pt_BR"
        if language in LANGUAGES:
            return language
    return ENGLISH
