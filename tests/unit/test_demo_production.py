"""The demo's work insertion, added after demo.generate: clients, orders in every status,
sessions of the last three months, hours, referent partners."""

from __future__ import annotations

import random
from datetime import date, timedelta

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.demo_production import add_demo
from clubdesk.model.storage.db import Database

TODAY = date(2026, 11, 23)


def test_the_demo_has_orders_sessions_hours_and_referents(tmp_path) -> None:
    from clubdesk.model import demo

    db = Database.open(str(tmp_path / "demo.sqlite3"), create_parent=True)
    try:
        demo.generate(db, Actor("demo", "direction"), today=TODAY)
        with db.session(actor=Actor("demo", "direction")) as session:
            add_demo(session, random.Random(1), TODAY)
        club = Club(db)
        orders = club.production.orders(today=TODAY)
        assert len(orders) == 10 and len(club.production.clients()) == 3
        assert {o.status for o in orders} == {"todo", "in_progress", "delivered", "cancelled"}
        assert any(o.late for o in orders)
        months = {(d.year, d.month) for d in (TODAY - timedelta(days=n) for n in range(0, 91))}
        people: set[int] = set()
        for year, month in months:
            for session_row in club.production.sessions(year, month):
                assert TODAY - timedelta(days=90) <= session_row.held_on <= TODAY
                people |= {w.member_id for w in session_row.workers}
        assert 6 <= len(people) <= 8
        assert club.production.hours_by_person(2026, 11)
        members = [club.members.get(m.id) for m in club.members.list_members("current")]
        with_referent = [m for m in members if m.referent_partner_id is not None]
        assert with_referent
        assert db.foreign_key_problems() == 0
        # the demo again over it: everything replaced, nothing refused
        demo.generate(db, Actor("demo", "direction"), today=TODAY, force=True)
        assert club.production.orders(today=TODAY) == []
    finally:
        db.close()
