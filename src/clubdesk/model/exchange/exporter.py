"""Writing the exchange format: every table, in a deterministic order, as CSV files in a
folder, a .zip, or one sheet per file in an .xlsx workbook."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from clubdesk.model.access import STAFF_ROLES, Actor, require
from clubdesk.model.audit.trail import record
from clubdesk.model.errors import NotFoundError
from clubdesk.model.exchange.admissions_files import admission_files
from clubdesk.model.exchange.spec import DOCUMENT_PART_CHARS
from clubdesk.model.exchange.writing import Progress, write_files
from clubdesk.model.storage.db import Database
from clubdesk.model.structure import INFO_FIELDS
from clubdesk.model.structure_kinds import SETTING_KEY as KINDS_KEY
from clubdesk.model.tables import (
    Activity,
    Attendance,
    CharterSignature,
    Followup,
    FundingLine,
    GovernanceBody,
    GovernanceSeat,
    InteractionMember,
    Member,
    MemberAvailability,
    MembershipPeriod,
    MemberSkill,
    MemberWish,
    Objective,
    ObjectiveLevel,
    ObjectiveReview,
    OpeningHours,
    Outing,
    OutingSignup,
    Partner,
    PartnerContact,
    PartnerInteraction,
    Partnership,
    PathStep,
    ProductionSession,
    ProductionWorker,
    ReachOut,
    RotaDay,
    RotaEntry,
    SatisfactionSurvey,
    Setting,
    Staff,
    StaffPeriod,
    StaffSkill,
    StructureDocument,
    StructureInfo,
    SupportedEmployment,
    Task,
    TransitionalCover,
    UserAccount,
    Volunteer,
    WorkOrder,
    WorkshopAttendee,
    WorkshopSession,
)

# Which file carries each table (a test walks the schema against this).
TABLE_FILES = {
    "member": "members.csv", "membership_period": "membership_periods.csv",
    "charter_signature": "charter_signatures.csv",
    "attendance": "attendance.csv", "member_skill": "skills.csv", "member_wish": "wishes.csv",
    "member_availability": "availability.csv", "reach_out": "reach_outs.csv",
    "path_step": "path_steps.csv", "transitional_cover": "transitional_covers.csv",
    "supported_employment": "supported_employment.csv", "followup": "followups.csv",
    "partner_interaction": "partner_interactions.csv",
    "interaction_member": "interaction_members.csv", "rota_entry": "rotas.csv",
    "rota_day": "rotas.csv", "partner": "partners.csv", "partner_contact": "partner_contacts.csv",
    "partnership": "partnerships.csv", "staff": "staff.csv", "staff_period": "staff_periods.csv",
    "staff_skill": "staff_skills.csv",
    "task": "tasks.csv", "structure_info": "structure.csv", "opening_hours": "opening_hours.csv",
    "funding_line": "funding.csv", "activity": "activities.csv",
    "governance_body": "governance.csv", "governance_seat": "governance.csv",
    "satisfaction_survey": "surveys.csv", "user_account": "users.csv",
    "structure_document": "structure_documents.csv",
    "workshop_session": "workshop_sessions.csv", "workshop_attendee": "workshop_attendees.csv",
    "volunteer": "volunteers.csv",
    "outing": "outings.csv", "outing_signup": "outing_signups.csv",
    "objective": "objectives.csv", "objective_review": "reviews.csv",
    "objective_level": "review_levels.csv",
    "application": "applications.csv", "application_event": "application_events.csv",
    "admission_commission": "commissions.csv", "commission_partner": "commission_partners.csv",
    "contract_period": "contracts.csv", "exit_plan": "exit_plans.csv",
    "exit_contact": "exit_contacts.csv", "travel_refund": "travel_refunds.csv",
    "meal_taken": "meals.csv",
    "work_order": "orders.csv", "production_session": "production_sessions.csv",
    "production_worker": "production_workers.csv",
}
# Not exported: the schema version, the club's settings, the audit trail (its hash chain
# belongs to this database; `clubdesk audit` reads and verifies it where it is) and the
# sign-in throttle (counts of failed sign-ins, of no use elsewhere), the annual tables as
# sent to the ARS (documents of this club's database, carried by its backups and `db copy`;
# an import recomputes from the data it brings).
NOT_EXPORTED = {"alembic_version", "setting", "audit_entry", "sign_in_throttle", "sent_report"}


def fmt(value: Any) -> str:
    """One cell: ISO dates, yes/no, the shortest exact number."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.12g}"
    return str(value)


