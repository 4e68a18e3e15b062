"""Linux installers: the .tar.xz and the .deb (a package so mypy tells it from windows/)."""
