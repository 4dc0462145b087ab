"""Counts in plain French: « 1 personne », « 74 personnes », never « personne(s) » (harder
to read for the members and staff who use clubdesk)."""

from __future__ import annotations

import re
from pathlib import Path

from clubdesk.ui.widgets import count_text

UI = Path(__file__).resolve().parents[2] / "src" / "clubdesk" / "ui"
# the screens fixed so far; other screens still say « (s) » (listed in the report)
PLAIN = ("members/members_screen.py", "reach_out/reach_out_screen.py",
         "reach_out/reach_out_model.py", "outings/outings_screen.py",
         "workshops/workshops_screen.py", "admissions/applications_screen.py",
         "admissions/commissions_screen.py", "contracts/contracts_screen.py",
         "production/production_screen.py", "tasks/tasks_screen.py",
         "partners/partners_screen.py", "followups/followups_screen.py",
         "followups/next_steps_page.py", "followups/history_page.py",
         "audit/audit_screen.py", "structure/governance_page.py",
         "objectives/objectives_screen.py")


def test_count_text_chooses_the_singular_up_to_one() -> None:
    one, many = "%1 personne", "%1 personnes"
    assert count_text(0, one, many) == "0 personne"
    assert count_text(1, one, many) == "1 personne"
    assert count_text(2, one, many) == "2 personnes"
    assert count_text(74, one, many) == "74 personnes"
    shown = count_text(1000, one, many)  # French digits, the space never breaks the line
    assert shown.replace("\u202f", " ").replace("\u00a0", " ") == "1 000 personnes"
    assert shown.count(" ") == 1


def test_these_screens_never_write_a_bracketed_plural() -> None:
    bracketed = re.compile(r"\w\((?:s|e|es)\)")
    found = [f"{name}: {line.strip()}" for name in PLAIN
             for line in (UI / name).read_text(encoding="utf-8").splitlines()
             if bracketed.search(line) and not line.strip().startswith("#")]
    assert not found, "\n".join(found)
