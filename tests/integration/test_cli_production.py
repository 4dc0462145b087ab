"""`clubdesk orders ...` and `clubdesk production ...` (issue 20 item 3): orders of client
partners, production sessions and the month's hours; refusals in one French sentence,
exit 1, nothing written."""

from __future__ import annotations

import json

from test_cli import clubdesk


def test_orders_and_production_from_the_command_line(new_db) -> None:
    d = ("--db", new_db("c"))
    clubdesk("members", "add", "Émilie Durand", "--joined", "2026-01-05", *d)
    clubdesk("members", "add", "Loïc Morin", "--joined", "2026-01-05", *d)
    clubdesk("partners", "add", "Brasserie du Pont", "--category", "client", *d)
    clubdesk("partners", "add", "CMP Nord", "--category", "health", *d)
    out = clubdesk("orders", "add", "--client", "brasserie du pont", "Buffet 40 couverts",
                   "--due", "2026-11-30", "--received", "2026-11-02", *d).stdout
    assert "Commande n° 1 enregistrée" in out
    clubdesk("orders", "add", "--client", "1", "Cartes de visite", "--due", "2026-11-20",
             "--received", "2026-11-02", *d)
    listed = json.loads(clubdesk("orders", "list", "--json", *d).stdout)
    assert [(o["what"], o["late"], o["status"]) for o in listed] == [
        ("Cartes de visite", True, "todo"), ("Buffet 40 couverts", False, "todo")]
    clubdesk("orders", "status", "2", "livree", *d)
    assert "livrée" in clubdesk("orders", "list", "--status", "livrée", *d).stdout
    out = clubdesk("production", "add", "--on", "2026-11-20", "--workshop", "Restaurant",
                   "--order", "1", "--worker", "Émilie=3,5", "--worker", "Loïc=2", *d).stdout
    assert "2 personnes)." in out
    clubdesk("production", "add", "--on", "2026-11-21", "--workshop", "Restaurant",
             "--worker", "Émilie=0.25", *d)
    hours = json.loads(clubdesk("production", "hours", "--month", "2026-11", "--json",
                                *d).stdout)
    assert [(h["name"], h["minutes"], h["hours"]) for h in hours] == [
        ("Émilie Durand", 225, "3,75"), ("Loïc Morin", 120, "2")]
    assert "Émilie Durand : 3,75 h" in clubdesk("production", "hours", "--month", "2026-11",
                                                *d).stdout
    for args, words in (
            (("orders", "add", "--client", "CMP Nord", "X", "--due", "2026-12-01"),
             "n'est pas un client"),
            (("orders", "add", "--client", "1", "X", "--due", "2026-11-01", "--received",
              "2026-11-02"), "ne peut pas précéder la réception"),
            (("orders", "add", "--client", "Inconnu", "X", "--due", "2026-12-01"),
             "Aucun partenaire ne s'appelle"),
            (("orders", "status", "9", "livree"), "Aucune commande n'a le numéro 9"),
            (("orders", "status", "1", "perdue"), "n'est pas un état de commande"),
            (("production", "add", "--on", "2026-11-20", "--workshop", "R", "--worker",
              "Émilie=11"), "plus de 0 et au plus 10"),
            (("production", "add", "--on", "2026-11-20", "--workshop", "R", "--worker",
              "Émilie=1", "--worker", "Émilie=2"), "figure deux fois"),
            (("production", "add", "--on", "2026-11-20", "--workshop", "R", "--order", "2",
              "--worker", "Émilie=1"), "est livrée"),
            (("production", "add", "--on", "2026-11-20", "--workshop", "R", "--order", "7",
              "--worker", "Émilie=1"), "Aucune commande n'a le numéro 7")):
        done = clubdesk(*args, *d, check_rc=1)
        assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "Traceback" not in done.stderr
    assert len(json.loads(clubdesk("orders", "list", "--json", *d).stdout)) == 2
    again = json.loads(clubdesk("production", "hours", "--month", "2026-11", "--json",
                                *d).stdout)
    assert again == hours
    bad = clubdesk("production", "hours", "--month", "2026-13", *d, check_rc=2)
    assert "AAAA-MM" in bad.stderr
