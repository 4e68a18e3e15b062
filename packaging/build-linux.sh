#!/usr/bin/env bash
# Build the Linux bundle, .tar.xz and .deb into build/installers (see packaging/build.py).
# Needs: python3 (3.11), dpkg-deb, readelf (binutils), and for the bundle's keyring
# self-test dbus-bin and gnome-keyring. Extra arguments go to build.py (e.g. --reuse-venv).
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 packaging/build.py --target linux "$@"
