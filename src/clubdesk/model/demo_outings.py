"""The demo's GEM calendar: about two activities or outings a week over the last fourteen
months and the next six weeks, decided at a monthly members' meeting, with sign-ups (some
full, with a waiting list), attendance on the past ones, a few cancelled, costs 0–15 €."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import insert, select
from sqlmodel import Session, col

from clubdesk.model.tables import MembershipPeriod, Outing, OutingSignup

ACTIVITIES = (("Atelier peinture", "Au GEM"), ("Jeux de société", "Au GEM"),
              ("Repas partagé", "Au GEM"), ("Atelier cuisine", "Au GEM"),
              ("Karaoké", "Au GEM"), ("Groupe de marche", "Bords de Seine"),
              ("Atelier écriture", "Médiathèque"))
OUTINGS = (("Musée des Beaux-Arts", "Rouen", 350), ("Cinéma", "Cinéma Omnia", 500),
           ("Plage", "Étretat", 800), ("Bowling", "Bowling du centre", 600),
           ("Marché de Noël", "Place du Vieux-Marché", 0), ("Piscine", "Piscine municipale", 250),
           ("Pique-nique", "Jardin des Plantes", 0), ("Concert", "Salle des fêtes", 1500),
           ("Visite de la cathédrale", "Rouen", 0), ("Zoo", "Parc de Clères", 1200))
WEEKS_BACK, WEEKS_AHEAD = 61, 6  # about fourteen months, six weeks


def add_demo(session: Session, rng: random.Random, today: date) -> None:
    periods = list(session.execute(select(col(MembershipPeriod.member_id),
                                          col(MembershipPeriod.joined_on),
                                          col(MembershipPeriod.left_on))))
    if not periods:
        return
    monday = today - timedelta(days=today.weekday())
    for week in range(-WEEKS_BACK, WEEKS_AHEAD + 1):
        start = monday + timedelta(weeks=week)
        decided = _meeting_before(start)
        for day_offset, is_outing in ((rng.choice((1, 2)), False), (rng.choice((3, 5)), True)):
            day = start + timedelta(days=day_offset)
            members = sorted({m for m, joined, left in periods
                              if joined <= day and (left is None or left >= day)})
            if not members:
                continue
            _one(session, rng, today, day, decided, is_outing, members)


def _meeting_before(week_start: date) -> date:
    """The members' meeting that decided the month's programme: the first Monday of the
    month before."""
    first = (week_start.replace(day=1) - timedelta(days=1)).replace(day=1)
    return first + timedelta(days=(7 - first.weekday()) % 7)


def _one(session: Session, rng: random.Random, today: date, day: date, decided: date,
         is_outing: bool, members: list[int]) -> None:
    if is_outing:
        title, place, cost = rng.choice(OUTINGS)
        places: int | None = rng.choice((6, 8, 8, 10, 12))
        starts = rng.choice(("09:30", "13:30", "14:00"))
    else:
        title, place = rng.choice(ACTIVITIES)
        cost = rng.choice((0, 0, 0, 200))
        places = rng.choice((None, None, 12, 15))
        starts = rng.choice(("10:00", "14:00", "14:30"))
    cancelled = rng.random() < 0.04
    past = day < today
    status = "cancelled" if cancelled else "done" if past else "planned"
    outing_id = session.execute(insert(Outing).values(
        title=title, kind="outing" if is_outing else "activity", held_on=day,
        starts_at=starts, place=place, places=places, cost_cents=cost,
        decided_on=min(decided, day), status=status,
        notes="Rendez-vous au GEM un quart d'heure avant." if is_outing else "")
        .returning(col(Outing.id))).scalar_one()
    # popular outings fill up: a few more people than places, who then wait
    wanted = (places or 10) + rng.choice((-4, -2, 0, 1, 3)) if is_outing else \
        rng.randint(3, 10)
    chosen = rng.sample(members, max(0, min(wanted, len(members))))
    seated = len(chosen) if places is None else min(places, len(chosen))
    rows = []
    for member_id in chosen:
        signed = max(decided, day - timedelta(days=rng.randint(1, 20)))
        rows.append({"outing_id": outing_id, "member_id": member_id,
                     "signed_up_on": min(signed, day, today), "present": None})
    # the order of sign-up decides who waits (as the service reads it): the first ``seated``
    # have a place; who came is noted on the past ones
    rows.sort(key=lambda r: r["signed_up_on"])
    if past and not cancelled:
        for row in rows[:seated]:
            row["present"] = rng.random() < 0.85
    if rows:
        session.execute(insert(OutingSignup), rows)
