"""Windows installer scripts (a package so that mypy tells them from macos/)."""
