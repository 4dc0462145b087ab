"""A pre-insertion structure's whole path from the command line (issue 20): an application
referred by a partner goes through an admission commission, a trial month renewed once, a
6-month contract, three reviews of the objectives grid due every two months, each printed
on one page; what is due and what ends soon are listed on the way. The club's clock is
23/11/2026 (tests/conftest.py); the dates below are those of a year in the structure."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader
from test_cli import clubdesk


def test_an_application_to_the_third_review(new_db, tmp_path: Path) -> None:
    d = ("--db", new_db("p"))
    clubdesk("structure", "kind", "--set", "pre-insertion", *d)
    clubdesk("partners", "add", "CMP Adultes", "--category", "health", *d)
    out = clubdesk("applications", "add", "Julie Martin", "--referred-by", "CMP Adultes",
                   "--received", "2025-12-01", "--interview", "2025-12-08", *d).stdout
    assert "Julie Martin" in out
    clubdesk("commissions", "add", "--on", "2026-01-12", "--partners", "1", *d)
    listed = json.loads(clubdesk("applications", "list", "--json", *d).stdout)
    assert [(a["name"], a["state"]) for a in listed] == [("Julie Martin", "interviewed")]
    clubdesk("applications", "decide", "1", "--commission", "1", "--decision", "admis", *d)
    listed = json.loads(clubdesk("applications", "list", "--json", *d).stdout)
    assert listed[0]["state"] == "admitted" and listed[0]["state_since"] == "2026-01-12"
    # a final decision is not taken twice
    again = clubdesk("applications", "decide", "1", "--commission", "1", "--decision",
                     "refuse", "--reason", "autre", "--not-told", *d, check_rc=1)
    assert again.stderr.count("\n") == 1 and "Traceback" not in again.stderr

    # the trial month from 31 January: no 31 February, it ends on the month's last day
    out = clubdesk("contracts", "trial", "Julie", "--from", "2026-01-31", *d).stdout
    assert "du 31/01/2026 au 28/02/2026" in out
    out = clubdesk("contracts", "renew", "1", *d).stdout
    assert "du 01/03/2026 au 30/03/2026" in out
    refused = clubdesk("contracts", "renew", "2", *d, check_rc=1)  # renewed once only
    assert refused.stderr.count("\n") == 1
    out = clubdesk("contracts", "start", "Julie", *d).stdout
    assert "contrat du 31/03/2026 au 30/09/2026" in out
    out = clubdesk("contracts", "renew", "3", *d).stdout
    assert "du 01/10/2026 au 30/03/2027" in out  # a year from 31/03/2026, date à date
    overlap = clubdesk("contracts", "trial", "Julie", "--from", "2026-06-01", *d, check_rc=1)
    assert overlap.stderr.count("\n") == 1 and "Traceback" not in overlap.stderr
    # nothing ends within 30 days of 23/11/2026; within 130 days, the renewed contract
    assert json.loads(clubdesk("contracts", "list", "--ending-within", "30", "--json",
                               *d).stdout) == []
    soon = json.loads(clubdesk("contracts", "list", "--ending-within", "130", "--json",
                               *d).stdout)
    assert [(p["member"], p["ends_on"]) for p in soon] == [("Julie Martin", "2027-03-30")]

    # the objectives grid, a review every two months, each printed for signing
    for domain, text in (("savoir", "Connaître les consignes de sécurité"),
                         ("savoir-faire", "Repeindre un mur"),
                         ("savoir-etre", "Arriver à l'heure")):
        clubdesk("objectives", "add", "Julie", "--domain", domain, text, "--on",
                 "2026-03-31", *d)
    due = json.loads(clubdesk("objectives", "due", "--json", *d).stdout)
    assert [(r["member"], r["due_on"]) for r in due] == [("Julie Martin", "2026-05-31")]
    for review, (day, levels, words) in enumerate((
            ("2026-05-29", ("1=en cours", "2=non acquis", "3=en cours"), "Je découvre."),
            ("2026-07-31", ("1=acquis", "2=en cours", "3=acquis"), "Je repeins seule."),
            ("2026-09-30", ("1=maîtrisé", "2=acquis", "3=acquis"), "Je suis prête.")), 1):
        pdf = tmp_path / f"bilan-{review}.pdf"
        args = [a for level in levels for a in ("--level", level)]
        out = clubdesk("objectives", "review", "Julie", "--on", day, *args, "--words", words,
                       "--comment", "Relu ensemble.", "--pdf", str(pdf), *d).stdout
        assert f"Bilan n° {review} enregistré pour Julie Martin" in out
        reader = PdfReader(str(pdf))
        assert len(reader.pages) == 1
        page = reader.pages[0].extract_text()
        assert words in page and "Repeindre un mur" in page and "Julie Martin" in page
    # after the review of 30/09, the next one was due on 30/11: not yet on 23/11
    assert clubdesk("objectives", "due", *d).stdout.strip() == "Aucun bilan à faire."
    grid = json.loads(clubdesk("objectives", "list", "Julie", "--json", *d).stdout)
    assert len(grid["reviews"]) == 3
    assert sorted(o["level"] for o in grid["objectives"]) == ["acquired", "acquired",
                                                              "mastered"]
