"""The SQLModel tables of the club's store.

Rules kept here as constraints where the database can hold them; the services check the
rest (periods that overlap, dates in the future...) with readable messages.
Never a diagnosis: the member record holds identity, contact and club life only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from clubdesk.model import clock

CONTACT_PREFERENCES = ("phone", "sms", "email", "post", "none")
RQTH_VALUES = ("yes", "no")
HALF_DAYS = ("am", "pm", "day")

# For annotations in classes that also have a field named ``date``.
Day = date
MODES = ("onsite", "remote")
# The date from which the values held before the history was kept (migration 0014).
EARLIEST = date(2000, 1, 1)
_EARLIEST_SQL = {"server_default": "2000-01-01"}


class Member(SQLModel, table=True):
    """A person welcomed at the club: a visitor until a membership period exists."""

    __tablename__ = "member"

    id: int | None = Field(default=None, primary_key=True)
    first_name: str = Field(max_length=100)
    last_name: str = Field(default="", max_length=100)
    preferred_name: str = Field(default="", max_length=100)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    address: str = Field(default="", max_length=300)
    contact_preference: str = Field(default="none", max_length=10)
    # Optional: only the emploi accompagné platform needs it (spec §5). None = not said.
    rqth: str | None = Field(default=None, max_length=3)
    referent_partner: str = Field(default="", max_length=200)
    # The referent partner chosen among the partners, and its contact person (issue 20):
    # referent_partner keeps the free text of a name that matched no partner (0021).
    referent_partner_id: int | None = Field(default=None, foreign_key="partner.id",
                                            ondelete="SET NULL")
    referent_contact_id: int | None = Field(default=None, foreign_key="partner_contact.id",
                                            ondelete="SET NULL")
    other_peer_places: str = Field(default="", max_length=500)
    # Names folded for search (no case, accents, apostrophes, hyphens): see model/search_folding.py.
    search_key: str = Field(default="", max_length=400, index=True)
    created_at: datetime = Field(default_factory=lambda: clock.now(UTC))
    # The key the record had in an imported file (exchange format); kept on export.
    external_ref: str | None = Field(default=None, max_length=100)
    # Retention (CNIL): archived after 2 years without contact (direction only), then
    # anonymised: identity, contact and notes erased, the counts kept.
    archived_on: date | None = None
    anonymised_on: date | None = None
    # optimistic locking: a save made on an older version is refused
    # (clubdesk.model.storage.optimistic_lock)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_at: datetime | None = None
    updated_by: str = Field(default="", max_length=200, sa_column_kwargs={"server_default": ""})

    __table_args__ = (
        CheckConstraint(
            "contact_preference IN ('phone','sms','email','post','none')",
            name="ck_member_contact_preference",
        ),
        CheckConstraint("rqth IS NULL OR rqth IN ('yes','no')", name="ck_member_rqth"),
        Index("uq_member_external_ref", "external_ref", unique=True),
    )


class MembershipPeriod(SQLModel, table=True):
    """One period of membership; a member who leaves and comes back has several."""

    __tablename__ = "membership_period"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    joined_on: date
    # The day the person left (not a member at the end of that day); None while it runs.
    left_on: date | None = None
    # Why the person left: a code of model/exit_reasons.py, "" when not said; never free
    # text (it could hold a health detail).
    leave_reason: str = Field(default="", max_length=20)

    __table_args__ = (
        CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="ck_period_order"),
        CheckConstraint(
            "leave_reason IN ('','job','training','other_structure','moved','personal',"
            "'no_news','other')", name="ck_period_leave_reason"),
    )


class CharterSignature(SQLModel, table=True):
    """One signature of the club's charter: every one is kept (version and date), a member
    who comes back signs again."""

    __tablename__ = "charter_signature"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    version: str = Field(max_length=40)
    signed_on: date


class Staff(SQLModel, table=True):
    """A salaried staff member (chargé de cogestion et d'insertion, director...)."""

    __tablename__ = "staff"

    id: int | None = Field(default=None, primary_key=True)
    first_name: str = Field(max_length=100)
    last_name: str = Field(default="", max_length=100)
    function: str = Field(default="", max_length=200)
    qualification: str = Field(default="", max_length=200)
    peer_worker: bool = False
    external_ref: str | None = Field(default=None, max_length=100)
    # The account this person signs in with (one account, one staff member at most).
    user_id: int | None = Field(default=None, foreign_key="user_account.id",
                                ondelete="SET NULL")

    __table_args__ = (Index("uq_staff_external_ref", "external_ref", unique=True),
                      UniqueConstraint("user_id", name="uq_staff_user_id"))


class StaffPeriod(SQLModel, table=True):
    """An employment period with its FTE; both dates are days worked."""

    __tablename__ = "staff_period"

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", index=True, ondelete="CASCADE")
    started_on: date
    ended_on: date | None = None
    fte: float

    __table_args__ = (
        CheckConstraint("fte > 0 AND fte <= 1", name="ck_staff_period_fte"),
        CheckConstraint(
            "ended_on IS NULL OR ended_on >= started_on", name="ck_staff_period_order"
        ),
    )


class Attendance(SQLModel, table=True):
    """A member's presence on a date and half-day (one row per member, date and half-day)."""

    __tablename__ = "attendance"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")
    date: date
    half_day: str = Field(max_length=3)
    mode: str = Field(default="onsite", max_length=6)
    checked_in_at: datetime | None = None

    __table_args__ = (
        UniqueConstraint("member_id", "date", "half_day", name="uq_attendance_member_day"),
        CheckConstraint("half_day IN ('am','pm','day')", name="ck_attendance_half_day"),
        CheckConstraint("mode IN ('onsite','remote')", name="ck_attendance_mode"),
        Index("ix_attendance_date", "date"),
    )


SKILL_LEVELS = ("discovering", "practising", "can_teach")
WISH_KINDS = ("like", "avoid")
REACH_OUT_CHANNELS = ("phone", "sms", "email", "post", "visit", "other")


class Task(SQLModel, table=True):
    """A task of the work-ordered day (accueil, standard, cuisine...), done in binôme."""

    __tablename__ = "task"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True)
    half_days: str = Field(default="am,pm", max_length=10)  # comma-separated am/pm
    weekdays: str = Field(default="1,2,3,4,5", max_length=20)  # ISO weekdays, 1 = Monday
    min_people: int = 2
    max_people: int = 3
    skill: str | None = Field(default=None, max_length=100)
    mode: str = Field(default="onsite", max_length=6)
    priority: int = 1
    archived: bool = False
    external_ref: str | None = Field(default=None, max_length=100)
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    updated_at: datetime | None = None
    updated_by: str = Field(default="", max_length=200, sa_column_kwargs={"server_default": ""})

    __table_args__ = (
        CheckConstraint("min_people >= 2 AND max_people >= min_people", name="ck_task_people"),
        CheckConstraint("mode IN ('onsite','remote')", name="ck_task_mode"),
        Index("uq_task_external_ref", "external_ref", unique=True),
    )


