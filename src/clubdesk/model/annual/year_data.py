"""What the annual indicators are computed from: one year's rows, read once, and the figures
already computed (an indicator may use another: ``data.value("staff_fte_average")``).

Definitions (issue "annual report"): "member at the end of day D" = a membership period with
joined_on <= D and (left_on empty or left_on > D). Staff periods, path steps and partnerships
include both their start and end dates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeVar

from sqlalchemy import select
from sqlmodel import Session, col

from clubdesk.model import structure_history
from clubdesk.model.annual import registry as registry
from clubdesk.model.structure_history import Change
from clubdesk.model.tables import (
    Activity,
    Attendance,
    Followup,
    FundingLine,
    GovernanceBody,
    GovernanceSeat,
    MembershipPeriod,
    OpeningHours,
    Partner,
    Partnership,
    PathStep,
    SatisfactionSurvey,
    Staff,
    StaffPeriod,
    Volunteer,
    WorkshopSession,
)
from clubdesk.model.volunteers import read_volunteers
from clubdesk.model.workshops import read_workshops

T = TypeVar("T")
Periods = list[tuple[date, date | None]]


def round_half_up(value: float, digits: int) -> float:
    quantum = Decimal(1).scaleb(-digits)
    return float(Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def member_at_end_of(periods: Periods, day: date) -> bool:
    return any(j <= day and (left is None or left > day) for j, left in periods)


def overlaps_year(start: date, end: date | None, year: int) -> bool:
    """Inclusive periods (path steps, staff, partnerships) overlapping Jan 1..Dec 31."""
    return start <= date(year, 12, 31) and (end is None or end >= date(year, 1, 1))


def member_on(periods: Periods, day: date) -> bool:
    """A member during ``day``: a membership period with joined_on <= day and (left_on empty
    or left_on >= day); a visitor (no period covering the day) is not."""
    return any(j <= day and (left is None or left >= day) for j, left in periods)


def compute_flows(periods_by_member: dict[int, Periods], year: int) -> dict[str, set[int]]:
    """caseload_start, caseload_dec31, entries, exits and members_during_year as id sets."""
    jan1, dec31 = date(year, 1, 1), date(year, 12, 31)
    before = jan1 - timedelta(days=1)
    start, end, entries, during = set(), set(), set(), set()
    for member_id, periods in periods_by_member.items():
        if member_at_end_of(periods, before):
            start.add(member_id)
        if member_at_end_of(periods, dec31):
            end.add(member_id)
        if any(jan1 <= j <= dec31 for j, _ in periods):
            entries.add(member_id)
        if any(j <= dec31 and (left is None or left >= jan1) for j, left in periods):
            during.add(member_id)
    entries -= start
    return {"caseload_start": start, "caseload_dec31": end, "entries": entries,
            "exits": during - end, "members_during_year": start | entries}


@dataclass
class YearData:
    """The rows of one calendar year; ``value(key)`` computes an indicator (once)."""

    year: int
    periods: dict[int, Periods]
    months: list[set[int]]  # ids with a presence (members or visitors), month by month
    steps: list[Any]  # (member_id, kind, started_on, ended_on, category)
    staff_rows: list[Any]  # (staff_id, function, qualification, started_on, ended_on, fte)
    info: dict[str, str]
    hours: list[OpeningHours]
    partnerships: list[tuple[Partnership, Partner]]
    activities: list[Activity]
    funding: list[FundingLine]
    bodies: list[tuple[GovernanceBody, list[GovernanceSeat]]]
    surveys: list[SatisfactionSurvey]
    changes: list[Change] = field(default_factory=list)  # premises, hours... in the year
    # member id -> (left_on, exit reason code) of each ended period (model/exit_reasons.py)
    exit_reasons: dict[int, list[tuple[date, str]]] = field(default_factory=dict)
    # The year's dated contacts, for « personnes actives » (§7): (member_id, day) per
    # check-in, and (member_id, day, kind) per follow-up entry (individual or collective).
    checkins: list[tuple[int, date]] = field(default_factory=list)
    supports: list[tuple[int, date, str]] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    persons: dict[str, set[int]] = field(default_factory=dict)  # key -> member ids ("why")
    _shared: dict[str, Any] = field(default_factory=dict)
    # collective workshop sessions dated in the year or the next, and who came to each
    workshops: list[WorkshopSession] = field(default_factory=list)
    workshop_people: dict[int, set[int]] = field(default_factory=dict)
    # a GEM's volunteer animators (every period) and what the registered activity sources
    # read (clubdesk.model.annual.activity_sources: source name -> its rows)
    volunteers: list[Volunteer] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def jan1(self) -> date:
        return date(self.year, 1, 1)

    @property
    def dec31(self) -> date:
        return date(self.year, 12, 31)

    def value(self, key: str) -> Any:
        """The figure of indicator ``key`` (computed now if it was not yet)."""
        if key not in self.values:
            result = registry.entry(key).compute(self)
            if isinstance(result, registry.People):
                self.persons[key] = set(result.ids)
                result = len(result.ids)
            elif isinstance(result, registry.PeopleByPart):
                for part, ids in result.parts.items():
                    self.persons[f"{key}.{part}"] = set(ids)
                result = {part: len(ids) for part, ids in result.parts.items()}
            self.values[key] = result
        return self.values[key]

    def shared(self, name: str, work: Callable[[], T]) -> T:
        """A result several indicators use (the flows, the path sets...), computed once."""
        if name not in self._shared:
            self._shared[name] = work()
        found: T = self._shared[name]
        return found

    def flows(self) -> dict[str, set[int]]:
        return self.shared("flows", lambda: compute_flows(self.periods, self.year))

    @classmethod
    def read(cls, session: Session, year: int) -> YearData:
        from clubdesk.model.annual.activity_sources import read_sources

        data = cls._read(session, year)
        data.volunteers = read_volunteers(session)
        data.extra = read_sources(session, year)
        return data

    @classmethod
    def _read(cls, session: Session, year: int) -> YearData:
        jan1, dec31 = date(year, 1, 1), date(year, 12, 31)
        periods: dict[int, Periods] = {}
        for member_id, joined, left in session.execute(
            select(col(MembershipPeriod.member_id), col(MembershipPeriod.joined_on),
                   col(MembershipPeriod.left_on))
            .where(col(MembershipPeriod.joined_on) <= dec31)
        ):
            periods.setdefault(member_id, []).append((joined, left))
        months: list[set[int]] = []
        for month in range(1, 13):
            first = date(year, month, 1)
            nxt = date(year + (month == 12), month % 12 + 1, 1)
            months.append(set(session.scalars(
                select(col(Attendance.member_id)).distinct().where(
                    col(Attendance.date) >= first, col(Attendance.date) < nxt))))
        return cls(
            year=year, periods=periods, months=months,
            steps=list(session.execute(
                select(col(PathStep.member_id), col(PathStep.kind), col(PathStep.started_on),
                       col(PathStep.ended_on), col(PathStep.category))
                .where(col(PathStep.started_on) <= dec31))),
            staff_rows=list(session.execute(
                select(col(Staff.id), col(Staff.function), col(Staff.qualification),
                       col(StaffPeriod.started_on), col(StaffPeriod.ended_on),
                       col(StaffPeriod.fte))
                .join(StaffPeriod, col(StaffPeriod.staff_id) == col(Staff.id))
                .order_by(col(Staff.id)))),
            # premises, hours and governance: what held on 31 December (issue 19)
            info=structure_history.info_on(session, dec31),
            hours=structure_history.hours_on(session, dec31),
            changes=structure_history.changes_during(session, year),
            partnerships=[(p, partner) for p, partner in session.execute(
                select(Partnership, Partner).join(Partner, col(Partner.id) ==
                                                  col(Partnership.partner_id))
                .order_by(col(Partner.name), col(Partnership.started_on)))],
            activities=list(session.scalars(select(Activity).where(  # planned: n or n + 1
                col(Activity.year).in_((year, year + 1))).order_by(col(Activity.id)))),
            funding=list(session.scalars(select(FundingLine).where(
                col(FundingLine.year) == year))),
            bodies=structure_history.bodies_on(session, dec31),
            surveys=list(session.scalars(select(SatisfactionSurvey).where(
                col(SatisfactionSurvey.date) >= jan1,
                col(SatisfactionSurvey.date) <= dec31))),
            **read_workshops(session, year),
            exit_reasons=_exit_reasons(session, dec31),
            checkins=[(m, d) for m, d in session.execute(
                select(col(Attendance.member_id), col(Attendance.date)).distinct().where(
                    col(Attendance.date) >= jan1, col(Attendance.date) <= dec31))],
            supports=[(m, d, k) for m, d, k in session.execute(
                select(col(Followup.member_id), col(Followup.date), col(Followup.kind))
                .where(col(Followup.date) >= jan1, col(Followup.date) <= dec31))],
        )


def _exit_reasons(session: Session, dec31: date) -> dict[int, list[tuple[date, str]]]:
    found: dict[int, list[tuple[date, str]]] = {}
    for member_id, left, reason in session.execute(
        select(col(MembershipPeriod.member_id), col(MembershipPeriod.left_on),
               col(MembershipPeriod.leave_reason))
        .where(col(MembershipPeriod.left_on).is_not(None),
               col(MembershipPeriod.left_on) <= dec31)
    ):
        found.setdefault(member_id, []).append((left, reason))
    return found
