"""The demo's objectives grid (pre-insertion, issue 20 item 2): six people with three to six
objectives over the three domains, one to four reviews two months apart; two of them have
a review due."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model.objectives import add_months
from clubdesk.model.tables import (
    OBJECTIVE_LEVELS,
    Member,
    MembershipPeriod,
    Objective,
    ObjectiveLevel,
    ObjectiveReview,
    Staff,
)

GOALS = {
    "savoir": ("Connaître les consignes de sécurité de l'atelier",
               "Savoir lire une fiche de poste", "Connaître les horaires et le règlement"),
    "savoir_faire": ("Utiliser la débroussailleuse en autonomie", "Tailler une haie",
                     "Préparer les semis en serre", "Repeindre un mur proprement"),
    "savoir_etre": ("Arriver à l'heure aux ateliers", "Prévenir en cas d'absence",
                    "Demander de l'aide quand c'est nécessaire", "Travailler en binôme"),
}
WORDS = ("Je me sens mieux dans le groupe.", "C'est dur de se lever le matin.",
         "J'aimerais faire un stage au printemps.", "")
COMMENTS = ("Progrès nets sur la ponctualité.", "À encourager : prend des initiatives.",
            "Objectifs à réajuster au prochain bilan.", "")
PEOPLE, DUE = 6, 2


def add_demo(session: Session, rng: random.Random, today: date) -> None:
    people: list[int] = list(session.scalars(
        select(col(Member.id)).join(MembershipPeriod,
                                    col(MembershipPeriod.member_id) == col(Member.id))
        .where(col(MembershipPeriod.left_on).is_(None)).distinct()
        .order_by(col(Member.id)).limit(PEOPLE)))
    coordinator = session.scalars(select(col(Staff.id)).order_by(col(Staff.id))).first()
    for n, member_id in enumerate(people):
        reviews = rng.randint(1, 4)
        if n < DUE:  # overdue by a few days to three weeks
            last = add_months(today, -2) - timedelta(days=rng.randint(3, 20))
        else:  # reviewed in the last seven weeks: not due yet
            last = today - timedelta(days=rng.randint(3, 49))
        dates = [add_months(last, -2 * i) for i in range(reviews - 1, -1, -1)]
        start = add_months(dates[0], -2)
        domains = list(GOALS)
        goals = []
        for k in range(rng.randint(3, 6)):
            domain = domains[k % 3]
            text = rng.choice(GOALS[domain])
            row = Objective(member_id=member_id or 0, domain=domain, text=text, set_on=start)
            session.add(row)
            goals.append(row)
        session.flush()
        for i, day in enumerate(dates):
            review = ObjectiveReview(member_id=member_id or 0, held_on=day, staff_id=coordinator,
                                     own_words=rng.choice(WORDS), comment=rng.choice(COMMENTS))
            session.add(review)
            session.flush()
            for goal in goals:
                level = min(len(OBJECTIVE_LEVELS) - 1, i + rng.randint(0, 1))
                session.add(ObjectiveLevel(review_id=review.id or 0,
                                           objective_id=goal.id or 0,
                                           level=OBJECTIVE_LEVELS[level]))
        session.flush()
