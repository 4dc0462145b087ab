"""Check-in: who came, on which date and half-day, on site or remote."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import distinct, func, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import ALL_ROLES, Actor, require
from clubdesk.model.errors import (
    ClubdeskError,
    DuplicateError,
    NotFoundError,
    Term,
    ValidationError,
)
from clubdesk.model.staff import StaffService
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import HALF_DAYS, MODES, Attendance, Member, MembershipPeriod
from clubdesk.model.validation import check_date

HALF_DAY_LABELS = {"am": Term("matin"), "pm": Term("après-midi"), "day": Term("journée")}


class ReentryNeeded(ClubdeskError):
    """The person is a former member: ask before opening a new membership period."""


SPEC_MEMBERS_PER_FTE = 20  # cahier des charges §7: about one staff member per 20 active members


@dataclass(frozen=True)
class Glance:
    """The month at a glance on the reception screen."""

    active_members: int
    staff_fte: float
    members_per_fte: float | None

    def sentence(self) -> str:
        if self.members_per_fte is None:
            return "Aucun salarié n'est enregistré aujourd'hui : le ratio ne peut pas être calculé."
        ratio = f"{self.members_per_fte:.1f}".replace(".", ",")
        if self.members_per_fte <= SPEC_MEMBERS_PER_FTE:
            return (f"{ratio} membres actifs par salarié à temps plein. "
                    f"Le repère est d'environ {SPEC_MEMBERS_PER_FTE} : c'est dans le repère.")
        return (f"{ratio} membres actifs par salarié à temps plein. "
                f"Le repère est d'environ {SPEC_MEMBERS_PER_FTE} : c'est au-dessus du repère.")


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
        reopen: bool = False,
    ) -> Attendance:
        """Record a presence; a second check-in for the same half-day is refused.

        A former member is never silently made a member again: without ``reopen`` the
        check-in is refused with ReentryNeeded; with it, a new membership period starts on
        ``on`` in the same transaction. Visitors check in freely (unconditional welcome).
        """
        require(self.actor, *ALL_ROLES)
        if half_day not in HALF_DAYS:
            raise ValidationError(
                "half_day", "La demi-journée doit être matin, après-midi ou journée."
            )
        if mode not in MODES:
            raise ValidationError("mode", "Le mode doit être « sur place » ou « à distance ».")
        check_date(on)
        with self.db.session(actor=self.actor) as session:
            member = session.get(Member, member_id)
            if member is None:
                raise NotFoundError("Aucun membre n'a le numéro {member_id}.",
                                    member_id=member_id)
            periods = list(session.scalars(
                select(MembershipPeriod).where(col(MembershipPeriod.member_id) == member_id)))
            is_current = any(p.joined_on <= on and (p.left_on is None or p.left_on > on)
                             for p in periods)
            if periods and not is_current:
                name = member.preferred_name or member.first_name
                if not reopen:
                    last_left = max((p.left_on for p in periods if p.left_on), default=None)
                    if last_left is None:
                        raise ReentryNeeded(
                            "{name} n'est plus membre. Voulez-vous rouvrir son adhésion "
                            "à partir du {on:%d/%m/%Y} ?", name=name, on=on)
                    raise ReentryNeeded(
                        "{name} n'est plus membre depuis le {left_on:%d/%m/%Y}. Voulez-vous "
                        "rouvrir son adhésion à partir du {on:%d/%m/%Y} ?",
                        name=name, left_on=last_left, on=on)
                if any(p.joined_on > on for p in periods):
                    raise ValidationError("date", "Une adhésion commence après cette date.")
                session.add(MembershipPeriod(member_id=member_id, joined_on=on))
            already = session.scalars(
                select(Attendance).where(
                    col(Attendance.member_id) == member_id,
                    col(Attendance.date) == on,
                    col(Attendance.half_day).in_(_overlapping_half_days(half_day)),
                )
            ).first()
            if already is not None:
                name = member.preferred_name or member.first_name
                if already.half_day == "day":
                    raise DuplicateError("{name} : l'arrivée est déjà pointée pour la "
                                         "journée.", name=name)
                raise DuplicateError("{name} : l'arrivée est déjà pointée pour ce {half_day}.",
                                     name=name,
                                     half_day=HALF_DAY_LABELS[already.half_day])
            row = Attendance(
                member_id=member_id,
                date=on,
                half_day=half_day,
                mode=mode,
                checked_in_at=at or clock.now(UTC),
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
        with self.db.session(actor=self.actor) as session:
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

    def present_for_member(self, member_id: int) -> list[Attendance]:
        """Every presence of one member, oldest first."""
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            return list(session.scalars(
                select(Attendance).where(col(Attendance.member_id) == member_id)
                .order_by(col(Attendance.date), col(Attendance.half_day))))

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

    def glance(self, today: date) -> Glance:
        """Active members this calendar month, staff FTE today, and their ratio."""
        active = self.active_members(today.year, today.month)
        fte = StaffService(self.db, self.actor).fte_on(today)
        ratio = round(active / fte, 1) if fte > 0 else None
        return Glance(active_members=active, staff_fte=fte, members_per_fte=ratio)

    def count(self) -> int:
        with self.db.session(write=False) as session:
            return int(session.execute(select(func.count()).select_from(Attendance)).scalar_one())
