"""Collective workshops as sessions (issue 19, item 4): refusals, the year's sessions and the
planned ones, the annual table's activities, the exchange, erasure, merge, retention."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.exchange import export_club, import_club
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import WorkshopAttendee, WorkshopSession
from clubdesk.model.workshops import members_in_sessions

TODAY = date(2026, 11, 23)


def _people(club: Club) -> tuple[int, int, int]:
    a = club.members.create("Émilie", last_name="Durand", joined_on=date(2025, 1, 6),
                            today=TODAY).id
    b = club.members.create("Loïc", last_name="N'Diaye", joined_on=date(2025, 1, 6),
                            today=TODAY).id
    s = club.staff.create("Hervé", "Martin").id
    return a, b, s


def _count(club: Club, model: type) -> int:
    with club.db.session(write=False) as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"title": "  ", "held_on": date(2026, 11, 2)}, "titre de l'atelier est obligatoire"),
    ({"title": "Atelier", "held_on": None}, "date de la séance est obligatoire"),
    ({"title": "Atelier", "held_on": date(2026, 10, 1), "status": "planned"},
     "prévue ne peut pas être datée dans le passé"),
    ({"title": "Atelier", "held_on": date(2026, 12, 1), "status": "done"},
     "ne peut pas être déjà réalisée"),
    ({"title": "Atelier", "held_on": date(2026, 11, 2), "notes": "x" * 501}, "500 caractères"),
    ({"title": "Atelier", "held_on": date(2026, 12, 1), "attendees": "a"},
     "pas encore de participants"),
    ({"title": "Atelier", "held_on": date(2026, 11, 2), "attendees": "aa"},
     "Émilie Durand figure deux fois dans la liste"),
    ({"title": "Atelier", "held_on": date(2026, 11, 2), "attendees": "a9"},
     "Aucune personne n'a le numéro"),
    ({"title": "Atelier", "held_on": date(2026, 11, 2), "led_by_staff_id": 999},
     "Aucun salarié"),
])
def test_refusals_in_words_and_nothing_written(club: Club, kwargs: dict, message: str) -> None:
    a, _b, _s = _people(club)
    if "attendees" in kwargs:
        kwargs["attendees"] = [a if c == "a" else 999 for c in kwargs["attendees"]]
    with pytest.raises(ClubdeskError, match=message):
        club.workshops.add(today=TODAY, **kwargs)
    assert _count(club, WorkshopSession) == 0 and _count(club, WorkshopAttendee) == 0


def test_sessions_of_a_year_planned_ones_and_who_came(club: Club) -> None:
    a, b, s = _people(club)
    held = club.workshops.add("Atelier CV", date(2026, 11, 16), led_by_staff_id=s,
                              leader_name="Mme Roux (France Travail)", attendees=[a, b],
                              today=TODAY)
    soon = club.workshops.add("Atelier CV", date(2026, 12, 7), today=TODAY)
    next_year = club.workshops.add("Atelier cuisine", date(2027, 2, 3), today=TODAY)
    assert (held.status, soon.status, next_year.status) == ("done", "planned", "planned")
    rows = club.workshops.sessions(2026)
    assert [(r.title, r.attendees, r.leader) for r in rows] == [
        ("Atelier CV", 2, "Hervé Martin, Mme Roux (France Travail)"), ("Atelier CV", 0, "")]
    assert [r.id for r in club.workshops.planned(TODAY)] == [soon.id, next_year.id]
    club.workshops.set_attendees(held.id, [b])
    assert club.workshops.attendees(held.id) == [b]
    # the day of a planned session passed: it is marked held, with who came
    club.workshops.update(soon.id, "Atelier CV", date(2026, 12, 7), status="done",
                          attendees=[a], today=date(2026, 12, 8))
    with club.db.session(write=False) as session:
        assert members_in_sessions(session, date(2026, 12, 1), date(2026, 12, 31)) == {a}
        assert members_in_sessions(session, date(2026, 1, 1), date(2026, 12, 31)) == {a, b}
        assert members_in_sessions(session, date(2027, 1, 1), date(2027, 12, 31)) == set()
    club.workshops.delete(held.id)
    assert [r.id for r in club.workshops.sessions(2026)] == [soon.id]
    with pytest.raises(ClubdeskError, match="n'existe plus"):
        club.workshops.get(held.id)


def test_reception_reads_no_session_and_writes_none(club: Club) -> None:
    a, _b, _s = _people(club)
    club.workshops.add("Atelier CV", date(2026, 11, 16), attendees=[a], today=TODAY)
    reception = Club(club.db, Actor("lea", "accueil"))
    for call in (lambda: reception.workshops.sessions(2026),
                 lambda: reception.workshops.add("X", TODAY, today=TODAY)):
        with pytest.raises(AccessDenied):
            call()


def test_the_annual_table_counts_sessions_by_title_and_plans_into_next_year(
        club: Club) -> None:
    a, b, s = _people(club)
    c = club.members.create("Nina", joined_on=date(2025, 1, 6), today=TODAY).id
    for day, who in ((date(2025, 3, 4), [a, b]), (date(2025, 3, 11), [a, c])):
        club.workshops.add("Atelier CV", day, attendees=who, led_by_staff_id=s, today=TODAY)
    club.workshops.add("Atelier cuisine", date(2025, 6, 2), attendees=[b], today=TODAY)
    club.workshops.add("Atelier CV", date(2024, 12, 20), attendees=[a], today=TODAY)
    club.workshops.add("Atelier informatique", date(2026, 12, 1), today=TODAY)
    club.workshops.add("Atelier informatique", date(2027, 1, 5), today=TODAY)
    club.structure.add_activity(2025, "Sortie à la mer", "done")
    club.structure.add_activity(2026, "Portes ouvertes", "planned")  # next year: in 2025's
    club.structure.add_activity(2027, "Forum de l'emploi", "planned")  # too far for 2025
    done = club.indicators.compute(2025).values["activities_done"]
    assert [(r["title"], r["sessions"], r["participants"]) for r in done] == [
        ("Sortie à la mer", None, None), ("Atelier CV", 2, 3), ("Atelier cuisine", 1, 1)]
    planned = club.indicators.compute(2025).values["activities_planned"]
    assert [(r["title"], r["year"], r["held_on"], r["sessions"]) for r in planned] == [
        ("Portes ouvertes", "2026", None, None),
        ("Atelier informatique", "2026", "2026-12-01", 1)]
    planned_2026 = club.indicators.compute(2026).values["activities_planned"]
    assert [(r["title"], r["year"], r["sessions"]) for r in planned_2026] == [
        ("Portes ouvertes", "2026", None), ("Forum de l'emploi", "2027", None),
        ("Atelier informatique", "2026–2027", 2)]
    assert club.indicators.compute(2026).values["activities_done"] == []


def test_erasure_takes_the_person_off_every_list_and_keeps_the_sessions(club: Club) -> None:
    a, b, _s = _people(club)
    ws = club.workshops.add("Atelier CV", date(2025, 3, 4), attendees=[a, b],
                            notes="Émilie a aidé Loïc pour son CV.", today=TODAY)
    club.retention.erase(a, TODAY)
    assert club.workshops.attendees(ws.id) == [b]
    row = club.workshops.get(ws.id)
    assert row.title == "Atelier CV" and "Émilie" not in row.notes and "Loïc" in row.notes
    done = club.indicators.compute(2025).values["activities_done"]
    assert [(r["title"], r["sessions"], r["participants"]) for r in done] == [
        ("Atelier CV", 1, 1)]


def test_merging_two_records_keeps_one_line_per_session(club: Club) -> None:
    a, b, _s = _people(club)
    both = club.workshops.add("Atelier CV", date(2025, 3, 4), attendees=[a, b], today=TODAY)
    only_b = club.workshops.add("Atelier cuisine", date(2025, 3, 5), attendees=[b],
                                today=TODAY)
    club.merge_members(a, b)
    assert club.workshops.attendees(both.id) == [a]
    assert club.workshops.attendees(only_b.id) == [a]


def test_a_workshop_is_a_contact_for_retention(club: Club) -> None:
    old = club.members.create("Ancien", joined_on=date(2019, 1, 7), today=date(2019, 1, 7))
    club.members.leave(old.id, date(2020, 1, 6), today=date(2020, 1, 6))
    assert old.id in {r.member_id for r in club.retention.to_archive(TODAY)}
    club.workshops.add("Atelier CV", date(2026, 1, 12), attendees=[old.id], today=TODAY)
    assert old.id not in {r.member_id for r in club.retention.to_archive(TODAY)}


def test_exchange_round_trip_is_identical_and_a_member_export_has_their_sessions(
        club: Club, tmp_path: Path) -> None:
    a, b, s = _people(club)
    club.workshops.add("Atelier CV", date(2025, 3, 4), attendees=[a, b], led_by_staff_id=s,
                       leader_name="Mme Roux", notes="Bonne séance.", today=TODAY)
    club.workshops.add("Atelier cuisine", date(2025, 3, 5), attendees=[b], today=TODAY)
    club.workshops.add("Atelier CV", date(2027, 1, 5), today=TODAY)
    first = export_club(club.db, club.actor, tmp_path / "one")
    db = Database.open(str(tmp_path / "two.sqlite3"), create_parent=True)
    try:
        other = Club(db)
        import_club(db, other.actor, first, today=TODAY)
        second = export_club(db, other.actor, tmp_path / "two")
        for name in ("workshop_sessions.csv", "workshop_attendees.csv"):
            assert (first / name).read_text() == (second / name).read_text()
        assert len((first / "workshop_attendees.csv").read_text().splitlines()) == 4
        # a merge of the same files adds nothing
        report = import_club(db, other.actor, first, merge=True, today=TODAY)
        assert report.created.get("workshop_attendees.csv", 0) == 0
        assert report.created.get("workshop_sessions.csv", 0) == 0
    finally:
        db.close()
    from clubdesk.model.exchange import export_member
    mine = export_member(club.db, club.actor, a, tmp_path / "mine")
    assert (mine / "workshop_sessions.csv").read_text().count("Atelier") == 1
    assert len((mine / "workshop_attendees.csv").read_text().splitlines()) == 2
    assert "Hervé" in (mine / "staff.csv").read_text()


def test_an_import_refuses_a_person_listed_twice_at_a_session(club: Club,
                                                             tmp_path: Path) -> None:
    a, b, _s = _people(club)
    club.workshops.add("Atelier CV", date(2025, 3, 4), attendees=[a, b], today=TODAY)
    folder = export_club(club.db, club.actor, tmp_path / "one")
    path = folder / "workshop_attendees.csv"
    lines = path.read_text().splitlines()
    path.write_text("\n".join([*lines, lines[1]]) + "\n")
    db = Database.open(str(tmp_path / "two.sqlite3"), create_parent=True)
    try:
        with pytest.raises(ClubdeskError, match="refusé") as caught:
            import_club(db, Club(db).actor, folder, today=TODAY)
        assert any("déjà notée à cette séance" in e for e in caught.value.errors)  # type: ignore[attr-defined]
    finally:
        db.close()
