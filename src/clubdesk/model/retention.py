"""Retention and the right to erasure (CNIL guidance for social-support data).

- A member with no contact (attendance, follow-up, reach-out, a held collective workshop,
  a GEM outing they came to, a review of their objectives, a dated state of a
  pre-insertion application)
  a pre-insertion period, a contact after exit, a travel refund or a meal)
  for ``retention_years`` (default 2) and no open membership after that is listed for
  archiving; an archived record is readable by the direction only.
- After ``archive_years`` more (default 3) it is anonymised: identity, contact and free-text
  notes are erased; dates, periods, presences and path steps stay, so the counts of past
  annual reports do not change.
  Anonymisation also removes the person from every other free text of the store (notes of
  other members, partner interactions, covers, governance seats...): what happens to each
  table and column is decided and written down in clubdesk.model.erasure.
- Erasure on request: the same anonymisation at once, in one transaction recorded in the
  audit trail (who, when, « erase member n° … », never the name), then the files are
  scrubbed: on SQLite a WAL checkpoint and a VACUUM, so that the erased text is left
  neither in free pages nor in the WAL; on PostgreSQL a VACUUM FULL of the tables touched,
  after the commit (see Database.scrub).
- A GEM's volunteer animators (clubdesk.model.volunteers) are not members of the register:
  like the staff, their periods stay for the yearly tables of past years and are not
  listed here; the direction deletes a period on « Bénévoles et parrainage ».
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlmodel import col

from clubdesk.model.access import Actor, require
from clubdesk.model.audit.chain import append
from clubdesk.model.erasure import NameMatcher, erase_texts
from clubdesk.model.errors import NotFoundError, ValidationError
from clubdesk.model.settings import SettingsService
from clubdesk.model.storage import dialect
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import (
    Application,
    ApplicationEvent,
    Attendance,
    ContractPeriod,
    ExitContact,
    Followup,
    MealTaken,
    Member,
    MembershipPeriod,
    ObjectiveReview,
    Outing,
    OutingSignup,
    ProductionSession,
    ProductionWorker,
    ReachOut,
    TravelRefund,
    WorkshopAttendee,
    WorkshopSession,
)

ANONYMOUS = "Anonyme"


@dataclass(frozen=True)
class RetentionRow:
    member_id: int
    name: str
    last_contact: date | None
    archived_on: date | None


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class RetentionService:
    """Direction only."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def _last_contacts(self, session: Any) -> dict[int, date]:
        last: dict[int, date] = {}
        for model, column in ((Attendance, Attendance.date), (Followup, Followup.date),
                              (ReachOut, ReachOut.date),
                              (ObjectiveReview, ObjectiveReview.held_on)):
            for mid, day in session.execute(select(col(model.member_id), func.max(column))
                                            .group_by(col(model.member_id))):
                if day is not None and (mid not in last or day > last[mid]):
                    last[mid] = day
        for mid, day in session.execute(  # a held collective workshop the person came to
                select(col(WorkshopAttendee.member_id), func.max(WorkshopSession.held_on))
                .join(WorkshopSession,
                      col(WorkshopSession.id) == col(WorkshopAttendee.session_id))
                .group_by(col(WorkshopAttendee.member_id))):
            if day is not None and (mid not in last or day > last[mid]):
                last[mid] = day
        for mid, day in session.execute(  # a GEM activity or outing the person came to
                select(col(OutingSignup.member_id), func.max(Outing.held_on))
                .join(Outing, col(Outing.id) == col(OutingSignup.outing_id))
                .where(col(OutingSignup.present).is_(True))
                .group_by(col(OutingSignup.member_id))):
            if day is not None and (mid not in last or day > last[mid]):
                last[mid] = day
        for mid, day in session.execute(  # a pre-insertion application and its states
                select(col(Application.member_id), func.max(ApplicationEvent.dated_on))
                .join(ApplicationEvent,
                      col(ApplicationEvent.application_id) == col(Application.id))
                .group_by(col(Application.member_id))):
            if day is not None and (mid not in last or day > last[mid]):
                last[mid] = day
        # pre-insertion: a contract or trial (its last day, planned or early: a period
        # still running keeps the person), a contact after exit, a refund, a meal
        later: tuple[tuple[Any, Any], ...] = (
            (ContractPeriod.member_id, func.coalesce(ContractPeriod.ended_early_on,
                                                     ContractPeriod.ends_on)),
            (ExitContact.member_id, ExitContact.contacted_on),
            (TravelRefund.member_id, TravelRefund.paid_on),
            (MealTaken.member_id, MealTaken.served_on))
        for who, when in later:
            for mid, day in session.execute(select(who, func.max(when)).group_by(who)):
                if day is not None and (mid not in last or day > last[mid]):
                    last[mid] = day
        for mid, day in session.execute(  # a production session the person worked in
                select(col(ProductionWorker.member_id), func.max(ProductionSession.held_on))
                .join(ProductionSession,
                      col(ProductionSession.id) == col(ProductionWorker.session_id))
                .group_by(col(ProductionWorker.member_id))):
            if day is not None and (mid not in last or day > last[mid]):
                last[mid] = day
        for mid, day in session.execute(
                select(col(MembershipPeriod.member_id),
                       func.max(func.coalesce(MembershipPeriod.left_on,
                                              MembershipPeriod.joined_on)))
                .group_by(col(MembershipPeriod.member_id))):
            if day is not None and (mid not in last or day > last[mid]):
                last[mid] = day
        return last

    def to_archive(self, today: date) -> list[RetentionRow]:
        """Not archived yet, no contact for retention_years, and no membership still open."""
        require(self.actor, "direction")
        years = SettingsService(self.db, self.actor).get_int("retention_years")
        limit = years_before(today, years)
        with self.db.session(write=False) as session:
            last = self._last_contacts(session)
            open_members = set(session.scalars(select(col(MembershipPeriod.member_id)).where(
                col(MembershipPeriod.left_on).is_(None))))
            rows = session.execute(select(col(Member.id), col(Member.first_name),
                                          col(Member.last_name), col(Member.created_at))
                                   .where(col(Member.archived_on).is_(None),
                                          col(Member.anonymised_on).is_(None)))
            out = []
            for mid, first, last_name, created in rows:
                seen = last.get(mid) or created.date()
                if seen <= limit and mid not in open_members:
                    out.append(RetentionRow(mid, f"{first} {last_name}".strip(),
                                            last.get(mid), None))
        return sorted(out, key=lambda r: (r.last_contact or date.min, r.member_id))

    def to_anonymise(self, today: date) -> list[RetentionRow]:
        """Archived for archive_years already."""
        require(self.actor, "direction")
        years = SettingsService(self.db, self.actor).get_int("archive_years")
        limit = years_before(today, years)
        with self.db.session(write=False) as session:
            return [RetentionRow(mid, f"{first} {last}".strip(), None, archived)
                    for mid, first, last, archived in session.execute(
                        select(col(Member.id), col(Member.first_name), col(Member.last_name),
                               col(Member.archived_on))
                        .where(col(Member.archived_on) <= limit,
                               col(Member.anonymised_on).is_(None))
                        .order_by(col(Member.archived_on)))]

    def archive(self, member_ids: list[int], today: date) -> int:
        require(self.actor, "direction")
        with self.db.session(actor=self.actor) as session:
            members = [session.get(Member, i) for i in member_ids]
            for member in members:
                if member is None:
                    raise NotFoundError("Une des fiches à archiver n'existe plus.")
                member.archived_on = today
                session.add(member)
        return len(member_ids)

    def anonymise(self, member_id: int, today: date) -> None:
        """Erase identity, contact and notes; keep dates and counts. Cannot be undone."""
        self._anonymise(member_id, today, ("anonymise",))

    def erase(self, member_id: int, today: date) -> None:
        """Right to erasure: anonymise now, then scrub the files (VACUUM, WAL checkpoint)."""
        tables = self._anonymise(member_id, today, ("anonymise", "erase"))
        self.db.scrub(tables)

    def _anonymise(self, member_id: int, today: date, actions: tuple[str, ...]) -> set[str]:
        """One transaction: the record, the person's own rows, their names in every free
        text (clubdesk.model.erasure), and the audit entries. Returns the tables touched."""
        require(self.actor, "direction")
        with self.db.session(actor=self.actor) as session:
            member = session.get(Member, member_id)
            if member is None:
                raise NotFoundError("Aucun membre n'a le numéro {member_id}.",
                                    member_id=member_id)
            if member.anonymised_on is not None:
                raise ValidationError("member", "Cette fiche est déjà anonymisée.")
            matcher = NameMatcher.for_person(member.first_name, member.last_name,
                                             member.preferred_name)
            for name in ("last_name", "preferred_name", "phone", "email", "address",
                         "referent_partner", "other_peer_places",
                         "search_key"):
                setattr(member, name, "")
            member.first_name = ANONYMOUS
            member.rqth = None
            member.referent_partner_id = member.referent_contact_id = None
            member.contact_preference = "none"
            member.external_ref = None
            member.archived_on = member.archived_on or today
            member.anonymised_on = today
            session.add(member)
            session.flush()
            changed = erase_texts(session, member_id, matcher)  # each row in the trail
            connection = session.connection()
            for action in actions:
                append(connection, self.actor.name, action, "member", member_id)
            tables = {"member"} | {table for _, table, _ in changed}
            dialect.notify_change(connection, tables)
        return tables

    def apply(self, today: date) -> tuple[int, int]:
        """Archive what is due, anonymise what is due; returns both counts."""
        require(self.actor, "direction")
        archived = self.archive([r.member_id for r in self.to_archive(today)], today)
        due = self.to_anonymise(today)
        touched: set[str] = set()
        for row in due:
            touched |= self._anonymise(row.member_id, today, ("anonymise",))
        if due:
            self.db.scrub(touched)
        return archived, len(due)

