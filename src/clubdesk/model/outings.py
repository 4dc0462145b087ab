"""A GEM's calendar: the activities and outings the members decided together, who signs up,
who waits, who came.

Decisions (issue 20, item 4)
- In a GEM the members run the desk: every role (reception included) creates and edits an
  outing, signs people up, cancels a sign-up and records who came. Only staff delete an
  outing (its history goes with it); a cancelled outing is marked « annulée » instead.
- An outing is an « activité » (at the GEM or nearby) or a « sortie »; it has a day, an
  optional start time, a place, a number of places (none = no limit), the cost left to each
  member in cents (0 = free), the day of the members' meeting that decided it, a status
  (« prévue », « annulée », « faite ») and notes. Nothing health-related is held here.
- Sign-ups are kept in their order (day of sign-up, then the order written): the first
  ``places`` have a place, the next ones are on the waiting list. Cancelling a sign-up
  deletes it, so the first one waiting moves up by itself. The places may not go below the
  number of people who already have one (they would lose it silently).
- Refused: signing up twice, signing up to a cancelled outing or one whose day has passed,
  cancelling a sign-up once the day has passed (record an absence instead), recording
  attendance before the day or on a cancelled outing, a negative cost, an unknown member.
  Recording attendance marks a planned outing « faite ».
- Erasure: the person's sign-ups are deleted (they leave every list); the outings stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import ALL_ROLES, STAFF_ROLES, Actor, require
from clubdesk.model.errors import NotFoundError, Term, ValidationError
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import OUTING_KINDS, OUTING_STATUSES, Member, Outing, OutingSignup
from clubdesk.model.validation import check_choice, check_date, check_year

KIND_LABELS = {"activity": Term("activité"), "outing": Term("sortie")}
STATUS_LABELS = {"planned": Term("prévue"), "cancelled": Term("annulée"),
                 "done": Term("faite")}
TITLE_MAX, PLACE_MAX, NOTES_MAX = 200, 200, 500
PLACES_MAX, COST_MAX_CENTS = 10_000, 100_000_00
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class OutingRow:
    """An outing as the calendar shows it: ``signed_up`` counts those who have a place,
    ``waiting`` those on the waiting list, ``present`` those recorded present."""

    id: int
    title: str
    kind: str
    held_on: date
    starts_at: str
    place: str
    places: int | None
    cost_cents: int
    decided_on: date | None
    status: str
    notes: str
    signed_up: int
    waiting: int
    present: int

    @property
    def places_left(self) -> int | None:
        return None if self.places is None else max(self.places - self.signed_up, 0)


@dataclass(frozen=True)
class SignupRow:
    member_id: int
    name: str
    signed_up_on: date
    waiting: bool  # on the waiting list (no place yet)
    rank: int  # 1, 2... among those with a place, or on the waiting list
    present: bool | None


def check_outing(title: str, kind: str, held_on: date | None, starts_at: str, place: str,
                 places: int | None, cost_cents: int, decided_on: date | None, status: str,
                 notes: str, today: date) -> None:
    """Every refusal about an outing's own fields, before anything is written."""
    if not title.strip():
        raise ValidationError("title", "Le titre de la sortie ou de l'activité est "
                                       "obligatoire.")
    if len(title.strip()) > TITLE_MAX:
        raise ValidationError("title", "Le titre dépasse {limit} caractères.", limit=TITLE_MAX)
    check_choice(kind, OUTING_KINDS, "kind", Term("Genre"))
    if held_on is None:
        raise ValidationError("held_on", "La date de la sortie ou de l'activité est "
                                         "obligatoire.")
    check_date(held_on, "held_on")
    if starts_at and not _TIME.match(starts_at):
        raise ValidationError("starts_at", "L'heure de début s'écrit HH:MM, par exemple "
                                           "14:30.")
    if len(place.strip()) > PLACE_MAX:
        raise ValidationError("place", "Le lieu dépasse {limit} caractères.", limit=PLACE_MAX)
    if places is not None and not 0 <= places <= PLACES_MAX:
        raise ValidationError("places", "Le nombre de places doit être entre 0 et {limit}.",
                              limit=PLACES_MAX)
    if cost_cents < 0:
        raise ValidationError("cost_cents", "Le reste à charge ne peut pas être négatif.")
    if cost_cents > COST_MAX_CENTS:
        raise ValidationError("cost_cents", "Le reste à charge dépasse 100 000 euros.")
    if decided_on is not None:
        check_date(decided_on, "decided_on")
        if decided_on > held_on:
            raise ValidationError("decided_on", "La réunion qui a décidé la sortie ne peut "
                                                "pas être après la sortie.")
    check_choice(status, OUTING_STATUSES, "status", Term("État"))
    if status == "done" and held_on > today:
        raise ValidationError("status", "Une sortie datée après aujourd'hui ne peut pas être "
                                        "déjà faite.")
    if len(notes.strip()) > NOTES_MAX:
        raise ValidationError("notes", "Les notes dépassent {limit} caractères.",
                              limit=NOTES_MAX)