@dataclass
class Keys:
    """External keys of the records, and the local keys of this export."""

    member: dict[int, str]
    staff: dict[int, str]
    partner: dict[int, str]
    task: dict[int, str]
    step: dict[int, str]
    interaction: dict[int, str]


def _entity_keys(session: Session, model: Any) -> dict[int, str]:
    return {i: (ref if ref is not None else str(i)) for i, ref in session.execute(
        select(model.id, model.external_ref).order_by(model.id))}


def _stream(session: Session, stmt: Any) -> Iterator[Any]:
    """Rows fetched as they are written (the query runs on the first row asked for); the
    cursor is closed as soon as the writing stops, finished or failed."""
    result = session.execute(stmt.execution_options(yield_per=5000))
    try:
        yield from result
    finally:
        result.close()


def collect(session: Session, member_id: int | None = None) -> dict[str, Iterable[list[str]]]:
    """Every file's rows (as text), the whole club or only what concerns one member.

    The large files (attendance, follow-ups) are generators: consume them while the session
    is open."""
    only = member_id

    def mine(stmt: Any, column: Any) -> Any:
        return stmt.where(column == only) if only is not None else stmt

    keys = Keys(_entity_keys(session, Member), _entity_keys(session, Staff),
                _entity_keys(session, Partner), _entity_keys(session, Task), {}, {})
    steps = list(session.scalars(mine(select(PathStep), col(PathStep.member_id))
                                 .order_by(col(PathStep.id))))
    keys.step = {s.id or 0: str(n) for n, s in enumerate(steps, 1)}
    if only is None:
        interactions = list(session.scalars(select(PartnerInteraction)
                                            .order_by(col(PartnerInteraction.id))))
    else:
        interactions = list(session.scalars(
            select(PartnerInteraction).join(
                InteractionMember,
                col(InteractionMember.interaction_id) == col(PartnerInteraction.id))
            .where(col(InteractionMember.member_id) == only)
            .order_by(col(PartnerInteraction.id))))
    keys.interaction = {i.id or 0: str(n) for n, i in enumerate(interactions, 1)}

    out: dict[str, Iterable[list[Any]]] = {}
    m, s, p, t = keys.member, keys.staff, keys.partner, keys.task
    members = list(session.scalars(mine(select(Member), col(Member.id)).order_by(col(Member.id))))
    contacts = dict(session.execute(select(col(PartnerContact.id), col(PartnerContact.name))
                                    .where(col(PartnerContact.id).in_(
                                        [x.referent_contact_id for x in members
                                         if x.referent_contact_id]))).all())
    out["members.csv"] = [[m[x.id or 0], x.first_name, x.last_name, x.preferred_name, x.phone,
                           x.email, x.contact_preference,
                           None if x.rqth is None else x.rqth == "yes", x.address,
                           x.referent_partner,
                           x.other_peer_places,
                           p[x.referent_partner_id] if x.referent_partner_id else None,
                           contacts.get(x.referent_contact_id or 0, "")] for x in members]
    out["membership_periods.csv"] = [
        [m[x.member_id], x.joined_on, x.left_on, x.leave_reason] for x in session.scalars(
            mine(select(MembershipPeriod), col(MembershipPeriod.member_id))
            .order_by(col(MembershipPeriod.id)))]
    out["charter_signatures.csv"] = [
        [m[x.member_id], x.version, x.signed_on] for x in session.scalars(
            mine(select(CharterSignature), col(CharterSignature.member_id))
            .order_by(col(CharterSignature.id)))]
    out["attendance.csv"] = (
        [m[mid], day, half, mode, at] for mid, day, half, mode, at in _stream(
            session, mine(select(col(Attendance.member_id), col(Attendance.date),
                                 col(Attendance.half_day), col(Attendance.mode),
                                 col(Attendance.checked_in_at)), col(Attendance.member_id))
            .order_by(col(Attendance.id))))
    out["skills.csv"] = [[m[x.member_id], x.name, x.level] for x in session.scalars(
        mine(select(MemberSkill), col(MemberSkill.member_id)).order_by(col(MemberSkill.id)))]
    wishes = list(session.scalars(mine(select(MemberWish), col(MemberWish.member_id))
                                  .order_by(col(MemberWish.id))))
    out["wishes.csv"] = [[m[x.member_id], t[x.task_id], x.kind] for x in wishes]
    out["availability.csv"] = [[m[x.member_id], x.weekday, x.half_day] for x in session.scalars(
        mine(select(MemberAvailability), col(MemberAvailability.member_id))
        .order_by(col(MemberAvailability.id)))]
    out["reach_outs.csv"] = [[m[x.member_id], x.date, x.channel, x.done_by, x.note]
                             for x in session.scalars(mine(select(ReachOut),
                                                           col(ReachOut.member_id))
                                                      .order_by(col(ReachOut.id)))]
    out["path_steps.csv"] = [[keys.step[x.id or 0], m[x.member_id], x.kind, x.started_on,
                              x.ended_on, p.get(x.partner_id or 0) if x.partner_id else None,
                              x.category, x.contract, x.hours_per_week, x.title] for x in steps]
    covers = list(session.scalars(select(TransitionalCover).where(
        col(TransitionalCover.path_step_id).in_(list(keys.step)))
        .order_by(col(TransitionalCover.id))))
    out["transitional_covers.csv"] = [[keys.step[c.path_step_id], c.date, c.covered_by]
                                      for c in covers]
    out["supported_employment.csv"] = [
        [m[x.member_id], x.module, x.started_on, x.ended_on] for x in session.scalars(
            mine(select(SupportedEmployment), col(SupportedEmployment.member_id))
            .order_by(col(SupportedEmployment.id)))]
    followup_stmt = mine(select(
        col(Followup.member_id), col(Followup.date), col(Followup.staff_id),
        col(Followup.kind), col(Followup.note), col(Followup.next_step), col(Followup.due_on),
        col(Followup.done_on), col(Followup.partner_id), col(Followup.read_with_member_on)),
        col(Followup.member_id)).order_by(col(Followup.id))
    out["followups.csv"] = (
        [m[mid], day, s[sid] if sid else None, kind, note, step, due, done,
         p[pid] if pid else None, read]
        for mid, day, sid, kind, note, step, due, done, pid, read
        in _stream(session, followup_stmt))
    out["partner_interactions.csv"] = [[keys.interaction[i.id or 0], p[i.partner_id], i.date,
                                        i.kind, i.note] for i in interactions]
    links = list(session.scalars(select(InteractionMember).where(
        col(InteractionMember.interaction_id).in_(list(keys.interaction)))
        .order_by(col(InteractionMember.interaction_id), col(InteractionMember.member_id))))
    out["interaction_members.csv"] = [[keys.interaction[x.interaction_id], m[x.member_id]]
                                      for x in links if only is None or x.member_id == only]
    _workshop_files(session, out, keys, only)
    _outing_files(session, out, keys, only)
    _objective_files(session, out, keys, only)
    admission_partners = admission_files(session, out, keys.member, keys.partner, only)
    _contract_files(session, out, keys, mine)
    clients = production_files(session, out, keys, only)
    rota_rows = list(session.execute(
        mine(select(col(RotaDay.day), RotaEntry), col(RotaEntry.member_id))
        .join(RotaDay, col(RotaDay.id) == col(RotaEntry.rota_id))
        .order_by(col(RotaDay.day), col(RotaEntry.id))))
    out["rotas.csv"] = [[day, e.half_day, t[e.task_id], m[e.member_id] if e.member_id else None,
                         s[e.staff_id] if e.staff_id else None, e.locked]
                        for day, e in rota_rows]

    # What the member's rows refer to (their partners, staff, tasks), or the whole club.
    if only is not None:
        used_partners = {x.partner_id for x in steps if x.partner_id}
        used_partners |= {i.partner_id for i in interactions}
        used_partners |= admission_partners
        refs = list(session.execute(followup_stmt.with_only_columns(
            col(Followup.staff_id), col(Followup.partner_id))))
        used_partners |= {pid for _sid, pid in refs if pid}
        used_staff = {sid for sid, _pid in refs if sid}
        used_staff |= set(session.scalars(
            select(col(WorkshopSession.led_by_staff_id))
            .join(WorkshopAttendee, col(WorkshopAttendee.session_id) == col(WorkshopSession.id))
            .where(col(WorkshopAttendee.member_id) == only,
                   col(WorkshopSession.led_by_staff_id).is_not(None))))
        used_staff |= set(session.scalars(
            select(col(ObjectiveReview.staff_id))
            .where(col(ObjectiveReview.member_id) == only,
                   col(ObjectiveReview.staff_id).is_not(None))))
        used_tasks = {w.task_id for w in wishes} | {e.task_id for _d, e in rota_rows}
        used_partners |= clients | {x.referent_partner_id for x in members
                                    if x.referent_partner_id}
    partners = [x for x in session.scalars(select(Partner).order_by(col(Partner.id)))
                if only is None or x.id in used_partners]
    out["partners.csv"] = [[p[x.id or 0], x.name, x.category, x.city, x.address, x.archived]
                           for x in partners]
    staff = [x for x in session.scalars(select(Staff).order_by(col(Staff.id)))
             if only is None or x.id in used_staff]
    out["staff.csv"] = [[s[x.id or 0], x.first_name, x.last_name, x.function, x.qualification,
                         x.peer_worker] for x in staff]
    tasks = [x for x in session.scalars(select(Task).order_by(col(Task.id)))
             if only is None or x.id in used_tasks]
    out["tasks.csv"] = [[t[x.id or 0], x.name, x.half_days, x.weekdays, x.min_people,
                         x.max_people, x.skill, x.mode, x.priority, x.archived] for x in tasks]
    if only is None:
        _club_files(session, out, keys)
    return {name: ([fmt(v) for v in row] for row in rows) for name, rows in out.items()}


