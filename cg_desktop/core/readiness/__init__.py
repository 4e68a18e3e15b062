"""The readiness check: is this computer ready for the first visitor? (`--check`, Help menu)."""
