"""A GEM's volunteer animators (« animateurs bénévoles ») and its sponsorship agreement
(« convention de parrainage ») and managing association (« association gestionnaire »).

Decisions (issue 20, item 4)
- A volunteer is a name, functions, qualifications and a period (from, to; both included;
  no end: still active). The same person may come back: another period under the same name
  (compared without case or accents), never overlapping one of theirs.
- Volunteers are not members of the register: their name is another person's identity
  (erasure never rewrites it) and they are not listed by the members' retention; like the
  staff, they stay for the annual tables of past years.
- Rights: the direction writes, the staff (équipe, direction) read.
- The sponsor (a partner of the register or a name), the agreement's signature and end or
  renewal dates and the managing association are structure values kept with the date from
  which they hold (clubdesk.model.structure_history), so a past year's table shows what
  held then. Writing them goes through the structure's service (same history, same audit).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model import structure_history as history
from clubdesk.model.access import STAFF_ROLES, Actor, require
from clubdesk.model.errors import NotFoundError, ValidationError
from clubdesk.model.search_folding import fold
from clubdesk.model.storage.db import Database
from clubdesk.model.structure import GEM_INFO_FIELDS, StructureService, check_info
from clubdesk.model.tables import Partner, Volunteer
from clubdesk.model.validation import check_date

DIRECTION = ("direction",)
NAME_MAX, TEXT_MAX = 200, 300
SPONSORSHIP_KEYS = tuple(f.key for f in GEM_INFO_FIELDS)


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    name: str
    functions: str
    qualifications: str
    started_on: date
    ended_on: date | None


def check_volunteer(name: str, functions: str, qualifications: str, started_on: date | None,
                    ended_on: date | None) -> None:
    """Every refusal about a volunteer's own fields, before anything is written."""
    if not name.strip():
        raise ValidationError("name", "Le nom du bénévole est obligatoire.")
    if len(name.strip()) > NAME_MAX:
        raise ValidationError("name", "Le nom du bénévole dépasse {limit} caractères.",
                              limit=NAME_MAX)
    for field, text in (("functions", functions), ("qualifications", qualifications)):
        if len(text.strip()) > TEXT_MAX:
            raise ValidationError(field, "Les fonctions ou qualifications dépassent {limit} "
                                         "caractères.", limit=TEXT_MAX)
    if started_on is None:
        raise ValidationError("started_on", "La date de début est obligatoire.")
    check_date(started_on, "started_on")
    if ended_on is not None:
        check_date(ended_on, "ended_on")
        if ended_on < started_on:
            raise ValidationError("ended_on", "La fin de la période est avant son début.")


def overlapping(rows: list[Volunteer], name: str, started_on: date, ended_on: date | None,
                skip: int | None = None) -> Volunteer | None:
    """A period of the same person (same folded name) that shares a day with this one."""
    key = fold(name.strip())
    for row in rows:
        if row.id == skip or fold(row.name) != key:
            continue
        if (row.ended_on is None or row.ended_on >= started_on) and \
                (ended_on is None or ended_on >= row.started_on):
            return row
    return None


def active_during(rows: list[Volunteer], start: date, end: date) -> list[Volunteer]:
    """The periods sharing a day with start..end (both included), by name then start."""
    found = [r for r in rows if r.started_on <= end and (r.ended_on is None
                                                         or r.ended_on >= start)]
    return sorted(found, key=lambda r: (fold(r.name), r.started_on))


def read_volunteers(session: Session) -> list[Volunteer]:
    return list(session.scalars(select(Volunteer).order_by(col(Volunteer.name),
                                                           col(Volunteer.started_on))))


def _row(v: Volunteer) -> VolunteerRow:
    return VolunteerRow(v.id or 0, v.name, v.functions, v.qualifications, v.started_on,
                        v.ended_on)


