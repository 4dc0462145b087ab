"""The command line counts in plain French: « 1 participant », « 3 participants », never
« participant(s) » (harder to read for members living with cognitive disorders)."""

from __future__ import annotations

import ast
from pathlib import Path

from test_cli import clubdesk

import clubdesk.cli as cli_package
from clubdesk.cli.console import count


def test_count_is_singular_for_0_and_1_and_plural_from_2() -> None:
    assert count(0, "participant", "participants") == "0 participant"
    assert count(1, "participant", "participants") == "1 participant"
    assert count(2, "participant", "participants") == "2 participants"
    assert count(74, "fiche archivée", "fiches archivées") == "74 fiches archivées"


def _texts(path: Path) -> list[str]:
    """The string literals of a module (f-string parts included), docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
                  and node.body and isinstance(node.body[0], ast.Expr)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


def test_no_bracketed_plural_or_gender_is_written_anywhere() -> None:
    """Not by the command line, nor by the core's messages, the screens, the documents or
    the demo: « inscrit(e) », « personne(s) » are written as whole words or reworded."""
    package = Path(cli_package.__file__).parent.parent
    modules = sorted(package.rglob("*.py"))
    assert len(modules) > 200 and any("attendance" in p.name for p in modules)
    found = [(str(path.relative_to(package)), text) for path in modules
             for text in _texts(path) if any(mark in text for mark in ("(s)", "(e)", "(es)"))]
    assert not found


def test_one_participant_is_singular_and_two_are_plural(new_db) -> None:
    d = ("--db", new_db("c"))
    clubdesk("members", "add", "Émilie Durand", "--joined", "2026-01-05", *d)
    clubdesk("members", "add", "Loïc Morin", "--joined", "2026-01-05", *d)
    one = clubdesk("workshops", "add", "Atelier CV", "--date", "2026-11-03",
                   "--attendee", "Émilie", *d).stdout
    assert one.strip().endswith("Atelier CV (1 participant).")
    two = clubdesk("workshops", "add", "Atelier cuisine", "--date", "2026-11-10",
                   "--attendee", "Émilie", "--attendee", "Loïc", *d).stdout
    assert two.strip().endswith("Atelier cuisine (2 participants).")
    listed = clubdesk("workshops", "list", "--year", "2026", *d).stdout
    assert "1 participant)" in listed and "2 participants)" in listed