def _workshop_files(session: Session, out: dict[str, Iterable[list[Any]]], keys: Keys,
                    only: int | None) -> None:
    """Collective workshop sessions (a key local to the export) and who came; for one
    member, the sessions they came to and their own line of each list."""
    stmt = select(WorkshopSession).order_by(col(WorkshopSession.held_on),
                                            col(WorkshopSession.id))
    if only is not None:
        stmt = stmt.where(col(WorkshopSession.id).in_(select(col(WorkshopAttendee.session_id))
                                                      .where(col(WorkshopAttendee.member_id)
                                                             == only)))
    found = list(session.scalars(stmt))
    local = {w.id or 0: str(n) for n, w in enumerate(found, 1)}
    s = keys.staff
    out["workshop_sessions.csv"] = [[local[w.id or 0], w.title, w.held_on, w.status,
                                     s[w.led_by_staff_id] if w.led_by_staff_id else None,
                                     w.leader_name, w.notes] for w in found]
    attendees = session.scalars(select(WorkshopAttendee).where(
        col(WorkshopAttendee.session_id).in_(list(local)))
        .order_by(col(WorkshopAttendee.session_id), col(WorkshopAttendee.id)))
    out["workshop_attendees.csv"] = [[local[x.session_id], keys.member[x.member_id]]
                                     for x in attendees if only is None or x.member_id == only]