class MemberSkill(SQLModel, table=True):
    __tablename__ = "member_skill"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=100)
    level: str = Field(max_length=12)

    __table_args__ = (
        UniqueConstraint("member_id", "name", name="uq_member_skill"),
        CheckConstraint(
            "level IN ('discovering','practising','can_teach')", name="ck_member_skill_level"
        ),
    )


class StaffSkill(SQLModel, table=True):
    """How well a staff member knows a task, on the members' levels (découvre, pratique,
    peut apprendre aux autres): a staff member who can teach a skilled task may hold it with
    a member who is discovering it."""

    __tablename__ = "staff_skill"

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", index=True, ondelete="CASCADE")
    task_id: int = Field(foreign_key="task.id", ondelete="CASCADE")
    level: str = Field(max_length=12)

    __table_args__ = (
        UniqueConstraint("staff_id", "task_id", name="uq_staff_skill"),
        CheckConstraint(
            "level IN ('discovering','practising','can_teach')", name="ck_staff_skill_level"
        ),
    )


class MemberWish(SQLModel, table=True):
    """A task a member likes or would rather avoid."""

    __tablename__ = "member_wish"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    task_id: int = Field(foreign_key="task.id", ondelete="CASCADE")
    kind: str = Field(max_length=5)

    __table_args__ = (
        UniqueConstraint("member_id", "task_id", name="uq_member_wish"),
        CheckConstraint("kind IN ('like','avoid')", name="ck_member_wish_kind"),
    )


class MemberAvailability(SQLModel, table=True):
    """A usual presence: weekday (1 = Monday) and half-day."""

    __tablename__ = "member_availability"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    weekday: int
    half_day: str = Field(max_length=2)

    __table_args__ = (
        UniqueConstraint("member_id", "weekday", "half_day", name="uq_member_availability"),
        CheckConstraint("weekday BETWEEN 1 AND 7", name="ck_availability_weekday"),
        CheckConstraint("half_day IN ('am','pm')", name="ck_availability_half_day"),
    )


