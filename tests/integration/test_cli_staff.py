"""`clubdesk staff` (issue #19, item 1): a staff member entered, listed, given a new FTE and
ended from the command line, with the refusals in one French sentence (exit 1)."""

from __future__ import annotations

import json

from test_cli import clubdesk

STRONG = "Mot-de-passe-2026"


def test_staff_add_list_period_end_and_the_account_link(new_db) -> None:
    db = new_db("c")
    clubdesk("users", "add", "anne", "--role", "direction", "--db", db,
             env={"CLUBDESK_NEW_PASSWORD": STRONG})
    clubdesk("users", "add", "nadia", "--role", "equipe", "--db", db,
             env={"CLUBDESK_USER": "anne", "CLUBDESK_PASSWORD": STRONG,
                  "CLUBDESK_NEW_PASSWORD": STRONG})
    anne = {"CLUBDESK_USER": "anne", "CLUBDESK_PASSWORD": STRONG}
    out = clubdesk("staff", "add", "Nadia Le Goff", "--function", "Chargée d'insertion",
                   "--qualification", "DEES", "--fte", "0,8", "--from", "2026-01-01",
                   "--peer-worker", "--account", "nadia", "--db", db, env=anne).stdout
    assert "Nadia Le Goff" in out and "0,8 ETP depuis le 01/01/2026" in out
    rows = json.loads(clubdesk("staff", "list", "--json", "--db", db, env=anne).stdout)
    assert [(r["first_name"], r["last_name"], r["function"], r["qualification"],
             r["peer_worker"], r["fte_today"], r["account"]) for r in rows] == [
        ("Nadia", "Le Goff", "Chargée d'insertion", "DEES", True, 0.8, "nadia")]

    out = clubdesk("staff", "period", "nadia le goff", "--fte", "1", "--from", "2026-11-01",
                   "--db", db, env=anne).stdout
    assert out.strip() == "Nadia Le Goff : 1 ETP à partir du 01/11/2026."
    text = clubdesk("staff", "list", "--db", db, env=anne).stdout
    assert "1 ETP aujourd'hui ; pair-aidant ; compte nadia" in text

    # the team may list, not write; its list does not show the accounts
    nadia = {"CLUBDESK_USER": "nadia", "CLUBDESK_PASSWORD": STRONG}
    seen = json.loads(clubdesk("staff", "list", "--json", "--db", db, env=nadia).stdout)
    assert [r["account"] for r in seen] == [None]
    refused = clubdesk("staff", "end", "Nadia", "--on", "2026-12-31", "--db", db, env=nadia,
                       check_rc=1)
    assert refused.stderr.strip() == (
        "clubdesk : Votre rôle (équipe) ne permet pas cette action.")

    # refusals: one sentence, exit 1, nothing written
    for args, words in (
            (("staff", "period", "Nadia", "--fte", "1,5", "--from", "2026-12-01"), "ETP"),
            (("staff", "period", "Nadia", "--fte", "0", "--from", "2026-12-01"), "ETP"),
            (("staff", "period", "Nadia", "--fte", "0.5", "--from", "2026-10-01"),
             "après le début de la période en cours"),
            (("staff", "end", "Nadia", "--on", "2026-10-31"), "avant son début"),
            (("staff", "end", "Zoé", "--on", "2026-10-31"), "Aucun salarié ne correspond"),
            (("staff", "add", "Zoé", "--fte", "2", "--from", "2026-01-01"), "ETP"),
            (("staff", "add", "Zoé", "--fte", "1", "--account", "nadia"), "déjà lié")):
        done = clubdesk(*args, "--db", db, env=anne, check_rc=1)
        assert words in done.stderr and done.stderr.count("\n") == 1, (args, done.stderr)
        assert "Traceback" not in done.stderr
    after = json.loads(clubdesk("staff", "list", "--json", "--db", db, env=anne).stdout)
    assert [(r["last_name"], r["fte_today"]) for r in after] == [("Le Goff", 1.0)]

    out = clubdesk("staff", "end", "1", "--on", "2026-12-31", "--db", db, env=anne).stdout
    assert out.strip() == "Contrat de Nadia Le Goff terminé le 31/12/2026."
    again = clubdesk("staff", "end", "Nadia", "--on", "2027-01-31", "--db", db, env=anne,
                     check_rc=1)
    assert "n'a pas de contrat en cours" in again.stderr


def test_staff_help_is_french() -> None:
    out = clubdesk("staff", "add", "--help").stdout
    assert "équivalent temps plein" in out and "show this help" not in out
    assert clubdesk("staff", "period", "X", "--fte", "1", "--from", "demain",
                    check_rc=2).stderr