def _outing_files(session: Session, out: dict[str, Iterable[list[Any]]], keys: Keys,
                  only: int | None) -> None:
    """A GEM's activities and outings (a key local to the export) and their sign-ups, in
    their order (it decides who waits); for one member, the outings they signed up to and
    their own line of each list."""
    stmt = select(Outing).order_by(col(Outing.held_on), col(Outing.id))
    if only is not None:
        stmt = stmt.where(col(Outing.id).in_(select(col(OutingSignup.outing_id))
                                             .where(col(OutingSignup.member_id) == only)))
    found = list(session.scalars(stmt))
    local = {o.id or 0: str(n) for n, o in enumerate(found, 1)}
    out["outings.csv"] = [[local[o.id or 0], o.title, o.kind, o.held_on, o.starts_at, o.place,
                           o.places, o.cost_cents, o.decided_on, o.status, o.notes]
                          for o in found]
    signups = sorted(session.scalars(select(OutingSignup).where(
        col(OutingSignup.outing_id).in_(list(local))).order_by(col(OutingSignup.id))),
        key=lambda x: (int(local[x.outing_id]), x.signed_up_on, x.id or 0))
    out["outing_signups.csv"] = [[local[x.outing_id], keys.member[x.member_id],
                                  x.signed_up_on, x.present]
                                 for x in signups if only is None or x.member_id == only]
