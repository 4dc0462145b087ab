"""A GEM's activities and outings (issue 20, item 4): sign-ups, waiting list, attendance,
refusals, who may do what, the calendar and the yearly table's reads, the exchange,
erasure, merge, retention."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.exchange import export_club, export_member, import_club
from clubdesk.model.outings import euros, month_end
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import Outing, OutingSignup

TODAY = date(2026, 11, 23)
LATER = date(2026, 12, 5)


def _people(club: Club, n: int = 4) -> list[int]:
    names = ["Émilie", "Loïc", "Maëlle", "Paul", "Zoé", "Hugo"]
    return [club.members.create(names[i], last_name="Durand", joined_on=date(2025, 1, 6),
                                today=TODAY).id for i in range(n)]


def _count(club: Club, model: type) -> int:
    with club.db.session(write=False) as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def test_full_outing_has_a_waiting_list_and_a_cancel_moves_the_next_one_up(
        club: Club) -> None:
    a, b, c, d = _people(club)
    o = club.outings.add("Musée des Beaux-Arts", LATER, kind="outing", place="Rouen",
                         places=2, cost_cents=350, decided_on=date(2026, 11, 16), today=TODAY)
    assert [club.outings.sign_up(o.id, m, today=TODAY).waiting for m in (a, b, c, d)] == [
        False, False, True, True]
    row = club.outings.get(o.id)
    assert (row.signed_up, row.waiting, row.places_left) == (2, 2, 0)
    assert club.outings.cancel_signup(o.id, a, today=TODAY) == c
    lists = club.outings.signups(o.id)
    assert [(s.member_id, s.waiting, s.rank) for s in lists] == [
        (b, False, 1), (c, False, 2), (d, True, 1)]
    # the waiting one cancels: nobody moves up
    assert club.outings.cancel_signup(o.id, d, today=TODAY) is None
    # more places: nobody waits any more and the places may not go below who has one
    with pytest.raises(ClubdeskError, match="2 personnes ont déjà une place"):
        club.outings.update(o.id, "Musée des Beaux-Arts", LATER, kind="outing", places=1,
                            today=TODAY)
    assert club.outings.get(o.id).places == 2


@pytest.mark.parametrize(("case", "message"), [
    ("twice", "Émilie Durand a déjà une inscription"),
    ("cancelled", "est annulée : on ne peut plus s'y inscrire"),
    ("past", "est passée : on ne peut plus s'y inscrire"),
    ("unknown", "Aucune personne n'a le numéro 999"),
    ("attendance_before", "On note les présences après la sortie"),
    ("cancel_past", "notez plutôt l'absence"),
])
def test_refusals_in_french_and_nothing_written(club: Club, case: str, message: str) -> None:
    (a,) = _people(club, 1)
    future = club.outings.add("Pique-nique", LATER, today=TODAY)
    past = club.outings.add("Bowling", date(2026, 11, 2), today=TODAY)
    club.outings.sign_up(future.id, a, today=TODAY)
    club.outings.sign_up(past.id, a, today=date(2026, 10, 30))
    cancelled = club.outings.add("Plage", LATER, status="cancelled", today=TODAY)
    gone = club.outings.add("Ciné", date(2026, 11, 20), today=TODAY)
    calls = {
        "twice": lambda: club.outings.sign_up(future.id, a, today=TODAY),
        "cancelled": lambda: club.outings.sign_up(cancelled.id, a, today=TODAY),
        "past": lambda: club.outings.sign_up(gone.id, a, today=TODAY),
        "unknown": lambda: club.outings.sign_up(future.id, 999, today=TODAY),
        "attendance_before": lambda: club.outings.set_attendance(future.id, {a: True},
                                                                 today=TODAY),
        "cancel_past": lambda: club.outings.cancel_signup(past.id, a, today=TODAY),
    }
    before = (_count(club, OutingSignup), [(s.member_id, s.present)
                                           for s in club.outings.signups(future.id)])
    with pytest.raises(ClubdeskError, match=message):
        calls[case]()
    assert (_count(club, OutingSignup), [(s.member_id, s.present)
                                         for s in club.outings.signups(future.id)]) == before


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"cost_cents": -1}, "ne peut pas être négatif"),
    ({"title": " "}, "titre de la sortie ou de l'activité est obligatoire"),
    ({"starts_at": "25:00"}, "HH:MM"),
    ({"status": "done"}, "ne peut pas être déjà faite"),
    ({"decided_on": date(2026, 12, 6)}, "ne peut pas être après la sortie"),
    ({"places": -2}, "entre 0 et"),
    ({"kind": "voyage"}, "valeur inconnue"),
])
def test_field_refusals(club: Club, kwargs: dict, message: str) -> None:
    values = {"title": "Sortie", "held_on": LATER, **kwargs}
    with pytest.raises(ClubdeskError, match=message):
        club.outings.add(today=TODAY, **values)
    assert _count(club, Outing) == 0


def test_attendance_after_the_day_marks_the_outing_done_and_counts_present(
        club: Club) -> None:
    a, b, c, _d = _people(club)
    o = club.outings.add("Randonnée", date(2026, 11, 21), kind="outing", places=2,
                         today=date(2026, 11, 1))
    for m in (a, b, c):
        club.outings.sign_up(o.id, m, today=date(2026, 11, 2))
    club.outings.set_attendance(o.id, {a: True, b: False, c: True}, today=TODAY)
    row = club.outings.get(o.id)
    assert (row.status, row.present) == ("done", 2)
    assert [r.title for r in club.outings.done_in(2026)] == ["Randonnée"]
    assert club.outings.done_in(2025) == []
    with pytest.raises(ClubdeskError, match="n'a pas d'inscription"):
        club.outings.set_attendance(o.id, {_d: True}, today=TODAY)


def test_calendar_month_and_planned_from(club: Club) -> None:
    club.outings.add("Jeux", date(2026, 11, 30), starts_at="14:00", today=TODAY)
    club.outings.add("Marché de Noël", date(2026, 12, 1), kind="outing", today=TODAY)
    club.outings.add("Karaoké", date(2026, 12, 31), status="cancelled", today=TODAY)
    assert [r.title for r in club.outings.month(2026, 12)] == ["Marché de Noël", "Karaoké"]
    assert [r.title for r in club.outings.calendar(date(2026, 11, 1), date(2026, 12, 1))] == [
        "Jeux", "Marché de Noël"]
    assert [r.title for r in club.outings.planned_from(TODAY)] == ["Jeux", "Marché de Noël"]
    with pytest.raises(ClubdeskError, match="mois doit être entre 1 et 12"):
        club.outings.month(2026, 13)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_month_end_is_the_last_day_of_its_month(day: date) -> None:
    end = month_end(day.year, day.month)
    assert end.month == day.month and (end + timedelta(days=1)).day == 1


def test_euros() -> None:
    assert (euros(0), euros(350), euros(1500)) == ("gratuit", "3,50 €", "15,00 €")


def test_reception_runs_the_desk_but_deletes_nothing(club: Club) -> None:
    (a,) = _people(club, 1)
    reception = Club(club.db, Actor("lea", "accueil"))
    o = reception.outings.add("Atelier peinture", LATER, today=TODAY)
    reception.outings.sign_up(o.id, a, today=TODAY)
    reception.outings.update(o.id, "Atelier peinture", LATER, places=5, today=TODAY)
    assert reception.outings.calendar(TODAY, LATER)[0].signed_up == 1
    with pytest.raises(AccessDenied):
        reception.outings.delete(o.id)
    club.outings.delete(o.id)
    assert _count(club, Outing) == 0 and _count(club, OutingSignup) == 0


def test_erasure_merge_and_retention(club: Club) -> None:
    a, b, c, _d = _people(club)
    o = club.outings.add("Bowling", date(2025, 3, 4), notes="Émilie a gagné.",
                         today=date(2025, 3, 1))
    for m in (a, b):
        club.outings.sign_up(o.id, m, today=date(2025, 3, 1))
    club.outings.set_attendance(o.id, {a: True, b: True}, today=date(2025, 3, 5))
    club.retention.erase(a, TODAY)
    assert [s.member_id for s in club.outings.signups(o.id)] == [b]
    assert "Émilie" not in club.outings.get(o.id).notes
    # merge: one line per outing
    o2 = club.outings.add("Jeux", LATER, today=TODAY)
    for m in (b, c):
        club.outings.sign_up(o2.id, m, today=TODAY)
    club.merge_members(b, c)
    assert [s.member_id for s in club.outings.signups(o2.id)] == [b]
    # retention: an outing the person came to is a contact
    old = club.members.create("Ancien", joined_on=date(2019, 1, 7), today=date(2019, 1, 7))
    club.members.leave(old.id, date(2020, 1, 6), today=date(2020, 1, 6))
    assert old.id in {r.member_id for r in club.retention.to_archive(TODAY)}
    past = club.outings.add("Piscine", date(2026, 1, 12), today=date(2026, 1, 1))
    club.outings.sign_up(past.id, old.id, today=date(2026, 1, 2))
    assert old.id in {r.member_id for r in club.retention.to_archive(TODAY)}  # not came
    club.outings.set_attendance(past.id, {old.id: True}, today=TODAY)
    assert old.id not in {r.member_id for r in club.retention.to_archive(TODAY)}


def test_exchange_round_trip_is_identical(club: Club, tmp_path: Path) -> None:
    a, b, c, _d = _people(club)
    o = club.outings.add("Musée", LATER, kind="outing", starts_at="14:30", place="Caen",
                         places=1, cost_cents=250, decided_on=date(2026, 11, 16),
                         notes="Prévoir le pique-nique.", today=TODAY)
    for m in (c, a, b):  # the order decides who waits
        club.outings.sign_up(o.id, m, today=TODAY)
    p = club.outings.add("Jeux", date(2026, 11, 2), today=date(2026, 11, 1))
    club.outings.sign_up(p.id, a, today=date(2026, 11, 1))
    club.outings.set_attendance(p.id, {a: False}, today=TODAY)
    first = export_club(club.db, club.actor, tmp_path / "one")
    db = Database.open(str(tmp_path / "two.sqlite3"), create_parent=True)
    try:
        other = Club(db)
        import_club(db, other.actor, first, today=TODAY)
        second = export_club(db, other.actor, tmp_path / "two")
        for name in ("outings.csv", "outing_signups.csv"):
            assert (first / name).read_text() == (second / name).read_text()
        assert len((first / "outing_signups.csv").read_text().splitlines()) == 5
        moved = other.outings.month(2026, 12)[0]
        assert (moved.signed_up, moved.waiting, moved.cost_cents) == (1, 2, 250)
        report = import_club(db, other.actor, first, merge=True, today=TODAY)
        assert report.created.get("outing_signups.csv", 0) == 0
        assert report.created.get("outings.csv", 0) == 0
    finally:
        db.close()
    mine = export_member(club.db, club.actor, c, tmp_path / "mine")
    assert (mine / "outings.csv").read_text().count("Musée") == 1
    assert len((mine / "outing_signups.csv").read_text().splitlines()) == 2


def test_demo_calendar_two_a_week_full_ones_waiting_and_attendance(demo_target: str) -> None:
    import random

    from clubdesk.model import demo_outings

    club = Club.open(demo_target)
    try:
        with club.db.session(actor=club.actor) as session:
            demo_outings.add_demo(session, random.Random(7), TODAY)
        rows = club.outings.calendar(date(2025, 9, 1), date(2027, 1, 10))
        weeks = (date(2027, 1, 10) - date(2025, 9, 22)).days / 7
        assert 1.6 * weeks <= len(rows) <= 2.2 * weeks
        assert {r.kind for r in rows} == {"activity", "outing"}
        assert all(0 <= r.cost_cents <= 1500 for r in rows)
        assert any(r.waiting for r in rows if r.held_on > TODAY)  # full, with a waiting list
        past = [r for r in rows if r.held_on < TODAY and r.status == "done"]
        assert past and all(r.present <= r.signed_up for r in past)
        assert sum(r.present for r in past) > len(past)
        assert any(r.status == "cancelled" for r in rows)
        assert club.outings.planned_from(TODAY) and club.outings.done_in(2026)
        # the service reads the demo's lists as it writes its own
        full = next(r for r in rows if r.waiting and r.held_on > TODAY)
        waiting = [s for s in club.outings.signups(full.id) if s.waiting]
        first = waiting[0].member_id
        seated = next(s for s in club.outings.signups(full.id) if not s.waiting)
        assert club.outings.cancel_signup(full.id, seated.member_id, today=TODAY) == first
    finally:
        club.close()
