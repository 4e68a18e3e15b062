"""cg-desktop: send one record at a time to CustomerGauge's Records API."""

__version__ = "0.1.0"
