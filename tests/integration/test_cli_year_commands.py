"""The commands that keep the year's data from the command line (issue #19): their refusals
in one French sentence (exit 1, nothing written) and their help in French."""

from __future__ import annotations

import json

import pytest
from test_cli import clubdesk

STRONG = "Mot-de-passe-2026"
ANNE = {"CLUBDESK_USER": "anne", "CLUBDESK_PASSWORD": STRONG}


def test_refusals_are_one_sentence_and_write_nothing(new_db, tmp_path) -> None:
    db = new_db("c")
    note = tmp_path / "bail.txt"
    note.write_text("pas un PDF")
    d = ("--db", db)
    clubdesk("users", "add", "anne", "--role", "direction", *d,
             env={"CLUBDESK_NEW_PASSWORD": STRONG})
    clubdesk("users", "add", "lea", "--role", "accueil", *d,
             env={**ANNE, "CLUBDESK_NEW_PASSWORD": STRONG})
    lea = {"CLUBDESK_USER": "lea", "CLUBDESK_PASSWORD": STRONG}
    clubdesk("members", "add", "Loïc Morin", "--joined", "2026-01-05", *d, env=ANNE)
    clubdesk("partners", "add", "Boulangerie Roux", "--category", "firm", *d, env=ANNE)
    clubdesk("partners", "add", "Boulangerie Blanc", "--category", "firm", *d, env=ANNE)
    clubdesk("structure", "hours", "lundi=09:00-17:00", "--from", "2026-01-01", *d, env=ANNE)
    for args, words, who in (
            (("structure", "hours", "lundi 9h-17h"), "lundi=09:00-17:00", ANNE),
            (("structure", "hours", "jeudo=09:00-12:00"), "jour de la semaine", ANNE),
            (("structure", "hours", "lundi=12:00-09:00"), "après l'ouverture", ANNE),
            (("structure", "info", "colour=bleu"), "CLE=VALEUR", ANNE),
            (("structure", "info", "lease_start=demain"), "n'est pas une date", ANNE),
            (("structure", "funding", "add", "2026", "ARS", "beaucoup", "--kind", "fir"),
             "montant", ANNE),
            (("structure", "funding", "add", "2026", " ", "10", "--kind", "fir"),
             "financeur", ANNE),
            (("structure", "survey", "2026-12-24", "--audience", "members", "--answers", "3"),
             "futur", ANNE),
            (("structure", "activity", "add", "2026", "Sortie", "--status", "done"),
             "ne permet pas", lea),
            (("followups", "add", "Loïc", "--kind", "interview"), "ne permet pas", lea),
            (("paths", "add", "Loïc", "employment", "--from", "2026-06-01"),
             "emploi de transition", ANNE),
            (("paths", "add", "Loïc", "internship", "--from", "2026-06-01", "--partner",
              "Boulangerie"), "un seul partenaire", ANNE),
            (("members", "add", "loic morin"), "ressemble déjà", ANNE),
            (("structure", "document", "add", "lease", str(note), "--from", "2026-01-01"),
             "ni un PDF", ANNE),
            (("structure", "document", "add", "lease", str(tmp_path / "absent.pdf"),
              "--from", "2026-01-01"), "ne peut pas être lu", ANNE),
            (("workshops", "add", "Atelier CV", "--date", "2026-11-03", "--attendee", "Zoé"),
             "Personne ne correspond", ANNE)):
        done = clubdesk(*args, *d, env=who, check_rc=1)
        assert words in done.stderr and done.stderr.count("\n") == 1, (args, done.stderr)
        assert "Traceback" not in done.stderr
    assert clubdesk("structure", "document", "list", *d, env=ANNE).stdout.strip() == (
        "Aucun document enregistré.")
    hours = clubdesk("structure", "hours", *d, env=ANNE).stdout
    assert hours.strip() == "lundi 09:00–17:00"
    assert json.loads(clubdesk("structure", "funding", "list", "2026", "--json", *d,
                               env=ANNE).stdout) == []
    assert json.loads(clubdesk("structure", "activity", "list", "2026", "--json", *d,
                               env=ANNE).stdout) == []
    assert [r["first_name"] for r in json.loads(
        clubdesk("members", "list", "--json", *d, env=ANNE).stdout)] == ["Loïc"]
    assert clubdesk("followups", "due", "--days", "3650", *d, env=ANNE).stdout.startswith(
        "Aucune prochaine étape")


