"""Collective workshops as sessions: a title, a day, who led it, who came.

Decisions (issue 19, item 4)
- A session is « done » (held) or « planned ». A session dated after today can only be
  planned (it has not been held yet); a planned session may not be dated before today (once
  its day has passed, mark it held with who came, or delete it if it did not take place).
  Its status defaults from its date: held up to today, planned after.
- Only a held session has attendees (« who came »); a planned one has none yet.
- Attendees are people of the club's register: members and visitors alike (a workshop is
  one of the ways a visitor discovers the club). Each person once per session; a person
  listed twice is refused, not merged silently. Whoever reads them for the « actifs » of
  §7 filters visitors out, as for check-ins.
- The leader: a staff member, or free text for someone from outside (a partner, a
  volunteer), or both (a staff member with a guest), or nobody recorded.
- Rights: staff write and read (équipe and direction), as for follow-ups: who came to a
  collective support is as personal as a one-to-one follow-up, so the reception reads
  neither the sessions nor their attendees (model.access: workshop_attendee is a staff-only
  table, the notes a staff-only column). Every change is in the audit trail (the session's
  writes are recorded under the actor's name).
- Erasure (model.erasure): the erased person's attendance rows are deleted, so they leave
  every attendance list; the sessions stay, so the number of sessions of past years does
  not change, but their distinct participants lose that person (a report already sent
  keeps the figures as sent). The outside leader's name is another person's identity and
  is never rewritten; names in titles and notes are replaced like any shared text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import STAFF_ROLES, Actor, require
from clubdesk.model.errors import NotFoundError, Term, ValidationError
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import Member, Staff, WorkshopAttendee, WorkshopSession
from clubdesk.model.validation import check_choice, check_date, check_year

WORKSHOP_STATUSES = ("done", "planned")
STATUS_LABELS = {"done": Term("réalisée"), "planned": Term("prévue")}
TITLE_MAX, LEADER_MAX, NOTES_MAX = 200, 200, 500


@dataclass(frozen=True)
class SessionRow:
    id: int
    title: str
    held_on: date
    status: str
    led_by_staff_id: int | None
    leader_name: str
    notes: str
    leader: str  # as shown: the staff member's name, the outside leader, or both
    attendees: int


def members_in_sessions(session: Session, start: date, end: date) -> set[int]:
    """The people (member ids, visitors included) who came to a held workshop session
    between ``start`` and ``end``, both included. For the « actifs » of §7 (collective
    support); the caller filters visitors out."""
    return set(session.scalars(
        select(col(WorkshopAttendee.member_id)).distinct()
        .join(WorkshopSession, col(WorkshopSession.id) == col(WorkshopAttendee.session_id))
        .where(col(WorkshopSession.status) == "done",
               col(WorkshopSession.held_on) >= start, col(WorkshopSession.held_on) <= end)))


def read_workshops(session: Session, year: int) -> dict[str, Any]:
    """For the annual table (YearData): the sessions dated in ``year`` or ``year + 1``
    (« réalisées » of n, « envisagées » of n) and who came to each."""
    found = list(session.scalars(select(WorkshopSession).where(
        col(WorkshopSession.held_on) >= date(year, 1, 1),
        col(WorkshopSession.held_on) <= date(year + 1, 12, 31))
        .order_by(col(WorkshopSession.held_on), col(WorkshopSession.id))))
    people: dict[int, set[int]] = {}
    for session_id, member_id in session.execute(
            select(col(WorkshopAttendee.session_id), col(WorkshopAttendee.member_id))
            .where(col(WorkshopAttendee.session_id).in_([s.id for s in found]))):
        people.setdefault(session_id, set()).add(member_id)
    return {"workshops": found, "workshop_people": people}


def check_session(title: str, held_on: date | None, status: str, leader_name: str,
                  notes: str, today: date, *, planned_in_past: bool = False) -> None:
    """Every refusal about a session's own fields, before anything is written.
    ``planned_in_past``: an import may carry a planned session whose day has passed since
    the export (it was planned when it was written)."""
    if not title.strip():
        raise ValidationError("title", "Le titre de l'atelier est obligatoire.")
    if len(title.strip()) > TITLE_MAX:
        raise ValidationError("title", "Le titre de l'atelier dépasse {limit} caractères.",
                              limit=TITLE_MAX)
    if held_on is None:
        raise ValidationError("held_on", "La date de la séance est obligatoire.")
    check_date(held_on, "held_on")
    check_choice(status, WORKSHOP_STATUSES, "status", Term("État de la séance"))
    if status == "done" and held_on > today:
        raise ValidationError("status", "Une séance datée après aujourd'hui ne peut pas être "
                                        "déjà réalisée : elle est prévue.")
    if status == "planned" and held_on < today and not planned_in_past:
        raise ValidationError("status", "Une séance prévue ne peut pas être datée dans le "
                                        "passé : marquez-la réalisée (avec qui est venu) ou "
                                        "supprimez-la si elle n'a pas eu lieu.")
    if len(leader_name.strip()) > LEADER_MAX:
        raise ValidationError("leader_name", "Le nom de l'intervenant dépasse {limit} "
                                             "caractères.", limit=LEADER_MAX)
    if len(notes.strip()) > NOTES_MAX:
        raise ValidationError("notes", "Les notes de la séance dépassent {limit} caractères.",
                              limit=NOTES_MAX)


class WorkshopService:
    """Collective workshop sessions and who came. Staff only (équipe, direction)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- writing ------------------------------------------------------------------------

    def add(self, title: str, held_on: date | None, *, status: str | None = None,
            led_by_staff_id: int | None = None, leader_name: str = "", notes: str = "",
            attendees: Sequence[int] = (), today: date | None = None) -> WorkshopSession:
        require(self.actor, *STAFF_ROLES)
        today = today or clock.today()
        status = status or _default_status(held_on, today)
        check_session(title, held_on, status, leader_name, notes, today)
        assert held_on is not None
        with self.db.session(actor=self.actor) as session:
            self._check_links(session, led_by_staff_id, status, attendees)
            row = WorkshopSession(title=title.strip(), held_on=held_on, status=status,
                                  led_by_staff_id=led_by_staff_id,
                                  leader_name=leader_name.strip(), notes=notes.strip())
            session.add(row)
            session.flush()
            for member_id in attendees:
                session.add(WorkshopAttendee(session_id=row.id or 0, member_id=member_id))
        return row

    def update(self, session_id: int, title: str, held_on: date | None, *,
               status: str | None = None, led_by_staff_id: int | None = None,
               leader_name: str = "", notes: str = "", attendees: Sequence[int] | None = None,
               today: date | None = None) -> WorkshopSession:
        """Replace the session's fields (and its attendees when ``attendees`` is given)."""
        require(self.actor, *STAFF_ROLES)
        today = today or clock.today()
        status = status or _default_status(held_on, today)
        check_session(title, held_on, status, leader_name, notes, today)
        assert held_on is not None
        with self.db.session(actor=self.actor) as session:
            row = _get(session, session_id)
            kept = attendees if attendees is not None else _attendee_ids(session, session_id)
            self._check_links(session, led_by_staff_id, status, kept)
            row.title, row.held_on, row.status = title.strip(), held_on, status
            row.led_by_staff_id = led_by_staff_id
            row.leader_name, row.notes = leader_name.strip(), notes.strip()
            session.add(row)
            if attendees is not None:
                _replace_attendees(session, session_id, attendees)
        return row

    def set_attendees(self, session_id: int, member_ids: Sequence[int]) -> None:
        """Who came: exactly these people (the others are taken off the list)."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(actor=self.actor) as session:
            row = _get(session, session_id)
            self._check_links(session, row.led_by_staff_id, row.status, member_ids)
            _replace_attendees(session, session_id, member_ids)

    def delete(self, session_id: int) -> None:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(actor=self.actor) as session:
            row = _get(session, session_id)
            session.execute(delete(WorkshopAttendee).where(
                col(WorkshopAttendee.session_id) == session_id))
            session.delete(row)

    # -- reading ------------------------------------------------------------------------

    def get(self, session_id: int) -> SessionRow:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            return _rows(session, [_get(session, session_id)])[0]

    def attendees(self, session_id: int) -> list[int]:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            _get(session, session_id)
            return _attendee_ids(session, session_id)

    def sessions(self, year: int) -> list[SessionRow]:
        """The sessions dated in ``year``, held and planned, by date."""
        require(self.actor, *STAFF_ROLES)
        check_year(year)
        with self.db.session(write=False) as session:
            return _rows(session, list(session.scalars(
                select(WorkshopSession).where(
                    col(WorkshopSession.held_on) >= date(year, 1, 1),
                    col(WorkshopSession.held_on) <= date(year, 12, 31))
                .order_by(col(WorkshopSession.held_on), col(WorkshopSession.id)))))

    def planned(self, today: date | None = None) -> list[SessionRow]:
        """The planned sessions from today on, whatever their year (next year's included)."""
        require(self.actor, *STAFF_ROLES)
        today = today or clock.today()
        with self.db.session(write=False) as session:
            return _rows(session, list(session.scalars(
                select(WorkshopSession).where(col(WorkshopSession.status) == "planned",
                                              col(WorkshopSession.held_on) >= today)
                .order_by(col(WorkshopSession.held_on), col(WorkshopSession.id)))))

    # -- checks -------------------------------------------------------------------------

    @staticmethod
    def _check_links(session: Session, staff_id: int | None, status: str,
                     member_ids: Sequence[int]) -> None:
        if staff_id is not None and session.get(Staff, staff_id) is None:
            raise NotFoundError("Aucun salarié n'a le numéro {staff_id}.", staff_id=staff_id)
        if not member_ids:
            return
        if status == "planned":
            raise ValidationError("attendees", "Une séance prévue n'a pas encore de "
                                               "participants : on les note une fois la "
                                               "séance réalisée.")
        seen: set[int] = set()
        for member_id in member_ids:
            if member_id in seen:
                name = _name(session, member_id)
                raise ValidationError("attendees", "{name} figure deux fois dans la "
                                                   "liste de la séance.", name=name)
            seen.add(member_id)
        found = set(session.scalars(select(col(Member.id)).where(
            col(Member.id).in_(list(seen)))))
        missing = sorted(seen - found)
        if missing:
            raise NotFoundError("Aucune personne n'a le numéro {member_id}.",
                                member_id=missing[0])


def _default_status(held_on: date | None, today: date) -> str:
    return "planned" if held_on is not None and held_on > today else "done"


def _get(session: Session, session_id: int) -> WorkshopSession:
    row = session.get(WorkshopSession, session_id)
    if row is None:
        raise NotFoundError("Cette séance d'atelier n'existe plus.")
    return row


def _name(session: Session, member_id: int) -> str:
    member = session.get(Member, member_id)
    if member is None:
        return str(member_id)
    return f"{member.preferred_name or member.first_name} {member.last_name}".strip()


def _attendee_ids(session: Session, session_id: int) -> list[int]:
    return list(session.scalars(select(col(WorkshopAttendee.member_id)).where(
        col(WorkshopAttendee.session_id) == session_id).order_by(col(WorkshopAttendee.id))))


def _replace_attendees(session: Session, session_id: int, member_ids: Iterable[int]) -> None:
    """Only the differences are written (the trail names who was added or taken off)."""
    wanted = list(dict.fromkeys(member_ids))
    held = {a.member_id: a for a in session.scalars(select(WorkshopAttendee).where(
        col(WorkshopAttendee.session_id) == session_id))}
    for member_id, row in held.items():
        if member_id not in wanted:
            session.delete(row)
    for member_id in wanted:
        if member_id not in held:
            session.add(WorkshopAttendee(session_id=session_id, member_id=member_id))


def _rows(session: Session, found: list[WorkshopSession]) -> list[SessionRow]:
    ids = [s.id for s in found]
    counts: dict[int, int] = {sid: n for sid, n in session.execute(
        select(col(WorkshopAttendee.session_id), func.count())
        .where(col(WorkshopAttendee.session_id).in_(ids))
        .group_by(col(WorkshopAttendee.session_id)))}
    staff_ids = {s.led_by_staff_id for s in found if s.led_by_staff_id is not None}
    names = {s.id: f"{s.first_name} {s.last_name}".strip() for s in session.scalars(
        select(Staff).where(col(Staff.id).in_(staff_ids)))}
    out = []
    for s in found:
        leader = ", ".join(n for n in (names.get(s.led_by_staff_id or 0, ""), s.leader_name)
                           if n)
        out.append(SessionRow(id=s.id or 0, title=s.title, held_on=s.held_on, status=s.status,
                              led_by_staff_id=s.led_by_staff_id, leader_name=s.leader_name,
                              notes=s.notes, leader=leader, attendees=counts.get(s.id or 0, 0)))
    return out