class ReachOut(SQLModel, table=True):
    """A contact made with a member not seen for a while (Clubhouse reach-out)."""

    __tablename__ = "reach_out"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    date: date
    channel: str = Field(max_length=6)
    done_by: str = Field(default="", max_length=200)
    note: str = Field(default="", max_length=500)

    __table_args__ = (
        CheckConstraint(
            "channel IN ('phone','sms','email','post','visit','other')", name="ck_reach_out_channel"
        ),
    )


class Setting(SQLModel, table=True):
    """A club-wide setting (e.g. reach_out_days)."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(default="", max_length=2000)


class RotaDay(SQLModel, table=True):
    """The rota saved for one day (one per date); its entries say who does what."""

    __tablename__ = "rota_day"

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(unique=True)
    saved_at: datetime = Field(default_factory=lambda: clock.now(UTC))
    saved_by: str = Field(default="", max_length=200)
    version: int = 1


class RotaEntry(SQLModel, table=True):
    """One person in one task for one half-day; ``locked`` keeps it when asking again."""

    __tablename__ = "rota_entry"

    id: int | None = Field(default=None, primary_key=True)
    rota_id: int = Field(foreign_key="rota_day.id", index=True, ondelete="CASCADE")
    half_day: str = Field(max_length=2)
    task_id: int = Field(foreign_key="task.id", ondelete="RESTRICT")
    member_id: int | None = Field(default=None, foreign_key="member.id", index=True,
                                  ondelete="CASCADE")
    staff_id: int | None = Field(default=None, foreign_key="staff.id", ondelete="CASCADE")
    locked: bool = False

    __table_args__ = (
        CheckConstraint("half_day IN ('am','pm')", name="ck_rota_entry_half_day"),
        CheckConstraint(
            "(member_id IS NULL) <> (staff_id IS NULL)", name="ck_rota_entry_one_person"
        ),
    )


PARTNER_CATEGORIES = (
    "firm", "spie", "supported_employment_platform", "peer_structure", "health",
    "medico_social", "local_authority", "ptsm_clsm", "training_body", "other", "client",
)
FOLLOWUP_KINDS = (
    "interview", "workshop", "job_search", "job_support", "employer_contact", "training",
    "administrative", "referral", "other",
)
PATH_KINDS = ("employment", "internship", "apprenticeship", "volunteering", "training")
EMPLOYMENT_CATEGORIES = ("transitional", "supported", "independent")
CONTRACTS = ("cdi", "cdd", "interim", "contrat_aide", "other")
INTERACTION_KINDS = ("visit", "awareness", "recruitment", "internship_hosted", "meeting")
SUPPORTED_MODULES = ("evaluation", "project", "job_search", "job_support")


class Partner(SQLModel, table=True):
    """A partner firm or organisation (SPIE, GEM, CMP, SAVS, training body...)."""

    __tablename__ = "partner"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, index=True)
    category: str = Field(max_length=40)
    address: str = Field(default="", max_length=300)
    city: str = Field(default="", max_length=100)
    archived: bool = False
    external_ref: str | None = Field(default=None, max_length=100)

    __table_args__ = (
        CheckConstraint(
            "category IN ('firm','spie','supported_employment_platform','peer_structure',"
            "'health','medico_social','local_authority','ptsm_clsm','training_body','other',"
            "'client')",
            name="ck_partner_category",
        ),
        Index("uq_partner_external_ref", "external_ref", unique=True),
    )


class PartnerContact(SQLModel, table=True):
    __tablename__ = "partner_contact"

    id: int | None = Field(default=None, primary_key=True)
    partner_id: int = Field(foreign_key="partner.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=200)
    role: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)


class Partnership(SQLModel, table=True):
    __tablename__ = "partnership"

    id: int | None = Field(default=None, primary_key=True)
    partner_id: int = Field(foreign_key="partner.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=200)
    started_on: date
    ended_on: date | None = None
    agreement_signed: bool = False
    agreement_signed_on: date | None = None

    __table_args__ = (
        CheckConstraint(
            "ended_on IS NULL OR ended_on >= started_on", name="ck_partnership_order"
        ),
    )


class PartnerInteraction(SQLModel, table=True):
    __tablename__ = "partner_interaction"

    id: int | None = Field(default=None, primary_key=True)
    partner_id: int = Field(foreign_key="partner.id", index=True, ondelete="CASCADE")
    date: date
    kind: str = Field(max_length=20)
    note: str = Field(default="", max_length=1000)

    __table_args__ = (
        CheckConstraint(
            "kind IN ('visit','awareness','recruitment','internship_hosted','meeting')",
            name="ck_interaction_kind",
        ),
    )


class InteractionMember(SQLModel, table=True):
    """A member involved in a partner interaction."""

    __tablename__ = "interaction_member"

    interaction_id: int = Field(foreign_key="partner_interaction.id", primary_key=True,
                                ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")


class Followup(SQLModel, table=True):
    """A one-to-one follow-up entry; the note is staff data (and the member's own)."""

    __tablename__ = "followup"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", ondelete="CASCADE")
    date: date
    staff_id: int | None = Field(default=None, foreign_key="staff.id", ondelete="SET NULL")
    kind: str = Field(max_length=20)
    note: str = Field(default="", max_length=5000)
    next_step: str = Field(default="", max_length=500)
    due_on: Day | None = None
    done_on: Day | None = None
    partner_id: int | None = Field(default=None, foreign_key="partner.id", ondelete="RESTRICT")
    read_with_member_on: Day | None = None

    __table_args__ = (
        CheckConstraint(
            "kind IN ('interview','workshop','job_search','job_support','employer_contact',"
            "'training','administrative','referral','other')",
            name="ck_followup_kind",
        ),
        CheckConstraint("due_on IS NULL OR due_on >= date", name="ck_followup_due"),
        Index("ix_followup_member_date", "member_id", "date"),
        # open next steps: done_on IS NULL first, then the range on due_on
        Index("ix_followup_open_due", "done_on", "due_on"),
    )


class PathStep(SQLModel, table=True):
    """A step of a member's professional path: job, internship, apprenticeship..."""

    __tablename__ = "path_step"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=20)
    started_on: date
    ended_on: date | None = None
    partner_id: int | None = Field(default=None, foreign_key="partner.id", ondelete="RESTRICT")
    hours_per_week: float | None = None
    category: str | None = Field(default=None, max_length=20)  # employment only
    contract: str | None = Field(default=None, max_length=20)  # employment only
    title: str = Field(default="", max_length=200)

    __table_args__ = (
        CheckConstraint(
            "kind IN ('employment','internship','apprenticeship','volunteering','training')",
            name="ck_path_kind",
        ),
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="ck_path_order"),
        CheckConstraint(
            "kind <> 'employment' OR category IN ('transitional','supported','independent')",
            name="ck_path_employment_category",
        ),
    )


