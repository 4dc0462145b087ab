"""The reminder of the annual table for the ARS (due before 28 February of the next year),
as a pure function of the day and the sent years, and through the service on the club's
clock (tests never read the machine's clock)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from clubdesk.export.annual_report import freeze_report
from clubdesk.model import clock
from clubdesk.model.access import Actor
from clubdesk.model.annual.reminder import (
    SENT_SHOWN_DAYS,
    ReminderState,
    report_reminder,
)
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied


@pytest.mark.parametrize(("today", "state"), [
    (date(2027, 1, 1), ReminderState.DUE),  # from 1 January
    (date(2027, 2, 28), ReminderState.DUE),  # the last day
    (date(2027, 3, 1), ReminderState.LATE),  # the day after
    (date(2027, 12, 31), ReminderState.LATE),  # still late all year until sent
])
def test_due_then_late_until_sent(today: date, state: ReminderState) -> None:
    reminder = report_reminder(today, {2025: date(2026, 2, 1)})  # an older year sent
    assert reminder is not None
    assert reminder.year == 2026 and reminder.due_on == date(2027, 2, 28)
    assert reminder.state is state and reminder.sent_on is None


def test_the_sentences() -> None:
    due = report_reminder(date(2027, 1, 4), {})
    late = report_reminder(date(2027, 3, 2), {})
    sent = report_reminder(date(2027, 2, 20), {2026: date(2027, 2, 12)})
    assert due is not None and late is not None and sent is not None
    assert due.sentence == ("Le tableau annuel 2026 pour l'ARS est à envoyer avant le 28 "
                            "février 2027.")
    assert late.sentence == ("Le tableau annuel 2026 pour l'ARS est en retard : il était à "
                             "envoyer avant le 28 février 2027.")
    assert sent.state is ReminderState.SENT and sent.sent_on == date(2027, 2, 12)
    assert sent.sentence == "Le tableau annuel 2026 pour l'ARS a été envoyé le 12/02/2027."


def test_sent_says_so_for_a_while_then_nothing() -> None:
    sent = {2026: date(2027, 3, 10)}  # sent late: « envoyé », not « en retard »
    assert SENT_SHOWN_DAYS == 30
    shown = report_reminder(date(2027, 4, 9), sent)
    assert shown is not None and shown.state is ReminderState.SENT  # 9 April: 30 days
    assert report_reminder(date(2027, 4, 10), sent) is None  # 31 days after
    # sent in advance, in December of the year itself: « envoyé » from 1 January
    early = report_reminder(date(2027, 1, 1), {2026: date(2026, 12, 20)})
    assert early is not None and early.state is ReminderState.SENT


def test_the_service_on_the_clubs_clock(club: Club) -> None:
    # the tests' clock: 23 November 2026, so the table of 2025 is late (nothing is sent)
    reminder = club.indicators.reminder()
    assert reminder is not None and reminder.year == 2025
    assert reminder.state is ReminderState.LATE
    clock.set_now(datetime(2027, 1, 2, 9, 0), running=False)
    reminder = club.indicators.reminder()
    assert reminder is not None and reminder.state is ReminderState.DUE
    assert reminder.sentence == ("Le tableau annuel 2026 pour l'ARS est à envoyer avant le "
                                 "28 février 2027.")
    late = club.indicators.reminder(date(2027, 3, 1))
    assert late is not None and late.state is ReminderState.LATE


def test_only_the_direction_sees_it(club: Club) -> None:
    for role in ("accueil", "equipe"):
        with pytest.raises(AccessDenied):
            Club(club.db, Actor(f"test-{role}", role)).indicators.reminder()
    assert Club(club.db, Actor("test-direction", "direction")).indicators.reminder()


def test_the_service_reads_the_years_marked_sent(club: Club) -> None:
    """« Marquer comme transmis » on 3 February: a week later the reminder says it was
    sent, on that day."""
    from clubdesk.model.annual import reminder

    assert reminder.sent_years(club.db) == {}
    clock.set_now(datetime(2026, 2, 3, 9, 0), running=False)
    freeze_report(club.sent_reports, 2025)
    assert reminder.sent_years(club.db) == {2025: date(2026, 2, 3)}
    clock.set_now(datetime(2026, 2, 10, 9, 0), running=False)
    found = club.indicators.reminder()
    assert found is not None and found.state is ReminderState.SENT
    assert found.sentence == "Le tableau annuel 2025 pour l'ARS a été envoyé le 03/02/2026."
