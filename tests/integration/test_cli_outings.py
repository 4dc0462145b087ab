"""`clubdesk outings`: a GEM's activities and outings through the real console script
(the club's clock is 2026-11-23 in tests)."""

from __future__ import annotations

import json

from test_cli import clubdesk

STRONG = "Mot-de-passe-2026"
ANNE = {"CLUBDESK_USER": "anne", "CLUBDESK_PASSWORD": STRONG}
LEA = {"CLUBDESK_USER": "lea", "CLUBDESK_PASSWORD": STRONG}


def _club(new_db) -> tuple[str, ...]:
    d = ("--db", new_db("gem"))
    clubdesk("users", "add", "anne", "--role", "direction", *d,
             env={"CLUBDESK_NEW_PASSWORD": STRONG})
    clubdesk("users", "add", "lea", "--role", "accueil", *d,
             env={**ANNE, "CLUBDESK_NEW_PASSWORD": STRONG})
    for name in ("Émilie Durand", "Loïc Morin", "Zoé Petit"):
        clubdesk("members", "add", name, "--joined", "2026-01-05", *d, env=ANNE)
    return d


def test_reception_adds_signs_up_until_full_and_a_cancel_moves_the_next_one_up(
        new_db) -> None:
    d = _club(new_db)
    added = clubdesk("outings", "add", "Musée des Beaux-Arts", "--on", "2026-12-10",
                     "--places", "2", "--cost", "3,50", "--kind", "sortie", "--place", "Rouen",
                     *d, env=LEA)
    assert added.stdout.strip() == "Sortie n° 1 enregistrée le 10/12/2026 : Musée des Beaux-Arts."
    assert "(place 1)" in clubdesk("outings", "signup", "1", "Émilie", *d, env=LEA).stdout
    assert "(place 2)" in clubdesk("outings", "signup", "1", "Loïc", *d, env=LEA).stdout
    assert "liste d'attente (rang 1)" in clubdesk("outings", "signup", "1", "Zoé", *d,
                                                  env=LEA).stdout
    listed = json.loads(clubdesk("outings", "list", "--from", "2026-12-01", "--to",
                                 "2026-12-31", "--json", *d, env=LEA).stdout)
    assert [(r["title"], r["signed_up"], r["waiting"], r["places"], r["cost_cents"])
            for r in listed] == [("Musée des Beaux-Arts", 2, 1, 2, 350)]
    cancelled = clubdesk("outings", "cancel-signup", "1", "Émilie", *d, env=LEA).stdout
    assert "Zoé Petit passe de la liste d'attente à une place." in cancelled
    text = clubdesk("outings", "list", *d, env=LEA).stdout
    assert "sortie « Musée des Beaux-Arts » — Rouen : 2/2 places, 3,50 €, prévue" in text
    assert "Aucune sortie" in clubdesk("outings", "list", "--from", "2027-01-01", *d,
                                       env=LEA).stdout


def test_refusals_are_one_french_sentence_and_write_nothing(new_db) -> None:
    d = _club(new_db)
    clubdesk("outings", "add", "Pique-nique", "--on", "2026-12-10", *d, env=ANNE)
    clubdesk("outings", "add", "Bowling", "--on", "2026-11-02", *d, env=ANNE)
    clubdesk("outings", "signup", "1", "Émilie", *d, env=ANNE)
    before = clubdesk("outings", "list", "--from", "2026-11-01", "--json", *d, env=ANNE).stdout
    for args, words in (
            (("outings", "signup", "1", "Émilie"), "a déjà une inscription à cette sortie"),
            (("outings", "signup", "2", "Loïc"), "est passée"),
            (("outings", "signup", "1", "99"), "Aucun membre n'a le numéro 99"),
            (("outings", "signup", "9", "Loïc"), "n'existe plus"),
            (("outings", "cancel-signup", "1", "Loïc"), "n'a pas d'inscription"),
            (("outings", "add", "Ciné", "--on", "2026-12-01", "--cost", "-2"),
             "ne peut pas être négatif"),
            (("outings", "add", " ", "--on", "2026-12-01"), "titre")):
        done = clubdesk(*args, *d, env=LEA, check_rc=1)
        assert words in done.stderr and done.stderr.count("\n") == 1, (args, done.stderr)
        assert "Traceback" not in done.stderr
    assert clubdesk("outings", "list", "--from", "2026-11-01", "--json", *d,
                    env=ANNE).stdout == before


def test_help_is_french() -> None:
    for action in ("list", "add", "signup", "cancel-signup"):
        text = clubdesk("outings", action, "--help").stdout
        assert "utilisation" in text and "usage:" not in text
