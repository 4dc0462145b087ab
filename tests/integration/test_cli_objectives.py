"""`clubdesk objectives` (issue 20 item 2): due reviews, objectives, a review printed to sign;
refusals in one French sentence, exit 1, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader
from test_cli import clubdesk


def test_objectives_from_the_command_line(new_db, tmp_path: Path) -> None:
    d = ("--db", new_db("c"))
    clubdesk("members", "add", "Loïc Morin", "--joined", "2026-01-05", *d)
    clubdesk("members", "add", "Nina Roux", "--joined", "2026-01-05", *d)
    out = clubdesk("objectives", "add", "Loïc", "--domain", "savoir-etre",
                   "Arriver à l'heure", "--on", "2026-06-01", *d).stdout
    assert out.startswith("Objectif n° 1 enregistré pour Loïc Morin")
    clubdesk("objectives", "add", "Loïc", "--domain", "savoir", "Lire un plan", "--on",
             "2026-06-01", *d)
    clubdesk("objectives", "add", "Nina", "--domain", "savoir-faire", "Tailler une haie",
             "--on", "2026-10-01", *d)
    # the club's clock is 23/11/2026: Loïc is due since 01/08, Nina not before 01/12
    due = json.loads(clubdesk("objectives", "due", "--json", *d).stdout)
    assert [(r["member"], r["due_on"], r["last_review"]) for r in due] == [
        ("Loïc Morin", "2026-08-01", None)]
    pdf = tmp_path / "bilan.pdf"
    out = clubdesk("objectives", "review", "Loïc", "--on", "2026-11-20", "--level", "1=acquis",
                   "--level", "2=en cours", "--words", "Je prends le bus seul.",
                   "--comment", "Ponctuel.", "--pdf", str(pdf), *d).stdout
    assert "Bilan n° 1 enregistré pour Loïc Morin le 20/11/2026 (2 objectifs)." in out
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    assert "Je prends le bus seul." in reader.pages[0].extract_text()
    assert clubdesk("objectives", "due", *d).stdout.strip() == "Aucun bilan à faire."
    listed = json.loads(clubdesk("objectives", "list", "Loïc", "--json", *d).stdout)
    assert [(o["domain"], o["level"]) for o in listed["objectives"]] == [
        ("savoir", "in_progress"), ("savoir_etre", "acquired")]
    for args, words in (
            (("review", "Loïc", "--on", "2026-11-01", "--level", "1=acquis"),
             "avant le précédent"),
            (("review", "Loïc", "--on", "2026-11-22", "--level", "1=excellent"),
             "Niveau inconnu"),
            (("review", "Loïc", "--on", "2026-11-22", "--level", "3=acquis"),
             "autre personne"),
            (("review", "Loïc", "--on", "2026-11-22"), "au moins un objectif"),
            (("review", "Loïc", "--on", "2026-11-22", "--level", "acquis"), "OBJECTIF=NIVEAU"),
            (("review", "Loïc", "--on", "2026-11-22", "--level", "1=acquis", "--pdf",
              str(tmp_path / "absent" / "b.pdf")), "n'existe pas"),
            (("add", "Loïc", "--domain", "savoir", "  "), "obligatoire"),
            (("add", "Loïc", "--domain", "savoir-vivre", "Texte"), "Domaine inconnu")):
        done = clubdesk("objectives", *args, *d, check_rc=1)
        assert words in done.stderr and done.stderr.count("\n") == 1, (args, done.stderr)
        assert "Traceback" not in done.stderr
    listed = json.loads(clubdesk("objectives", "list", "1", "--json", *d).stdout)
    assert len(listed["reviews"]) == 1 and len(listed["objectives"]) == 2
