"""What a newcomer meets first: the README's tables render whole, ./dev says what it is doing
during the first set-up (the script is read, never run: it would re-point the venv)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def markdown_tables(text: str) -> list[list[str]]:
    """The blocks of consecutive table rows outside fenced code, each a list of lines."""
    tables: list[list[str]] = []
    current: list[str] = []
    fenced = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        if not fenced and line.lstrip().startswith("|"):
            current.append(line.strip())
            continue
        if current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables


def split_tables(text: str) -> list[str]:
    """The first row of every block of rows without a header separator as its second line:
    what a blank line inside a table leaves (markdown renders it as a paragraph of pipes)."""
    return [rows[0] for rows in markdown_tables(text)
            if len(rows) < 2 or not SEPARATOR.match(rows[1])]


def test_a_blank_line_inside_a_table_is_found() -> None:
    whole = "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n"
    assert split_tables(whole) == []
    broken = "| a | b |\n|---|---|\n| 1 | 2 |\n\n| 3 | 4 |\n"
    assert split_tables(broken) == ["| 3 | 4 |"]
    assert split_tables("```\n| not | a table |\n```\n") == []


@pytest.mark.parametrize("name", ["README.md"])
def test_no_table_of_the_readme_is_split(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    assert markdown_tables(text), "the README has its tables"
    assert split_tables(text) == []
    # every row of a table has as many cells as its header
    for rows in markdown_tables(text):
        width = len(re.split(r"(?<!\\)\|", rows[0]))
        assert all(len(re.split(r"(?<!\\)\|", row)) == width for row in rows), rows[0]


# the steps of ./dev that take seconds to minutes on a fresh machine
LONG_STEPS = {
    "system packages": re.compile(r"apt-get install"),
    "Python environment": re.compile(r'-m venv "\$VENV"'),
    "Python dependencies": re.compile(r"-m pip install"),
    "translations": re.compile(r"translations\.py release"),
    "test PostgreSQL server": re.compile(r"/initdb\""),
    "tests": re.compile(r"-m pytest"),
}


def silent_steps(script: str, window: int = 7) -> list[str]:
    """The long steps of the script with no `say` line shortly before them in the same
    block (no blank line, no start of a function or of a case branch in between)."""
    lines = script.splitlines()
    silent = []
    for number, line in enumerate(lines):
        for step, pattern in LONG_STEPS.items():
            if not pattern.search(line) or line.lstrip().startswith("#"):
                continue
            said = False
            for before in reversed(lines[max(0, number - window):number]):
                text = before.strip()
                if not text or text.endswith("() {") or re.fullmatch(r"[\w|]+\)", text):
                    break
                if text.startswith("say "):
                    said = True
                    break
            if not said:
                silent.append(f"{step}: line {number + 1}")
    return silent


def test_dev_says_what_it_does_before_each_long_step() -> None:
    script = (ROOT / "dev").read_text(encoding="utf-8")
    subprocess.run(["bash", "-n", str(ROOT / "dev")], check=True)
    found = {step for step, pattern in LONG_STEPS.items() if pattern.search(script)}
    assert found == set(LONG_STEPS), "a long step changed its form: update LONG_STEPS"
    assert silent_steps(script) == []
    # the check catches a silent step
    quiet = script.replace('say "Creating the Python environment', '# "Creating')
    venv_line = quiet.splitlines().index('    "$PY" -m venv "$VENV"') + 1
    assert silent_steps(quiet) == [f"Python environment: line {venv_line}"]
