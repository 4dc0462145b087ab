"""Merging two records of the same person, without losing any presence or history.

Every table that refers to a member moves to the kept record; where both records hold the
same fact (a check-in on the same half-day, overlapping membership periods, the same skill),
the facts are united, never dropped: the same emploi accompagné module becomes one row
from the earlier start (still open when either is), the same charter signature (version and
day) is kept once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlmodel import Session, SQLModel, col

from clubdesk.model.access import STAFF_ROLES, Actor, require
from clubdesk.model.errors import NotFoundError, ValidationError
from clubdesk.model.members import EDITABLE_FIELDS
from clubdesk.model.search_folding import search_key
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import (
    SKILL_LEVELS,
    Attendance,
    CharterSignature,
    ExitPlan,
    Member,
    MemberAvailability,
    MembershipPeriod,
    MemberSkill,
    MemberWish,
    OutingSignup,
    ProductionWorker,
    SupportedEmployment,
    WorkshopAttendee,
)

SPECIAL = {"attendance", "membership_period", "member_skill", "member_wish",
           "member_availability", "workshop_attendee", "outing_signup", "exit_plan",
           "production_worker", "supported_employment", "charter_signature"}


def member_reference_tables() -> list[tuple[Table, str]]:
    """(table, column) for every column that is a foreign key to member.id."""
    out = []
    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            for fk in column.foreign_keys:
                if fk.column.table.name == "member" and fk.column.name == "id":
                    out.append((table, column.name))
    return out


def merge_members(db: Database, actor: Actor, keep_id: int, other_id: int) -> Member:
    require(actor, *STAFF_ROLES)
    if keep_id == other_id:
        raise ValidationError("other_id", "On ne peut pas fusionner une fiche avec elle-même.")
    with db.session(actor=actor) as session:
        keep = session.get(Member, keep_id)
        other = session.get(Member, other_id)
        if keep is None or other is None:
            raise NotFoundError("Une des deux fiches à fusionner n'existe plus.")
        for name in EDITABLE_FIELDS:
            if getattr(keep, name) in (None, "") and getattr(other, name) not in (None, ""):
                setattr(keep, name, getattr(other, name))
        keep.search_key = search_key(keep.first_name, keep.last_name, keep.preferred_name)
        if keep.referent_partner_id != other.referent_partner_id \
                and keep.referent_contact_id == other.referent_contact_id:
            keep.referent_contact_id = None  # the other's contact, of another partner
        _merge_attendance(session, keep_id, other_id)
        _merge_periods(session, keep_id, other_id)
        _merge_skills(session, keep_id, other_id)
        _merge_unique_rows(session, MemberWish, ("task_id",), keep_id, other_id)
        _merge_unique_rows(session, MemberAvailability, ("weekday", "half_day"), keep_id,
                           other_id)
        _merge_unique_rows(session, WorkshopAttendee, ("session_id",), keep_id, other_id)
        _merge_unique_rows(session, OutingSignup, ("outing_id",), keep_id, other_id)
        _merge_unique_rows(session, ExitPlan, (), keep_id, other_id)
        _merge_workers(session, keep_id, other_id)
        _merge_modules(session, keep_id, other_id)
        _merge_unique_rows(session, CharterSignature, ("version", "signed_on"), keep_id,
                           other_id)
        for table, column in member_reference_tables():
            if table.name not in SPECIAL:
                session.execute(
                    update(table).where(table.c[column] == other_id).values({column: keep_id})
                )
        session.add(keep)
        session.flush()
        session.execute(delete(Member).where(col(Member.id) == other_id))
        return keep


def _merge_attendance(session: Session, keep_id: int, other_id: int) -> None:
    """Union of the half-days covered on each date ('day' covers am and pm)."""
    rows = list(session.scalars(select(Attendance).where(
        col(Attendance.member_id).in_((keep_id, other_id)))))
    by_date: dict[date, list[Attendance]] = {}
    for row in rows:
        by_date.setdefault(row.date, []).append(row)
    for day_rows in by_date.values():
        if all(r.member_id == keep_id for r in day_rows):
            continue
        # One row per half-day covered, or one 'day' row when any check-in was for the day;
        # each kept row is the earliest check-in of what it stands for.
        targets = ["day"] if any(r.half_day == "day" for r in day_rows) else sorted(
            {r.half_day for r in day_rows})
        chosen: dict[str, Attendance] = {}
        for half in targets:
            candidates = [r for r in day_rows if half == "day" or r.half_day == half]
            chosen[half] = min(candidates, key=_arrival)
        for r in day_rows:
            if r not in chosen.values():
                session.delete(r)
        session.flush()
        for r in chosen.values():
            r.member_id = keep_id
            session.add(r)
        session.flush()
        for half, r in chosen.items():
            r.half_day = half
            session.add(r)
    session.flush()


def _arrival(row: Attendance) -> tuple[bool, float, int]:
    stamp = row.checked_in_at.timestamp() if row.checked_in_at else 0.0
    return (row.checked_in_at is None, stamp, row.id or 0)


def _merge_periods(session: Session, keep_id: int, other_id: int) -> None:
    """Overlapping periods become one period covering both; separate ones stay separate."""
    periods = sorted(
        session.scalars(select(MembershipPeriod).where(
            col(MembershipPeriod.member_id).in_((keep_id, other_id)))),
        key=lambda p: p.joined_on,
    )
    merged: list[dict[str, Any]] = []
    for p in periods:
        if merged and (merged[-1]["left_on"] is None or p.joined_on < merged[-1]["left_on"]):
            last = merged[-1]
            if last["left_on"] is not None:
                # one exit reason (a code): the one of the period that ends last
                if p.left_on is None:
                    last["leave_reason"] = ""
                elif p.left_on >= last["left_on"] and p.leave_reason:
                    last["leave_reason"] = p.leave_reason
                last["left_on"] = None if p.left_on is None else max(last["left_on"], p.left_on)
        else:
            merged.append({"joined_on": p.joined_on, "left_on": p.left_on,
                           "leave_reason": p.leave_reason})
    for p in periods:
        session.delete(p)
    session.flush()
    for values in merged:
        session.add(MembershipPeriod(member_id=keep_id, **values))
    session.flush()


def _merge_skills(session: Session, keep_id: int, other_id: int) -> None:
    rank = {level: n for n, level in enumerate(SKILL_LEVELS)}
    mine = {s.name: s for s in session.scalars(
        select(MemberSkill).where(col(MemberSkill.member_id) == keep_id))}
    for s in list(session.scalars(
            select(MemberSkill).where(col(MemberSkill.member_id) == other_id))):
        if s.name in mine:
            if rank[s.level] > rank[mine[s.name].level]:
                mine[s.name].level = s.level
                session.add(mine[s.name])
            session.delete(s)
        else:
            s.member_id = keep_id
            session.add(s)
    session.flush()


def _merge_unique_rows(session: Session, model: Any, key: tuple[str, ...], keep_id: int,
                       other_id: int) -> None:
    mine = {tuple(getattr(r, k) for k in key) for r in session.scalars(
        select(model).where(model.member_id == keep_id))}
    for r in list(session.scalars(select(model).where(model.member_id == other_id))):
        if tuple(getattr(r, k) for k in key) in mine:
            session.delete(r)  # the kept record already says so (and wins on a conflict)
        else:
            r.member_id = keep_id
            session.add(r)
    session.flush()


def _merge_workers(session: Session, keep_id: int, other_id: int) -> None:
    """Both records in the same production session: the same person's same day, noted
    twice; the longer of the two is kept (never summed: it could pass 10 hours)."""
    mine = {r.session_id: r for r in session.scalars(
        select(ProductionWorker).where(col(ProductionWorker.member_id) == keep_id))}
    for r in list(session.scalars(select(ProductionWorker).where(
            col(ProductionWorker.member_id) == other_id))):
        kept = mine.get(r.session_id)
        if kept is None:
            r.member_id = keep_id
            session.add(r)
            continue
        kept.minutes = max(kept.minutes, r.minutes)
        session.add(kept)
        session.delete(r)
    session.flush()


def _merge_modules(session: Session, keep_id: int, other_id: int) -> None:
    """Both records followed the same emploi accompagné module (one row per member and
    module): one row from the earlier start to the later end, open when either is."""
    mine = {r.module: r for r in session.scalars(
        select(SupportedEmployment).where(col(SupportedEmployment.member_id) == keep_id))}
    for r in list(session.scalars(select(SupportedEmployment).where(
            col(SupportedEmployment.member_id) == other_id))):
        kept = mine.get(r.module)
        if kept is None:
            r.member_id = keep_id
            session.add(r)
            continue
        kept.started_on = min(kept.started_on, r.started_on)
        kept.ended_on = (None if kept.ended_on is None or r.ended_on is None
                         else max(kept.ended_on, r.ended_on))
        session.add(kept)
        session.delete(r)
    session.flush()
