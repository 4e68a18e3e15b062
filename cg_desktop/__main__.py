"""`python -m cg_desktop` runs the app."""

import sys

from cg_desktop.app import main

sys.exit(main())