def euros(cost_cents: int) -> str:
    """« gratuit », « 3,50 € »."""
    if cost_cents == 0:
        return "gratuit"
    return f"{cost_cents // 100},{cost_cents % 100:02d} €"


class OutingService:
    """The GEM's activities and outings. Every role; deleting an outing: staff only."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- outings --------------------------------------------------------------------------

    def add(self, title: str, held_on: date | None, *, kind: str = "activity",
            starts_at: str = "", place: str = "", places: int | None = None,
            cost_cents: int = 0, decided_on: date | None = None, status: str = "planned",
            notes: str = "", today: date | None = None) -> Outing:
        require(self.actor, *ALL_ROLES)
        today = today or clock.today()
        starts_at = starts_at.strip()
        check_outing(title, kind, held_on, starts_at, place, places, cost_cents, decided_on,
                     status, notes, today)
        assert held_on is not None
        with self.db.session(actor=self.actor) as session:
            row = Outing(title=title.strip(), kind=kind, held_on=held_on, starts_at=starts_at,
                         place=place.strip(), places=places, cost_cents=cost_cents,
                         decided_on=decided_on, status=status, notes=notes.strip())
            session.add(row)
        return row

    def update(self, outing_id: int, title: str, held_on: date | None, *,
               kind: str = "activity", starts_at: str = "", place: str = "",
               places: int | None = None, cost_cents: int = 0,
               decided_on: date | None = None, status: str = "planned", notes: str = "",
               today: date | None = None) -> Outing:
        """Replace the outing's fields (its sign-ups stay)."""
        require(self.actor, *ALL_ROLES)
        today = today or clock.today()
        starts_at = starts_at.strip()
        check_outing(title, kind, held_on, starts_at, place, places, cost_cents, decided_on,
                     status, notes, today)
        assert held_on is not None
        with self.db.session(actor=self.actor) as session:
            row = _get(session, outing_id)
            seated = _seated_count(row.places, len(_signups(session, outing_id)))
            if places is not None and places < seated:
                raise ValidationError("places", "{seated} personnes ont déjà une place : on ne "
                                                "peut pas en prévoir {places}.",
                                      seated=seated, places=places)
            row.title, row.kind, row.held_on = title.strip(), kind, held_on
            row.starts_at, row.place, row.places = starts_at, place.strip(), places
            row.cost_cents, row.decided_on, row.status = cost_cents, decided_on, status
            row.notes = notes.strip()
            session.add(row)
        return row

    def delete(self, outing_id: int) -> None:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(actor=self.actor) as session:
            row = _get(session, outing_id)
            for signup in _signups(session, outing_id):
                session.delete(signup)
            session.flush()
            session.delete(row)

    # -- sign-ups -------------------------------------------------------------------------

    def sign_up(self, outing_id: int, member_id: int, today: date | None = None) -> SignupRow:
        """Signs the member up: with a place while there is one, else on the waiting list."""
        require(self.actor, *ALL_ROLES)
        today = today or clock.today()
        with self.db.session(actor=self.actor) as session:
            row = _get(session, outing_id)
            member = session.get(Member, member_id)
            if member is None:
                raise NotFoundError("Aucune personne n'a le numéro {member_id}.",
                                    member_id=member_id)
            if row.status == "cancelled":
                raise ValidationError("outing", "Cette sortie est annulée : on ne peut plus "
                                                "s'y inscrire.")
            if row.held_on < today or row.status == "done":
                raise ValidationError("outing", "Cette sortie est passée : on ne peut plus "
                                                "s'y inscrire.")
            if any(s.member_id == member_id for s in _signups(session, outing_id)):
                raise ValidationError("member_id", "{name} a déjà une inscription à "
                                                   "cette sortie.", name=_name(member))
            session.add(OutingSignup(outing_id=outing_id, member_id=member_id,
                                     signed_up_on=today))
            session.flush()
            return next(s for s in _signup_rows(session, row) if s.member_id == member_id)

    def cancel_signup(self, outing_id: int, member_id: int,
                      today: date | None = None) -> int | None:
        """Takes the member off the list; returns the member who moved up from the waiting
        list into the freed place, if any."""
        require(self.actor, *ALL_ROLES)
        today = today or clock.today()
        with self.db.session(actor=self.actor) as session:
            row = _get(session, outing_id)
            before = _signup_rows(session, row)
            mine = [s for s in _signups(session, outing_id) if s.member_id == member_id]
            if not mine:
                member = session.get(Member, member_id)
                if member is None:
                    raise NotFoundError("Aucune personne n'a le numéro {member_id}.",
                                        member_id=member_id)
                raise ValidationError("member_id", "{name} n'a pas d'inscription à "
                                                   "cette sortie.", name=_name(member))
            if row.held_on < today:
                raise ValidationError("member_id", "Cette sortie est passée : notez plutôt "
                                                   "l'absence.")
            session.delete(mine[0])
            session.flush()
            waited = {s.member_id for s in before if s.waiting}
            after = _signup_rows(session, row)
            moved = [s.member_id for s in after if not s.waiting and s.member_id in waited]
            return moved[0] if moved else None

    def set_attendance(self, outing_id: int, present: Mapping[int, bool | None],
                       today: date | None = None) -> None:
        """Who came (True), who did not (False), not recorded (None), for signed-up
        members; a planned outing becomes « faite »."""
        require(self.actor, *ALL_ROLES)
        today = today or clock.today()
        with self.db.session(actor=self.actor) as session:
            row = _get(session, outing_id)
            if row.held_on > today:
                raise ValidationError("present", "On note les présences après la sortie, pas "
                                                 "avant (elle a lieu le {day}).",
                                      day=row.held_on.strftime("%d/%m/%Y"))
            if row.status == "cancelled":
                raise ValidationError("present", "Cette sortie est annulée : il n'y a pas de "
                                                 "présences à noter.")
            held = {s.member_id: s for s in _signups(session, outing_id)}
            for member_id in present:
                if member_id not in held:
                    member = session.get(Member, member_id)
                    if member is None:
                        raise NotFoundError("Aucune personne n'a le numéro {member_id}.",
                                            member_id=member_id)
                    raise ValidationError("present", "{name} n'a pas d'inscription à "
                                                     "cette sortie.", name=_name(member))
            for member_id, value in present.items():
                signup = held[member_id]
                if signup.present is not value:
                    signup.present = value
                    session.add(signup)
            if row.status == "planned" and any(v is not None for v in present.values()):
                row.status = "done"
                session.add(row)

    # -- reading --------------------------------------------------------------------------

    def get(self, outing_id: int) -> OutingRow:
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            return _rows(session, [_get(session, outing_id)])[0]

    def signups(self, outing_id: int) -> list[SignupRow]:
        """Those with a place, then the waiting list, in order."""
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            return _signup_rows(session, _get(session, outing_id))

    def calendar(self, start: date, end: date) -> list[OutingRow]:
        """The outings dated from ``start`` to ``end`` (both included), by date and time."""
        require(self.actor, *ALL_ROLES)
        check_date(start, "start")
        check_date(end, "end")
        if end < start:
            raise ValidationError("end", "La fin de la période est avant son début.")
        with self.db.session(write=False) as session:
            return _rows(session, list(session.scalars(
                select(Outing).where(col(Outing.held_on) >= start, col(Outing.held_on) <= end)
                .order_by(col(Outing.held_on), col(Outing.starts_at), col(Outing.id)))))

    def month(self, year: int, month: int) -> list[OutingRow]:
        check_year(year)
        if not 1 <= month <= 12:
            raise ValidationError("month", "Le mois doit être entre 1 et 12.")
        return self.calendar(date(year, month, 1), month_end(year, month))

    def done_in(self, year: int) -> list[OutingRow]:
        """For the GEM's yearly table: the outings « faites » of ``year`` (title, kind,
        date, ``present`` = participants recorded present)."""
        check_year(year)
        return [r for r in self.calendar(date(year, 1, 1), date(year, 12, 31))
                if r.status == "done"]

    def planned_from(self, day: date) -> list[OutingRow]:
        """For the GEM's yearly table: the outings still « prévues » from ``day`` on."""
        require(self.actor, *ALL_ROLES)
        check_date(day, "day")
        with self.db.session(write=False) as session:
            return _rows(session, list(session.scalars(
                select(Outing).where(col(Outing.held_on) >= day,
                                     col(Outing.status) == "planned")
                .order_by(col(Outing.held_on), col(Outing.starts_at), col(Outing.id)))))


