"""The figures behind the « Tableau de bord » charts, for the director and the team.

Four charts, each a plain ``Chart``: its categories (the x axis) and one or more ``Series``
of numbers, one number per category. Series are named by a stable key (``present``,
``active``...): the screen turns keys and categories into words. Counts are exact:

- ``presence``: distinct persons present each day of the last three months (days with at
  least one presence only; a morning and an afternoon of the same person count once);
- ``active``: for each of the last twelve months, distinct persons with at least one
  presence in the month (the indicators' "personnes actives"), against ``capacity`` = staff
  FTE on the month's last day (today for the current month) × 20, the specification's
  ratio of about one full-time staff member per twenty active members (§7);
- ``flows``: entries and exits of each year, exactly as in the annual indicators;
- ``steps``: professional path steps in progress today, by kind (a step includes both its
  start and end dates).

Only aggregates: no person is named, so reading the dashboard is not an audited read.
Portable SQL (date ranges, GROUP BY, COUNT DISTINCT): it runs on PostgreSQL too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import STAFF_ROLES, Actor, require
from clubdesk.model.annual.indicators import SPEC_MEMBERS_PER_FTE, compute_flows
from clubdesk.model.attendance import AttendanceService
from clubdesk.model.attendance_stats import daily_counts
from clubdesk.model.staff import StaffService
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import PATH_KINDS, MembershipPeriod, PathStep

PRESENCE_MONTHS = 3
ACTIVE_MONTHS = 12
FLOW_YEARS = 10  # at most the last ten years, the current one included

Category = date | int | str


@dataclass(frozen=True)
class Series:
    """One line or one set of bars: a key (``present``, ``active``...) and its numbers."""

    key: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    """Categories of the x axis (days, first days of months, years or path kinds) and the
    series drawn over them, each with exactly one value per category."""

    key: str
    categories: tuple[Category, ...]
    series: tuple[Series, ...]

    def values(self, key: str) -> tuple[float, ...]:
        for series in self.series:
            if series.key == key:
                return series.values
        raise KeyError(key)


@dataclass(frozen=True)
class Dashboard:
    today: date
    presence: Chart
    active: Chart
    flows: Chart
    steps: Chart

    @property
    def charts(self) -> tuple[Chart, ...]:
        return (self.presence, self.active, self.flows, self.steps)


def months_back(day: date, months: int) -> date:
    """The same day ``months`` months earlier, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, min(day.day, (following - timedelta(days=1)).day))


def month_starts(today: date, count: int) -> list[date]:
    """The first days of the ``count`` months ending with today's month, oldest first."""
    first = today.replace(day=1)
    return [months_back(first, count - 1 - i) for i in range(count)]


def next_month(first: date) -> date:
    return date(first.year + (first.month == 12), first.month % 12 + 1, 1)


class DashboardService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def overview(self, today: date | None = None) -> Dashboard:
        """The four charts, as of ``today``."""
        require(self.actor, *STAFF_ROLES)
        today = today or clock.today()
        return Dashboard(today=today, presence=self.presence(today), active=self.active(today),
                         flows=self.flows(today), steps=self.steps(today))

    def presence(self, today: date | None = None) -> Chart:
        """Distinct persons present on each day with a presence, over the last 3 months
        (from the day after the same date three months ago, through ``today``)."""
        require(self.actor, *STAFF_ROLES)
        today = today or clock.today()
        first = months_back(today, PRESENCE_MONTHS) + timedelta(days=1)
        days = [(day, count)
                for year in range(first.year, today.year + 1)
                for day, count in daily_counts(self.db, self.actor, year)
                if first <= day <= today]
        return Chart("presence", tuple(d for d, _ in days),
                     (Series("present", tuple(c for _, c in days)),))

    def active(self, today: date | None = None) -> Chart:
        """Active persons per month over the last 12 months, and staff FTE × 20."""
        require(self.actor, *STAFF_ROLES)
        today = today or clock.today()
        starts = month_starts(today, ACTIVE_MONTHS)
        attendance = AttendanceService(self.db, self.actor)
        active = [attendance.active_members(first.year, first.month) for first in starts]
        staff = StaffService(self.db, self.actor)
        capacity = [round(staff.fte_on(min(next_month(first) - timedelta(days=1), today))
                          * SPEC_MEMBERS_PER_FTE, 2) for first in starts]
        return Chart("active", tuple(starts),
                     (Series("active", tuple(active)), Series("capacity", tuple(capacity))))

    def flows(self, today: date | None = None) -> Chart:
        """Entries and exits of each year (the annual indicators' definitions), from the
        first membership year, at most the last 10 years, through today's year."""
        require(self.actor, *STAFF_ROLES)
        today = today or clock.today()
        periods: dict[int, list[tuple[date, date | None]]] = {}
        with self.db.session(write=False) as session:
            for member_id, joined, left in session.execute(
                select(col(MembershipPeriod.member_id), col(MembershipPeriod.joined_on),
                       col(MembershipPeriod.left_on))
                .where(col(MembershipPeriod.joined_on) <= today)
            ):
                periods.setdefault(member_id, []).append((joined, left))
        earliest = min((j.year for ps in periods.values() for j, _ in ps), default=today.year)
        years = list(range(max(earliest, today.year - FLOW_YEARS + 1), today.year + 1))
        entries: list[int] = []
        exits: list[int] = []
        for year in years:
            flows = compute_flows(periods, year)
            entries.append(len(flows["entries"]))
            exits.append(len(flows["exits"]))
        return Chart("flows", tuple(years),
                     (Series("entries", tuple(entries)), Series("exits", tuple(exits))))

    def steps(self, today: date | None = None) -> Chart:
        """Professional path steps in progress on ``today``, by kind (every kind shown)."""
        require(self.actor, *STAFF_ROLES)
        today = today or clock.today()
        stmt = (
            select(col(PathStep.kind), func.count())
            .where(col(PathStep.started_on) <= today,
                   or_(col(PathStep.ended_on).is_(None), col(PathStep.ended_on) >= today))
            .group_by(col(PathStep.kind))
        )
        with self.db.session(write=False) as session:
            counts = {kind: int(count) for kind, count in session.execute(stmt)}
        return Chart("steps", PATH_KINDS,
                     (Series("in_progress", tuple(counts.get(k, 0) for k in PATH_KINDS)),))
