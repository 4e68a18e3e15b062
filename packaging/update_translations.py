"""Keep the translations in step with the code: `python packaging/update_translations.py`.

1. pyside6-lupdate reads every tr() and QCoreApplication.translate() in cg_desktop/ into
   resources/translations/cg_desktop_<language>.ts (new strings come in "unfinished";
   strings no longer in the code are dropped). Translators fill them in with Qt Linguist
   (or any editor: they are XML).
2. pyside6-lrelease compiles each .ts into the .qm the app loads.

`--check` changes nothing: it says (exit 1) when a .ts is behind the code or has strings
not yet translated, or a .qm is behind its .ts (tests/test_translations.py runs it).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
# The languages shipped (core/languages.py, without English: the code's own).
SHIPPED = ("nl", "de", "fr", "es", "pt_BR")


def tool(name: str) -> str:
    """A PySide6 tool: beside this Python (a venv that isn't activated), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = shutil.which(name, path=str(beside.parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def sources() -> list[Path]:
    """Every Python file of the app (lupdate finds the marked strings in them)."""
    return sorted((ROOT / "cg_desktop").rglob("*.py"))


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    """The translation source of `language`."""
    return folder / f"cg_desktop_{language}.ts"


def lupdate(ts: Path) -> None:
    """Bring `ts` in step with the code (keeping what is translated)."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *map(str, sources()),
            "-locations",
            "none",  # no line numbers: moving code doesn't change a translation file
            "-no-obsolete",
            "-silent",
            "-ts",
            str(ts),
        ],
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile `ts` into `qm`."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def untranslated(ts: Path) -> list[str]:
    """The source strings of `ts` still waiting for a translation (or left obsolete)."""
    missing = []
    for message in ElementTree.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if translation is None or kind in ("unfinished", "obsolete", "vanished"):
            source = message.find("source")
            missing.append(source.text or "" if source is not None else "")
    return missing


def problems(languages: Sequence[str] = SHIPPED) -> list[str]:
    """What is behind or missing, one sentence each (nothing: all in step)."""
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in languages:
            shipped = ts_file(language)
            if not shipped.exists():
                found.append(f"{shipped.name}: missing")
                continue
            fresh = Path(scratch) / shipped.name
            shutil.copy(shipped, fresh)
            lupdate(fresh)
            if fresh.read_bytes() != shipped.read_bytes():
                found.append(f"{shipped.name}: behind the code (run this script)")
            for source in untranslated(fresh):
                found.append(f"{shipped.name}: not translated: {source!r}")
            compiled = Path(scratch) / f"cg_desktop_{language}.qm"
            lrelease(shipped, compiled)
            qm = shipped.with_suffix(".qm")
            if not qm.exists() or not filecmp.cmp(compiled, qm, shallow=False):
                found.append(f"{qm.name}: behind {shipped.name} (run this script)")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """Update (or with --check, only check) every shipped language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if behind")
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in SHIPPED:
        ts = ts_file(language)
        lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))
        left = untranslated(ts)
        if left:
            print(f"{ts.name}: {len(left)} string(s) to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