@pytest.mark.parametrize("args", [
    ("structure", "funding", "add"), ("structure", "hours"), ("structure", "info"),
    ("members", "add"), ("followups", "add"), ("paths", "add"), ("workshops", "add"),
    ("workshops", "list"), ("workshops", "remove"), ("structure", "funding", "remove"),
    ("partners", "partnership")])
def test_help_is_french(args: tuple[str, ...]) -> None:
    out = clubdesk(*args, "--help").stdout
    assert "utilisation :" in out and "show this help" not in out


def test_a_line_entered_by_mistake_is_removed_from_the_command_line(new_db) -> None:
    """Funding lines, activities and workshop sessions typed by mistake can be taken back
    without the window: each removal names what it removed, a number that does not exist is
    one sentence, and only the roles that may write them can."""
    d = ("--db", new_db("c"))
    clubdesk("users", "add", "anne", "--role", "direction", *d,
             env={"CLUBDESK_NEW_PASSWORD": STRONG})
    clubdesk("users", "add", "hugo", "--role", "equipe", *d,
             env={**ANNE, "CLUBDESK_NEW_PASSWORD": STRONG})
    hugo = {"CLUBDESK_USER": "hugo", "CLUBDESK_PASSWORD": STRONG}
    clubdesk("structure", "funding", "add", "2026", "ARS", "250000", "--kind", "fir", *d,
             env=ANNE)
    clubdesk("structure", "funding", "add", "2026", "Mairie", "1500,50",
             "--kind", "complementary", *d, env=ANNE)
    clubdesk("structure", "activity", "add", "2026", "Sortie", "--status", "done", *d, env=ANNE)
    clubdesk("workshops", "add", "Atelier CV", "--date", "2026-11-03", *d, env=ANNE)
    clubdesk("workshops", "add", "Atelier cuisine", "--date", "2026-11-10", *d, env=ANNE)

    def listed(*args: str) -> list[dict[str, object]]:
        rows = json.loads(clubdesk(*args, "--json", *d, env=ANNE).stdout)
        assert isinstance(rows, list)
        return rows

    funding = listed("structure", "funding", "list", "2026")
    mairie = next(r["id"] for r in funding if r["funder"] == "Mairie")
    sessions = listed("workshops", "list", "--year", "2026")
    assert [s["title"] for s in sessions] == ["Atelier CV", "Atelier cuisine"]
    cv = sessions[0]["id"]
    # the team may not remove a funding line; the reception may not see the sessions
    refused = clubdesk("structure", "funding", "remove", str(mairie), *d, env=hugo, check_rc=1)
    assert "ne permet pas" in refused.stderr and refused.stderr.count("\n") == 1
    assert len(listed("structure", "funding", "list", "2026")) == 2
    said = clubdesk("structure", "funding", "remove", str(mairie), *d, env=ANNE).stdout
    assert said.strip() == f"Financement n° {mairie} supprimé (2026) : Mairie, 1500,50 €."
    assert [r["funder"] for r in listed("structure", "funding", "list", "2026")] == ["ARS"]
    again = clubdesk("structure", "funding", "remove", str(mairie), *d, env=ANNE, check_rc=1)
    assert again.stderr.strip() == f"clubdesk : La ligne n° {mairie} n'existe pas ou plus."
    activity = listed("structure", "activity", "list", "2026")[0]["id"]
    # an activity's number is not a funding line's: nothing else goes
    wrong = clubdesk("structure", "activity", "remove", "999", *d, env=ANNE, check_rc=1)
    assert wrong.stderr.strip() == "clubdesk : La ligne n° 999 n'existe pas ou plus."
    said = clubdesk("structure", "activity", "remove", str(activity), *d, env=ANNE).stdout
    assert "Sortie" in said and listed("structure", "activity", "list", "2026") == []
    said = clubdesk("workshops", "remove", str(cv), *d, env=hugo).stdout
    assert said.strip() == f"Séance n° {cv} du 03/11/2026 supprimée : Atelier CV."
    assert [s["title"] for s in listed("workshops", "list", "--year", "2026")] == [
        "Atelier cuisine"]
    assert clubdesk("workshops", "list", "--year", "2025", *d, env=ANNE).stdout.strip() == (
        "Aucune séance d'atelier en 2025.")
    assert [r["funder"] for r in listed("structure", "funding", "list", "2026")] == ["ARS"]
