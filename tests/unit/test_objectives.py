"""The objectives grid of pre-insertion (issue 20 item 2): refusals, due reviews with exact
month arithmetic, rights, erasure, merge, retention, the exchange round trip."""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.exchange import export_club, import_club
from clubdesk.model.objectives import add_months
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import ObjectiveLevel

TODAY = date(2026, 11, 23)


def _people(club: Club) -> tuple[int, int, int]:
    a = club.members.create("Émilie", last_name="Durand", joined_on=date(2025, 1, 6),
                            today=TODAY).id
    b = club.members.create("Loïc", last_name="N'Diaye", joined_on=date(2025, 1, 6),
                            today=TODAY).id
    s = club.staff.create("Hervé", "Martin").id
    return a, b, s


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 1, 1)),
       st.integers(min_value=0, max_value=24))
def test_add_months_is_exact_and_clamps_to_the_months_last_day(day: date, n: int) -> None:
    out = add_months(day, n)
    assert (out.year * 12 + out.month) - (day.year * 12 + day.month) == n
    last = calendar.monthrange(out.year, out.month)[1]
    assert out.day == min(day.day, last)
    if day.day <= 28:
        assert out.day == day.day


def test_add_months_across_month_ends_and_leap_years() -> None:
    assert add_months(date(2024, 12, 31), 2) == date(2025, 2, 28)
    assert add_months(date(2023, 12, 31), 2) == date(2024, 2, 29)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 8, 31), 2) == date(2026, 10, 31)


def test_a_review_records_levels_words_and_comment(club: Club) -> None:
    a, _b, s = _people(club)
    o1 = club.objectives.add(a, "savoir-être", "Arriver à l'heure", date(2026, 5, 4))
    o2 = club.objectives.add(a, "Savoir faire", "Utiliser la débroussailleuse", date(2026, 5, 4))
    r = club.objectives.record_review(a, date(2026, 7, 6), {o1.id: "en cours", o2.id: "acquis"},
                                      staff_id=s, coordinator_name="", own_words="Ça va mieux.",
                                      comment="Ponctuel depuis juin.")
    assert r.levels == {o1.id: "in_progress", o2.id: "acquired"}
    grid = club.objectives.grid(a)
    assert grid.person == "Émilie Durand"
    assert [o.domain for o in grid.objectives] == ["savoir_faire", "savoir_etre"]
    assert grid.reviews[0].coordinator == "Hervé Martin"
    assert grid.reviews[0].own_words == "Ça va mieux."


@pytest.mark.parametrize(("case", "message"), [
    ("before", "avant le précédent"),
    ("scale", "Niveau inconnu « excellent »"),
    ("other", "celui d'une autre personne"),
    ("empty_text", "texte de l'objectif est obligatoire"),
    ("no_level", "au moins un objectif"),
    ("domain", "Domaine inconnu"),
])
def test_refusals_in_french_write_nothing(club: Club, case: str, message: str) -> None:
    a, b, _s = _people(club)
    mine = club.objectives.add(a, "savoir", "Connaître les consignes", date(2026, 5, 4))
    theirs = club.objectives.add(b, "savoir", "Lire un plan", date(2026, 5, 4))
    club.objectives.record_review(a, date(2026, 7, 6), {mine.id: "en cours"})
    calls = {
        "before": lambda: club.objectives.record_review(a, date(2026, 7, 1),
                                                        {mine.id: "acquis"}),
        "scale": lambda: club.objectives.record_review(a, date(2026, 9, 7),
                                                       {mine.id: "excellent"}),
        "other": lambda: club.objectives.record_review(
            a, date(2026, 9, 7), {mine.id: "acquis", theirs.id: "acquis"}),
        "empty_text": lambda: club.objectives.add(a, "savoir", "   "),
        "no_level": lambda: club.objectives.record_review(a, date(2026, 9, 7), {}),
        "domain": lambda: club.objectives.add(a, "savoir-vivre", "Texte"),
    }
    with pytest.raises(ClubdeskError, match=message):
        calls[case]()
    assert len(club.objectives.reviews(a)) == 1
    assert len(club.objectives.objectives(a)) == 1
    with club.db.session(write=False) as session:
        assert session.execute(select(func.count()).select_from(ObjectiveLevel)).scalar_one() == 1


def test_due_every_two_months_or_quarterly(club: Club) -> None:
    a, b, _s = _people(club)
    c = club.members.create("Nina", joined_on=date(2025, 1, 6), today=TODAY).id
    oa = club.objectives.add(a, "savoir", "A", date(2026, 6, 1))
    club.objectives.record_review(a, date(2026, 9, 30), {oa.id: "en cours"})  # due 30/11
    club.objectives.add(b, "savoir", "B", date(2026, 8, 31))  # no review: due 31/10
    oc = club.objectives.add(c, "savoir", "C", date(2026, 1, 5))
    club.objectives.close(oc.id, date(2026, 3, 1))  # nothing open: never due
    due = club.objectives.due(TODAY)
    assert [(r.member_id, r.due_on, r.last_review) for r in due] == [
        (b, date(2026, 10, 31), None)]
    assert [r.member_id for r in club.objectives.due(date(2026, 11, 30))] == [b, a]
    club.objectives.set_review_months(3)
    assert [(r.member_id, r.due_on) for r in club.objectives.due(TODAY)] == [
        (b, date(2026, 11, 30))][:0]  # 31/08 + 3 months = 30/11: not yet due on 23/11
    assert [(r.member_id, r.due_on) for r in club.objectives.due(date(2026, 12, 30))] == [
        (b, date(2026, 11, 30)), (a, date(2026, 12, 30))]
    with pytest.raises(ClubdeskError, match="2 ou 3 mois"):
        club.objectives.set_review_months(4)


