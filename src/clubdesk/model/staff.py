"""Staff members and their employment periods (with FTE)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import ALL_ROLES, STAFF_ROLES, Actor, require
from clubdesk.model.errors import NotFoundError, ValidationError
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import Staff, StaffPeriod
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
    ) -> Staff:
        require(self.actor, *STAFF_ROLES)
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
            session.add(staff)
        return staff

    def add_period(
        self, staff_id: int, started_on: date, ended_on: date | None = None, *, fte: Any = 1.0
    ) -> StaffPeriod:
        require(self.actor, *STAFF_ROLES)
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
            col(Staff.last_name), col(Staff.first_name)
        )
        with self.db.session(write=False) as session:
            return [
                StaffRow(
                    id=s.id or 0,
                    first_name=s.first_name,
                    last_name=s.last_name,
                    function=s.function,
                    qualification=s.qualification,
                    peer_worker=s.peer_worker,
                    fte_today=float(f),
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
