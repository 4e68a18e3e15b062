"""dmgbuild settings for cg-desktop's .dmg: the app beside a link to /Applications.

dmgbuild runs this file with `defines` (its -D NAME=VALUE options) among the globals:
    python -m dmgbuild -s packaging/macos/dmg_settings.py -D app=PATH/cg-desktop.app
        [-D icon=PATH/cg-desktop.icns] cg-desktop cg-desktop-1.2.3-macos.dmg
package.py builds that call; every name below is a setting dmgbuild reads.
"""

from __future__ import annotations

import os.path

# Handed in by dmgbuild; a plain run (a test, an editor) gets an empty dict.
_defines: dict[str, str] = globals().get("defines", {})

application = _defines.get("app", "build/dist/cg-desktop.app")
_app_name = os.path.basename(application)

# Compressed with zlib: opens on every macOS the app runs on (ULFO/ULMO need newer ones).
format = _defines.get("format", "UDZO")
# Grown to fit the app by dmgbuild when None.
size = None

files = [application]
symlinks = {"Applications": "/Applications"}
icon = _defines.get("icon") or None
hide_extensions = [_app_name]

# A 640x400 window: the app on the left, the Applications link on the right, so the
# instruction needs no words (drag one onto the other).
window_rect = ((200, 200), (640, 400))
default_view = "icon-view"
show_status_bar = False
show_toolbar = False
show_sidebar = False
icon_size = 128
text_size = 14
icon_locations = {
    _app_name: (160, 190),
    "Applications": (480, 190),
}
