"""Core's translatable sentences: English strs that keep their template and values."""

from __future__ import annotations

import copy
import pickle

from cg_desktop.core.words import Words


def test_words_are_their_english_and_keep_what_made_them() -> None:
    words = Words("Did you mean {address}?", address="a{b}@example.com")
    assert words == "Did you mean a{b}@example.com?"  # braces in a value are just text
    assert words.template == "Did you mean {address}?"
    assert dict(words.values) == {"address": "a{b}@example.com"}


def test_copies_and_pickles_stay_words() -> None:
    words = Words("{label}: use a date like {date}.", label="Visit {x}", date="30/06/2024")
    for again in (copy.copy(words), copy.deepcopy(words), pickle.loads(pickle.dumps(words))):
        assert isinstance(again, Words) and again == words
        assert again.template == words.template and dict(again.values) == dict(words.values)
