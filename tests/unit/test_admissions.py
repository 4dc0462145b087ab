"""Pre-insertion applications and admission commissions (issue 20, item 2): states as dated
events, the commission's decisions and their refusals, the waiting list, admission as
membership, rights, erasure, merge, retention and the exchange."""

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
from clubdesk.model.tables import Application, ApplicationEvent

TODAY = date(2026, 11, 23)


def _partners(club: Club) -> tuple[int, int]:
    a = club.partners.create("Mission locale de Lens", "local_authority").id
    b = club.partners.create("ESAT d'Hersin", "medico_social").id
    assert a is not None and b is not None
    return a, b


def _count(club: Club, model: type) -> int:
    with club.db.session(write=False) as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def test_a_new_person_applies_and_is_a_visitor_until_admitted(club: Club) -> None:
    ml, esat = _partners(club)
    app = club.admissions.add(first_name="Karim", last_name="Benali", referred_by=ml,
                              received_on=date(2026, 9, 1), interview_on=date(2026, 9, 8),
                              notes="Orienté par sa conseillère.", today=TODAY)
    row = club.admissions.get(app.id or 0)
    assert (row.name, row.state, row.referred_by) == ("Karim Benali", "interviewed",
                                                      "Mission locale de Lens")
    assert club.members.status(row.member_id, on=TODAY) == "visitor"
    com = club.admissions.add_commission(date(2026, 10, 5), [ml, esat, ml])
    assert club.admissions.commissions()[0].partner_ids == (ml, esat)
    assert [r.id for r in club.admissions.agenda(com.id or 0)] == [app.id]
    club.admissions.decide(app.id or 0, com.id or 0, "admitted", today=TODAY)
    assert club.admissions.get(app.id or 0).state == "admitted"
    assert club.members.status(row.member_id, on=TODAY) == "current"
    periods = club.members.periods(row.member_id)
    assert [(p.joined_on, p.left_on) for p in periods] == [(date(2026, 10, 5), None)]
    assert [e.state for e in club.admissions.events(app.id or 0)] == [
        "received", "interviewed", "admitted"]
    assert club.admissions.events(app.id or 0)[-1].recorded_by == club.actor.name
    assert club.admissions.agenda(com.id or 0) == []


def test_an_admitted_member_keeps_the_period_already_open(club: Club, make_member) -> None:  # type: ignore[no-untyped-def]
    m = make_member("Lucie", joined_on=date(2024, 1, 8))
    app = club.admissions.add(m.id, received_on=date(2026, 9, 1), today=TODAY)
    com = club.admissions.add_commission(date(2026, 10, 5))
    club.admissions.decide(app.id or 0, com.id or 0, "admitted", today=TODAY)
    assert [p.joined_on for p in club.members.periods(m.id or 0)] == [date(2024, 1, 8)]


def test_the_waiting_list_is_in_the_order_people_entered_it(club: Club) -> None:
    late = club.admissions.add(first_name="B", received_on=date(2026, 9, 1),
                               interview_on=date(2026, 9, 20), waiting=True, today=TODAY)
    early = club.admissions.add(first_name="A", received_on=date(2026, 9, 5),
                                waiting=True, today=TODAY)
    later = club.admissions.add(first_name="C", received_on=date(2026, 9, 10), today=TODAY)
    club.admissions.set_state(later.id or 0, "waiting", date(2026, 10, 1), today=TODAY)
    assert [r.id for r in club.admissions.waiting_list()] == [early.id, late.id, later.id]
    assert [r.waiting_rank for r in club.admissions.waiting_list()] == [1, 2, 3]
    com = club.admissions.add_commission(date(2026, 10, 5))
    club.admissions.decide(early.id or 0, com.id or 0, "postponed", today=TODAY)
    assert [r.id for r in club.admissions.waiting_list()] == [late.id, later.id]
    assert [r.id for r in club.admissions.applications("postponed")] == [early.id]