def _objective_files(session: Session, out: dict[str, Iterable[list[Any]]], keys: Keys,
                     only: int | None) -> None:
    """The objectives grid: objectives and reviews (keys local to the export) and the level
    of each objective at each review; for one member, their own."""
    objectives = select(Objective).order_by(col(Objective.id))
    reviews = select(ObjectiveReview).order_by(col(ObjectiveReview.held_on),
                                               col(ObjectiveReview.id))
    if only is not None:
        objectives = objectives.where(col(Objective.member_id) == only)
        reviews = reviews.where(col(ObjectiveReview.member_id) == only)
    found = list(session.scalars(objectives))
    held = list(session.scalars(reviews))
    goal = {o.id or 0: str(n) for n, o in enumerate(found, 1)}
    local = {r.id or 0: str(n) for n, r in enumerate(held, 1)}
    m, s = keys.member, keys.staff
    out["objectives.csv"] = [[goal[o.id or 0], m[o.member_id], o.domain, o.text, o.set_on,
                              o.closed_on] for o in found]
    out["reviews.csv"] = [[local[r.id or 0], m[r.member_id], r.held_on,
                           s[r.staff_id] if r.staff_id else None, r.coordinator_name,
                           r.own_words, r.comment] for r in held]
    order = {review_id: n for n, review_id in enumerate(local)}
    levels = sorted(session.scalars(select(ObjectiveLevel).where(
        col(ObjectiveLevel.review_id).in_(list(local)))),
        key=lambda x: (order[x.review_id], x.id or 0))
    out["review_levels.csv"] = [[local[x.review_id], goal[x.objective_id], x.level]
                                for x in levels]


