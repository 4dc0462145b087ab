"""The GEM's yearly table (arrêté of 27 June 2019) and its volunteer animators, on a small
hand-made GEM; figures checked by hand, documents opened back."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from clubdesk.model.annual.activity_sources import (
    ActivitySource,
    activities_done,
    register_source,
    unregister_source,
)
from clubdesk.model.annual.registry import entries
from clubdesk.model.annual.year_data import YearData
from clubdesk.model.club import Club
from clubdesk.model.errors import ValidationError

Y = 2025
TODAY = date(2026, 11, 23)


def member(club: Club, name: str, *periods: tuple[date, date | None]) -> int:
    m = club.members.create(name)
    for joined, left in periods:
        club.members.add_period(m.id, joined, left, today=TODAY)
    return m.id


def small_gem(club: Club) -> None:
    club.structure.set_info({"name": "GEM Le Phare", "address": "3 rue du Port, Dieppe",
                             "premises_address": "3 rue du Port, Dieppe",
                             "lease_start": "2020-09-01", "inventory_date": "2020-09-01"},
                            as_of=date(2020, 9, 1))
    club.structure.set_info({"premises_surface_m2": "90"}, as_of=date(2025, 6, 1))
    club.volunteers.set_sponsorship({"sponsor_name": "UNAFAM 76",
                                     "sponsorship_signed_on": "2021-01-15",
                                     "sponsorship_ends_on": "2027-01-14",
                                     "managing_association": "Les Amis du Phare"},
                                    as_of=date(2021, 1, 15))
    club.structure.set_opening_hours([(1, "14:00", "18:00"), (3, "10:00", "17:00")],
                                     as_of=date(2024, 1, 1))
    member(club, "Stays", (date(2020, 1, 1), None))  # at Dec 31, not new
    member(club, "Across", (date(2024, 11, 1), date(2025, 2, 1)))  # left in Y
    member(club, "New", (date(2025, 3, 1), None))  # new, at Dec 31
    member(club, "NewGone", (date(2025, 4, 1), date(2025, 9, 1)))  # new, gone
    member(club, "Back", (date(2022, 1, 1), date(2023, 1, 1)), (date(2025, 12, 31), None))
    member(club, "Later", (date(2026, 1, 5), None))  # next year
    a = club.staff.create("Anne", "Animatrice", function="animatrice",
                          qualification="moniteur-éducateur")
    club.staff.add_period(a.id, date(2024, 1, 1), None, fte=0.8)
    b = club.staff.create("Bruno", "Coord", function="coordinateur",
                          qualification="CESF")
    club.staff.add_period(b.id, date(2025, 1, 1), date(2025, 6, 30), fte=1.0)  # gone
    club.volunteers.add("Claire Martin", date(2023, 5, 1), functions="atelier peinture",
                        qualifications="beaux-arts")
    club.volunteers.add("Denis Roy", date(2025, 2, 1), ended_on=date(2025, 8, 31),
                        functions="sorties", qualifications="BAFA")
    club.volunteers.add("Ernest Vieux", date(2020, 1, 1), ended_on=date(2024, 12, 31))
    club.structure.add_activity(Y, "Repas partagé", "done", kind="convivialité")
    club.structure.add_activity(Y + 1, "Journée à la mer", "planned", kind="sortie")
    club.workshops.add("Atelier chant", date(2025, 3, 10), attendees=[], today=TODAY)


def test_the_gem_table_by_hand(club: Club) -> None:
    small_gem(club)
    gem = club.indicators.compute(Y, "gem")
    v = gem.values
    assert v["gem_identity"] == {"name": "GEM Le Phare", "address": "3 rue du Port, Dieppe",
                                 "premises_address": "3 rue du Port, Dieppe",
                                 "sponsor_name": "UNAFAM 76",
                                 "managing_association": "Les Amis du Phare"}
    assert v["gem_members_dec31"] == 3  # Stays, New, Back
    assert v["gem_new_members"] == 3  # New, NewGone, Back (back after a gap)
    assert v["gem_premises"]["lease_start"] == "2020-09-01"
    assert v["gem_premises"]["inventory_date"] == "2020-09-01"
    assert v["gem_premises"]["premises_surface_m2"] == "90"
    assert v["gem_salaried"] == [{"function": "animatrice",
                                  "qualification": "moniteur-éducateur", "fte": 0.8}]
    assert v["gem_salaried_fte_dec31"] == 0.8
    # 0.8 all year + 1.0 × 181 days (Jan 1..Jun 30) / 365 = 0.8 + 0.4959 = 1.30
    assert v["gem_salaried_fte_average"] == 1.30
    assert [r["name"] for r in v["gem_volunteers"]] == ["Claire Martin", "Denis Roy"]
    assert v["gem_volunteers"][1] == {"name": "Denis Roy", "functions": "sorties",
                                      "qualifications": "BAFA", "started_on": "2025-02-01",
                                      "ended_on": "2025-08-31"}
    assert v["gem_opening_hours"] == [{"weekday": 1, "opens": "14:00", "closes": "18:00"},
                                      {"weekday": 3, "opens": "10:00", "closes": "17:00"}]
    assert [r["title"] for r in v["gem_activities_done"]] == ["Repas partagé",
                                                              "Atelier chant"]
    assert [r["title"] for r in v["gem_activities_planned"]] == ["Journée à la mer"]
    doc = gem.as_document("GEM Le Phare")
    assert list(doc)[:5] == ["format_version", "year", "club", "generated_at", "kind"]
    assert doc["kind"] == "gem"
    assert list(doc)[5:] == [i.key for i in entries("gem")]
    # the club-house table is unchanged: no kind, no GEM entry
    house = club.indicators.compute(Y).as_document("x")
    assert "kind" not in house and "gem_identity" not in house


def test_an_extra_activity_source_plugs_in(club: Club) -> None:
    small_gem(club)
    outing = ActivitySource(
        "outings_test", read=lambda _s, year: [f"Sortie {year}"],
        done=lambda d: [{"title": t, "kind": "sortie", "sessions": 1, "participants": None,
                         "description": ""} for t in d.extra["outings_test"]],
        planned=lambda d: [])
    register_source(outing)
    try:
        with club.db.session(write=False) as session:
            data = YearData.read(session, Y)
        assert [r["title"] for r in activities_done(data)] == [
            "Repas partagé", "Atelier chant", "Sortie 2025"]
        assert club.indicators.compute(Y, "gem").values["gem_activities_done"][-1][
            "title"] == "Sortie 2025"
    finally:
        unregister_source("outings_test")


def test_the_gems_outings_count_in_its_table_and_not_in_the_club_houses(club: Club) -> None:
    """Outings done in Y, grouped by title: how many times, how many distinct people came
    (recorded present); those still planned in Y or Y+1; none of them in the §11 table."""
    small_gem(club)
    a, b, c = (member(club, n, (date(2024, 1, 1), None)) for n in ("A", "B", "C"))
    o = club.outings
    for day, present in ((date(2025, 5, 6), {a: True, b: True}),
                         (date(2025, 6, 3), {a: True, c: False}),
                         (date(2025, 7, 1), {b: True})):
        bowling = o.add("Bowling", day, kind="outing", today=day)
        for person in present:
            o.sign_up(bowling.id, person, today=day)
        o.set_attendance(bowling.id, present, today=day)
    cancelled = o.add("Piscine", date(2025, 8, 5), kind="outing", today=date(2025, 8, 1))
    o.update(cancelled.id, "Piscine", date(2025, 8, 5), kind="outing", status="cancelled",
             today=date(2025, 8, 1))
    o.add("Musée", date(2026, 2, 10), kind="outing", today=TODAY)
    o.add("Musée", date(2026, 3, 10), kind="outing", today=TODAY)
    v = club.indicators.compute(Y, "gem").values
    outings = [r for r in v["gem_activities_done"] if r["kind"] == "sortie du GEM"]
    # three bowlings done; A and B came, C signed up once and was absent: 2 people
    assert outings == [{"title": "Bowling", "kind": "sortie du GEM", "sessions": 3,
                        "participants": 2, "description": ""}]
    planned = [r for r in v["gem_activities_planned"] if r["kind"] == "sortie du GEM"]
    assert [(r["title"], r["year"], r["held_on"], r["sessions"]) for r in planned] == [
        ("Musée", "2026", "2026-02-10", 2)]
    house = club.indicators.compute(Y).values
    assert all("GEM" not in r["kind"] for r in house["activities_done"])
    assert all("GEM" not in r["kind"] for r in house["activities_planned"])


def test_volunteer_refusals(club: Club) -> None:
    club.volunteers.add("Claire Martin", date(2023, 5, 1), ended_on=date(2024, 4, 30))
    with pytest.raises(ValidationError, match="avant son début"):
        club.volunteers.add("Zoé", date(2025, 5, 1), ended_on=date(2025, 4, 30))
    with pytest.raises(ValidationError, match="obligatoire"):
        club.volunteers.add("  ", date(2025, 5, 1))
    with pytest.raises(ValidationError, match="chevauchent"):
        club.volunteers.add("claire MARTIN", date(2024, 4, 30))
    club.volunteers.add("Claire Martin", date(2024, 5, 1))  # the next day: fine
    with pytest.raises(ValidationError, match="avant sa signature"):
        club.volunteers.set_sponsorship({"sponsorship_signed_on": "2025-01-02",
                                         "sponsorship_ends_on": "2025-01-01"})
    assert len(club.volunteers.volunteers()) == 2


def test_gem_documents_opened_back(club: Club, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from clubdesk.export.annual_report import write_report_files

    small_gem(club)
    gem = club.indicators.compute(Y, "gem")
    out = tmp_path / "out"
    paths = write_report_files(out, gem, club_name="GEM Le Phare")
    assert [p.name for p in paths] == ["tableau-gem-2025.xlsx", "tableau-gem-2025.pdf",
                                       "tableau-gem-2025.json"]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)
    wb = load_workbook(paths[0])
    first = {r[3]: r[1] for r in wb["Indicateurs"].iter_rows(min_row=2, values_only=True)}
    assert first["gem_members_dec31"] == 3 and first["gem_new_members"] == 3
    assert first["gem_salaried_fte_average"] == 1.30
    volunteers = [r for r in wb["Animateurs bénévoles"].iter_rows(values_only=True)]
    assert volunteers[1][:3] == ("Claire Martin", "atelier peinture", "beaux-arts")
    assert volunteers[2][:3] == ("Denis Roy", "sorties", "BAFA")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(
        paths[1].read_bytes())).pages)
    for expected in ("Tableau annuel du GEM 2025", "Adhérents au 31 décembre",
                     "Animateurs bénévoles", "Claire Martin", "BAFA", "UNAFAM 76",
                     "Les Amis du Phare", "Repas partagé", "Atelier chant", "1,3"):
        assert expected in text, expected
    assert json.loads(paths[2].read_text("utf-8"))["kind"] == "gem"
