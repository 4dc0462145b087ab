"""The demo's pre-insertion (issue 20 item 2): trials, renewals and contracts for eight
members, two of them ending within 30 days of ``today``, one prepared exit with a few
contacts after it, travel refunds and meals over the last months. Dates relative to
``today``; deterministic from ``rng``. Written through the same end-date rules as the
service (clubdesk.model.contracts.period_bounds)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model.contracts import add_months, period_bounds
from clubdesk.model.tables import (
    ContractPeriod,
    ExitContact,
    ExitPlan,
    MealTaken,
    Member,
    TravelRefund,
)

PEOPLE = 8


def _chain(session: Session, member_id: int, kind: str, anchor: date, count: int) -> date:
    """``count`` periods of one chain from ``anchor``; the day after the last one."""
    end = anchor
    for k in range(count):
        start, end = period_bounds(anchor, kind, k)
        session.add(ContractPeriod(member_id=member_id, kind=kind, renewal=k, anchor_on=anchor,
                                   started_on=start, ends_on=end))
    return end + timedelta(days=1)


def add_demo(session: Session, rng: random.Random, today: date) -> None:
    members: list[int] = list(session.scalars(select(col(Member.id)).where(
        col(Member.anonymised_on).is_(None)).order_by(col(Member.id)).limit(PEOPLE)))
    for n, mid in enumerate(members):
        if n == 0:  # a trial ending in about ten days
            _chain(session, mid, "trial", add_months(today, -1) + timedelta(days=10), 1)
        elif n == 1:  # a contract (after a renewed trial) ending in about three weeks
            anchor = add_months(today, -6) + timedelta(days=21)
            trial = add_months(anchor, -2)
            _chain(session, mid, "trial", trial, 2)
            _chain(session, mid, "contract", anchor, 1)
        elif n == 2:  # a contract started a few weeks ago, after its trial
            anchor = today - timedelta(days=rng.randint(10, 40))
            _chain(session, mid, "trial", add_months(anchor, -1), 1)
            _chain(session, mid, "contract", anchor, 1)
        elif n == 7:  # exit prepared after a contract ended early
            trial = add_months(today, -7)
            contract = _chain(session, mid, "trial", trial, 1)
            start, end = period_bounds(contract, "contract", 0)
            left = add_months(today, -3)
            session.add(ContractPeriod(member_id=mid, kind="contract", renewal=0,
                                       anchor_on=contract, started_on=start, ends_on=end,
                                       ended_early_on=min(left, end - timedelta(days=1)),
                                       end_reason="Entrée en formation qualifiante"))
            session.add(ExitPlan(member_id=mid, kind="definitive", planned_on=left,
                                 destination="training"))
            for weeks, channel, note in ((2, "phone", "Se plaît en formation."),
                                         (6, "visit", "Passé dire bonjour à l'atelier."),
                                         (10, "mail", "")):
                session.add(ExitContact(member_id=mid, contacted_on=left + timedelta(
                    weeks=weeks), channel=channel, note=note))
        else:  # contracts renewed once or twice, ending later
            renewals = rng.randint(1, 3)
            anchor = add_months(today, -6 * renewals + rng.randint(2, 5))
            trial = add_months(anchor, -1)
            _chain(session, mid, "trial", trial, 1)
            _chain(session, mid, "contract", anchor, renewals)
        if n == 7:
            continue
        for back in range(1, 100, 7):  # workshop days: twice a week, about
            day = today - timedelta(days=back)
            if rng.random() < 0.7:
                session.add(MealTaken(member_id=mid, served_on=day, count=1))
            if rng.random() < 0.5:
                session.add(TravelRefund(member_id=mid, paid_on=day,
                                         amount_cents=rng.choice((160, 320, 450, 1275))))
