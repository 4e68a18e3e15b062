"""The frozen app's entry point (PyInstaller runs a script, not a package's main())."""

import os
import sys

from cg_desktop.app import main

# The Linux bundle carries the X11 (xcb) platform only; on Wayland desktops it runs through
# XWayland. Someone who forces QT_QPA_PLATFORM=wayland would get no window at all, so xcb
# is added after it as Qt's fallback.
_platform = os.environ.get("QT_QPA_PLATFORM", "")
if sys.platform.startswith("linux") and "wayland" in _platform and "xcb" not in _platform:
    os.environ["QT_QPA_PLATFORM"] = f"{_platform};xcb"

sys.exit(main())
