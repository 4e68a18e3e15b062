"""macOS signing, notarization and .dmg scripts (a package: mypy tells them from windows/)."""