def month_end(year: int, month: int) -> date:
    """The last day of the month (leap years included)."""
    first_next = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return first_next - timedelta(days=1)


def _seated_count(places: int | None, total: int) -> int:
    return total if places is None else min(places, total)


def _get(session: Session, outing_id: int) -> Outing:
    row = session.get(Outing, outing_id)
    if row is None:
        raise NotFoundError("Cette sortie n'existe plus.")
    return row


def _name(member: Member) -> str:
    return f"{member.preferred_name or member.first_name} {member.last_name}".strip()


def _signups(session: Session, outing_id: int) -> list[OutingSignup]:
    return list(session.scalars(select(OutingSignup).where(
        col(OutingSignup.outing_id) == outing_id)
        .order_by(col(OutingSignup.signed_up_on), col(OutingSignup.id))))


def _signup_rows(session: Session, outing: Outing) -> list[SignupRow]:
    found = _signups(session, outing.id or 0)
    names = {m.id: _name(m) for m in session.scalars(select(Member).where(
        col(Member.id).in_([s.member_id for s in found])))}
    seated = _seated_count(outing.places, len(found))
    return [SignupRow(member_id=s.member_id, name=names.get(s.member_id, ""),
                      signed_up_on=s.signed_up_on, waiting=n >= seated,
                      rank=n + 1 if n < seated else n - seated + 1, present=s.present)
            for n, s in enumerate(found)]


