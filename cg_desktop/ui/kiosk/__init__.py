"""Kiosk mode: a trade-show desk's full-screen form for visitors, one at a time."""
