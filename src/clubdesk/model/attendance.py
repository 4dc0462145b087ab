"""Check-in: who came, on which date and half-day, on site or remote."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import distinct, func, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from clubdesk.model.access import ALL_ROLES, Actor, require
from clubdesk.model.db import Database
from clubdesk.model.errors import DuplicateError, NotFoundError, ValidationError
from clubdesk.model.tables import HALF_DAYS, MODES, Attendance, Member

HALF_DAY_LABELS = {"am": "matin", "pm": "après-midi", "day": "journée"}


@dataclass(frozen=True)
class Presence:
    attendance_id: int
    member_id: int
    first_name: str
    last_name: str
    preferred_name: str
    half_day: str
    mode: str
    checked_in_at: datetime | None

    @property
    def display_name(self) -> str:
        return f"{self.preferred_name or self.first_name} {self.last_name}".strip()


def _overlapping_half_days(half_day: str) -> tuple[str, ...]:
    """A whole-day check-in covers the morning and the afternoon, and the other way round."""
    if half_day == "day":
        return ("am", "pm", "day")
    return (half_day, "day")


class AttendanceService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def check_in(
        self,
        member_id: int,
        on: date,
        half_day: str = "day",
        *,
        mode: str = "onsite",
        at: datetime | None = None,
    ) -> Attendance:
        """Record a presence; a second check-in for the same half-day is refused."""
        require(self.actor, *ALL_ROLES)
        if half_day not in HALF_DAYS:
            raise ValidationError(
                "half_day", "La demi-journée doit être matin, après-midi ou journée."
            )
        if mode not in MODES:
            raise ValidationError("mode", "Le mode doit être « sur place » ou « à distance ».")
        with self.db.session() as session:
            member = session.get(Member, member_id)
            if member is None:
                raise NotFoundError(f"Aucun membre n'a le numéro {member_id}.")
            already = session.scalars(
                select(Attendance).where(
                    col(Attendance.member_id) == member_id,
                    col(Attendance.date) == on,
                    col(Attendance.half_day).in_(_overlapping_half_days(half_day)),
                )
            ).first()
            if already is not None:
                name = member.preferred_name or member.first_name
                raise DuplicateError(
                    f"{name} est déjà pointé(e) pour ce {HALF_DAY_LABELS[already.half_day]}."
                    if already.half_day != "day"
                    else f"{name} est déjà pointé(e) pour la journée."
                )
            row = Attendance(
                member_id=member_id,
                date=on,
                half_day=half_day,
                mode=mode,
                checked_in_at=at or datetime.now(UTC),
            )
            session.add(row)
            try:
                session.flush()
            except IntegrityError as exc:  # another desk was faster
                raise DuplicateError("Cette personne est déjà pointée.") from exc
            return row

    def undo(self, attendance_id: int) -> None:
        """Remove a check-in made by mistake."""
        require(self.actor, *ALL_ROLES)
        with self.db.session() as session:
            row = session.get(Attendance, attendance_id)
            if row is None:
                raise NotFoundError("Ce pointage n'existe plus.")
            session.delete(row)

    def present(self, on: date, half_day: str | None = None) -> list[Presence]:
        """Who is here on ``on`` (in that half-day, whole-day check-ins included)."""
        require(self.actor, *ALL_ROLES)
        stmt = (
            select(
                col(Attendance.id),
                col(Attendance.member_id),
                col(Member.first_name),
                col(Member.last_name),
                col(Member.preferred_name),
                col(Attendance.half_day),
                col(Attendance.mode),
                col(Attendance.checked_in_at),
            )
            .join(Member, col(Member.id) == col(Attendance.member_id))
            .where(col(Attendance.date) == on)
            .order_by(col(Attendance.checked_in_at).desc(), col(Attendance.id).desc())
        )
        if half_day is not None:
            stmt = stmt.where(col(Attendance.half_day).in_(_overlapping_half_days(half_day)))
        with self.db.session(write=False) as session:
            return [Presence(*r) for r in session.execute(stmt)]

    def active_members(self, year: int, month: int) -> int:
        """Distinct persons with at least one attendance in the calendar month."""
        require(self.actor, *ALL_ROLES)
        start = date(year, month, 1)
        end = date(year + (month == 12), month % 12 + 1, 1)
        with self.db.session(write=False) as session:
            return int(
                session.execute(
                    select(func.count(distinct(col(Attendance.member_id)))).where(
                        col(Attendance.date) >= start, col(Attendance.date) < end
                    )
                ).scalar_one()
            )

    def count(self) -> int:
        with self.db.session(write=False) as session:
            return int(session.execute(select(func.count()).select_from(Attendance)).scalar_one())
