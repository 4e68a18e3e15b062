"""The frozen app's entry point (PyInstaller runs a script, not a package's main())."""

import sys

from cg_desktop.app import main

sys.exit(main())
