"""One-to-one follow-ups: a timeline per member, next steps, caseloads. Staff data only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import STAFF_ROLES, Actor, require
from clubdesk.model.attendance import HALF_DAY_LABELS
from clubdesk.model.audit.trail import record, record_members
from clubdesk.model.errors import NotFoundError, Term, ValidationError, say
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import (
    FOLLOWUP_KINDS,
    Attendance,
    Followup,
    Member,
    Partner,
    PathStep,
    Staff,
)
from clubdesk.model.validation import check_choice, check_date, check_optional_date

# Terms: translated in the timeline's sentences; a screen showing them alone passes them
# through clubdesk.ui.i18n.translate_core.
KIND_LABELS = {
    "interview": Term("entretien individuel"), "workshop": Term("atelier collectif"),
    "job_search": Term("recherche d'emploi"), "job_support": Term("soutien dans l'emploi"),
    "employer_contact": Term("contact avec un employeur"), "training": Term("formation / VAE"),
    "administrative": Term("démarche administrative"),
    "referral": Term("orientation vers un partenaire"), "other": Term("autre"),
}
PATH_LABELS = {"employment": Term("emploi"), "internship": Term("stage"),
               "apprenticeship": Term("apprentissage"), "volunteering": Term("bénévolat"),
               "training": Term("formation")}


@dataclass(frozen=True)
class DueStep:
    followup_id: int
    member_id: int
    member_name: str
    staff_id: int | None
    next_step: str
    due_on: date
    overdue: bool


@dataclass(frozen=True)
class TimelineEntry:
    day: date
    kind: str  # "attendance", "followup", "path_start", "path_end"
    title: str
    detail: str = ""
    record_id: int | None = None


@dataclass(frozen=True)
class CaseloadRow:
    member_id: int
    member_name: str
    last_followup: date


MAX_NOTE = 5000


def validate_followup(on: date, kind: str, next_step: str, due_on: date | None,
                      read_with_member_on: date | None, today: date, note: str = "") -> None:
    """The rules of a follow-up entry (also used by the importer)."""
    check_choice(kind, FOLLOWUP_KINDS, "kind", Term("Type de suivi"))
    check_date(on)
    check_optional_date(due_on, "due_on")
    check_optional_date(read_with_member_on, "read_with_member_on")
    if len(note) > MAX_NOTE:
        raise ValidationError("note", "La note est trop longue ({max_note} caractères au "
                                      "plus).", max_note=MAX_NOTE)
    if on > today:
        raise ValidationError("date", "Un suivi ne peut pas être daté dans le futur.")
    if due_on is not None and due_on < on:
        raise ValidationError("due_on", "L'échéance de la prochaine étape est avant la "
                                        "date du suivi.")
    if due_on is not None and not next_step.strip():
        raise ValidationError("next_step", "Écrivez la prochaine étape de cette échéance.")
    if read_with_member_on is not None and read_with_member_on < on:
        raise ValidationError("read_with_member_on",
                              "La note ne peut pas être relue avant d'être écrite.")


class FollowupService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def add(self, member_id: int, on: date, kind: str, *, note: str = "",
            staff_id: int | None = None, next_step: str = "", due_on: date | None = None,
            partner_id: int | None = None, read_with_member_on: date | None = None,
            today: date | None = None) -> Followup:
        require(self.actor, *STAFF_ROLES)
        validate_followup(on, kind, next_step, due_on, read_with_member_on,
                          today or clock.today(), note)
        row = Followup(member_id=member_id, date=on, kind=kind, note=note.strip(),
                       staff_id=staff_id, next_step=next_step.strip(), due_on=due_on,
                       partner_id=partner_id, read_with_member_on=read_with_member_on)
        with self.db.session(actor=self.actor) as session:
            if session.get(Member, member_id) is None:
                raise NotFoundError("Aucun membre n'a le numéro {member_id}.",
                                    member_id=member_id)
            if staff_id is not None and session.get(Staff, staff_id) is None:
                raise NotFoundError("Aucun salarié n'a le numéro {staff_id}.", staff_id=staff_id)
            if partner_id is not None and session.get(Partner, partner_id) is None:
                raise NotFoundError("Aucun partenaire n'a le numéro {partner_id}.",
                                    partner_id=partner_id)
            session.add(row)
        return row

    def get(self, followup_id: int) -> Followup:
        require(self.actor, *STAFF_ROLES)
        record(self.db, self.actor, "read", "followup", followup_id)
        with self.db.session(write=False) as session:
            row = session.get(Followup, followup_id)
        if row is None:
            raise NotFoundError("Aucun suivi n'a le numéro {followup_id}.",
                                followup_id=followup_id)
        return row

    def mark_read_with_member(self, followup_id: int, on: date) -> None:
        """Clubhouse practice: the note was read (or co-written) with the member."""
        self._update(followup_id, read_with_member_on=check_date(on, "read_with_member_on"))

    def mark_done(self, followup_id: int, on: date) -> None:
        """The next step of this follow-up is done: it leaves the list of next steps."""
        self._update(followup_id, done_on=check_date(on, "done_on"))

    def _update(self, followup_id: int, **values: Any) -> None:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(actor=self.actor) as session:
            row = session.get(Followup, followup_id)
            if row is None:
                raise NotFoundError("Aucun suivi n'a le numéro {followup_id}.",
                                    followup_id=followup_id)
            for key, value in values.items():
                if value is not None and value < row.date:
                    raise ValidationError(key, "Cette date est avant la date du suivi.")
                setattr(row, key, value)
            session.add(row)

    def for_member(self, member_id: int) -> list[Followup]:
        require(self.actor, *STAFF_ROLES)
        record(self.db, self.actor, "read", "followup", f"member {member_id}")
        with self.db.session(write=False) as session:
            return list(session.scalars(select(Followup).where(
                col(Followup.member_id) == member_id)
                .order_by(col(Followup.date).desc(), col(Followup.id).desc())))

    def due(self, today: date, *, staff_id: int | None = None,
            days: int = 7) -> list[DueStep]:
        """Next steps not done, due up to ``days`` ahead; overdue first, then by due date."""
        require(self.actor, *STAFF_ROLES)
        horizon = today + timedelta(days=days)
        stmt = (
            select(col(Followup.id), col(Followup.member_id), col(Member.first_name),
                   col(Member.last_name), col(Followup.staff_id), col(Followup.next_step),
                   col(Followup.due_on))
            .join(Member, col(Member.id) == col(Followup.member_id))
            .where(col(Followup.due_on).is_not(None), col(Followup.done_on).is_(None),
                   col(Followup.due_on) <= horizon)
            .order_by(col(Followup.due_on), col(Followup.id))
        )
        if staff_id is not None:
            stmt = stmt.where(col(Followup.staff_id) == staff_id)
        with self.db.session(write=False) as session:
            steps = [DueStep(fid, mid, f"{first} {last}".strip(), sid, step, due, due < today)
                     for fid, mid, first, last, sid, step, due in session.execute(stmt)]
        record_members(self.db, self.actor, "followup", (s.member_id for s in steps))
        return steps

    def caseload(self, staff_id: int) -> list[CaseloadRow]:
        """Members whose last follow-up was made by ``staff_id``."""
        require(self.actor, *STAFF_ROLES)
        ranked = select(
            col(Followup.member_id), col(Followup.staff_id), col(Followup.date),
            func.row_number().over(
                partition_by=col(Followup.member_id),
                order_by=(col(Followup.date).desc(), col(Followup.id).desc()),
            ).label("rank"),
        ).subquery()
        stmt = (
            select(ranked.c.member_id, col(Member.first_name), col(Member.last_name),
                   ranked.c.date)
            .join(Member, col(Member.id) == ranked.c.member_id)
            .where(ranked.c.rank == 1, ranked.c.staff_id == staff_id)
            .order_by(ranked.c.date, ranked.c.member_id)
        )
        with self.db.session(write=False) as session:
            rows = [CaseloadRow(mid, f"{first} {last}".strip(), day)
                    for mid, first, last, day in session.execute(stmt)]
        record_members(self.db, self.actor, "followup", (r.member_id for r in rows))
        return rows

    def timeline(self, member_id: int) -> list[TimelineEntry]:
        """Attendance, follow-ups and path steps together, newest first."""
        require(self.actor, *STAFF_ROLES)
        record(self.db, self.actor, "read", "timeline", f"member {member_id}")
        entries: list[TimelineEntry] = []
        with self.db.session(write=False) as session:
            if session.get(Member, member_id) is None:
                raise NotFoundError("Aucun membre n'a le numéro {member_id}.",
                                    member_id=member_id)
            for day, half, mode in session.execute(
                select(col(Attendance.date), col(Attendance.half_day), col(Attendance.mode))
                .where(col(Attendance.member_id) == member_id)
            ):
                entries.append(TimelineEntry(
                    day, "attendance", say("Présence ({half_day})",
                                           half_day=HALF_DAY_LABELS[half]),
                    say("à distance") if mode == "remote" else ""))
            for f in session.scalars(select(Followup).where(col(Followup.member_id) == member_id)):
                detail = f.note
                if f.next_step and f.due_on:
                    detail += "\n" + say("Prochaine étape : {step} pour le {due:%d/%m/%Y}",
                                         step=f.next_step, due=f.due_on)
                elif f.next_step:
                    detail += "\n" + say("Prochaine étape : {step}", step=f.next_step)
                entries.append(TimelineEntry(f.date, "followup",
                                             say("Suivi : {kind}", kind=KIND_LABELS[f.kind]),
                                             detail.strip(), f.id))
            for s in session.scalars(select(PathStep).where(col(PathStep.member_id) == member_id)):
                kind = PATH_LABELS[s.kind]
                if s.title:
                    start = say("Début : {kind} — {title}", kind=kind, title=s.title)
                    end = say("Fin : {kind} — {title}", kind=kind, title=s.title)
                else:
                    start = say("Début : {kind}", kind=kind)
                    end = say("Fin : {kind}", kind=kind)
                entries.append(TimelineEntry(s.started_on, "path_start", start,
                                             record_id=s.id))
                if s.ended_on is not None:
                    entries.append(TimelineEntry(s.ended_on, "path_end", end,
                                                 record_id=s.id))
        order = {"path_end": 0, "followup": 1, "path_start": 2, "attendance": 3}
        entries.sort(key=lambda e: (e.day, -order[e.kind]), reverse=True)
        return entries
