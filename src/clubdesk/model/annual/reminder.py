"""The reminder of the annual table for the ARS (§11: « avant le 28 février de l'année n+1
(pour le bilan de l'année n) »), shown on the direction's first screen.

From 1 January, the table of the year just ended is due: before 28 February it is « à
envoyer », from 1 March « en retard », until it is marked sent (« Marquer comme transmis »);
then it says when it was sent, for :data:`SENT_SHOWN_DAYS` days, and nothing afterwards.
A pure function of the day and of the sent years (:func:`report_reminder`); the service reads
the sent years through :func:`sent_years` only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from clubdesk.model.errors import say
from clubdesk.model.french_numbers import fr_date
from clubdesk.model.storage.db import Database

DUE_MONTH, DUE_DAY = 2, 28  # §11: before 28 February of year n+1
SENT_SHOWN_DAYS = 30  # « envoyé le … » stays that long after the day it was sent


class ReminderState(StrEnum):
    DUE = "due"  # 1 January .. 28 February, not sent
    LATE = "late"  # from 1 March, not sent
    SENT = "sent"  # sent, for SENT_SHOWN_DAYS days


@dataclass(frozen=True)
class ReportReminder:
    year: int  # the year whose table is due (the year just ended)
    due_on: date  # 28 February of the next year
    state: ReminderState
    sent_on: date | None = None

    @property
    def sentence(self) -> str:
        """One calm French sentence for the screen."""
        if self.state is ReminderState.SENT:
            return say("Le tableau annuel {year} pour l'ARS a été envoyé le {day}.",
                       year=self.year, day=fr_date(self.sent_on))
        if self.state is ReminderState.LATE:
            return say("Le tableau annuel {year} pour l'ARS est en retard : il était à "
                       "envoyer avant le 28 février {due_year}.", year=self.year,
                       due_year=self.due_on.year)
        return say("Le tableau annuel {year} pour l'ARS est à envoyer avant le 28 février "
                   "{due_year}.", year=self.year, due_year=self.due_on.year)


def report_reminder(today: date, sent: Mapping[int, date]) -> ReportReminder | None:
    """What the direction's first screen says on ``today`` about the table of the year just
    ended, given the sent years ({year: day sent}); None when there is nothing to say (sent
    more than :data:`SENT_SHOWN_DAYS` days ago)."""
    year = today.year - 1
    due_on = date(today.year, DUE_MONTH, DUE_DAY)
    sent_on = sent.get(year)
    if sent_on is not None:
        if today > sent_on + timedelta(days=SENT_SHOWN_DAYS):
            return None
        return ReportReminder(year, due_on, ReminderState.SENT, sent_on)
    return ReportReminder(year, due_on,
                          ReminderState.LATE if today > due_on else ReminderState.DUE)


def sent_years(db: Database) -> dict[int, date]:
    """The years whose table was marked sent, and the day: {year: day}
    (« Marquer comme transmis », clubdesk.model.annual.sent)."""
    from clubdesk.model.annual.sent import sent_years as read

    return read(db)
