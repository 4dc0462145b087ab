"""`clubdesk contracts`: trial month, renewal, contract, what ends soon; refusals in one
French sentence (exit 1, nothing written). The club's clock is at 2026-11-23."""

from __future__ import annotations

import json

from test_cli import clubdesk

STRONG = "Mot-de-passe-2026"
ANNE = {"CLUBDESK_USER": "anne", "CLUBDESK_PASSWORD": STRONG}


def test_trial_renew_start_and_ending_within(new_db) -> None:
    d = ("--db", new_db("c"))
    clubdesk("users", "add", "anne", "--role", "direction", *d,
             env={"CLUBDESK_NEW_PASSWORD": STRONG})
    clubdesk("users", "add", "lea", "--role", "accueil", *d,
             env={**ANNE, "CLUBDESK_NEW_PASSWORD": STRONG})
    lea = {"CLUBDESK_USER": "lea", "CLUBDESK_PASSWORD": STRONG}
    clubdesk("members", "add", "Loïc Morin", "--joined", "2026-01-05", *d, env=ANNE)
    clubdesk("members", "add", "Zoé Petit", "--joined", "2026-01-05", *d, env=ANNE)
    out = clubdesk("contracts", "trial", "Loïc", "--from", "2026-10-31", *d, env=ANNE).stdout
    assert "du 31/10/2026 au 30/11/2026" in out  # no 31 November: the month's last day
    clubdesk("contracts", "trial", "Zoé", "--from", "2026-11-10", *d, env=ANNE)
    ending = json.loads(clubdesk("contracts", "list", "--ending-within", "30", "--json", *d,
                                 env=ANNE).stdout)
    assert [(r["member"], r["ends_on"]) for r in ending] == [("Loïc Morin", "2026-11-30"),
                                                            ("Zoé Petit", "2026-12-09")]
    out = clubdesk("contracts", "renew", str(ending[0]["id"]), *d, env=ANNE).stdout
    assert "renouvellement 1" in out and "au 30/12/2026" in out
    out = clubdesk("contracts", "start", "Loïc", *d, env=ANNE).stdout
    assert "contrat du 31/12/2026 au 30/06/2027" in out  # no 31 June: the month's last day
    text = clubdesk("contracts", "list", "--ending-within", "30", *d, env=ANNE).stdout
    assert "Zoé Petit" in text and "Loïc" not in text  # renewed, then followed by the contract
    before = clubdesk("contracts", "list", "--json", *d, env=ANNE).stdout
    assert len(json.loads(before)) == 4
    for args, words, who in (
            (("contracts", "trial", "Zoé", "--from", "2026-11-20"), "chevauche", ANNE),
            (("contracts", "renew", str(ending[0]["id"])), "dernière période", ANNE),
            (("contracts", "renew", "3"), "Seule la dernière", ANNE),
            (("contracts", "renew", "999"), "Aucune période", ANNE),
            (("contracts", "start", "Nadia"), "Personne ne correspond", ANNE),
            (("contracts", "list"), "ne permet pas", lea)):
        done = clubdesk(*args, *d, env=who, check_rc=1)
        assert words in done.stderr and done.stderr.count("\n") == 1, (args, done.stderr)
        assert "Traceback" not in done.stderr
    assert clubdesk("contracts", "list", "--json", *d, env=ANNE).stdout == before
    # a second renewal of the trial is refused
    zoe = json.loads(clubdesk("contracts", "list", "--ending-within", "30", "--json", *d,
                              env=ANNE).stdout)[0]["id"]
    renewed = clubdesk("contracts", "renew", str(zoe), *d, env=ANNE).stdout
    again = renewed.split("n° ")[1].split()[0]
    done = clubdesk("contracts", "renew", again, *d, env=ANNE, check_rc=1)
    assert "qu'une fois" in done.stderr


def test_help_is_french() -> None:
    for args in (("contracts", "list"), ("contracts", "start")):
        out = clubdesk(*args, "--help").stdout
        assert "utilisation :" in out and "show this help" not in out
