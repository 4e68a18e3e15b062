"""Dialogs: credentials, settings, importing a profile, and the question before closing."""
