"""`clubdesk report --year Y --freeze` through the real console script: the year's table is
kept as sent, `--json` and the French lines give the sent figures and what changed since."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from clubdesk.model.annual.registry import entry, indicator_keys
from clubdesk.model.club import Club

SCRIPT = Path(sys.executable).with_name("clubdesk")
DIRECTION = {"CLUBDESK_USER": "direction", "CLUBDESK_PASSWORD": "Direction-demo-2026"}
TEAM = {"CLUBDESK_USER": "equipe", "CLUBDESK_PASSWORD": "Equipe-demo-2026"}


def clubdesk(*args: str, rc: int = 0, who: dict[str, str] = DIRECTION
             ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **who}
    done = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, env=env,
                          timeout=180)
    assert done.returncode == rc, (done.stdout, done.stderr)
    return done


def test_freeze_then_the_sent_figures_and_what_changed(demo_db: Path, tmp_path: Path) -> None:
    db = str(demo_db)
    computed = json.loads(clubdesk("report", "--year", "2025", "--json", "--db", db).stdout)
    assert "changed_since_sent" not in computed  # not sent yet: the figures of today

    out = clubdesk("report", "--year", "2025", "--freeze", "--db", db).stdout.splitlines()
    assert out[0] == ("Le tableau de 2025 est marqué comme transmis le 23/11/2026 à 10:00 "
                      "par direction.")
    assert db in out[1] and "base du club" in out[1]

    sent = json.loads(clubdesk("report", "--year", "2025", "--json", "--db", db).stdout)
    assert sent["changed_since_sent"] == [] and sent["sent_by"] == "direction"
    assert sent["sent_at"].startswith("2026-11-23T10:00")
    assert {k: sent[k] for k in indicator_keys()} == {k: computed[k] for k in indicator_keys()}
    assert (sent["format_version"], sent["year"], sent["club"]) == (
        computed["format_version"], 2025, computed["club"])
    assert sent["generated_at"] == sent["sent_at"]  # the figures are those of that moment
    lines = clubdesk("report", "--year", "2025", "--db", db).stdout.splitlines()
    assert lines[0] == ("Tableau transmis le 23/11/2026 à 10:00 par direction : les chiffres "
                        "ci-dessous sont ceux transmis.")
    assert lines[1].startswith("Rien n'a changé depuis")

    # Someone who joined in 2025 is entered late: the sent figures stay, the change is named.
    club = Club.open(db)
    try:
        late = club.members.create("Tardif", joined_on=date(2025, 6, 2),
                                   today=date(2025, 6, 2)).id
        club.attendance.check_in(late, date(2025, 6, 3), "am")
    finally:
        club.close()
    after = json.loads(clubdesk("report", "--year", "2025", "--json", "--db", db).stdout)
    assert {k: after[k] for k in indicator_keys()} == {k: computed[k] for k in indicator_keys()}
    assert {"entries", "seen_during_year"} <= set(after["changed_since_sent"])
    lines = clubdesk("report", "--year", "2025", "--db", db).stdout.splitlines()
    assert lines[1].startswith("Changé depuis") and entry("entries").label in lines[1]
    assert f"  {entry('entries').label} : {computed['entries']}" in lines

    # --out writes the files as sent; a second freeze is refused in one sentence.
    paths = [Path(p) for p in clubdesk("report", "--year", "2025", "--out",
                                       str(tmp_path / "envoi"), "--db", db).stdout.split()]
    assert json.loads(paths[2].read_text(encoding="utf-8")) == computed
    again = clubdesk("report", "--year", "2025", "--freeze", "--db", db, rc=1)
    assert "déjà marqué comme transmis" in again.stderr and again.stderr.count("\n") == 1
    assert "Traceback" not in again.stderr


def test_freeze_is_refused_to_the_team_and_for_a_year_not_over(demo_db: Path) -> None:
    db = str(demo_db)
    done = clubdesk("report", "--year", "2025", "--freeze", "--db", db, rc=1, who=TEAM)
    assert "ne permet pas" in done.stderr and done.stderr.count("\n") == 1
    done = clubdesk("report", "--year", "2026", "--freeze", "--db", db, rc=1)
    assert "n'est pas terminée" in done.stderr and done.stderr.count("\n") == 1
    data = json.loads(clubdesk("report", "--year", "2025", "--json", "--db", db).stdout)
    assert "sent_at" not in data
