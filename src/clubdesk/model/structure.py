"""The club's structure profile: identity, premises, opening hours, funding, activities,
governance and satisfaction surveys (what the annual report to the ARS needs)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import delete, select
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model import structure_history as history
from clubdesk.model.access import ALL_ROLES, STAFF_ROLES, Actor, require
from clubdesk.model.audit.trail import record
from clubdesk.model.errors import NotFoundError, Term, ValidationError
from clubdesk.model.storage.db import Database
from clubdesk.model.structure_documents import document_file_name, media_type_of
from clubdesk.model.tables import (
    ACTIVITY_STATUSES,
    DOCUMENT_KINDS,
    FUNDING_KINDS,
    SURVEY_AUDIENCES,
    Activity,
    FundingLine,
    GovernanceBody,
    GovernanceSeat,
    OpeningHours,
    SatisfactionSurvey,
    StructureDocument,
    StructureInfo,
)
from clubdesk.model.validation import check_choice, check_date, check_year

LineT = TypeVar("LineT", FundingLine, Activity)

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
# A GEM's sponsorship agreement (« convention de parrainage ») and managing association
# (« association gestionnaire »): values kept with the date from which they hold, like the
# premises (written by clubdesk.model.volunteers, shown on « Bénévoles et parrainage »).
GEM_INFO_FIELDS: tuple[InfoField, ...] = (
    InfoField("sponsor_name", Term("Parrain")),
    InfoField("sponsor_partner_id", Term("Parrain (partenaire n°)"), "number"),
    InfoField("sponsorship_signed_on", Term("Convention de parrainage signée le"), "date"),
    InfoField("sponsorship_ends_on", Term("Convention de parrainage : fin ou renouvellement"),
              "date"),
    InfoField("managing_association", Term("Association gestionnaire")),
)
INFO_KEYS = {f.key: f for f in INFO_FIELDS + GEM_INFO_FIELDS}
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


def _as_of(as_of: date | None) -> date:
    day = as_of or clock.today()
    check_date(day)
    return day


class StructureService:
    """Reading is open to every role (it is the club's public face); changes: direction.

    Premises and identity values, opening hours and governance seats are kept with the date
    from which they hold (``as_of``, today by default): saving records a new version from
    that date and never changes an earlier one (saving twice on the same date corrects that
    date's version)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- identity and premises -----------------------------------------------------------

    def info(self, on: date | None = None) -> dict[str, str]:
        """The values in force on ``on`` (today by default)."""
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            stored = history.info_on(session, on or clock.today())
        return {f.key: stored.get(f.key, "") for f in INFO_FIELDS}

    def set_info(self, values: dict[str, str], as_of: date | None = None) -> None:
        require(self.actor, *DIRECTION)
        day = _as_of(as_of)
        clean = {k: check_info(k, v) for k, v in values.items()}
        merged = self.info(day) | clean
        lease_start, lease_end = merged.get("lease_start"), merged.get("lease_end")
        if lease_start and lease_end and lease_end < lease_start:
            raise ValidationError("lease_end", "La fin du bail est avant son début.")
        with self.db.session(actor=self.actor) as session:
            held = history.info_on(session, day)
            for key, value in clean.items():
                row = session.get(StructureInfo, (key, day))
                if row is None and held.get(key, "") == value:
                    continue  # unchanged: no new version
                row = row or StructureInfo(key=key, valid_from=day)
                row.value = value
                session.add(row)

    # -- opening hours -------------------------------------------------------------------

    def opening_hours(self, on: date | None = None) -> list[OpeningHours]:
        """The week's ranges in force on ``on`` (today by default)."""
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            return history.hours_on(session, on or clock.today())

    def set_opening_hours(self, ranges: list[tuple[int, str, str]],
                          as_of: date | None = None) -> None:
        """The week's ranges from ``as_of`` on; several per weekday allowed, never
        overlapping."""
        require(self.actor, *DIRECTION)
        day = _as_of(as_of)
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
            held = [(h.weekday, h.opens, h.closes) for h in history.hours_on(session, day)]
            earlier = [h for h in history.hours_versions(session) if h < day]
            if not ranges and earlier:
                raise ValidationError("opens", "Indiquez au moins une plage horaire : sans "
                                               "plage, les horaires précédents resteraient "
                                               "en vigueur.")
            if held == sorted(ranges):
                return  # unchanged: no new version
            session.execute(delete(OpeningHours).where(col(OpeningHours.valid_from) == day))
            for weekday, opens, closes in sorted(ranges):
                session.add(OpeningHours(weekday=weekday, opens=opens, closes=closes,
                                         valid_from=day))

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

    def delete_line(self, model: type[LineT], line_id: int) -> LineT:
        """Delete a funding line or an activity; returns a detached copy of what was
        deleted, for the message that says so."""
        require(self.actor, *DIRECTION)
        with self.db.session(actor=self.actor) as session:
            row = session.get(model, line_id)
            if row is None:
                raise NotFoundError("La ligne n° {line_id} n'existe pas ou plus.",
                                    line_id=line_id)
            gone = model(**row.model_dump())
            session.delete(row)
        return gone

    # -- governance, surveys ---------------------------------------------------------------

    def set_body(self, name: str, seats: list[tuple[str, bool]],
                 as_of: date | None = None) -> GovernanceBody:
        """Create a body or give it new seats (holder, held by an elected member) from
        ``as_of`` on; the earlier seats stay in the history."""
        require(self.actor, *DIRECTION)
        day = _as_of(as_of)
        if not name.strip():
            raise ValidationError("name", "Le nom de l'instance est obligatoire.")
        clean = [(holder.strip(), elected) for holder, elected in seats]
        with self.db.session(actor=self.actor) as session:
            body = session.scalars(select(GovernanceBody).where(
                col(GovernanceBody.name) == name.strip())).first()
            if body is None:
                body = GovernanceBody(name=name.strip())
                session.add(body)
                session.flush()
            held = dict((b.id, s) for b, s in history.bodies_on(session, day)).get(body.id)
            if held is not None and [(s.holder, s.elected_member) for s in held] == clean:
                return body  # unchanged: no new version
            session.execute(delete(GovernanceSeat).where(
                col(GovernanceSeat.body_id) == body.id, col(GovernanceSeat.valid_from) == day))
            for holder, elected in clean:
                session.add(GovernanceSeat(body_id=body.id or 0, holder=holder,
                                           elected_member=elected, valid_from=day))
            return body

    def governance(self, on: date | None = None
                   ) -> list[tuple[GovernanceBody, list[GovernanceSeat]]]:
        """Each body with the seats in force on ``on`` (today by default)."""
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            return history.bodies_on(session, on or clock.today())

    # -- history and documents -------------------------------------------------------------

    def in_force(self, on: date) -> history.InForce:
        """What held on ``on``: values, hours, seats, and the latest lease and état des
        lieux from before that day."""
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            return history.in_force(session, on)

    def changes_during(self, year: int) -> list[history.Change]:
        require(self.actor, *ALL_ROLES)
        check_year(year)
        with self.db.session(write=False) as session:
            return history.changes_during(session, year)

    def versions(self) -> history.Versions:
        """Every version kept, for the screen's history lists."""
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            return history.Versions(history.info_versions(session),
                                    history.hours_versions(session),
                                    history.seat_versions(session))

    def attach_document(self, kind: str, valid_from: date, file_name: str,
                        data: bytes) -> history.DocumentInfo:
        """Keep the lease or the état des lieux (PDF, PNG or JPEG, 10 MB at most)."""
        require(self.actor, *DIRECTION)
        check_choice(kind, DOCUMENT_KINDS, "kind", Term("Type de document"))
        check_date(valid_from)
        name = document_file_name(file_name)
        if not name:
            raise ValidationError("file", "Le nom du fichier est obligatoire.")
        media_type = media_type_of(name, data)
        row = StructureDocument(kind=kind, valid_from=valid_from, file_name=name,
                                media_type=media_type, size=len(data), content=data)
        with self.db.session(actor=self.actor) as session:
            session.add(row)
            session.flush()
            return history.DocumentInfo(row.id or 0, kind, valid_from, name, media_type,
                                        len(data))

    def documents(self) -> list[history.DocumentInfo]:
        """The lease and the état des lieux kept: staff only (a signed lease names people,
        reception has no need of it)."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            return history.documents(session)

    def document_content(self, document_id: int) -> tuple[history.DocumentInfo, bytes]:
        """The file's bytes: the direction's (its « Structure » screen), on the record."""
        require(self.actor, *DIRECTION)
        with self.db.session(write=False) as session:
            row = session.get(StructureDocument, document_id)
            if row is None:
                raise NotFoundError("Ce document n'existe plus.")
            found = (history.DocumentInfo(row.id or 0, row.kind, row.valid_from, row.file_name,
                                          row.media_type, row.size), bytes(row.content))
        record(self.db, self.actor, "export", "structure_document", document_id)
        return found

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