def _rows(session: Session, found: Iterable[Outing]) -> list[OutingRow]:
    outings = list(found)
    totals: dict[int, list[bool | None]] = {}
    for outing_id, present in session.execute(
            select(col(OutingSignup.outing_id), col(OutingSignup.present))
            .where(col(OutingSignup.outing_id).in_([o.id for o in outings]))):
        totals.setdefault(outing_id, []).append(present)
    out = []
    for o in outings:
        marks = totals.get(o.id or 0, [])
        seated = _seated_count(o.places, len(marks))
        values: dict[str, Any] = {name: getattr(o, name) for name in (
            "title", "kind", "held_on", "starts_at", "place", "places", "cost_cents",
            "decided_on", "status", "notes")}
        out.append(OutingRow(id=o.id or 0, signed_up=seated, waiting=len(marks) - seated,
                             present=sum(1 for p in marks if p), **values))
    return out


def yearly_activities(session: Session, year: int
                      ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The GEM's yearly table (clubdesk.model.annual): the outings and activities « faites »
    in ``year`` grouped by title and kind (how many times, how many distinct people came),
    and those still « prévues » in ``year`` or the next (first date, how many)."""
    words = {"activity": "activité du GEM", "outing": "sortie du GEM"}
    done: dict[tuple[str, str], list[int]] = {}
    for o in session.scalars(select(Outing).where(
            col(Outing.status) == "done", col(Outing.held_on) >= date(year, 1, 1),
            col(Outing.held_on) <= date(year, 12, 31)).order_by(col(Outing.held_on))):
        done.setdefault((o.title, o.kind), []).append(o.id or 0)
    came: dict[int, set[int]] = {}
    ids = [i for found in done.values() for i in found]
    for outing_id, member_id in session.execute(
            select(col(OutingSignup.outing_id), col(OutingSignup.member_id))
            .where(col(OutingSignup.outing_id).in_(ids), col(OutingSignup.present).is_(True))):
        came.setdefault(outing_id, set()).add(member_id)
    done_rows = [{"title": title, "kind": words[kind], "sessions": len(found),
                  "participants": len(set().union(*(came.get(i, set()) for i in found))),
                  "description": ""} for (title, kind), found in done.items()]
    planned: dict[tuple[str, str], list[Outing]] = {}
    for o in session.scalars(select(Outing).where(
            col(Outing.status) == "planned", col(Outing.held_on) >= date(year, 1, 1),
            col(Outing.held_on) <= date(year + 1, 12, 31)).order_by(col(Outing.held_on))):
        planned.setdefault((o.title, o.kind), []).append(o)
    planned_rows = [{"title": title, "kind": words[kind],
                     "year": "–".join(str(y) for y in sorted({o.held_on.year for o in found})),
                     "held_on": found[0].held_on.isoformat(), "sessions": len(found),
                     "description": ""} for (title, kind), found in planned.items()]
    return done_rows, planned_rows
