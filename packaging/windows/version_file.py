"""Write the Windows version resource of cg-desktop.exe, as text PyInstaller reads.

packaging/build.py runs this before PyInstaller and points CG_VERSION_FILE at the result:
    python packaging/windows/version_file.py --version 1.2.3 --out build/version_info.txt
The format is that of PyInstaller's `pyi-grab_version` (a VSVersionInfo(...) expression).
Stdlib only: it runs before the build environment has anything else.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

COMPANY = "CustomerGauge"
PRODUCT = "cg-desktop"
DESCRIPTION = "cg-desktop: send records to CustomerGauge"
EXE_NAME = "cg-desktop.exe"

# The release segment of a PEP 440 version ("1.2.3" of "1.2.3rc1"); Windows keeps four
# 16-bit numbers, so a fifth part has nowhere to go and is refused rather than dropped.
_RELEASE = re.compile(r"(\d+(?:\.\d+){0,3})(?![.\d])")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows shows for `version`: "1.2.3" and "1.2.3rc1" give (1, 2, 3, 0)."""
    match = _RELEASE.match(version)
    if match is None:
        raise ValueError(f"{version!r} does not start with a version like 1.2.3")
    numbers = [int(part) for part in match.group(1).split(".")]
    if any(number > 0xFFFF for number in numbers):
        raise ValueError(f"{version!r}: Windows keeps each part of a version below 65536")
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def _quoted(text: str) -> str:
    """`text` as a Python string literal (the file is evaluated as Python by PyInstaller)."""
    return repr(text)


def version_resource(version: str) -> str:
    """The VSVersionInfo text for `version`, in pyi-grab_version's layout."""
    numbers = version_tuple(version)
    strings = [
        ("CompanyName", COMPANY),
        ("FileDescription", DESCRIPTION),
        ("FileVersion", version),
        ("InternalName", PRODUCT),
        ("LegalCopyright", f"© {COMPANY}"),
        ("OriginalFilename", EXE_NAME),
        ("ProductName", PRODUCT),
        ("ProductVersion", version),
    ]
    string_lines = ",\n".join(
        f"        StringStruct({_quoted(key)}, {_quoted(value)})" for key, value in strings
    )
    return f"""# UTF-8
# Written by packaging/windows/version_file.py for cg-desktop {version}.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    # 0x40004: Windows NT, 32-bit API (also what a 64-bit program says).
    OS=0x40004,
    # An application, so no subtype.
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
    ),
  kids=[
    StringFileInfo(
      [
      StringTable(
        '040904B0',
        [
{string_lines}
        ])
      ]),
    # US English (1033) in Unicode (1200): the StringTable's key above says the same.
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def main(argv: list[str] | None = None) -> int:
    """Write the version resource file; exit 2 on a version Windows can't hold."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", required=True, help="the app's version, e.g. 1.2.3")
    parser.add_argument("--out", required=True, type=Path, help="the file to write")
    args = parser.parse_args(argv)
    try:
        text = version_resource(args.version)
    except ValueError as error:
        print(f"version resource: {error}", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"version resource: {args.out} ({args.version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
