"""The club's structure profile: identity, premises, opening hours, funding, activities,
governance and satisfaction surveys (what the annual report to the ARS needs)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import ALL_ROLES, Actor, require
from clubdesk.model.errors import NotFoundError, Term, ValidationError
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import (
    ACTIVITY_STATUSES,
    FUNDING_KINDS,
    SURVEY_AUDIENCES,
    Activity,
    FundingLine,
    GovernanceBody,
    GovernanceSeat,
    OpeningHours,
    SatisfactionSurvey,
    StructureInfo,
)
from clubdesk.model.validation import check_choice, check_date, check_year

DIRECTION = ("direction",)


@dataclass(frozen=True)
class InfoField:
    key: str
    label: str
    kind: str = "text"  # text, date, number


INFO_FIELDS: tuple[InfoField, ...] = (
    InfoField("name", Term("Nom de la structure")),
    InfoField("address", Term("Adresse")),
    InfoField("legal_form", Term("Forme juridique")),
    InfoField("premises_address", Term("Adresse des locaux")),
    InfoField("premises_accessibility", Term("Accessibilité des locaux")),
    InfoField("premises_surface_m2", Term("Surface (m²)"), "number"),
    InfoField("lease_start", Term("Début du bail"), "date"),
    InfoField("lease_end", Term("Fin du bail"), "date"),
    InfoField("rent_eur", Term("Loyer (euros par mois)"), "number"),
    InfoField("inventory_date", Term("Date de l'état des lieux"), "date"),
    InfoField("premises_notes", Term("Autres informations sur les locaux")),
)
INFO_KEYS = {f.key: f for f in INFO_FIELDS}
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def check_info(key: str, value: str) -> str:
    field = INFO_KEYS.get(key)
    if field is None:
        raise ValidationError(key, "Information inconnue : {key}.", key=key)
    value = value.strip()
    if not value:
        return ""
    if field.kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValidationError(key, "{label} : « {value} » n'est pas une date (AAAA-MM-JJ).",
                                  label=field.label, value=value) from None
    if field.kind == "number":
        try:
            number = float(value.replace(",", "."))
        except ValueError:
            raise ValidationError(key, "{label} : « {value} » n'est pas un nombre.",
                                  label=field.label, value=value) from None
        if number < 0:
            raise ValidationError(key, "{label} : un nombre positif est attendu.",
                                  label=field.label)
        value = f"{number:g}"
    return value


class StructureService:
    """Reading is open to every role (it is the club's public face); changes: direction."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- identity and premises -----------------------------------------------------------

    def info(self) -> dict[str, str]:
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            stored = {r.key: r.value for r in session.scalars(select(StructureInfo))}
        return {f.key: stored.get(f.key, "") for f in INFO_FIELDS}

    def set_info(self, values: dict[str, str]) -> None:
        require(self.actor, *DIRECTION)
        clean = {k: check_info(k, v) for k, v in values.items()}
        lease_start, lease_end = clean.get("lease_start"), clean.get("lease_end")
        if lease_start and lease_end and lease_end < lease_start:
            raise ValidationError("lease_end", "La fin du bail est avant son début.")
        with self.db.session(actor=self.actor) as session:
            for key, value in clean.items():
                row = session.get(StructureInfo, key) or StructureInfo(key=key)
                row.value = value
                session.add(row)

    # -- opening hours -------------------------------------------------------------------

    def opening_hours(self) -> list[OpeningHours]:
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            return list(session.scalars(select(OpeningHours).order_by(
                col(OpeningHours.weekday), col(OpeningHours.opens))))

    def set_opening_hours(self, ranges: list[tuple[int, str, str]]) -> None:
        """Replace every range; several per weekday allowed, never overlapping."""
        require(self.actor, *DIRECTION)
        for weekday, opens, closes in ranges:
            if not 1 <= weekday <= 7:
                raise ValidationError("weekday", "Le jour doit aller de 1 (lundi) à 7.")
            for value in (opens, closes):
                if not _TIME.match(value):
                    raise ValidationError("opens", "« {value} » n'est pas une heure (HH:MM).",
                                          value=value)
            if opens >= closes:
                raise ValidationError("closes", "{opens}–{closes} : la fermeture doit venir "
                                                "après l'ouverture.", opens=opens, closes=closes)
        by_day: dict[int, list[tuple[str, str]]] = {}
        for weekday, opens, closes in sorted(ranges):
            previous = by_day.setdefault(weekday, [])
            if previous and opens < previous[-1][1]:
                raise ValidationError("opens", "Deux plages horaires se chevauchent le même "
                                               "jour.")
            previous.append((opens, closes))
        with self.db.session(actor=self.actor) as session:
            session.execute(delete(OpeningHours))
            for weekday, opens, closes in sorted(ranges):
                session.add(OpeningHours(weekday=weekday, opens=opens, closes=closes))

    # -- funding, activities ---------------------------------------------------------------

    def add_funding(self, year: int, funder: str, amount_eur: float, kind: str, *,
                    in_kind: bool = False) -> FundingLine:
        require(self.actor, *DIRECTION)
        check_choice(kind, FUNDING_KINDS, "kind", Term("Type de financement"))
        check_year(year)
        if not funder.strip():
            raise ValidationError("funder", "Le nom du financeur est obligatoire.")
        if amount_eur < 0:
            raise ValidationError("amount_eur", "Le montant ne peut pas être négatif.")
        row = FundingLine(year=year, funder=funder.strip(), amount_eur=round(amount_eur, 2),
                          kind=kind, in_kind=in_kind)
        with self.db.session(actor=self.actor) as session:
            session.add(row)
        return row

    def funding(self, year: int) -> list[FundingLine]:
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            return list(session.scalars(select(FundingLine).where(col(FundingLine.year) == year)
                                        .order_by(col(FundingLine.kind), col(FundingLine.id))))

    def add_activity(self, year: int, title: str, status: str, *, kind: str = "",
                     description: str = "") -> Activity:
        require(self.actor, *DIRECTION)
        check_choice(status, ACTIVITY_STATUSES, "status", Term("État de l'activité"))
        check_year(year)
        if not title.strip():
            raise ValidationError("title", "Le titre de l'activité est obligatoire.")
        row = Activity(year=year, title=title.strip(), kind=kind.strip(), status=status,
                       description=description.strip())
        with self.db.session(actor=self.actor) as session:
            session.add(row)
        return row

    def activities(self, year: int) -> list[Activity]:
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            return list(session.scalars(select(Activity).where(col(Activity.year) == year)
                                        .order_by(col(Activity.status), col(Activity.id))))

    def delete_line(self, model: type[FundingLine] | type[Activity], line_id: int) -> None:
        require(self.actor, *DIRECTION)
        with self.db.session(actor=self.actor) as session:
            row = session.get(model, line_id)
            if row is None:
                raise NotFoundError("Cette ligne n'existe plus.")
            session.delete(row)

    # -- governance, surveys ---------------------------------------------------------------

    def set_body(self, name: str, seats: list[tuple[str, bool]]) -> GovernanceBody:
        """Create or replace a body with its seats (holder, held by an elected member)."""
        require(self.actor, *DIRECTION)
        if not name.strip():
            raise ValidationError("name", "Le nom de l'instance est obligatoire.")
        with self.db.session(actor=self.actor) as session:
            body = session.scalars(select(GovernanceBody).where(
                col(GovernanceBody.name) == name.strip())).first()
            if body is None:
                body = GovernanceBody(name=name.strip())
                session.add(body)
                session.flush()
            session.execute(delete(GovernanceSeat).where(col(GovernanceSeat.body_id) == body.id))
            for holder, elected in seats:
                session.add(GovernanceSeat(body_id=body.id or 0, holder=holder.strip(),
                                           elected_member=elected))
            return body

    def governance(self) -> list[tuple[GovernanceBody, list[GovernanceSeat]]]:
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            bodies = list(session.scalars(select(GovernanceBody).order_by(
                col(GovernanceBody.name))))
            return [(b, list(session.scalars(select(GovernanceSeat).where(
                col(GovernanceSeat.body_id) == b.id).order_by(col(GovernanceSeat.id)))))
                for b in bodies]

    def add_survey(self, on: date, audience: str, answers: int, summary: str = "",
                   *, today: date | None = None) -> SatisfactionSurvey:
        require(self.actor, *DIRECTION)
        check_choice(audience, SURVEY_AUDIENCES, "audience", Term("Public de l'enquête"))
        if answers < 0:
            raise ValidationError("answers", "Le nombre de réponses ne peut pas être négatif.")
        check_date(on)
        if on > (today or clock.today()):
            raise ValidationError("date", "Une enquête ne peut pas être datée dans le futur.")
        row = SatisfactionSurvey(date=on, audience=audience, answers=answers,
                                 summary=summary.strip())
        with self.db.session(actor=self.actor) as session:
            session.add(row)
        return row

    def surveys(self, year: int | None = None) -> list[SatisfactionSurvey]:
        require(self.actor, *ALL_ROLES)
        stmt = select(SatisfactionSurvey).order_by(col(SatisfactionSurvey.date))
        if year is not None:
            stmt = stmt.where(col(SatisfactionSurvey.date) >= date(year, 1, 1),
                              col(SatisfactionSurvey.date) <= date(year, 12, 31))
        with self.db.session(write=False) as session:
            return list(session.scalars(stmt))
