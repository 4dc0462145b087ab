"""Lint and types are part of the suite: ruff on everything, mypy (strict on model/, export/)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def test_ruff_is_clean() -> None:
    done = subprocess.run([str(BIN / "ruff"), "check", "src", "tests", "packaging"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_is_clean() -> None:
    done = subprocess.run([str(BIN / "mypy"), "--cache-dir", str(ROOT / ".venv" / "mypy-cache")],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_club_reads_one_clock() -> None:
    """The club's today and now come from clubdesk.model.clock, which tests set: code that
    asks the machine directly makes the suite depend on the hour it runs at."""
    import re

    asks = re.compile(r"\b(date\.today|datetime\.now|datetime\.today|time\.localtime)\b")
    found = [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
             for path in sorted((ROOT / "src" / "clubdesk").rglob("*.py"))
             if path.name != "clock.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if asks.search(line)]
    assert not found, "\n".join(found)


UI_LIMIT = 500  # lines; a UI module above it holds more than one thing
# Still above the limit, to be split (step 13 of the plan). This list only shrinks: a file
# split below the limit must leave it, and no other file may join it.
KNOWN_LARGE: set[str] = set()


def test_no_ui_module_grows_above_500_lines() -> None:
    ui = ROOT / "src" / "clubdesk" / "ui"
    sizes = {path.relative_to(ui).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
             for path in ui.rglob("*.py")}
    too_large = sorted(f"{name} ({n} lines)" for name, n in sizes.items()
                       if n > UI_LIMIT and name not in KNOWN_LARGE)
    assert not too_large, "UI modules above 500 lines (split them): " + ", ".join(too_large)
    split = sorted(name for name in KNOWN_LARGE if sizes.get(name, 0) <= UI_LIMIT)
    assert not split, "now at most 500 lines (or gone): remove from KNOWN_LARGE: " + ", ".join(
        split)


def test_the_core_imports_no_qt_no_screen_and_no_document_writer() -> None:
    """model/ is the Qt-free core: it imports neither PySide6 nor the windows (ui) nor the
    document writers (export), not even inside a function (a sent report gets its files
    drawn by clubdesk.export.annual_report.freeze_report)."""
    import ast

    model = Path(__file__).parents[2] / "src" / "clubdesk" / "model"
    found = []
    for path in sorted(model.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found += [f"{path.relative_to(model)}:{node.lineno} {n}" for n in names
                      if n.split(".")[0] == "PySide6"
                      or n.startswith(("clubdesk.ui", "clubdesk.export"))]
    assert not found, "\n".join(found)
