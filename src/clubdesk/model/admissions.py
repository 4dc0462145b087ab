"""Pre-insertion applications (candidatures) and the admission commissions that decide them
(issue 20, item 2; Le Cheval Bleu: /work/shared/seeds/cheval-bleu-pre-insertion.txt).

Decisions
- An application belongs to a person of the club's register: an existing record, or a new
  one created as a visitor (a Member row without membership period, as
  MemberService.create does without ``joined_on``). It is referred by a partner or
  self-referred (no partner), received on a day, with an optional intake interview day and
  staff-only notes.
- Its state is its last event (application_event, ordered by date then id): « reçue »,
  « entretien fait », « en liste d'attente », then a commission's decision: « admis »,
  « refusé » (a reason from REFUSAL_REASON_LABELS, and whether it was told to the person),
  « réorienté » (towards a partner, required) or « ajourné » (back on the agenda of a later
  commission). Admis, refusé and réorienté are final. Nothing is ever deleted: each change
  is a new dated row, with who recorded it.
- A commission decides on its own day: no decision dated before the application was
  received, or before its last state, or after today. A commission may be planned (dated
  after today); it decides once its day has come.
- Admitted: the person becomes a member on the decision day: a membership period is opened
  then unless one is open already (MemberService's own checks refuse an overlap with a past
  period, in the same transaction: the decision is then not recorded either).
- The waiting list: the applications whose current state is « en liste d'attente », by the
  day they entered it (then by number).
- Rights: staff only (équipe, direction), as follow-ups: who applies to a programme for
  people in psychological distress is health-context data; reception reads none of it
  (model.access: application and application_event are staff-only tables; notes and
  reasons staff-only columns).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import STAFF_ROLES, Actor, require
from clubdesk.model.errors import NotFoundError, Term, ValidationError
from clubdesk.model.members import MemberService, validate_member_fields
from clubdesk.model.search_folding import search_key
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import (
    APPLICATION_STATES,
    REFUSAL_REASONS,
    AdmissionCommission,
    Application,
    ApplicationEvent,
    CommissionPartner,
    Member,
    MembershipPeriod,
    Partner,
)
from clubdesk.model.validation import check_date, check_optional_date

STATE_LABELS = {
    "received": Term("reçue"), "interviewed": Term("entretien fait"),
    "waiting": Term("en liste d'attente"), "admitted": Term("admis"),
    "refused": Term("refusé"), "reoriented": Term("réorienté"), "postponed": Term("ajourné"),
}
DECISIONS = ("admitted", "refused", "reoriented", "postponed")
FINAL_STATES = frozenset({"admitted", "refused", "reoriented"})
REFUSAL_REASON_LABELS = {
    "not_target": Term("ne correspond pas au public accueilli"),
    "project_not_ready": Term("projet professionnel non mûr"),
    "care_first": Term("besoin de soins prioritaire"),
    "no_place": Term("pas de place"),
    "other": Term("autre"),
}
NOTES_MAX = 1000
assert tuple(STATE_LABELS) == APPLICATION_STATES
assert tuple(REFUSAL_REASON_LABELS) == REFUSAL_REASONS


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    member_id: int
    name: str
    referred_by_partner_id: int | None
    referred_by: str  # the partner's name, or « spontanée »
    received_on: date
    interview_on: date | None
    notes: str
    state: str
    state_since: date
    waiting_rank: int | None  # 1 = first on the waiting list


@dataclass(frozen=True)
class EventRow:
    id: int
    dated_on: date
    state: str
    commission_id: int | None
    reason: str
    told: bool | None
    partner_id: int | None
    recorded_by: str


@dataclass(frozen=True)
class CommissionRow:
    id: int
    held_on: date
    notes: str
    partner_ids: tuple[int, ...]
    partners: str  # their names, comma-separated
    decisions: int


class AdmissionService:
    """Applications, their states and the admission commissions. Staff only."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- writing ------------------------------------------------------------------------

    def add(self, member_id: int | None = None, *, first_name: str = "", last_name: str = "",
            referred_by: int | None = None, received_on: date | None = None,
            interview_on: date | None = None, notes: str = "", waiting: bool = False,
            today: date | None = None) -> Application:
        """A new application, « reçue » on ``received_on``, then « entretien fait » on the
        interview day if given, then « en liste d'attente » (on the later of the two) when
        ``waiting``. ``member_id`` None: a new person (a visitor) named ``first_name``
        ``last_name``."""
        require(self.actor, *STAFF_ROLES)
        today = today or clock.today()
        if received_on is None:
            raise ValidationError("received_on", "La date de réception de la candidature est "
                                                 "obligatoire.")
        check_date(received_on, "received_on")
        check_optional_date(interview_on, "interview_on")
        if received_on > today:
            raise ValidationError("received_on", "Une candidature ne peut pas être reçue "
                                                 "après aujourd'hui.")
        if interview_on is not None and interview_on < received_on:
            raise ValidationError("interview_on", "L'entretien ne peut pas avoir lieu avant "
                                                  "la réception de la candidature.")
        if interview_on is not None and interview_on > today:
            raise ValidationError("interview_on", "Un entretien daté après aujourd'hui n'est "
                                                  "pas encore fait.")
        _check_notes(notes)
        values = None
        if member_id is None:
            if not first_name.strip():
                raise ValidationError("first_name", "Le prénom de la personne est "
                                                    "obligatoire.")
            values = validate_member_fields({"first_name": first_name,
                                             "last_name": last_name})
        with self.db.session(actor=self.actor) as session:
            _check_partner(session, referred_by)
            if member_id is None:
                assert values is not None
                person = Member(**values)
                person.search_key = search_key(person.first_name, person.last_name,
                                               person.preferred_name)
                session.add(person)
                session.flush()
                member_id = person.id or 0
            elif session.get(Member, member_id) is None:
                raise NotFoundError("Aucune personne n'a le numéro {member_id}.",
                                    member_id=member_id)
            row = Application(member_id=member_id, referred_by_partner_id=referred_by,
                              received_on=received_on, interview_on=interview_on,
                              notes=notes.strip())
            session.add(row)
            session.flush()
            self._event(session, row.id or 0, received_on, "received")
            if interview_on is not None:
                self._event(session, row.id or 0, interview_on, "interviewed")
            if waiting:
                self._event(session, row.id or 0, interview_on or received_on, "waiting")
        return row

    def set_state(self, application_id: int, state: str, on: date,
                  today: date | None = None) -> None:
        """Outside a commission: the intake interview is done, or the application enters
        the waiting list."""
        require(self.actor, *STAFF_ROLES)
        today = today or clock.today()
        if state not in ("interviewed", "waiting"):
            raise ValidationError("state", "Hors commission, une candidature ne peut passer "
                                           "qu'à « entretien fait » ou « en liste "
                                           "d'attente ».")
        check_date(on, "on")
        with self.db.session(actor=self.actor) as session:
            app = _get(session, application_id)
            _check_open(session, app, on, today)
            if state == "interviewed":
                app.interview_on = on
                session.add(app)
            self._event(session, application_id, on, state)

    def add_commission(self, held_on: date | None, partner_ids: Sequence[int] = (),
                       notes: str = "") -> AdmissionCommission:
        require(self.actor, *STAFF_ROLES)
        if held_on is None:
            raise ValidationError("held_on", "La date de la commission est obligatoire.")
        check_date(held_on, "held_on")
        _check_notes(notes)
        wanted = list(dict.fromkeys(partner_ids))
        with self.db.session(actor=self.actor) as session:
            for partner_id in wanted:
                _check_partner(session, partner_id)
            row = AdmissionCommission(held_on=held_on, notes=notes.strip())
            session.add(row)
            session.flush()
            for partner_id in wanted:
                session.add(CommissionPartner(commission_id=row.id or 0,
                                              partner_id=partner_id))
        return row

    def decide(self, application_id: int, commission_id: int, decision: str, *,
               reason: str = "", told: bool | None = None, partner_id: int | None = None,
               today: date | None = None) -> ApplicationEvent:
        """The commission's decision on one application, dated on the commission's day."""
        require(self.actor, *STAFF_ROLES)
        today = today or clock.today()
        if decision not in DECISIONS:
            raise ValidationError("decision", "Une commission décide : admis, refusé, "
                                              "réorienté ou ajourné.")
        if decision == "refused":
            if not reason:
                raise ValidationError("reason", "Un refus doit avoir un motif.")
            if reason not in REFUSAL_REASONS:
                raise ValidationError("reason", "Ce motif de refus n'est pas dans la liste.")
            if told is None:
                raise ValidationError("told", "Dites si le motif du refus a été donné à la "
                                              "personne.")
        elif reason or told is not None:
            raise ValidationError("reason", "Seul un refus a un motif.")
        if decision == "reoriented" and partner_id is None:
            raise ValidationError("partner_id", "Une réorientation se fait vers un "
                                                "partenaire : choisissez-le.")
        if decision != "reoriented" and partner_id is not None:
            raise ValidationError("partner_id", "Seule une réorientation a un partenaire.")
        with self.db.session(actor=self.actor) as session:
            app = _get(session, application_id)
            commission = session.get(AdmissionCommission, commission_id)
            if commission is None:
                raise NotFoundError("Aucune commission n'a le numéro {commission_id}.",
                                    commission_id=commission_id)
            _check_partner(session, partner_id)
            on = commission.held_on
            if on < app.received_on:
                raise ValidationError("commission_id", "La commission du {day:%d/%m/%Y} est "
                                      "antérieure à la candidature (reçue le "
                                      "{received:%d/%m/%Y}).", day=on,
                                      received=app.received_on)
            _check_open(session, app, on, today)
            if decision == "admitted":
                _admit(session, self.db, self.actor, app.member_id, on, today)
            return self._event(session, application_id, on, decision,
                               commission_id=commission_id, reason=reason, told=told,
                               partner_id=partner_id)

    def _event(self, session: Session, application_id: int, on: date, state: str,
               *, commission_id: int | None = None, reason: str = "",
               told: bool | None = None, partner_id: int | None = None) -> ApplicationEvent:
        event = ApplicationEvent(application_id=application_id, dated_on=on, state=state,
                                 commission_id=commission_id, reason=reason, told=told,
                                 partner_id=partner_id, recorded_by=self.actor.name)
        session.add(event)
        session.flush()
        return event

    # -- reading ------------------------------------------------------------------------

    def applications(self, state: str | None = None) -> list[ApplicationRow]:
        """Every application (or those in ``state``), most recently received first."""
        require(self.actor, *STAFF_ROLES)
        if state is not None and state not in APPLICATION_STATES:
            raise ValidationError("state", "Cet état de candidature n'existe pas.")
        with self.db.session(write=False) as session:
            rows = _rows(session)
        if state is not None:
            rows = [r for r in rows if r.state == state]
        return rows

    def waiting_list(self) -> list[ApplicationRow]:
        """« En liste d'attente », by the day each entered it."""
        rows = self.applications("waiting")
        return sorted(rows, key=lambda r: (r.waiting_rank or 0))

    def get(self, application_id: int) -> ApplicationRow:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            _get(session, application_id)
            return next(r for r in _rows(session) if r.id == application_id)

    def events(self, application_id: int) -> list[EventRow]:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            _get(session, application_id)
            return [EventRow(id=e.id or 0, dated_on=e.dated_on, state=e.state,
                             commission_id=e.commission_id, reason=e.reason, told=e.told,
                             partner_id=e.partner_id, recorded_by=e.recorded_by)
                    for e in _events(session, application_id)]

    def commissions(self) -> list[CommissionRow]:
        """Every commission, the latest first."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            found = list(session.scalars(select(AdmissionCommission).order_by(
                col(AdmissionCommission.held_on).desc(), col(AdmissionCommission.id).desc())))
            names = {p.id: p.name for p in session.scalars(select(Partner))}
            present: dict[int, list[int]] = {}
            for cid, pid in session.execute(
                    select(col(CommissionPartner.commission_id),
                           col(CommissionPartner.partner_id))
                    .order_by(col(CommissionPartner.id))):
                present.setdefault(cid, []).append(pid)
            counts: dict[int, int] = {}
            for cid in session.scalars(select(col(ApplicationEvent.commission_id)).where(
                    col(ApplicationEvent.commission_id).is_not(None))):
                counts[cid or 0] = counts.get(cid or 0, 0) + 1
            return [CommissionRow(id=c.id or 0, held_on=c.held_on, notes=c.notes,
                                  partner_ids=tuple(present.get(c.id or 0, [])),
                                  partners=", ".join(names.get(p, "")
                                                     for p in present.get(c.id or 0, [])),
                                  decisions=counts.get(c.id or 0, 0)) for c in found]

    def agenda(self, commission_id: int) -> list[ApplicationRow]:
        """What a commission can still decide: the applications received by its day whose
        state is not final (the waiting list first, in its order)."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            commission = session.get(AdmissionCommission, commission_id)
            if commission is None:
                raise NotFoundError("Aucune commission n'a le numéro {commission_id}.",
                                    commission_id=commission_id)
            rows = [r for r in _rows(session) if r.state not in FINAL_STATES
                    and r.received_on <= commission.held_on
                    and r.state_since <= commission.held_on]
        return sorted(rows, key=lambda r: (r.waiting_rank is None, r.waiting_rank or 0,
                                           r.received_on, r.id))

    def partners(self) -> list[tuple[int, str]]:
        """The partners one can choose (not archived), by name."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            return [(p.id or 0, p.name) for p in session.scalars(
                select(Partner).where(col(Partner.archived).is_(False))
                .order_by(col(Partner.name)))]


def _check_notes(notes: str) -> None:
    if len(notes.strip()) > NOTES_MAX:
        raise ValidationError("notes", "Les notes dépassent {limit} caractères.",
                              limit=NOTES_MAX)


def _check_partner(session: Session, partner_id: int | None) -> None:
    if partner_id is not None and session.get(Partner, partner_id) is None:
        raise NotFoundError("Aucun partenaire n'a le numéro {partner_id}.",
                            partner_id=partner_id)


def _get(session: Session, application_id: int) -> Application:
    row = session.get(Application, application_id)
    if row is None:
        raise NotFoundError("Aucune candidature n'a le numéro {application_id}.",
                            application_id=application_id)
    return row


def _events(session: Session, application_id: int) -> list[ApplicationEvent]:
    return list(session.scalars(select(ApplicationEvent).where(
        col(ApplicationEvent.application_id) == application_id)
        .order_by(col(ApplicationEvent.dated_on), col(ApplicationEvent.id))))


def _check_open(session: Session, app: Application, on: date, today: date) -> None:
    """A new state: not after today, not before the last one, never after a final one."""
    if on > today:
        raise ValidationError("on", "Une décision ne peut pas être datée après aujourd'hui "
                                    "(le {day:%d/%m/%Y}).", day=on)
    if on < app.received_on:
        raise ValidationError("on", "Une décision ne peut pas être datée avant la "
                                    "candidature (reçue le {received:%d/%m/%Y}).",
                              received=app.received_on)
    events = _events(session, app.id or 0)
    last = events[-1] if events else None
    if last is not None and last.state in FINAL_STATES:
        raise ValidationError("state", "Cette candidature est déjà close ({state} le "
                                       "{day:%d/%m/%Y}) : on ne la décide pas une seconde "
                                       "fois.", state=STATE_LABELS[last.state],
                              day=last.dated_on)
    if last is not None and on < last.dated_on:
        raise ValidationError("on", "Une décision ne peut pas être datée avant le dernier "
                                    "état de la candidature ({state} le {day:%d/%m/%Y}).",
                              state=STATE_LABELS[last.state], day=last.dated_on)


def _admit(session: Session, db: Database, actor: Actor, member_id: int, on: date,
           today: date) -> None:
    """A membership period from ``on`` unless one is open already."""
    open_period = session.scalars(select(MembershipPeriod).where(
        col(MembershipPeriod.member_id) == member_id,
        col(MembershipPeriod.left_on).is_(None))).first()
    if open_period is None:
        MemberService(db, actor)._add_period(session, member_id, on, None,  # type: ignore[arg-type]
                                             "", today)


def _rows(session: Session) -> list[ApplicationRow]:
    apps = list(session.scalars(select(Application).order_by(
        col(Application.received_on).desc(), col(Application.id).desc())))
    last: dict[int, ApplicationEvent] = {}
    for e in session.scalars(select(ApplicationEvent).order_by(
            col(ApplicationEvent.dated_on), col(ApplicationEvent.id))):
        last[e.application_id] = e
    waiting = sorted((e.dated_on, e.application_id) for e in last.values()
                     if e.state == "waiting")
    rank = {app_id: n for n, (_d, app_id) in enumerate(waiting, 1)}
    people = {m.id: m for m in session.scalars(select(Member).where(
        col(Member.id).in_({a.member_id for a in apps})))}
    partners = {p.id: p.name for p in session.scalars(select(Partner))}
    out = []
    for a in apps:
        m = people.get(a.member_id)
        name = (f"{m.preferred_name or m.first_name} {m.last_name}".strip()
                if m is not None else str(a.member_id))
        event = last.get(a.id or 0)
        out.append(ApplicationRow(
            id=a.id or 0, member_id=a.member_id, name=name,
            referred_by_partner_id=a.referred_by_partner_id,
            referred_by=(partners.get(a.referred_by_partner_id, "")
                         if a.referred_by_partner_id else str(Term("spontanée"))),
            received_on=a.received_on, interview_on=a.interview_on, notes=a.notes,
            state=event.state if event else "received",
            state_since=event.dated_on if event else a.received_on,
            waiting_rank=rank.get(a.id or 0)))
    return out