def test_refusal_and_reorientation_keep_their_reason_and_partner(club: Club) -> None:
    ml, esat = _partners(club)
    one = club.admissions.add(first_name="A", received_on=date(2026, 9, 1), today=TODAY)
    two = club.admissions.add(first_name="B", received_on=date(2026, 9, 1), today=TODAY)
    com = club.admissions.add_commission(date(2026, 10, 5), [ml])
    club.admissions.decide(one.id or 0, com.id or 0, "refused", reason="care_first",
                           told=False, today=TODAY)
    club.admissions.decide(two.id or 0, com.id or 0, "reoriented", partner_id=esat,
                           today=TODAY)
    e1 = club.admissions.events(one.id or 0)[-1]
    e2 = club.admissions.events(two.id or 0)[-1]
    assert (e1.state, e1.reason, e1.told, e1.commission_id) == ("refused", "care_first",
                                                                False, com.id)
    assert (e2.state, e2.partner_id) == ("reoriented", esat)
    assert club.admissions.commissions()[0].decisions == 2


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"decision": "refused"}, "Un refus doit avoir un motif"),
    ({"decision": "refused", "reason": "bof", "told": True}, "pas dans la liste"),
    ({"decision": "refused", "reason": "no_place"}, "motif du refus a été donné"),
    ({"decision": "reoriented"}, "Une réorientation se fait vers un partenaire"),
    ({"decision": "reoriented", "partner_id": 999}, "Aucun partenaire n'a le numéro 999"),
    ({"decision": "admitted", "reason": "other"}, "Seul un refus a un motif"),
    ({"decision": "maybe"}, "admis, refusé, réorienté ou ajourné"),
    ({"decision": "admitted", "commission": "before"}, "antérieure à la candidature"),
    ({"decision": "admitted", "commission": "future"}, "après aujourd'hui"),
    ({"decision": "admitted", "commission": 999}, "Aucune commission n'a le numéro 999"),
])
def test_decision_refusals_write_nothing(club: Club, kwargs: dict, message: str) -> None:  # type: ignore[type-arg]
    app = club.admissions.add(first_name="A", received_on=date(2026, 9, 1), today=TODAY)
    which = kwargs.pop("commission", "ok")
    days = {"ok": date(2026, 10, 5), "before": date(2026, 8, 1), "future": date(2026, 12, 1)}
    com = (club.admissions.add_commission(days[which]).id if isinstance(which, str)
           else which)
    before = _count(club, ApplicationEvent)
    with pytest.raises(ClubdeskError, match=message):
        club.admissions.decide(app.id or 0, com or 0, today=TODAY, **kwargs)
    assert _count(club, ApplicationEvent) == before
    assert club.members.periods(club.admissions.get(app.id or 0).member_id) == []


def test_a_final_decision_is_never_taken_twice(club: Club) -> None:
    app = club.admissions.add(first_name="A", received_on=date(2026, 9, 1), today=TODAY)
    com = club.admissions.add_commission(date(2026, 10, 5))
    club.admissions.decide(app.id or 0, com.id or 0, "refused", reason="no_place", told=True,
                           today=TODAY)
    with pytest.raises(ClubdeskError, match="déjà close"):
        club.admissions.decide(app.id or 0, com.id or 0, "admitted", today=TODAY)
    older = club.admissions.add(first_name="B", received_on=date(2026, 9, 1),
                                interview_on=date(2026, 10, 20), today=TODAY)
    with pytest.raises(ClubdeskError, match="avant le dernier état"):
        club.admissions.decide(older.id or 0, com.id or 0, "admitted", today=TODAY)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"first_name": "A"}, "date de réception de la candidature est obligatoire"),
    ({"first_name": " ", "received_on": date(2026, 9, 1)}, "prénom de la personne"),
    ({"first_name": "A", "received_on": date(2026, 12, 1)}, "reçue après aujourd'hui"),
    ({"first_name": "A", "received_on": date(2026, 9, 1), "interview_on": date(2026, 8, 1)},
     "avant la réception"),
    ({"first_name": "A", "received_on": date(2026, 9, 1), "referred_by": 999},
     "Aucun partenaire n'a le numéro 999"),
    ({"member_id": 999, "received_on": date(2026, 9, 1)}, "Aucune personne"),
])
def test_application_refusals_write_nothing(club: Club, kwargs: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ClubdeskError, match=message):
        club.admissions.add(today=TODAY, **kwargs)
    assert _count(club, Application) == 0
    assert club.members.count() == 0


def test_a_commission_with_an_unknown_partner_is_refused(club: Club) -> None:
    with pytest.raises(ClubdeskError, match="Aucun partenaire n'a le numéro 42"):
        club.admissions.add_commission(date(2026, 10, 5), [42])
    assert club.admissions.commissions() == []


def test_reception_reads_nothing_of_it(club: Club) -> None:
    desk = Club(club.db, Actor("Accueil", "accueil"))
    for call in (lambda: desk.admissions.applications(), lambda: desk.admissions.commissions(),
                 lambda: desk.admissions.add(first_name="A", received_on=date(2026, 9, 1))):
        with pytest.raises(AccessDenied):
            call()


