"""Stand-ins for OS tools (ISCC, signtool, codesign, xcrun...) for the packaging tests.

Each is a small Python program on PATH that logs how it was called, so a whole packaging
run can be checked on Linux.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path
from typing import Any

# One program plays every tool: it logs {"tool", "args", "env"} as a JSON line to
# $FAKE_TOOL_LOG, then runs the behaviour the test wrote for that tool (if any).
_FAKE_TOOL = """\
#!{python}
import json, os, sys
tool = os.path.basename(sys.argv[0])
args = sys.argv[1:]
with open(os.environ["FAKE_TOOL_LOG"], "a", encoding="utf-8") as log:
    seen = {{k: v for k, v in os.environ.items() if k.startswith(("CG_", "WINDOWS_", "APPLE_"))}}
    log.write(json.dumps({{"tool": tool, "args": args, "env": seen}}) + "\\n")
{behaviour}
"""


class FakeTools:
    """Writes stand-in programs into a folder on PATH and reads back how they were run."""

    def __init__(self, folder: Path, log: Path) -> None:
        """`folder` goes first on PATH; every call is logged to `log`."""
        self.folder = folder
        self.log = log

    def add(self, name: str, behaviour: str = "") -> Path:
        """A tool called `name`; `behaviour` is Python run after logging (args, tool known)."""
        path = self.folder / name
        body = _FAKE_TOOL.format(python=sys.executable, behaviour=textwrap.dedent(behaviour))
        path.write_text(body, encoding="utf-8")
        path.chmod(0o755)
        return path

    def calls(self, tool: str | None = None) -> list[dict[str, Any]]:
        """Every logged call (of `tool` only, when given), in order."""
        if not self.log.exists():
            return []
        entries = [json.loads(line) for line in self.log.read_text(encoding="utf-8").splitlines()]
        return [entry for entry in entries if tool is None or entry["tool"] == tool]

    def args(self, tool: str) -> list[list[str]]:
        """The argument lists `tool` was called with, in order."""
        return [[str(arg) for arg in entry["args"]] for entry in self.calls(tool)]