def _club_files(session: Session, out: dict[str, Iterable[list[Any]]], keys: Keys) -> None:
    """Files that belong to the club, not to a person."""
    p, s, t = keys.partner, keys.staff, keys.task
    out["partner_contacts.csv"] = [[p[x.partner_id], x.name, x.role, x.phone, x.email]
                                   for x in session.scalars(select(PartnerContact)
                                                            .order_by(col(PartnerContact.id)))]
    out["partnerships.csv"] = [[p[x.partner_id], x.kind, x.started_on, x.ended_on,
                                x.agreement_signed, x.agreement_signed_on]
                               for x in session.scalars(select(Partnership)
                                                        .order_by(col(Partnership.id)))]
    out["staff_periods.csv"] = [[s[x.staff_id], x.started_on, x.ended_on, x.fte]
                                for x in session.scalars(select(StaffPeriod)
                                                         .order_by(col(StaffPeriod.id)))]
    out["staff_skills.csv"] = [[s[x.staff_id], t[x.task_id], x.level]
                               for x in session.scalars(select(StaffSkill)
                                                        .order_by(col(StaffSkill.id)))]
    info = list(session.scalars(select(StructureInfo).order_by(
        col(StructureInfo.key), col(StructureInfo.valid_from))))
    rank = {f.key: n for n, f in enumerate(INFO_FIELDS)}
    structure_rows = [[r.key, r.value, r.valid_from] for r in sorted(
        info, key=lambda r: (rank.get(r.key, len(rank)), r.key, r.valid_from))]
    kinds = session.get(Setting, KINDS_KEY)  # the kinds of structure on, when chosen
    if kinds is not None:
        structure_rows.append([KINDS_KEY, kinds.value, None])
    out["structure.csv"] = structure_rows
    out["opening_hours.csv"] = [[x.weekday, x.opens, x.closes, x.valid_from]
                                for x in session.scalars(select(OpeningHours).order_by(
                                    col(OpeningHours.valid_from), col(OpeningHours.weekday),
                                    col(OpeningHours.opens)))]
    out["structure_documents.csv"] = _documents(session)
    out["funding.csv"] = [[x.year, x.funder, x.amount_eur, x.kind, x.in_kind]
                          for x in session.scalars(select(FundingLine)
                                                   .order_by(col(FundingLine.id)))]
    out["activities.csv"] = [[x.year, x.title, x.kind, x.status, x.description]
                             for x in session.scalars(select(Activity)
                                                      .order_by(col(Activity.id)))]
    out["governance.csv"] = [[b.name, seat.holder, seat.elected_member, seat.valid_from]
                             for b, seat in session.execute(
                                 select(GovernanceBody, GovernanceSeat)
                                 .join(GovernanceSeat,
                                       col(GovernanceSeat.body_id) == col(GovernanceBody.id))
                                 .order_by(col(GovernanceBody.id), col(GovernanceSeat.valid_from),
                                           col(GovernanceSeat.id)))]
    linked = {x.user_id: s[x.id or 0] for x in session.scalars(
        select(Staff).where(col(Staff.user_id).is_not(None)))}
    out["users.csv"] = [[u.username, u.display_name, u.role, u.disabled,  # never the hash
                         linked.get(u.id)]
                        for u in session.scalars(select(UserAccount)
                                                 .order_by(col(UserAccount.id)))]
    out["surveys.csv"] = [[x.date, x.audience, x.answers, x.summary]
                          for x in session.scalars(select(SatisfactionSurvey)
                                                   .order_by(col(SatisfactionSurvey.id)))]
    out["volunteers.csv"] = [[x.name, x.functions, x.qualifications, x.started_on, x.ended_on]
                             for x in session.scalars(select(Volunteer)
                                                      .order_by(col(Volunteer.id)))]


def _documents(session: Session) -> Iterator[list[Any]]:
    """The lease and état des lieux files, each in base64 parts (one row per part)."""
    ids = session.scalars(select(col(StructureDocument.id)).order_by(
        col(StructureDocument.valid_from), col(StructureDocument.id))).all()
    for n, ident in enumerate(ids, 1):
        doc = session.get(StructureDocument, ident)
        if doc is None:
            continue
        text = base64.b64encode(doc.content).decode("ascii")
        for part, start in enumerate(range(0, len(text), DOCUMENT_PART_CHARS), 1):
            yield [n, doc.kind, doc.valid_from, doc.file_name, part,
                   text[start:start + DOCUMENT_PART_CHARS]]
        session.expunge(doc)  # the bytes are not kept once written


def export_club(db: Database, actor: Actor, dest: Path,
                progress: Progress | None = None) -> Path:
    """Everything the club holds (never password hashes), in the exchange format."""
    require(actor, *STAFF_ROLES)
    record(actor=actor, db=db, action="export", record_type="club", record_id="")
    with db.session(write=False) as session:
        return write_files(dest, collect(session), progress)


