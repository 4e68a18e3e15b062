"""Profiles and their rules: the model, files, library, the server's validation rules, hints."""