class TransitionalCover(SQLModel, table=True):
    """A day a transitional job was covered by someone else while the member was absent."""

    __tablename__ = "transitional_cover"

    id: int | None = Field(default=None, primary_key=True)
    path_step_id: int = Field(foreign_key="path_step.id", index=True, ondelete="CASCADE")
    date: date
    covered_by: str = Field(max_length=200)


class SupportedEmployment(SQLModel, table=True):
    """Emploi accompagné (§5): one row per module followed, with its dates."""

    __tablename__ = "supported_employment"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    module: str = Field(max_length=20)
    started_on: date
    ended_on: date | None = None

    __table_args__ = (
        UniqueConstraint("member_id", "module", name="uq_supported_module"),
        CheckConstraint(
            "module IN ('evaluation','project','job_search','job_support')",
            name="ck_supported_module",
        ),
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on",
                        name="ck_supported_order"),
    )


FUNDING_KINDS = ("fir", "complementary")
ACTIVITY_STATUSES = ("done", "planned")
SURVEY_AUDIENCES = ("members", "partners")


class StructureInfo(SQLModel, table=True):
    """The club's profile as key/value pairs (name, address, legal form, premises...),
    each value kept with the date from which it holds (a new value is a new row)."""

    __tablename__ = "structure_info"

    key: str = Field(primary_key=True, max_length=60)
    valid_from: date = Field(default=EARLIEST, primary_key=True, sa_column_kwargs=_EARLIEST_SQL)
    value: str = Field(default="", max_length=2000)


class OpeningHours(SQLModel, table=True):
    """One opening range; several ranges per weekday are allowed."""

    __tablename__ = "opening_hours"

    id: int | None = Field(default=None, primary_key=True)
    weekday: int  # 1 = Monday ... 7 = Sunday
    opens: str = Field(max_length=5)  # HH:MM
    closes: str = Field(max_length=5)
    # the ranges sharing a valid_from are one version of the week's hours
    valid_from: date = Field(default=EARLIEST, index=True, sa_column_kwargs=_EARLIEST_SQL)

    __table_args__ = (
        CheckConstraint("weekday BETWEEN 1 AND 7", name="ck_opening_weekday"),
        CheckConstraint("opens < closes", name="ck_opening_order"),
    )


