"""Reach-out: current members not seen for a while, and the contacts made with them.

A member is due when their last sign of life (last attendance, last reach-out, or the start
of their membership if they never came) is at least N days old; N is the setting
``reach_out_days`` (default 14). Recording a reach-out takes the member off the list for N
days. Oldest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import ALL_ROLES, Actor, redact_all, require
from clubdesk.model.audit.trail import record as record_read
from clubdesk.model.errors import NotFoundError, ValidationError
from clubdesk.model.settings import SettingsService
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import REACH_OUT_CHANNELS, Attendance, Member, MembershipPeriod, ReachOut
from clubdesk.model.validation import check_date

CHANNEL_LABELS = {"phone": "téléphone", "sms": "SMS", "email": "e-mail", "post": "courrier",
                  "visit": "visite", "other": "autre"}


@dataclass(frozen=True)
class DueMember:
    member_id: int
    first_name: str
    last_name: str
    preferred_name: str
    contact_preference: str
    phone: str
    email: str
    last_seen: date | None  # last attendance; None if never came
    last_reach_out: date | None
    days_since: int  # days since the last sign of life

    @property
    def display_name(self) -> str:
        return f"{self.preferred_name or self.first_name} {self.last_name}".strip()


class ReachOutService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def due(self, today: date, days: int | None = None) -> list[DueMember]:
        require(self.actor, *ALL_ROLES)
        if days is None:
            days = SettingsService(self.db, self.actor).get_int("reach_out_days")
        last_seen = (
            select(func.max(Attendance.date))
            .where(col(Attendance.member_id) == col(Member.id), col(Attendance.date) <= today)
            .scalar_subquery()
        )
        last_reach = (
            select(func.max(ReachOut.date))
            .where(col(ReachOut.member_id) == col(Member.id))
            .scalar_subquery()
        )
        current_since = (
            select(func.max(MembershipPeriod.joined_on))
            .where(
                col(MembershipPeriod.member_id) == col(Member.id),
                col(MembershipPeriod.joined_on) <= today,
                or_(col(MembershipPeriod.left_on).is_(None), col(MembershipPeriod.left_on) > today),
            )
            .scalar_subquery()
        )
        stmt = select(
            col(Member.id), col(Member.first_name), col(Member.last_name),
            col(Member.preferred_name), col(Member.contact_preference), col(Member.phone),
            col(Member.email), last_seen.label("last_seen"), last_reach.label("last_reach"),
            current_since.label("since"),
        )
        out = []
        limit = today - timedelta(days=days)
        with self.db.session(write=False) as session:
            for r in session.execute(stmt):
                if r.since is None:
                    continue  # not a current member
                marks = [d for d in (r.last_seen, r.last_reach, r.since) if d is not None]
                latest = max(marks)
                if latest > limit:
                    continue
                out.append(DueMember(
                    member_id=r.id, first_name=r.first_name, last_name=r.last_name,
                    preferred_name=r.preferred_name, contact_preference=r.contact_preference,
                    phone=r.phone, email=r.email, last_seen=r.last_seen,
                    last_reach_out=r.last_reach, days_since=(today - latest).days,
                ))
        out.sort(key=lambda d: (-d.days_since, d.last_name, d.first_name, d.member_id))
        return out

    def record(self, member_id: int, on: date, channel: str, done_by: str = "",
               note: str = "", *, today: date | None = None) -> ReachOut:
        require(self.actor, *ALL_ROLES)
        if channel not in REACH_OUT_CHANNELS:
            raise ValidationError("channel", "Choisissez comment la personne a été contactée.")
        check_date(on)
        if on > (today or clock.today()):
            raise ValidationError("date", "La date du contact ne peut pas être dans le futur.")
        if len(note) > 500:
            raise ValidationError("note", "La note est trop longue (500 caractères au plus).")
        row = ReachOut(member_id=member_id, date=on, channel=channel, done_by=done_by.strip(),
                       note=note.strip())
        with self.db.session(actor=self.actor) as session:
            if session.get(Member, member_id) is None:
                raise NotFoundError("Aucun membre n'a le numéro {member_id}.",
                                    member_id=member_id)
            session.add(row)
        return row

    def history(self, member_id: int) -> list[ReachOut]:
        """The contacts made with a member; their notes are staff data (reception reads
        when and how, with the notes blank)."""
        require(self.actor, *ALL_ROLES)
        record_read(self.db, self.actor, "read", "reach_out", f"member {member_id}")
        with self.db.session(write=False) as session:
            return redact_all(self.actor, list(session.scalars(
                select(ReachOut).where(col(ReachOut.member_id) == member_id)
                .order_by(col(ReachOut.date).desc()))))
