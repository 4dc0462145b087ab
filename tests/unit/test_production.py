"""Work insertion (issue 20 item 3): orders of client partners, production sessions and
hours, refusals, rights, erasure, merge, retention."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.exchange import export_club, export_member, import_club
from clubdesk.model.production import hours_text, month_bounds, status_code, to_minutes
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import ProductionSession, ProductionWorker, WorkOrder

TODAY = date(2026, 11, 23)


def _setup(club: Club) -> dict[str, int]:
    a = club.members.create("Émilie", last_name="Durand", joined_on=date(2025, 1, 6),
                            today=TODAY).id
    b = club.members.create("Loïc", last_name="N'Diaye", joined_on=date(2025, 1, 6),
                            today=TODAY).id
    client = club.partners.create("Brasserie du Pont", "client").id
    cmp = club.partners.create("CMP Nord", "health").id
    return {"a": a, "b": b, "client": client, "cmp": cmp}


def _count(club: Club, model: type) -> int:
    with club.db.session(write=False) as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"what": "Buffet", "due_on": date(2026, 11, 1), "received_on": date(2026, 11, 2)},
     "ne peut pas précéder la réception"),
    ({"what": "  ", "due_on": date(2026, 12, 1)}, "Dites ce qui est commandé"),
    ({"what": "Buffet", "due_on": date(2026, 12, 1), "quantity": 0}, "quantité"),
    ({"what": "Buffet", "due_on": date(2026, 12, 1), "client": "cmp"},
     "« CMP Nord » n'est pas un client"),
    ({"what": "Buffet", "due_on": date(2026, 12, 1), "client": 999},
     "Aucun partenaire n'a le numéro 999"),
])
def test_order_refusals_in_words_and_nothing_written(club: Club, kwargs: dict,
                                                     message: str) -> None:
    ids = _setup(club)
    who = kwargs.pop("client", "client")
    client = ids[who] if isinstance(who, str) else who
    with pytest.raises(ClubdeskError, match=message):
        club.production.add_order(client, **kwargs)
    assert _count(club, WorkOrder) == 0


def test_orders_by_due_date_late_ones_and_status(club: Club) -> None:
    ids = _setup(club)
    late = club.production.add_order(ids["client"], "Buffet 40 couverts", date(2026, 11, 20),
                                      received_on=date(2026, 11, 2), quantity=40)
    later = club.production.add_order(ids["client"], "Cartes de visite", date(2026, 12, 10),
                                      received_on=TODAY, notes="Logo fourni")
    rows = club.production.orders(today=TODAY)
    assert [(r.id, r.late, r.client) for r in rows] == [
        (late.id, True, "Brasserie du Pont"), (later.id, False, "Brasserie du Pont")]
    club.production.set_status(late.id, "delivered")
    assert not club.production.get_order(late.id, TODAY).late
    assert [r.id for r in club.production.orders("delivered", TODAY)] == [late.id]
    assert status_code("livree") == "delivered" and status_code("À-faire") == "todo"
    with pytest.raises(ClubdeskError, match="n'est pas un état de commande"):
        status_code("perdue")
    with pytest.raises(ClubdeskError, match="Aucune commande n'a le numéro 99"):
        club.production.set_status(99, "todo")


@pytest.mark.parametrize(("workers", "order", "message"), [
    ([("a", "0")], None, "plus de 0 et au plus 10"),
    ([("a", "10,5")], None, "plus de 0 et au plus 10"),
    ([("a", "-1")], None, "plus de 0 et au plus 10"),
    ([("a", "1,333")], None, "à la minute près"),
    ([("a", "deux")], None, "n'est pas un nombre d'heures"),
    ([("a", "2"), ("a", "3")], None, "Émilie Durand figure deux fois"),
    ([("a", "2"), (999, "3")], None, "Aucune personne n'a le numéro 999"),
    ([], None, "Dites qui a travaillé"),
    ([("a", "2")], "delivered", "est livrée : on n'y ajoute plus"),
    ([("a", "2")], "cancelled", "est annulée : on n'y ajoute plus"),
    ([("a", "2")], 999, "Aucune commande n'a le numéro 999"),
])
def test_session_refusals_in_words_and_nothing_written(club: Club, workers: list,
                                                       order: object, message: str) -> None:
    ids = _setup(club)
    order_id = order if isinstance(order, int) else None
    if isinstance(order, str):
        row = club.production.add_order(ids["client"], "Buffet", date(2026, 12, 1),
                                        received_on=TODAY)
        club.production.set_status(row.id, order)
        order_id = row.id
    pairs = [(ids[m] if isinstance(m, str) else m, h) for m, h in workers]
    with pytest.raises(ClubdeskError, match=message):
        club.production.add_session(date(2026, 11, 20), "Restaurant et traiteur", pairs,
                                    order_id=order_id, today=TODAY)
    assert _count(club, ProductionSession) == 0 and _count(club, ProductionWorker) == 0


def test_a_session_after_today_is_refused(club: Club) -> None:
    ids = _setup(club)
    with pytest.raises(ClubdeskError, match="après aujourd'hui"):
        club.production.add_session(date(2026, 11, 24), "Infographie", [(ids["a"], 2)],
                                    today=TODAY)


def test_hours_by_person_and_by_month_are_exact(club: Club) -> None:
    ids = _setup(club)
    order = club.production.add_order(ids["client"], "Buffet", date(2026, 12, 1),
                                      received_on=date(2026, 10, 1))
    for day in range(1, 11):  # ten sessions of 0,1 h: exactly one hour, no float drift
        club.production.add_session(date(2026, 11, day), "Restaurant et traiteur",
                                    [(ids["a"], "0,1"), (ids["b"], Decimal("7.25"))],
                                    order_id=order.id, today=TODAY)
    club.production.add_session(date(2026, 10, 31), "Infographie", [(ids["a"], 3)],
                                today=TODAY)
    hours = club.production.hours_by_person(2026, 11)
    assert [(h.name, h.minutes) for h in hours] == [("Émilie Durand", 60),
                                                   ("Loïc N'Diaye", 725 * 6)]
    by_month = club.production.hours_by_month(ids["a"], 2026)
    assert by_month[9] == 180 and by_month[10] == 60 and sum(by_month) == 240
    sessions = club.production.sessions(2026, 11)
    assert len(sessions) == 10 and sessions[0].order == "Buffet (Brasserie du Pont)"
    assert [w.minutes for w in sessions[0].workers] == [6, 435]
    assert hours_text(435) == "7,25" and hours_text(60) == "1"
    with pytest.raises(ClubdeskError, match="Aucune personne n'a le numéro 999"):
        club.production.hours_by_month(999, 2026)


@given(st.integers(1, 600))
def test_minutes_and_hours_round_trip(minutes: int) -> None:
    hours = Decimal(minutes) / 60
    if hours == hours.quantize(Decimal("0.0001")):
        assert to_minutes(format(hours, "f")) == minutes


@given(st.integers(1900, 2100), st.integers(1, 12))
def test_month_bounds_across_month_ends_and_leap_years(year: int, month: int) -> None:
    start, end = month_bounds(year, month)
    assert start.day == 1 and end.day == 1 and start < end
    assert (end - start).days in (28, 29, 30, 31)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == 1


def test_reception_reads_nothing_and_writes_nothing(club: Club) -> None:
    ids = _setup(club)
    reception = Club(club.db, Actor("lea", "accueil"))
    for call in (lambda: reception.production.orders(),
                 lambda: reception.production.hours_by_person(2026, 11),
                 lambda: reception.production.add_session(TODAY, "X", [(ids["a"], 1)])):
        with pytest.raises(AccessDenied):
            call()


def test_erasure_takes_the_hours_away_and_keeps_sessions_and_orders(club: Club) -> None:
    ids = _setup(club)
    order = club.production.add_order(ids["client"], "Buffet pour Émilie Durand",
                                      date(2026, 12, 1), received_on=TODAY)
    club.production.add_session(date(2026, 11, 20), "Restaurant et traiteur",
                                [(ids["a"], 2), (ids["b"], 3)], order_id=order.id,
                                today=TODAY)
    club.retention.erase(ids["a"], TODAY)
    assert [h.member_id for h in club.production.hours_by_person(2026, 11)] == [ids["b"]]
    assert "Émilie" not in club.production.get_order(order.id).what
    assert _count(club, ProductionSession) == 1


def test_merge_keeps_one_line_per_session_the_longer(club: Club) -> None:
    ids = _setup(club)
    club.production.add_session(date(2026, 11, 20), "Infographie",
                                [(ids["a"], 2), (ids["b"], 3)], today=TODAY)
    club.production.add_session(date(2026, 11, 21), "Infographie", [(ids["b"], 1)],
                                today=TODAY)
    club.merge_members(ids["a"], ids["b"])
    assert [(h.member_id, h.minutes) for h in club.production.hours_by_person(2026, 11)] == [
        (ids["a"], 240)]


def test_a_production_session_is_a_contact_for_retention(club: Club) -> None:
    old = club.members.create("Ancien", joined_on=date(2019, 1, 7), today=date(2019, 1, 7))
    club.members.leave(old.id, date(2020, 1, 6), today=date(2020, 1, 6))
    assert old.id in {r.member_id for r in club.retention.to_archive(TODAY)}
    club.production.add_session(date(2026, 1, 12), "Infographie", [(old.id, 1)], today=TODAY)
    assert old.id not in {r.member_id for r in club.retention.to_archive(TODAY)}


def test_exchange_round_trip_is_identical_and_a_member_export_has_their_hours(
        club: Club, tmp_path: Path) -> None:
    ids = _setup(club)
    contact = club.partners.add_contact(ids["cmp"], "Dr Roux", role="Psychiatre")
    club.members.update(ids["a"], referent_partner_id=ids["cmp"],
                        referent_contact_id=contact.id)
    order = club.production.add_order(ids["client"], "Buffet, 40 couverts", date(2026, 12, 1),
                                      received_on=date(2026, 11, 2), quantity=40,
                                      notes="Livrer à midi")
    club.production.add_order(ids["client"], "Cartes", date(2026, 12, 10), received_on=TODAY)
    club.production.add_session(date(2026, 11, 20), "Restaurant et traiteur",
                                [(ids["a"], "2,25"), (ids["b"], 3)], order_id=order.id,
                                today=TODAY)
    club.production.add_session(date(2026, 11, 21), "Infographie", [(ids["b"], 1)],
                                today=TODAY)
    names = ("orders.csv", "production_sessions.csv", "production_workers.csv", "members.csv",
             "partners.csv", "partner_contacts.csv")
    first = export_club(club.db, club.actor, tmp_path / "one")
    assert "Dr Roux" in (first / "members.csv").read_text()
    db = Database.open(str(tmp_path / "two.sqlite3"), create_parent=True)
    try:
        other = Club(db)
        import_club(db, other.actor, first, today=TODAY)
        second = export_club(db, other.actor, tmp_path / "two")
        for name in names:
            assert (first / name).read_text() == (second / name).read_text(), name
        assert len((first / "production_workers.csv").read_text().splitlines()) == 4
        report = import_club(db, other.actor, first, merge=True, today=TODAY)
        for name in names[:3]:
            assert report.created.get(name, 0) == 0, name
    finally:
        db.close()
    mine = export_member(club.db, club.actor, ids["a"], tmp_path / "mine")
    assert len((mine / "production_workers.csv").read_text().splitlines()) == 2
    assert "Buffet" in (mine / "orders.csv").read_text()
    assert "Cartes" not in (mine / "orders.csv").read_text()
    assert "Brasserie du Pont" in (mine / "partners.csv").read_text()


def test_referent_partner_and_its_contact_checked(club: Club) -> None:
    ids = _setup(club)
    roux = club.partners.add_contact(ids["cmp"], "Dr Roux")
    chef = club.partners.add_contact(ids["client"], "M. Chef")
    club.members.update(ids["a"], referent_partner_id=ids["cmp"], referent_contact_id=roux.id)
    assert club.members.get(ids["a"]).referent_contact_id == roux.id
    with pytest.raises(ClubdeskError, match="« M. Chef » n'est pas un contact du partenaire"):
        club.members.update(ids["a"], referent_contact_id=chef.id)
    with pytest.raises(ClubdeskError, match="Aucun partenaire n'a le numéro 999"):
        club.members.update(ids["a"], referent_partner_id=999)
    assert club.members.get(ids["a"]).referent_contact_id == roux.id  # nothing written
    reception = Club(club.db, Actor("lea", "accueil"))
    with pytest.raises(AccessDenied):
        reception.members.update(ids["b"], referent_partner_id=ids["cmp"])
    assert reception.members.get(ids["a"]).referent_partner_id is None  # redacted
    club.retention.erase(ids["a"], TODAY)
    erased = club.members.get(ids["a"])
    assert erased.referent_partner_id is None and erased.referent_contact_id is None
