"""A pseudo-translation: every string ~40 % longer, with accents, for finding clipped text.

Built from a shipped .ts file (all of the app's strings), compiled with pyside6-lrelease.
Placeholders ({name}) and mnemonics (&F) are kept, so the app runs as it does in English.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ACCENTED = str.maketrans("AEIOUYCNSaeiouycns", "ÅÉÎÖÜÝÇÑŠåéîöüýçñš")
_KEEP = re.compile(r"(\{[^{}]*\}|&.|<[^>]*>)")  # placeholders, mnemonics, rich-text tags


def pseudo(text: str) -> str:
    """`text` accented and padded to ~140 % of its length, in brackets (ends are visible)."""
    parts = _KEEP.split(text)
    shown = "".join(p if _KEEP.fullmatch(p) else p.translate(ACCENTED) for p in parts)
    padding = "·" * max(1, round(len(text) * 0.4) - 2)
    return f"[{shown}{padding}]"


def build_pseudo_qm(source_ts: Path, out_dir: Path) -> Path:
    """A .qm of `source_ts`'s strings, every translation pseudo(source); its path."""
    tree = ElementTree.parse(source_ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = pseudo(source)
        if not forms:
            translation.text = pseudo(source)
    out_dir.mkdir(parents=True, exist_ok=True)
    ts = out_dir / "cg_desktop_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = out_dir / "cg_desktop_pseudo.qm"
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    command = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
    assert command, "pyside6-lrelease not found (pip install PySide6)"
    subprocess.run([command, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm
