"""A sent report stays sent (issue 19, item 5): « Marquer comme transmis ».

Freezing a year keeps, in one transaction, what the ARS received: who marked it and when
(the club's local time), the figures (the report's JSON as computed at that moment) and the
three files (PDF, workbook, JSON) byte for byte, in the ``sent_report`` table. They are in the
database, so backups and the encryption cover them.

What a sent report holds: aggregated figures only. Members are counted, never named; the
documents name what the report names (the staff and their functions, the funders, the
governance, the premises, the activities' titles). Retention (clubdesk.model.retention)
never deletes or rewrites it: the archiving and anonymising of members touch the member
tables only, and what was sent to the funder must stay what it was.

Afterwards, recomputing the year (after corrections, retention, a merge) is compared with
the sent figures through the indicator registry: ``changed_since_sent`` names the keys whose
value differs now. An indicator registered after the freeze has no sent value and is not
reported as changed.

When a year can be frozen: only once it has ended, i.e. from 1 January of the next year on
the club's clock (the table is due before 28 February of year n + 1; freezing a year still
running would send figures that keep moving). A year is frozen once: a second freeze is
refused and changes nothing.

Direction only, like the report itself; every freeze and every read is in the audit trail.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import Actor, require
from clubdesk.model.annual import registry
from clubdesk.model.annual.indicators import IndicatorService
from clubdesk.model.audit.trail import record
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import SentReport
from clubdesk.model.validation import check_year

__all__ = ["SentReportService", "SentSummary", "comparable", "sent_years"]


class Render(Protocol):
    """How the report's three files are drawn (clubdesk.export.annual_report's
    ``render_report_files``): (file name, content) for the workbook, the PDF and the JSON."""

    def __call__(self, indicators: Any, *, club_name: str = ..., funding: Any = ...,
                 daily_attendance: Any = ..., progress: Any = ...,
                 produced_on: date | None = ...) -> list[tuple[str, bytes]]: ...


@dataclass(frozen=True)
class SentSummary:
    """A sent report without its files: what the screen and the command line show."""

    year: int
    sent_at: datetime  # the club's local time, aware
    sent_by: str
    figures: dict[str, Any]


def comparable(value: Any) -> Any:
    """A figure as the JSON holds it (tuples become lists, dates ISO text), so that a
    recomputed value compares equal to the sent one when it is the same."""
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def sent_years(db: Database) -> dict[int, date]:
    """Which years were sent and on which day (the club's local date): {year: day}.
    Only years and dates, no figures (for the reminder of the table due before 28 February).
    """
    with db.session(write=False) as session:
        rows = session.execute(select(col(SentReport.year), col(SentReport.sent_at))
                               .order_by(col(SentReport.year))).all()
    return {int(year): _local(sent_at).date() for year, sent_at in rows}


class SentReportService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def freeze(self, year: int, render: Render) -> SentSummary:
        """Compute the year's report, render its three files with ``render`` (the export's
        clubdesk.export.annual_report.render_report_files: the core draws no document) and
        keep them with the figures, who and when, in one transaction. Refused in words
        before anything is written when the year is not over yet or was already sent."""
        require(self.actor, "direction")
        check_year(year)
        today = clock.today()
        if today < date(year + 1, 1, 1):
            raise ClubdeskError("L'année {year} n'est pas terminée : son tableau pourra être "
                                "marqué comme transmis à partir du 1er janvier {next}.",
                                year=year, next=year + 1)
        self._refuse_if_sent(year)
        from clubdesk.model.attendance_stats import daily_counts
        from clubdesk.model.structure import StructureService

        indicators = IndicatorService(self.db, self.actor).compute(year)
        structure = StructureService(self.db, self.actor)
        files = dict(render(
            indicators, club_name=structure.info()["name"], funding=structure.funding(year),
            daily_attendance=daily_counts(self.db, self.actor, year), produced_on=today))
        row = SentReport(
            year=year, sent_at=clock.now(UTC).replace(microsecond=0), sent_by=self.actor.name,
            figures=comparable(indicators.as_json()),
            xlsx=files[f"indicateurs-{year}.xlsx"], pdf=files[f"rapport-annuel-{year}.pdf"],
            json_file=files[f"indicateurs-{year}.json"])
        try:
            with self.db.session(actor=self.actor) as session:
                session.add(row)
        except IntegrityError as exc:  # another desk sent it in the meantime
            raise self._already_sent(year) from exc
        return _summary(row)

    def sent(self, year: int) -> SentSummary | None:
        """The year's report as it was sent (None when it was not)."""
        require(self.actor, "direction")
        check_year(year)
        row = self._row(year)
        if row is None:
            return None
        record(self.db, self.actor, "read", "sent_report", row.id)
        return _summary(row)

    def changed_since_sent(self, year: int) -> list[str]:
        """The keys of the indicators whose recomputed value differs from the sent one, in
        the registry's order (§11). Refused when the year was not sent."""
        summary = self.sent(year)
        if summary is None:
            raise self._not_sent(year)
        now = IndicatorService(self.db, self.actor).compute(year).values
        return [ind.key for ind in registry.entries()
                if ind.key in summary.figures
                and comparable(now.get(ind.key)) != summary.figures[ind.key]]

    def files(self, year: int) -> list[tuple[str, bytes]]:
        """The three files as they were sent: (name, content), workbook, PDF, JSON."""
        require(self.actor, "direction")
        check_year(year)
        row = self._row(year)
        if row is None:
            raise self._not_sent(year)
        record(self.db, self.actor, "export", "sent_report", row.id)
        return [(f"indicateurs-{year}.xlsx", row.xlsx),
                (f"rapport-annuel-{year}.pdf", row.pdf),
                (f"indicateurs-{year}.json", row.json_file)]

    # -- helpers ---------------------------------------------------------------------

    def _row(self, year: int) -> SentReport | None:
        with self.db.session(write=False) as session:
            return session.scalars(select(SentReport).where(
                col(SentReport.year) == year)).first()

    def _refuse_if_sent(self, year: int) -> None:
        with self.db.session(write=False) as session:
            if session.scalars(select(col(SentReport.id)).where(
                    col(SentReport.year) == year)).first() is not None:
                raise self._already_sent(year)

    def _already_sent(self, year: int) -> ClubdeskError:
        summary = self._summary_unrecorded(year)
        if summary is None:
            return ClubdeskError("Le tableau de {year} est déjà marqué comme transmis.",
                                 year=year)
        return ClubdeskError("Le tableau de {year} est déjà marqué comme transmis (le {day} "
                             "par {who}) : il ne peut pas l'être une seconde fois.",
                             year=year, day=summary.sent_at.strftime("%d/%m/%Y"),
                             who=summary.sent_by)

    def _summary_unrecorded(self, year: int) -> SentSummary | None:
        row = self._row(year)
        return None if row is None else _summary(row)

    @staticmethod
    def _not_sent(year: int) -> ClubdeskError:
        return ClubdeskError("Le tableau de {year} n'a pas été marqué comme transmis.",
                             year=year)


def _summary(row: SentReport) -> SentSummary:
    return SentSummary(year=row.year, sent_at=_local(row.sent_at), sent_by=row.sent_by,
                       figures=dict(row.figures))


def _local(moment: datetime) -> datetime:
    """A stored moment (UTC) in the club's local time."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
