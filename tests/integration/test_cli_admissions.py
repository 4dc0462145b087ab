"""`clubdesk applications` and `clubdesk commissions` (issue 20, item 2): an application from
the command line up to the commission's decision, the waiting list, and the refusals in one
French sentence (exit 1, nothing written), for staff only."""

from __future__ import annotations

import json

from test_cli import clubdesk

STRONG = "Mot-de-passe-2026"
ANNE = {"CLUBDESK_USER": "anne", "CLUBDESK_PASSWORD": STRONG}
LEA = {"CLUBDESK_USER": "lea", "CLUBDESK_PASSWORD": STRONG}


def _club(new_db) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    db = new_db("c")
    d = ("--db", db)
    clubdesk("users", "add", "anne", "--role", "direction", *d,
             env={"CLUBDESK_NEW_PASSWORD": STRONG})
    clubdesk("users", "add", "lea", "--role", "accueil", *d,
             env={**ANNE, "CLUBDESK_NEW_PASSWORD": STRONG})
    clubdesk("partners", "add", "Mission locale", "--category", "local_authority", *d, env=ANNE)
    clubdesk("partners", "add", "ESAT Hersin", "--category", "medico_social", *d, env=ANNE)
    return d


def test_an_application_from_reception_to_admission(new_db) -> None:  # type: ignore[no-untyped-def]
    d = _club(new_db)
    out = clubdesk("applications", "add", "Karim Benali", "--referred-by", "Mission locale",
                   "--received", "2026-09-01", "--interview", "2026-09-08", *d, env=ANNE).stdout
    assert "Candidature n° 1 enregistrée pour Karim Benali" in out
    clubdesk("applications", "add", "Julie Roy", "--self", "--received", "2026-09-02",
             "--waiting-list", *d, env=ANNE)
    com = json.loads(clubdesk("commissions", "add", "--on", "2026-10-05", "--partners", "1,2",
                              "--json", *d, env=ANNE).stdout)
    assert com == {"id": 1, "held_on": "2026-10-05", "partner_ids": [1, 2]}
    out = clubdesk("applications", "decide", "1", "--commission", "1", "--decision", "admis",
                   *d, env=ANNE).stdout
    assert out.strip() == "Candidature n° 1 (Karim Benali) : admis le 05/10/2026."
    clubdesk("applications", "decide", "2", "--commission", "1", "--decision", "refuse",
             "--reason", "no_place", "--not-told", *d, env=ANNE)
    rows = json.loads(clubdesk("applications", "list", "--json", *d, env=ANNE).stdout)
    assert [(r["name"], r["state"]) for r in rows] == [("Julie Roy", "refused"),
                                                        ("Karim Benali", "admitted")]
    assert json.loads(clubdesk("applications", "list", "--state", "admitted", "--json", *d,
                               env=ANNE).stdout)[0]["id"] == 1
    members = json.loads(clubdesk("members", "list", "--json", *d, env=ANNE).stdout)
    karim = next(m for m in members if m["first_name"] == "Karim")
    assert karim["status"] == "current"
    listed = json.loads(clubdesk("commissions", "list", "--json", *d, env=ANNE).stdout)
    assert listed == [{"id": 1, "held_on": "2026-10-05", "partner_ids": [1, 2],
                       "decisions": 2}]


def test_refusals_are_one_french_sentence_and_write_nothing(new_db) -> None:  # type: ignore[no-untyped-def]
    d = _club(new_db)
    clubdesk("applications", "add", "Karim Benali", "--received", "2026-09-01", *d, env=ANNE)
    clubdesk("commissions", "add", "--on", "2026-10-05", *d, env=ANNE)
    clubdesk("commissions", "add", "--on", "2026-08-01", *d, env=ANNE)
    for args, words, who in (
            (("applications", "decide", "1", "--commission", "1", "--decision", "refuse"),
             "Un refus doit avoir un motif", ANNE),
            (("applications", "decide", "1", "--commission", "1", "--decision", "reoriente"),
             "vers un partenaire", ANNE),
            (("applications", "decide", "1", "--commission", "1", "--decision", "reoriente",
              "--partner", "99"), "Aucun partenaire n'a le numéro 99", ANNE),
            (("applications", "decide", "1", "--commission", "2", "--decision", "admis"),
             "antérieure à la candidature", ANNE),
            (("applications", "add", "Julie Roy", "--received", "2026-12-01"),
             "reçue après aujourd'hui", ANNE),
            (("applications", "add", "Julie Roy", "--received", "2026-09-01",
              "--referred-by", "42"), "Aucun partenaire n'a le numéro 42", ANNE),
            (("commissions", "add", "--on", "2026-10-05", "--partners", "1,77"),
             "Aucun partenaire n'a le numéro 77", ANNE),
            (("applications", "list"), "ne permet pas", LEA),
            (("commissions", "list"), "ne permet pas", LEA)):
        done = clubdesk(*args, *d, env=who, check_rc=1)
        assert words in done.stderr and done.stderr.count("\n") == 1, (args, done.stderr)
        assert "Traceback" not in done.stderr
    rows = json.loads(clubdesk("applications", "list", "--json", *d, env=ANNE).stdout)
    assert [(r["id"], r["state"]) for r in rows] == [(1, "received")]
    assert len(json.loads(clubdesk("commissions", "list", "--json", *d, env=ANNE).stdout)) == 2
    clubdesk("applications", "decide", "1", "--commission", "1", "--decision", "refuse",
             "--reason", "care_first", "--told", *d, env=ANNE)
    done = clubdesk("applications", "decide", "1", "--commission", "1", "--decision", "admis",
                    *d, env=ANNE, check_rc=1)
    assert "déjà close" in done.stderr and done.stderr.count("\n") == 1


def test_help_is_french() -> None:
    for args in (("applications", "add"), ("applications", "decide"), ("applications", "list"),
                 ("commissions", "add"), ("commissions", "list")):
        out = clubdesk(*args, "--help").stdout
        assert "utilisation :" in out and "show this help" not in out, args