def test_rights_staff_only_reception_reads_nothing_team_cannot_set_months(club: Club) -> None:
    a, _b, _s = _people(club)
    o = club.objectives.add(a, "savoir", "A", date(2026, 6, 1))
    reception = Club(club.db, Actor("lea", "accueil"))
    team = Club(club.db, Actor("tom", "equipe"))
    for call in (lambda: reception.objectives.grid(a), lambda: reception.objectives.due(TODAY),
                 lambda: reception.objectives.add(a, "savoir", "X"),
                 lambda: team.objectives.set_review_months(3)):
        with pytest.raises(AccessDenied):
            call()
    assert team.objectives.record_review(a, TODAY, {o.id: "acquis"}).levels


def test_erasure_merge_and_retention(club: Club) -> None:
    a, b, _s = _people(club)
    oa = club.objectives.add(a, "savoir", "Objectif d'Émilie", date(2025, 1, 6))
    club.objectives.record_review(a, date(2025, 3, 6), {oa.id: "acquis"},
                                  own_words="Je suis Émilie.")
    ob = club.objectives.add(b, "savoir", "Objectif de Loïc", date(2025, 1, 6))
    club.objectives.record_review(b, date(2025, 3, 6), {ob.id: "en cours"},
                                  comment="Loïc progresse avec Émilie.")
    club.retention.erase(a, TODAY)
    assert club.objectives.objectives(a) == [] and club.objectives.reviews(a) == []
    assert "Émilie" not in club.objectives.reviews(b)[0].comment
    c = club.members.create("Nina", joined_on=date(2025, 1, 6), today=TODAY).id
    oc = club.objectives.add(c, "savoir_etre", "C", date(2025, 1, 6))
    club.objectives.record_review(c, date(2025, 4, 6), {oc.id: "acquis"})
    club.merge_members(b, c)
    assert len(club.objectives.objectives(b)) == 2 and len(club.objectives.reviews(b)) == 2
    old = club.members.create("Ancien", joined_on=date(2019, 1, 7), today=date(2019, 1, 7))
    club.members.leave(old.id, date(2020, 1, 6), today=date(2020, 1, 6))
    assert old.id in {r.member_id for r in club.retention.to_archive(TODAY)}
    oo = club.objectives.add(old.id, "savoir", "O", date(2025, 12, 1))
    club.objectives.record_review(old.id, date(2026, 1, 12), {oo.id: "acquis"})
    assert old.id not in {r.member_id for r in club.retention.to_archive(TODAY)}


def test_exchange_round_trip_is_identical(club: Club, tmp_path: Path) -> None:
    a, b, s = _people(club)
    o1 = club.objectives.add(a, "savoir", "Connaître les consignes", date(2026, 5, 4))
    o2 = club.objectives.add(a, "savoir_etre", "Arriver à l'heure, « toujours »",
                             date(2026, 5, 4))
    ob = club.objectives.add(b, "savoir_faire", "Tailler une haie", date(2026, 6, 1))
    club.objectives.close(o1.id, date(2026, 9, 7))
    club.objectives.record_review(a, date(2026, 7, 6), {o1.id: "en cours", o2.id: "non acquis"},
                                  staff_id=s, own_words="Je me lève tôt,\nc'est dur.",
                                  comment="Bien.")
    club.objectives.record_review(a, date(2026, 9, 7), {o1.id: "maîtrisé", o2.id: "en cours"},
                                  coordinator_name="Mme Roux")
    club.objectives.record_review(b, date(2026, 8, 3), {ob.id: "acquis"})
    first = export_club(club.db, club.actor, tmp_path / "one")
    names = ("objectives.csv", "reviews.csv", "review_levels.csv")
    db = Database.open(str(tmp_path / "two.sqlite3"), create_parent=True)
    try:
        other = Club(db)
        import_club(db, other.actor, first, today=TODAY)
        second = export_club(db, other.actor, tmp_path / "two")
        for name in names:
            assert (first / name).read_text() == (second / name).read_text()
        assert len((first / "review_levels.csv").read_text().splitlines()) == 6
        report = import_club(db, other.actor, first, merge=True, today=TODAY)
        for name in names:
            assert report.created.get(name, 0) == 0
    finally:
        db.close()
    from clubdesk.model.exchange import export_member
    mine = export_member(club.db, club.actor, a, tmp_path / "mine")
    assert len((mine / "objectives.csv").read_text().splitlines()) == 3
    assert "Tailler" not in (mine / "objectives.csv").read_text()
    assert "Hervé" in (mine / "staff.csv").read_text()


def test_demo_six_people_two_reviews_due(demo_target: str) -> None:
    import random

    from clubdesk.model.demo_objectives import add_demo

    club = Club.open(demo_target)
    try:
        with club.db.session() as session:
            add_demo(session, random.Random(7), TODAY)
        due = club.objectives.due(TODAY)
        assert len(due) == 2 and all(r.last_review is not None for r in due)
        people = {r.member_id for r in due}
        with club.db.session(write=False) as session:
            from clubdesk.model.tables import ObjectiveReview
            owners = set(session.scalars(select(ObjectiveReview.member_id)))
        assert len(owners) == 6 and people <= owners
        for member_id in owners:
            grid = club.objectives.grid(member_id)
            assert 3 <= len(grid.objectives) <= 6 and 1 <= len(grid.reviews) <= 4
            assert {o.domain for o in grid.objectives} == {"savoir", "savoir_faire",
                                                           "savoir_etre"}
            days = [r.held_on for r in grid.reviews]
            assert all(add_months(a, 2) == b for a, b in zip(days, days[1:], strict=False))
    finally:
        club.close()
