"""Pure-Python rules of cg-desktop: profiles, validation, the API client, credentials, the store (no Qt)."""