class FundingLine(SQLModel, table=True):
    __tablename__ = "funding_line"

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    funder: str = Field(max_length=200)
    amount_eur: float
    kind: str = Field(max_length=13)
    in_kind: bool = False

    __table_args__ = (
        CheckConstraint("amount_eur >= 0", name="ck_funding_amount"),
        CheckConstraint("kind IN ('fir','complementary')", name="ck_funding_kind"),
    )


class Activity(SQLModel, table=True):
    __tablename__ = "activity"

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    title: str = Field(max_length=200)
    kind: str = Field(default="", max_length=100)
    status: str = Field(max_length=7)
    description: str = Field(default="", max_length=2000)

    __table_args__ = (
        CheckConstraint("status IN ('done','planned')", name="ck_activity_status"),
    )


class WorkshopSession(SQLModel, table=True):
    """A collective workshop on one day: held (« done ») or planned. Led by a staff member
    (led_by_staff_id) or by someone from outside (leader_name), or both left empty."""

    __tablename__ = "workshop_session"

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    held_on: date = Field(index=True)
    status: str = Field(max_length=7)
    led_by_staff_id: int | None = Field(default=None, foreign_key="staff.id",
                                        ondelete="SET NULL")
    leader_name: str = Field(default="", max_length=200)
    notes: str = Field(default="", max_length=500)

    __table_args__ = (
        CheckConstraint("status IN ('done','planned')", name="ck_workshop_session_status"),
    )


class WorkshopAttendee(SQLModel, table=True):
    """Who came to a held workshop session (a person once per session)."""

    __tablename__ = "workshop_attendee"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="workshop_session.id", index=True,
                            ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")

    __table_args__ = (
        UniqueConstraint("session_id", "member_id", name="uq_workshop_attendee"),
    )


class GovernanceBody(SQLModel, table=True):
    """A governing body (conseil d'administration, bureau...)."""

    __tablename__ = "governance_body"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)


class GovernanceSeat(SQLModel, table=True):
    __tablename__ = "governance_seat"

    id: int | None = Field(default=None, primary_key=True)
    body_id: int = Field(foreign_key="governance_body.id", index=True, ondelete="CASCADE")
    holder: str = Field(default="", max_length=200)
    elected_member: bool = False
    # the seats of a body sharing a valid_from are one version of that body
    valid_from: date = Field(default=EARLIEST, sa_column_kwargs=_EARLIEST_SQL)


DOCUMENT_KINDS = ("lease", "inventory")  # the lease, the état des lieux
DOCUMENT_MEDIA_TYPES = ("application/pdf", "image/png", "image/jpeg")
DOCUMENT_MAX_BYTES = 10 * 1024 * 1024


class StructureDocument(SQLModel, table=True):
    """The lease or the état des lieux as a file, kept in the database (so backups and
    encryption cover it), with the date from which it holds."""

    __tablename__ = "structure_document"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=9)
    valid_from: date
    file_name: str = Field(max_length=255)
    media_type: str = Field(max_length=20)
    size: int
    content: bytes = Field(sa_type=LargeBinary)

    __table_args__ = (
        CheckConstraint("kind IN ('lease','inventory')", name="ck_document_kind"),
        CheckConstraint("size > 0 AND size <= 10485760", name="ck_document_size"),
    )


class SatisfactionSurvey(SQLModel, table=True):
    __tablename__ = "satisfaction_survey"

    id: int | None = Field(default=None, primary_key=True)
    date: date
    audience: str = Field(max_length=8)
    answers: int = 0
    summary: str = Field(default="", max_length=2000)

    __table_args__ = (
        CheckConstraint("audience IN ('members','partners')", name="ck_survey_audience"),
        CheckConstraint("answers >= 0", name="ck_survey_answers"),
    )


ROLES = ("accueil", "equipe", "direction")


class UserAccount(SQLModel, table=True):
    """Someone who signs in to clubdesk. The password is only ever stored as an argon2id
    hash; it is never exported, logged or shown."""

    __tablename__ = "user_account"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=60, unique=True)
    display_name: str = Field(default="", max_length=120)
    role: str = Field(max_length=10)
    password_hash: str = Field(max_length=300)
    failed_attempts: int = 0
    last_failed_at: datetime | None = None
    locked: bool = False
    disabled: bool = False
    created_at: datetime = Field(default_factory=lambda: clock.now(UTC))

    __table_args__ = (
        CheckConstraint("role IN ('accueil','equipe','direction')", name="ck_user_role"),
    )


