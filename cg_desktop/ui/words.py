"""Core's sentences in the person's language (core/words.py keeps them translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cg_desktop.core.words import CONTEXT, Words


def said(text: str) -> str:
    """`text` in the language in use when core marked it (Words); else exactly as it is."""
    if not isinstance(text, Words):
        return text
    values = {key: said(v) if isinstance(v, str) else v for key, v in text.values.items()}
    return QCoreApplication.translate(CONTEXT, text.template).format(**values)