class VolunteerService:
    """Volunteer animators and the sponsorship: the direction writes, the staff read."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def add(self, name: str, started_on: date | None, *, ended_on: date | None = None,
            functions: str = "", qualifications: str = "") -> VolunteerRow:
        require(self.actor, *DIRECTION)
        check_volunteer(name, functions, qualifications, started_on, ended_on)
        assert started_on is not None
        with self.db.session(actor=self.actor) as session:
            self._check_overlap(session, name, started_on, ended_on, None)
            row = Volunteer(name=name.strip(), functions=functions.strip(),
                            qualifications=qualifications.strip(), started_on=started_on,
                            ended_on=ended_on)
            session.add(row)
            session.flush()
            return _row(row)

    def update(self, volunteer_id: int, name: str, started_on: date | None, *,
               ended_on: date | None = None, functions: str = "",
               qualifications: str = "") -> VolunteerRow:
        require(self.actor, *DIRECTION)
        check_volunteer(name, functions, qualifications, started_on, ended_on)
        assert started_on is not None
        with self.db.session(actor=self.actor) as session:
            row = _get(session, volunteer_id)
            self._check_overlap(session, name, started_on, ended_on, volunteer_id)
            row.name, row.functions = name.strip(), functions.strip()
            row.qualifications = qualifications.strip()
            row.started_on, row.ended_on = started_on, ended_on
            session.add(row)
            session.flush()
            return _row(row)

    def delete(self, volunteer_id: int) -> None:
        require(self.actor, *DIRECTION)
        with self.db.session(actor=self.actor) as session:
            session.delete(_get(session, volunteer_id))

    def volunteers(self) -> list[VolunteerRow]:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            return [_row(v) for v in read_volunteers(session)]

    def active_during(self, start: date, end: date) -> list[VolunteerRow]:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            return [_row(v) for v in active_during(read_volunteers(session), start, end)]

    # -- sponsorship and managing association --------------------------------------------

    def sponsorship(self, on: date | None = None) -> dict[str, str]:
        """The sponsor, the agreement's dates and the managing association in force on
        ``on`` (today by default); "" where nothing is recorded."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            held = history.info_on(session, on or clock.today())
        return {key: held.get(key, "") for key in SPONSORSHIP_KEYS}

    def set_sponsorship(self, values: dict[str, str], as_of: date | None = None) -> None:
        """New values from ``as_of`` (today by default); earlier versions are kept."""
        require(self.actor, *DIRECTION)
        day = as_of or clock.today()
        check_date(day)
        unknown = [k for k in values if k not in SPONSORSHIP_KEYS]
        if unknown:
            raise ValidationError(unknown[0], "Information inconnue : {key}.", key=unknown[0])
        clean = {k: check_info(k, v) for k, v in values.items()}
        merged = self.sponsorship(day) | clean
        signed, ends = merged["sponsorship_signed_on"], merged["sponsorship_ends_on"]
        if signed and ends and ends < signed:
            raise ValidationError("sponsorship_ends_on", "La fin de la convention de "
                                  "parrainage est avant sa signature.")
        partner = merged["sponsor_partner_id"]
        if partner:
            if not partner.isdigit():
                raise ValidationError("sponsor_partner_id", "Le parrain doit être un "
                                      "partenaire du registre (un numéro).")
            with self.db.session(write=False) as session:
                found = session.get(Partner, int(partner))
                name = found.name if found is not None else None
            if name is None:
                raise ValidationError("sponsor_partner_id", "Aucun partenaire n° {id}.",
                                      id=partner)
            if not merged["sponsor_name"]:
                clean["sponsor_name"] = name
        StructureService(self.db, self.actor).set_info(clean, as_of=day)

    def _check_overlap(self, session: Session, name: str, started_on: date,
                       ended_on: date | None, skip: int | None) -> None:
        clash = overlapping(read_volunteers(session), name, started_on, ended_on, skip)
        if clash is not None:
            raise ValidationError("started_on", "{name} est déjà bénévole du {start} au "
                                  "{end} : les périodes d'un même bénévole ne se chevauchent "
                                  "pas.", name=clash.name,
                                  start=clash.started_on.strftime("%d/%m/%Y"),
                                  end=clash.ended_on.strftime("%d/%m/%Y")
                                  if clash.ended_on else "aujourd'hui")


def _get(session: Session, volunteer_id: int) -> Volunteer:
    row = session.get(Volunteer, volunteer_id)
    if row is None:
        raise NotFoundError("Aucun bénévole n° {id}.", id=volunteer_id)
    return row
