"""`clubdesk db copy --to` through the real console script, on the back end under test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(sys.executable).with_name("clubdesk")
DIRECTION = {"CLUBDESK_USER": "direction", "CLUBDESK_PASSWORD": "Direction-demo-2026"}


def clubdesk(*args: str, env: dict[str, str] | None = None,
             check_rc: int | None = 0) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True,
                          env={**os.environ, **(env if env is not None else DIRECTION)},
                          timeout=180)
    if check_rc is not None:
        assert done.returncode == check_rc, (done.stdout, done.stderr)
    return done


def test_db_copy_then_the_copy_answers_like_the_source(demo_target: str, new_db) -> None:
    target = new_db("copie")
    out = clubdesk("db", "copy", "--db", demo_target, "--to", target).stdout
    assert out.startswith("Club copié de ") and "export identique et journal intact" in out
    assert clubdesk("audit", "verify", "--db", target).stdout.startswith("Journal intact")
    listed = [json.loads(clubdesk("members", "list", "--json", "--db", db).stdout)
              for db in (demo_target, target)]
    assert listed[0] == listed[1] and len(listed[0]) > 50
    # the same accounts came along: signing in on the copy works
    assert "direction" in clubdesk("users", "list", "--db", target).stdout


def test_db_copy_refusals_are_one_sentence(demo_target: str, new_db) -> None:
    target = new_db("copie")
    clubdesk("db", "copy", "--db", demo_target, "--to", target)
    again = clubdesk("db", "copy", "--db", demo_target, "--to", target, check_rc=1)
    assert again.stdout == ""
    assert again.stderr.startswith("clubdesk : La base ") and "contient déjà" in again.stderr
    assert again.stderr.count("\n") == 1
    reception = {"CLUBDESK_USER": "accueil", "CLUBDESK_PASSWORD": "Accueil-demo-2026"}
    other = new_db("autre")
    denied = clubdesk("db", "copy", "--db", demo_target, "--to", other, env=reception,
                      check_rc=1)
    assert "ne permet pas cette action" in denied.stderr
    usage = clubdesk("db", "copy", "--db", demo_target, check_rc=2)
    assert "--to" in usage.stderr
