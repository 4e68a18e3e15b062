"""Talking to CustomerGauge: regions, tokens, HTTP, the records and webhook clients, answers."""
