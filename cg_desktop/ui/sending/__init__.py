"""Sending: the sender thread, signing in, the life of a send from the form, the status words."""