class SignInThrottle(SQLModel, table=True):
    """Failed sign-ins per name tried (known or not): the next attempt waits a growing delay.
    The name is kept only as the SHA-256 of its bounded, normalised form; a success clears
    the row. ``name_key`` "recovery" counts the failed uses of the recovery code."""

    __tablename__ = "sign_in_throttle"

    name_key: str = Field(primary_key=True, max_length=64)
    failures: int = 0
    last_failed_at: datetime | None = None


class AuditEntry(SQLModel, table=True):
    """One line of the audit trail: who did what to which record, never the content.
    Each entry's hash covers its fields and the previous entry's hash (a hash chain); its
    seal is an HMAC of the same with a key the database does not hold (None: made before the
    seal existed, or on a desk without the key; see clubdesk.model.audit.seal)."""

    __tablename__ = "audit_entry"

    seq: int | None = Field(default=None, primary_key=True)
    at: datetime
    username: str = Field(max_length=120)
    action: str = Field(max_length=20)
    record_type: str = Field(max_length=40)
    record_id: str = Field(default="", max_length=200)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
    seal: str | None = Field(default=None, max_length=80)

    __table_args__ = (Index("ix_audit_record", "record_type", "record_id"),
                      Index("ix_audit_at", "at"))


class SentReport(SQLModel, table=True):
    """The annual table of a year as it was sent to the ARS (« transmis »): who marked it and
    when, the figures (the report's JSON as computed at that moment) and the three files
    (PDF, workbook, JSON) byte for byte, kept in the database so that backups and the
    encryption cover them. Aggregated figures only: members are counted, never named; the
    documents name the staff, the funders, the governance and the activities as sent.
    Never deleted by retention (clubdesk.model.annual.sent)."""

    __tablename__ = "sent_report"

    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(unique=True)
    sent_at: datetime  # UTC
    sent_by: str = Field(max_length=120)
    figures: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    pdf: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    xlsx: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    json_file: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Volunteer(SQLModel, table=True):
    """A volunteer animator of a GEM (« animateur bénévole ») for one period: name,
    functions, qualifications, from/to (both included; ``ended_on`` empty: still active).
    One person may have several periods (rows with the same name), never overlapping."""

    __tablename__ = "volunteer"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, index=True)
    functions: str = Field(default="", max_length=300)
    qualifications: str = Field(default="", max_length=300)
    started_on: date
    ended_on: date | None = None


OUTING_KINDS = ("activity", "outing")
OUTING_STATUSES = ("planned", "cancelled", "done")


class Outing(SQLModel, table=True):
    """A GEM's activity or outing, decided together at a members' meeting (decided_on):
    its day, an optional start time (« HH:MM »), place, places (None = no limit), the cost
    left to each member in cents (0 = free) and its status."""

    __tablename__ = "outing"

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    kind: str = Field(default="activity", max_length=8)
    held_on: date = Field(index=True)
    starts_at: str = Field(default="", max_length=5)
    place: str = Field(default="", max_length=200)
    places: int | None = None
    cost_cents: int = 0
    decided_on: date | None = None
    status: str = Field(default="planned", max_length=9)
    notes: str = Field(default="", max_length=500)

    __table_args__ = (
        CheckConstraint("kind IN ('activity','outing')", name="ck_outing_kind"),
        CheckConstraint("status IN ('planned','cancelled','done')", name="ck_outing_status"),
        CheckConstraint("cost_cents >= 0", name="ck_outing_cost"),
        CheckConstraint("places IS NULL OR places >= 0", name="ck_outing_places"),
    )