def export_member(db: Database, actor: Actor, member_id: int, dest: Path) -> Path:
    """Everything held about one member (right of access), in the same format."""
    require(actor, *STAFF_ROLES)
    with db.session(write=False) as session:
        if session.get(Member, member_id) is None:
            raise NotFoundError("Aucun membre n'a le numéro {member_id}.", member_id=member_id)
    record(db, actor, "export", "member", member_id)
    with db.session(write=False) as session:
        return write_files(dest, collect(session, member_id))


def _contract_files(session: Session, out: dict[str, Iterable[list[Any]]], keys: Keys,
                    mine: Any) -> None:
    """Pre-insertion: periods, exit plans, contacts after exit, travel refunds, meals."""
    from clubdesk.model.tables import (
        ContractPeriod,
        ExitContact,
        ExitPlan,
        MealTaken,
        TravelRefund,
    )
    m = keys.member

    def rows(model: Any, *order: Any) -> list[Any]:
        return list(session.scalars(mine(select(model), col(model.member_id))
                                    .order_by(*order, col(model.id))))

    out["contracts.csv"] = [
        [m[x.member_id], x.kind, x.renewal, x.anchor_on, x.started_on, x.ends_on,
         x.ended_early_on, x.end_reason] for x in rows(ContractPeriod)]
    out["exit_plans.csv"] = [[m[x.member_id], x.kind, x.planned_on, x.destination]
                             for x in rows(ExitPlan)]
    out["exit_contacts.csv"] = [[m[x.member_id], x.contacted_on, x.channel, x.note]
                                for x in rows(ExitContact)]
    out["travel_refunds.csv"] = [[m[x.member_id], x.paid_on, x.amount_cents]
                                 for x in rows(TravelRefund)]
    out["meals.csv"] = [[m[x.member_id], x.served_on, x.count] for x in rows(MealTaken)]
def production_files(session: Session, out: dict[str, Iterable[list[Any]]], keys: Keys,
                     only: int | None) -> set[int]:
    """Orders, production sessions (keys local to the export) and who worked how long; for
    one member, the sessions they worked in, their own lines and those sessions' orders.
    Returns the client partners the orders name."""
    stmt = select(ProductionSession).order_by(col(ProductionSession.held_on),
                                              col(ProductionSession.id))
    if only is not None:
        stmt = stmt.where(col(ProductionSession.id).in_(
            select(col(ProductionWorker.session_id))
            .where(col(ProductionWorker.member_id) == only)))
    found = list(session.scalars(stmt))
    order_stmt = select(WorkOrder).order_by(col(WorkOrder.received_on), col(WorkOrder.id))
    if only is not None:
        order_stmt = order_stmt.where(col(WorkOrder.id).in_(
            [s.order_id for s in found if s.order_id]))
    orders = list(session.scalars(order_stmt))
    order_keys = {o.id or 0: str(n) for n, o in enumerate(orders, 1)}
    out["orders.csv"] = [[order_keys[o.id or 0], keys.partner[o.client_id], o.what,
                          o.quantity, o.received_on, o.due_on, o.status, o.notes]
                         for o in orders]
    local = {s.id or 0: str(n) for n, s in enumerate(found, 1)}
    out["production_sessions.csv"] = [[local[s.id or 0], s.held_on, s.workshop,
                                       order_keys[s.order_id] if s.order_id else None]
                                      for s in found]
    workers = session.scalars(select(ProductionWorker).where(
        col(ProductionWorker.session_id).in_(list(local)))
        .order_by(col(ProductionWorker.session_id), col(ProductionWorker.id)))
    out["production_workers.csv"] = [[local[w.session_id], keys.member[w.member_id], w.minutes]
                                     for w in workers if only is None or w.member_id == only]
    return {o.client_id for o in orders}
