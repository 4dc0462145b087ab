"""Staff members, their employment periods (with FTE) and their skills (which tasks they
know, on the members' levels: a staff member who can teach a task may hold it with a member
who discovers it)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import ALL_ROLES, DIRECTION, STAFF_ROLES, Actor, require
from clubdesk.model.errors import ClubdeskError, NotFoundError, ValidationError
from clubdesk.model.search_folding import fold
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import (
    SKILL_LEVELS,
    Staff,
    StaffPeriod,
    StaffSkill,
    Task,
    UserAccount,
)
from clubdesk.model.validation import check_date, check_optional_date


@dataclass(frozen=True)
class StaffRow:
    id: int
    first_name: str
    last_name: str
    function: str
    qualification: str
    peer_worker: bool
    fte_today: float
    user_id: int | None = None  # the linked account
    account: str = ""  # its username, read for the direction only (accounts are theirs)

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def validate_fte(fte: Any) -> float:
    try:
        value = float(fte)
    except (TypeError, ValueError):
        raise ValidationError("fte", "L'ETP « {fte} » n'est pas un nombre.", fte=fte) from None
    if not 0 < value <= 1:
        raise ValidationError(
            "fte", "L'ETP (équivalent temps plein) doit être plus grand que 0 et au plus 1."
        )
    return value


def staff_skill_levels(session: Session, staff_ids: Iterable[int]
                       ) -> dict[int, dict[int, str]]:
    """staff id -> {task id -> level} for these staff members (those without skills are
    left out)."""
    out: dict[int, dict[int, str]] = {}
    for skill in session.scalars(select(StaffSkill).where(
            col(StaffSkill.staff_id).in_(list(staff_ids))).order_by(col(StaffSkill.id))):
        out.setdefault(skill.staff_id, {})[skill.task_id] = skill.level
    return out


def staff_skills_by_name(session: Session, staff_ids: Iterable[int]
                         ) -> dict[int, dict[str, str]]:
    """staff id -> {skill name -> level}, for the rota: a staff member's level on a task is
    their level in the task's skill (Task.skill; a task without one needs no skill); when
    several tasks share a skill, the highest level counts."""
    levels = staff_skill_levels(session, staff_ids)
    task_ids = {task_id for known in levels.values() for task_id in known}
    skill_of = {task_id: skill for task_id, skill in session.execute(
        select(col(Task.id), col(Task.skill)).where(col(Task.id).in_(task_ids)))}
    out: dict[int, dict[str, str]] = {}
    for staff_id, known in levels.items():
        names: dict[str, str] = {}
        for task_id, level in known.items():
            skill = skill_of.get(task_id)
            if not skill:
                continue
            if skill not in names or SKILL_LEVELS.index(level) > SKILL_LEVELS.index(names[skill]):
                names[skill] = level
        if names:
            out[staff_id] = names
    return out


def employed_on_clause(on: date) -> Any:
    """Both dates of an employment period are days worked."""
    return (col(StaffPeriod.started_on) <= on) & or_(
        col(StaffPeriod.ended_on).is_(None), col(StaffPeriod.ended_on) >= on
    )


class StaffService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def create(
        self,
        first_name: str,
        last_name: str = "",
        *,
        function: str = "",
        qualification: str = "",
        peer_worker: bool = False,
        user_id: int | None = None,
    ) -> Staff:
        """A new staff member (the direction), optionally linked to an account."""
        require(self.actor, DIRECTION)
        if not first_name.strip():
            raise ValidationError("first_name", "Le prénom est obligatoire.")
        staff = Staff(
            first_name=first_name.strip(),
            last_name=last_name.strip(),
            function=function.strip(),
            qualification=qualification.strip(),
            peer_worker=peer_worker,
        )
        with self.db.session(actor=self.actor) as session:
            if user_id is not None:
                _check_account_free(session, user_id, None)
            staff.user_id = user_id
            session.add(staff)
        return staff

    def add_period(
        self, staff_id: int, started_on: date, ended_on: date | None = None, *, fte: Any = 1.0
    ) -> StaffPeriod:
        require(self.actor, DIRECTION)
        value = validate_fte(fte)
        check_date(started_on, "started_on")
        check_optional_date(ended_on, "ended_on")
        if ended_on is not None and ended_on < started_on:
            raise ValidationError(
                "ended_on", "La date de fin du contrat ne peut pas être avant son début."
            )
        with self.db.session(actor=self.actor) as session:
            if session.get(Staff, staff_id) is None:
                raise NotFoundError("Aucun salarié n'a le numéro {staff_id}.", staff_id=staff_id)
            for other in session.scalars(
                select(StaffPeriod).where(col(StaffPeriod.staff_id) == staff_id)
            ):
                # Inclusive periods: they overlap when each starts before the other ends.
                if (other.ended_on is None or started_on <= other.ended_on) and (
                    ended_on is None or other.started_on <= ended_on
                ):
                    raise ValidationError(
                        "started_on", "Cette période chevauche une autre période de contrat."
                    )
            period = StaffPeriod(
                staff_id=staff_id, started_on=started_on, ended_on=ended_on, fte=value
            )
            session.add(period)
            return period

    def list_staff(self, *, on: date | None = None) -> list[StaffRow]:
        require(self.actor, *ALL_ROLES)
        on = on or clock.today()
        fte = (
            select(func.coalesce(func.sum(StaffPeriod.fte), 0.0))
            .where(col(StaffPeriod.staff_id) == Staff.id, employed_on_clause(on))
            .scalar_subquery()
        )
        stmt = select(Staff, fte.label("fte")).order_by(
            col(Staff.last_name), col(Staff.first_name), col(Staff.id)
        )
        with self.db.session(write=False) as session:
            names: dict[int, str] = {}
            if self.actor.role == DIRECTION:  # the accounts table is the direction's
                names = {i: n for i, n in session.execute(
                    select(col(UserAccount.id), col(UserAccount.username)))}
            return [
                StaffRow(
                    id=s.id or 0,
                    first_name=s.first_name,
                    last_name=s.last_name,
                    function=s.function,
                    qualification=s.qualification,
                    peer_worker=s.peer_worker,
                    fte_today=float(f),
                    user_id=s.user_id,
                    account=names.get(s.user_id, "") if s.user_id is not None else "",
                )
                for s, f in session.execute(stmt)
            ]

    def fte_on(self, on: date) -> float:
        """Total FTE of the staff employed on ``on``."""
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            total = session.execute(
                select(func.coalesce(func.sum(StaffPeriod.fte), 0.0)).where(
                    employed_on_clause(on)
                )
            ).scalar_one()
        return round(float(total), 4)

    # -- one staff member -----------------------------------------------------------

    def resolve(self, text: str) -> StaffRow:
        """A staff member from a number or an unambiguous name (accents and case aside)."""
        require(self.actor, *STAFF_ROLES)
        text = text.strip()[:200]
        rows = self.list_staff()
        if text.isascii() and text.isdigit():
            found = [r for r in rows if str(r.id) == text.lstrip("0")]
            if not found:
                raise NotFoundError("Aucun salarié n'a le numéro {staff_id}.", staff_id=text)
            return found[0]
        wanted = fold(text)
        exact = [r for r in rows if fold(r.display_name) == wanted
                 or fold(f"{r.last_name} {r.first_name}") == wanted]
        if len(exact) == 1:
            return exact[0]
        words = wanted.split(" ")
        partial = exact or [r for r in rows if wanted and all(
            w in fold(r.display_name).split(" ") for w in words)]
        if len(partial) == 1:
            return partial[0]
        if not partial:
            raise NotFoundError("Aucun salarié ne correspond à « {text} ».", text=text)
        names = ", ".join(f"{r.display_name} (n° {r.id})" for r in partial[:10])
        raise ClubdeskError("« {text} » désigne plusieurs salariés : {names}.", text=text,
                            names=names)

    def get(self, staff_id: int) -> Staff:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            return _staff(session, staff_id)

    def periods(self, staff_id: int) -> list[StaffPeriod]:
        """The staff member's employment periods, oldest first."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            _staff(session, staff_id)
            return list(session.scalars(select(StaffPeriod).where(
                col(StaffPeriod.staff_id) == staff_id).order_by(col(StaffPeriod.started_on))))

    def update(self, staff_id: int, *, first_name: str | None = None,
               last_name: str | None = None, function: str | None = None,
               qualification: str | None = None, peer_worker: bool | None = None) -> Staff:
        """Change the fields given (None: unchanged)."""
        require(self.actor, DIRECTION)
        if first_name is not None and not first_name.strip():
            raise ValidationError("first_name", "Le prénom est obligatoire.")
        with self.db.session(actor=self.actor) as session:
            staff = _staff(session, staff_id)
            for field, value in (("first_name", first_name), ("last_name", last_name),
                                 ("function", function), ("qualification", qualification)):
                if value is not None and getattr(staff, field) != value.strip():
                    setattr(staff, field, value.strip())
            if peer_worker is not None and staff.peer_worker != peer_worker:
                staff.peer_worker = peer_worker
            return staff

    def end(self, staff_id: int, on: date) -> StaffPeriod:
        """The contract ends on ``on`` (the last day worked): the open period is closed."""
        require(self.actor, DIRECTION)
        check_date(on, "ended_on")
        with self.db.session(actor=self.actor) as session:
            staff = _staff(session, staff_id)
            period = _open_period(session, staff_id)
            if period is None:
                raise ValidationError("ended_on", "{name} n'a pas de contrat en cours à "
                                      "terminer.", name=_name(staff))
            if on < period.started_on:
                raise ValidationError(
                    "ended_on", "La fin du contrat ({on}) ne peut pas être avant son début "
                    "({start}).", on=on.strftime("%d/%m/%Y"),
                    start=period.started_on.strftime("%d/%m/%Y"))
            period.ended_on = on
            return period

    def new_period(self, staff_id: int, started_on: date, *, fte: Any) -> StaffPeriod:
        """A new FTE from ``started_on``: the open period, if any, ends the day before."""
        require(self.actor, DIRECTION)
        value = validate_fte(fte)
        check_date(started_on, "started_on")
        with self.db.session(actor=self.actor) as session:
            _staff(session, staff_id)
            periods = list(session.scalars(select(StaffPeriod).where(
                col(StaffPeriod.staff_id) == staff_id)))
            current = next((p for p in periods if p.ended_on is None), None)
            if current is not None and started_on <= current.started_on:
                raise ValidationError(
                    "started_on", "La nouvelle période doit commencer après le début de la "
                    "période en cours ({start}).",
                    start=current.started_on.strftime("%d/%m/%Y"))
            for other in periods:
                if other is not current and other.ended_on is not None \
                        and started_on <= other.ended_on:
                    raise ValidationError(
                        "started_on", "Cette période chevauche une autre période de contrat "
                        "(jusqu'au {end}).", end=other.ended_on.strftime("%d/%m/%Y"))
            if current is not None:
                current.ended_on = started_on - timedelta(days=1)
            period = StaffPeriod(staff_id=staff_id, started_on=started_on, ended_on=None,
                                 fte=value)
            session.add(period)
            return period

    def link_account(self, staff_id: int, user_id: int | None) -> None:
        """Link the staff member to an account (None: no account). An account belongs to
        one staff member at most."""
        require(self.actor, DIRECTION)
        with self.db.session(actor=self.actor) as session:
            staff = _staff(session, staff_id)
            if user_id is not None:
                _check_account_free(session, user_id, staff_id)
            if staff.user_id != user_id:
                staff.user_id = user_id

    def staff_of_account(self, user_id: int | None) -> int | None:
        """The staff member linked to this account, if any (for the signed-in person)."""
        require(self.actor, *ALL_ROLES)
        if user_id is None:
            return None
        with self.db.session(write=False) as session:
            return session.scalar(select(col(Staff.id)).where(col(Staff.user_id) == user_id))

    # -- skills ------------------------------------------------------------------------

    def skills(self, staff_id: int) -> dict[int, str]:
        """The staff member's skills: task id -> level (discovering, practising, can_teach)."""
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            if session.get(Staff, staff_id) is None:
                raise NotFoundError("Aucun salarié n'a le numéro {staff_id}.", staff_id=staff_id)
            return staff_skill_levels(session, [staff_id]).get(staff_id, {})

    def set_skills(self, staff_id: int, levels: Mapping[int, str | None]) -> dict[int, str]:
        """Set the staff member's level for each task given (None: the skill is removed);
        the tasks not given keep their level. Everything is checked before anything is
        written. Returns the skills as they now are."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(actor=self.actor) as session:
            if session.get(Staff, staff_id) is None:
                raise NotFoundError("Aucun salarié n'a le numéro {staff_id}.", staff_id=staff_id)
            tasks = {t.id: t for t in session.scalars(
                select(Task).where(col(Task.id).in_(list(levels))))}
            for task_id, level in levels.items():
                task = tasks.get(task_id)
                if task is None:
                    raise NotFoundError("Aucune tâche n'a le numéro {task_id}.", task_id=task_id)
                if level is not None and level not in SKILL_LEVELS:
                    raise ValidationError(
                        "level", "Niveau inconnu « {level} » pour la tâche « {task} » (attendu : "
                        "découvre, pratique ou peut apprendre aux autres).",
                        level=level, task=task.name)
            held = {s.task_id: s for s in session.scalars(
                select(StaffSkill).where(col(StaffSkill.staff_id) == staff_id))}
            for task_id, level in levels.items():
                row = held.get(task_id)
                if level is None and row is not None:
                    session.delete(row)
                elif level is not None and row is None:
                    session.add(StaffSkill(staff_id=staff_id, task_id=task_id, level=level))
                elif level is not None and row is not None and row.level != level:
                    row.level = level
            session.flush()
            return staff_skill_levels(session, [staff_id]).get(staff_id, {})


def _staff(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFoundError("Aucun salarié n'a le numéro {staff_id}.", staff_id=staff_id)
    return staff


def _name(staff: Staff) -> str:
    return f"{staff.first_name} {staff.last_name}".strip()


def _open_period(session: Session, staff_id: int) -> StaffPeriod | None:
    return session.scalar(select(StaffPeriod).where(
        col(StaffPeriod.staff_id) == staff_id, col(StaffPeriod.ended_on).is_(None)))


def _check_account_free(session: Session, user_id: int, staff_id: int | None) -> None:
    """Refuse an unknown account, or one already linked to another staff member."""
    if session.get(UserAccount, user_id) is None:
        raise NotFoundError("Aucun compte n'a le numéro {user_id}.", user_id=user_id)
    holder = session.scalar(select(Staff).where(col(Staff.user_id) == user_id))
    if holder is not None and holder.id != staff_id:
        raise ValidationError("user_id", "Ce compte est déjà lié à {name}.", name=_name(holder))
