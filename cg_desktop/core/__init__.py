"""The rules of cg-desktop, in pure Python (no Qt): profiles, validation, client, store."""
