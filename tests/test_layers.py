"""The layers of DESIGN.md hold: core has no Qt, sandbox knows neither core nor ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_hold() -> None:
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken." in result.stdout


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt_even_lazily() -> None:
    # import-linter sees imports inside functions too, but this also names the culprit.
    offenders = {
        str(p.relative_to(ROOT)): sorted(
            n for n in _imports(p) if n.split(".")[0] in ("PySide6", "shiboken6")
        )
        for p in (ROOT / "cg_desktop" / "core").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_sandbox_imports_nothing_of_core_or_ui() -> None:
    offenders = {
        str(p.relative_to(ROOT)): sorted(
            n
            for n in _imports(p)
            if n.startswith(("cg_desktop.core", "cg_desktop.ui", "cg_desktop.app"))
        )
        for p in (ROOT / "cg_desktop" / "sandbox").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}