class OutingSignup(SQLModel, table=True):
    """A member signed up to an outing. The first ``places`` sign-ups (by date, then in the
    order written) have a place, the next ones wait; present: None until attendance is
    recorded after the day."""

    __tablename__ = "outing_signup"

    id: int | None = Field(default=None, primary_key=True)
    outing_id: int = Field(foreign_key="outing.id", index=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    signed_up_on: date
    present: bool | None = None

    __table_args__ = (
        UniqueConstraint("outing_id", "member_id", name="uq_outing_signup"),
    )


OBJECTIVE_DOMAINS = ("savoir", "savoir_faire", "savoir_etre")
OBJECTIVE_LEVELS = ("not_acquired", "in_progress", "acquired", "mastered")


class Objective(SQLModel, table=True):
    """A work objective of a person in pre-insertion (issue 20): in one domain (« savoir »,
    « savoir-faire », « savoir-être »), set on a date, closed on a date once it is over."""

    __tablename__ = "objective"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    domain: str = Field(max_length=12)
    text: str = Field(max_length=500)
    set_on: date
    closed_on: date | None = None

    __table_args__ = (
        CheckConstraint("domain IN ('savoir','savoir_faire','savoir_etre')",
                        name="ck_objective_domain"),
    )


class ObjectiveReview(SQLModel, table=True):
    """A review (« bilan ») of a person's objectives with the coordinator: the person's own
    words beside the staff's comment, a level for each objective reviewed."""

    __tablename__ = "objective_review"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    held_on: date
    staff_id: int | None = Field(default=None, foreign_key="staff.id", ondelete="SET NULL")
    coordinator_name: str = Field(default="", max_length=200)
    own_words: str = Field(default="", max_length=2000)
    comment: str = Field(default="", max_length=2000)


class ObjectiveLevel(SQLModel, table=True):
    """The level of one objective at one review."""

    __tablename__ = "objective_level"

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(foreign_key="objective_review.id", index=True, ondelete="CASCADE")
    objective_id: int = Field(foreign_key="objective.id", index=True, ondelete="CASCADE")
    level: str = Field(max_length=12)

    __table_args__ = (
        UniqueConstraint("review_id", "objective_id", name="uq_objective_level"),
        CheckConstraint("level IN ('not_acquired','in_progress','acquired','mastered')",
                        name="ck_objective_level_level"),
    )


APPLICATION_STATES = ("received", "interviewed", "waiting", "admitted", "refused",
                      "reoriented", "postponed")
REFUSAL_REASONS = ("not_target", "project_not_ready", "care_first", "no_place", "other")


class Application(SQLModel, table=True):
    """An application (candidature) of a person to the pre-insertion programme: referred by
    a partner (referred_by_partner_id) or self-referred (None). Its state is its last
    ApplicationEvent; nothing is ever deleted (clubdesk.model.admissions)."""

    __tablename__ = "application"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    referred_by_partner_id: int | None = Field(default=None, foreign_key="partner.id",
                                               ondelete="SET NULL")
    received_on: date = Field(index=True)
    interview_on: date | None = None
    notes: str = Field(default="", max_length=1000)


class AdmissionCommission(SQLModel, table=True):
    """A multi-partner admission commission on one day (quarterly at Le Cheval Bleu)."""

    __tablename__ = "admission_commission"

    id: int | None = Field(default=None, primary_key=True)
    held_on: date = Field(index=True)
    notes: str = Field(default="", max_length=1000)


class CommissionPartner(SQLModel, table=True):
    """A partner present at an admission commission."""

    __tablename__ = "commission_partner"

    id: int | None = Field(default=None, primary_key=True)
    commission_id: int = Field(foreign_key="admission_commission.id", index=True,
                               ondelete="CASCADE")
    partner_id: int = Field(foreign_key="partner.id", index=True, ondelete="CASCADE")

    __table_args__ = (
        UniqueConstraint("commission_id", "partner_id", name="uq_commission_partner"),
    )


class ApplicationEvent(SQLModel, table=True):
    """One dated state of an application: the commission that decided it (if any), the
    refusal reason (a code) and whether it was told to the person, the partner a person is
    reoriented towards, and who recorded it."""

    __tablename__ = "application_event"

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True, ondelete="CASCADE")
    dated_on: date
    state: str = Field(max_length=12)
    commission_id: int | None = Field(default=None, foreign_key="admission_commission.id",
                                      ondelete="SET NULL")
    reason: str = Field(default="", max_length=20)
    told: bool | None = None
    partner_id: int | None = Field(default=None, foreign_key="partner.id",
                                   ondelete="SET NULL")
    recorded_by: str = Field(default="", max_length=200)

    __table_args__ = (
        CheckConstraint("state IN ('received','interviewed','waiting','admitted','refused',"
                        "'reoriented','postponed')", name="ck_application_event_state"),
        CheckConstraint("reason IN ('','not_target','project_not_ready','care_first',"
                        "'no_place','other')", name="ck_application_event_reason"),
    )


# -- pre-insertion: trial month, contracts, exit, travel costs, meals (issue 20 item 2) ------

CONTRACT_KINDS = ("trial", "contract")
EXIT_KINDS = ("temporary", "definitive")
EXIT_DESTINATIONS = ("ordinary_job", "adapted_company", "esat", "training",
                     "other_insertion", "care", "no_solution", "other")
