"""Issue #19, « done when »: a club run for a whole year from an empty file with only the
`clubdesk` command (a subprocess, the real console script), staff included; then the §11
table of that year, read back as JSON, holds what was entered.

The club's clock is set through the environment (CLUBDESK_NOW) to the day of each step, as a
club living through 2026 would; the table is made in January 2027."""

from __future__ import annotations

import json
from typing import Any

from test_cli import clubdesk

STRONG = "Mot-de-passe-2026"
ANNE = {"CLUBDESK_USER": "anne", "CLUBDESK_PASSWORD": STRONG}


def on(day: str, *args: str, who: dict[str, str] = ANNE, rc: int = 0) -> Any:
    """One command as the club's day ``day`` (10 a.m.)."""
    return clubdesk(*args, env={**who, "CLUBDESK_NOW": f"{day}T10:00"}, check_rc=rc)


def test_a_year_from_an_empty_club_with_the_command_line_only(new_db, tmp_path) -> None:
    db = new_db("empty")
    d = ("--db", db)
    # January: the first direction account, then a team account
    on("2026-01-02", "users", "add", "anne", "--role", "direction", *d,
       who={"CLUBDESK_NEW_PASSWORD": STRONG})
    on("2026-01-02", "users", "add", "nadia", "--role", "equipe", *d,
       who={**ANNE, "CLUBDESK_NEW_PASSWORD": STRONG})
    nadia = {"CLUBDESK_USER": "nadia", "CLUBDESK_PASSWORD": STRONG}

    # the structure: identity, premises, lease, hours, governance
    on("2026-01-02", "structure", "info", "name=Club-house Les Tilleuls",
       "premises_address=3 rue des Lilas, Nantes", "premises_surface_m2=180",
       "lease_start=2025-09-01", "rent_eur=1200", "--from", "2026-01-01", *d)
    lease = tmp_path / "bail.pdf"
    lease.write_bytes(b"%PDF-1.4\n% bail des Tilleuls\n%%EOF\n")
    on("2026-01-02", "structure", "document", "add", "lease", str(lease), "--from",
       "2025-09-01", *d)
    assert "bail du 01/09/2025 : bail.pdf" in on("2026-01-02", "structure", "document",
                                                 "list", *d).stdout
    on("2026-01-02", "structure", "hours", "lundi=09:00-17:00", "mar=09:00-12:30",
       "3=13:30-17:00", "--from", "2026-01-01", *d)
    on("2026-01-02", "structure", "governance", "Conseil d'administration",
       "--seat", "Mme Ferrand (présidente)", "--elected-seat", "Un membre élu",
       "--from", "2026-01-01", *d)

    # staff: two salaried people, one going from 0.5 to 1 FTE on 1 July
    on("2026-01-02", "staff", "add", "Nadia Le Goff", "--function", "Chargée d'insertion",
       "--qualification", "CESF", "--fte", "1", "--from", "2026-01-01", "--account", "nadia",
       *d)
    on("2026-01-02", "staff", "add", "Paul Martin", "--function", "Animateur",
       "--fte", "0,5", "--from", "2026-01-01", "--peer-worker", *d)
    on("2026-06-20", "staff", "period", "Paul Martin", "--fte", "1", "--from", "2026-07-01",
       *d)

    # members: three join (charter signed), one comes as a visitor only
    for name, joined in (("Loïc Morin", "2026-01-05"), ("Sarah Benali", "2026-02-02"),
                         ("Hugo Petit", "2026-03-09")):
        out = on(joined, "members", "add", name, "--joined", joined, *d, who=nadia).stdout
        assert f"membre depuis le {joined[8:]}/{joined[5:7]}/2026" in out
        on(joined, "members", "sign", name, *d, who=nadia)
    on("2026-03-10", "members", "add", "Théo Durand", *d, who=nadia)
    twin = on("2026-03-11", "members", "add", "Hugo Petit", *d, who=nadia, rc=1)
    assert "ressemble déjà" in twin.stderr and twin.stderr.count("\n") == 1
    assert json.loads(on("2026-03-11", "members", "unsigned", "--json", *d).stdout)[
        "members"] == []

    # check-ins across the year (a visitor's check-in does not make an active member)
    for day, who in (("2026-01-05", "Loïc"), ("2026-01-19", "Loïc"), ("2026-02-02", "Sarah"),
                     ("2026-03-09", "Hugo"), ("2026-03-10", "Théo"), ("2026-04-14", "Loïc"),
                     ("2026-04-14", "Sarah"), ("2026-06-02", "Hugo"), ("2026-09-15", "Loïc"),
                     ("2026-12-01", "Loïc")):
        on(day, "checkin", who, *d, who=nadia)
    # support only in May (Sarah) and October (Hugo): active those months (§7)
    on("2026-05-12", "followups", "add", "Sarah", "--kind", "interview", "--staff", "1",
       "--next-step", "Rappeler l'employeur", "--due", "2026-05-20", *d, who=nadia)
    on("2026-10-06", "followups", "add", "Hugo", "--kind", "job_search", *d, who=nadia)
    # a collective workshop in November with Loïc and Sarah, led by Paul
    on("2026-11-03", "workshops", "add", "Atelier CV", "--date", "2026-11-03",
       "--attendee", "Loïc", "--attendee", "Sarah", "--staff", "2", *d, who=nadia)

    # partners, a partnership, a path step (Loïc into a supported job in June)
    on("2026-02-10", "partners", "add", "Boulangerie Roux", "--category", "firm",
       "--city", "Nantes", *d, who=nadia)
    on("2026-02-10", "partners", "partnership", "Roux", "Accueil en stage",
       "--from", "2026-02-10", "--agreement", "2026-02-10", *d, who=nadia)
    on("2026-06-01", "paths", "add", "Loïc", "employment", "--from", "2026-06-01",
       "--category", "supported", "--contract", "cdd", "--partner", "Roux", "--hours", "20",
       *d, who=nadia)

    # a member leaves in July for a job
    out = on("2026-07-31", "members", "leave", "Sarah", "--on", "2026-07-31",
             "--reason", "emploi", *d, who=nadia).stdout
    assert "motif : emploi" in out

    # funding, activities, surveys (direction)
    on("2026-03-01", "structure", "funding", "add", "2026", "ARS Pays de la Loire",
       "250 000", "--kind", "fir", *d)
    on("2026-03-01", "structure", "funding", "add", "2026", "Ville de Nantes", "12500,50",
       "--kind", "complementary", *d)
    on("2026-12-15", "structure", "activity", "add", "2026", "Sortie au musée",
       "--status", "done", *d)
    on("2026-12-15", "structure", "activity", "add", "2027", "Jardin partagé",
       "--status", "planned", *d)
    on("2026-06-30", "structure", "survey", "2026-06-30", "--audience", "members",
       "--answers", "3", *d)
    on("2026-06-30", "structure", "survey", "2026-06-30", "--audience", "partners",
       "--answers", "1", *d)

    # the team cannot change the structure: one sentence, exit 1, nothing written
    refused = on("2026-12-15", "structure", "funding", "add", "2026", "X", "10",
                 "--kind", "fir", *d, who=nadia, rc=1)
    assert refused.stderr.strip() == "clubdesk : Votre rôle (équipe) ne permet pas cette action."

    report = json.loads(on("2027-01-10", "report", "--year", "2026", "--json", *d).stdout)
    v = report
    assert (v["year"], v["club"]) == (2026, "Club-house Les Tilleuls")
    assert (v["caseload_start"], v["entries"], v["exits"], v["caseload_dec31"]) == (0, 3, 1, 2)
    assert v["seen_during_year"] == 4  # the visitor came, but is no member
    assert v["exits_by_reason"]["job"] == 1 and sum(v["exits_by_reason"].values()) == 1
    # Jan Loïc; Feb Sarah; Mar Hugo (Théo a visitor); Apr Loïc+Sarah; May Sarah (support);
    # Jun Hugo; Jul-Aug nobody; Sep Loïc; Oct Hugo (support); Nov the workshop: Loïc only,
    # Sarah left in July; Dec Loïc
    assert v["active_by_month"] == [1, 1, 1, 2, 1, 1, 0, 0, 1, 1, 1, 1]
    assert v["staff_fte_dec31"] == 2.0
    assert v["staff_fte_average"] == 1.75
    assert v["funding_total"] == 262500.5 and v["funding_complementary"] == 12500.5
    assert v["professional_trajectory_entered"] == 1
    assert v["employment_by_category"]["supported"] == 1
    assert [p["partner"] for p in v["partnerships"]] == ["Boulangerie Roux"], v["partnerships"]
    assert v["premises"]["premises_surface_m2"] == "180"
    assert len(v["opening_hours"]) == 3
    titles_done = json.dumps(v["activities_done"], ensure_ascii=False)
    assert "Sortie au musée" in titles_done and "Atelier CV" in titles_done
    assert "Jardin partagé" in json.dumps(v["activities_planned"], ensure_ascii=False)
    assert v["staff"] == [
        {"function": "Chargée d'insertion", "qualification": "CESF", "fte": 1.0},
        {"function": "Animateur", "qualification": "", "fte": 1.0}]
    assert v["compliance"] == []  # both surveys, a lease, a governance: nothing missing
