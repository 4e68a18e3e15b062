"""The record form: fields generated from a profile, inline errors, the message banner."""