def test_erasure_keeps_the_states_and_empties_the_notes(club: Club) -> None:
    app = club.admissions.add(first_name="Karim", last_name="Benali",
                              received_on=date(2026, 9, 1), notes="Karim va mieux.",
                              today=TODAY)
    com = club.admissions.add_commission(date(2026, 10, 5), notes="Karim Benali admis.")
    club.admissions.decide(app.id or 0, com.id or 0, "admitted", today=TODAY)
    club.retention.erase(club.admissions.get(app.id or 0).member_id, TODAY)
    row = club.admissions.get(app.id or 0)
    assert (row.notes, row.state) == ("", "admitted")
    assert "Karim" not in club.admissions.commissions()[0].notes


def test_merge_and_retention(club: Club) -> None:
    a = club.members.create("A", today=TODAY)
    b = club.members.create("B", today=TODAY)
    app = club.admissions.add(b.id, received_on=date(2026, 9, 1), today=TODAY)
    club.merge_members(a.id or 0, b.id or 0)
    assert club.admissions.get(app.id or 0).member_id == a.id
    old = club.members.create("Ancien", joined_on=date(2019, 1, 7), today=date(2019, 1, 7))
    club.members.leave(old.id or 0, date(2020, 1, 6), today=date(2020, 1, 6))
    assert old.id in {r.member_id for r in club.retention.to_archive(TODAY)}
    club.admissions.add(old.id, received_on=date(2026, 1, 12), today=TODAY)
    assert old.id not in {r.member_id for r in club.retention.to_archive(TODAY)}


def test_exchange_round_trip_is_identical(club: Club, tmp_path: Path) -> None:
    ml, esat = _partners(club)
    one = club.admissions.add(first_name="A", referred_by=ml, received_on=date(2026, 9, 1),
                              interview_on=date(2026, 9, 3), notes="Motivé.", today=TODAY)
    two = club.admissions.add(first_name="B", received_on=date(2026, 9, 2), waiting=True,
                              today=TODAY)
    com = club.admissions.add_commission(date(2026, 10, 5), [ml, esat], notes="T1")
    club.admissions.decide(one.id or 0, com.id or 0, "refused", reason="other", told=True,
                           today=TODAY)
    club.admissions.decide(two.id or 0, com.id or 0, "reoriented", partner_id=esat,
                           today=TODAY)
    names = ("applications.csv", "application_events.csv", "commissions.csv",
             "commission_partners.csv")
    first = export_club(club.db, club.actor, tmp_path / "one")
    db = Database.open(str(tmp_path / "two.sqlite3"), create_parent=True)
    try:
        other = Club(db)
        import_club(db, other.actor, first, today=TODAY)
        second = export_club(db, other.actor, tmp_path / "two")
        for name in names:
            assert (first / name).read_text() == (second / name).read_text(), name
        assert len((first / "application_events.csv").read_text().splitlines()) == 1 + 6
        assert other.admissions.get(1).state == "refused"
        report = import_club(db, other.actor, first, merge=True, today=TODAY)
        for name in names:
            assert report.created.get(name, 0) == 0, name
    finally:
        db.close()


def test_the_demo_has_every_state_three_commissions_and_a_waiting_list(db_target: str) -> None:
    import random

    from clubdesk.model import demo
    from clubdesk.model.demo_admissions import add_demo

    db = Database.open(db_target)
    try:
        demo.generate(db, Actor("demo", "direction"), today=TODAY)
        with db.session(actor=Actor("demo", "direction")) as session:
            add_demo(session, random.Random(1), TODAY)
        club = Club(db)
        rows = club.admissions.applications()
        assert len(rows) == 14
        assert {r.state for r in rows} == {"received", "interviewed", "waiting", "admitted",
                                           "refused", "reoriented", "postponed"}
        waiting = club.admissions.waiting_list()
        assert [r.waiting_rank for r in waiting] == [1, 2, 3]
        assert [r.name for r in waiting] == ["Laetitia Caron", "Jérémy Wallart",
                                             "Océane Pruvost"]
        commissions = club.admissions.commissions()
        assert len(commissions) == 3 and all(c.partner_ids for c in commissions)
        assert sum(c.decisions for c in commissions) == 10
        for r in rows:
            if r.state == "admitted":
                assert club.members.status(r.member_id, on=TODAY) == "current"
        # the service still works on top of the demo (ids follow on PostgreSQL too)
        club.admissions.add(first_name="Nouveau", received_on=TODAY, today=TODAY)
        generated_again = demo.generate(db, Actor("demo", "direction"), today=TODAY,
                                        force=True)
        assert generated_again.members > 0 and club.admissions.applications() == []
    finally:
        db.close()
