"""Kiosk mode and badge scanning: parsing scans, telling scanners from people, the staff PIN."""