EXIT_CONTACT_CHANNELS = ("phone", "visit", "mail")


class ContractPeriod(SQLModel, table=True):
    """One period of a person in the pre-insertion scheme: the trial month (renewal 0), its
    one renewal (1), the 6-month contract (0) and its renewals (1, 2...). ``anchor_on`` is
    the start of the chain's first period, from which every end date is computed
    (clubdesk.model.contracts). ``ended_early_on``: the last day when it ended before
    ``ends_on``."""

    __tablename__ = "contract_period"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=8)
    renewal: int = 0
    anchor_on: date
    started_on: date
    ends_on: date
    ended_early_on: date | None = None
    end_reason: str = Field(default="", max_length=300)

    __table_args__ = (
        CheckConstraint("kind IN ('trial','contract')", name="ck_contract_period_kind"),
        CheckConstraint("renewal >= 0", name="ck_contract_period_renewal"),
        CheckConstraint("started_on <= ends_on", name="ck_contract_period_order"),
    )


class ExitPlan(SQLModel, table=True):
    """The prepared exit of a person (one plan per person): temporary or definitive, the
    planned date, the destination (a code of EXIT_DESTINATIONS)."""

    __tablename__ = "exit_plan"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", unique=True, ondelete="CASCADE")
    kind: str = Field(max_length=10)
    planned_on: date
    destination: str = Field(max_length=16)

    __table_args__ = (
        CheckConstraint("kind IN ('temporary','definitive')", name="ck_exit_plan_kind"),
        CheckConstraint("destination IN ('ordinary_job','adapted_company','esat','training',"
                        "'other_insertion','care','no_solution','other')",
                        name="ck_exit_plan_destination"),
    )


class ExitContact(SQLModel, table=True):
    """A contact kept with a person after their exit (staff-only note)."""

    __tablename__ = "exit_contact"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    contacted_on: date
    channel: str = Field(max_length=5)
    note: str = Field(default="", max_length=300)

    __table_args__ = (
        CheckConstraint("channel IN ('phone','visit','mail')", name="ck_exit_contact_channel"),
    )


class TravelRefund(SQLModel, table=True):
    """Travel costs refunded to a person, in integer cents (never a float)."""

    __tablename__ = "travel_refund"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    paid_on: date = Field(index=True)
    amount_cents: int

    __table_args__ = (
        CheckConstraint("amount_cents > 0", name="ck_travel_refund_amount"),
    )


class MealTaken(SQLModel, table=True):
    """Meals taken by a person on a day (a count: a lunch, sometimes more)."""

    __tablename__ = "meal_taken"

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    served_on: date = Field(index=True)
    count: int = 1

    __table_args__ = (
        CheckConstraint("count > 0", name="ck_meal_taken_count"),
    )


ORDER_STATUSES = ("todo", "in_progress", "delivered", "cancelled")


class WorkOrder(SQLModel, table=True):
    """An order of a client partner to the work-insertion workshops (issue 20): what, how
    many, received and due, its status."""

    __tablename__ = "work_order"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="partner.id", index=True, ondelete="RESTRICT")
    what: str = Field(max_length=300)
    quantity: int | None = None
    received_on: date
    due_on: date = Field(index=True)
    status: str = Field(default="todo", max_length=11)
    notes: str = Field(default="", max_length=500)

    __table_args__ = (
        CheckConstraint("status IN ('todo','in_progress','delivered','cancelled')",
                        name="ck_work_order_status"),
        CheckConstraint("due_on >= received_on", name="ck_work_order_dates"),
        CheckConstraint("quantity IS NULL OR quantity > 0", name="ck_work_order_quantity"),
    )


class ProductionSession(SQLModel, table=True):
    """A day's work in a workshop (restaurant, construction...), for an order or not."""

    __tablename__ = "production_session"

    id: int | None = Field(default=None, primary_key=True)
    held_on: date = Field(index=True)
    workshop: str = Field(max_length=100)
    order_id: int | None = Field(default=None, foreign_key="work_order.id", index=True,
                                 ondelete="SET NULL")


class ProductionWorker(SQLModel, table=True):
    """Who worked in a production session and how long, in whole minutes (no float drift):
    more than 0, at most 10 hours."""

    __tablename__ = "production_worker"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="production_session.id", index=True,
                            ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    minutes: int

    __table_args__ = (
        UniqueConstraint("session_id", "member_id", name="uq_production_worker"),
        CheckConstraint("minutes > 0 AND minutes <= 600", name="ck_production_worker_minutes"),
    )
