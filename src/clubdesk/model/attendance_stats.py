"""Attendance figures for documents: how many distinct persons came each day of a year."""

from __future__ import annotations

from datetime import date

from sqlalchemy import distinct, func, select
from sqlmodel import col

from clubdesk.model.access import STAFF_ROLES, Actor, require
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import Attendance


def daily_counts(db: Database, actor: Actor, year: int) -> list[tuple[date, int]]:
    """(day, distinct persons present that day) for every day of ``year`` with a presence,
    oldest first. A morning and an afternoon of the same person count once."""
    require(actor, *STAFF_ROLES)
    stmt = (
        select(col(Attendance.date), func.count(distinct(col(Attendance.member_id))))
        .where(col(Attendance.date) >= date(year, 1, 1),
               col(Attendance.date) <= date(year, 12, 31))
        .group_by(col(Attendance.date))
        .order_by(col(Attendance.date))
    )
    with db.session(write=False) as session:
        return [(day, int(count)) for day, count in session.execute(stmt)]
