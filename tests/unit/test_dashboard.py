"""The dashboard's figures on a small hand-built club whose every count is known."""

from __future__ import annotations

from datetime import date

import pytest

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.dashboard import Dashboard, month_starts, months_back
from clubdesk.model.errors import AccessDenied

TODAY = date(2025, 6, 18)


@pytest.fixture
def built(club: Club) -> Club:
    """Four members, a visitor, two staff, five path steps.

    A joined 2023-03-01, stays. B joined 2024-02-10, left 2025-01-31. C joined 2025-04-02.
    D joined 2024-11-05, left 2024-12-20, came back 2025-05-01. V is a visitor.
    """
    m = club.members
    a = m.create("Alice", joined_on=date(2023, 3, 1), today=TODAY).id
    b = m.create("Bruno", joined_on=date(2024, 2, 10), today=TODAY).id
    c = m.create("Chloé", joined_on=date(2025, 4, 2), today=TODAY).id
    d = m.create("Denis", joined_on=date(2024, 11, 5), today=TODAY).id
    v = m.create("Victor", today=TODAY).id
    assert a and b and c and d and v
    m.leave(b, date(2025, 1, 31), today=TODAY)
    m.leave(d, date(2024, 12, 20), today=TODAY)
    m.add_period(d, date(2025, 5, 1), today=TODAY)

    presences = [
        (a, date(2024, 6, 28), "day"),   # June 2024: before the 12 months shown
        (b, date(2024, 12, 10), "day"), (d, date(2024, 12, 10), "am"),
        (a, date(2025, 3, 18), "day"),   # the day before the 3-month window
        (a, date(2025, 3, 19), "am"), (a, date(2025, 3, 19), "pm"),  # counted once
        (v, date(2025, 3, 19), "am"),
        (a, date(2025, 5, 2), "day"), (c, date(2025, 5, 2), "am"), (d, date(2025, 5, 2), "pm"),
        (a, date(2025, 6, 18), "day"), (c, date(2025, 6, 18), "day"),
    ]
    for member_id, day, half in presences:
        club.attendance.check_in(member_id, day, half)

    s1 = club.staff.create("Sam").id
    s2 = club.staff.create("Lou").id
    assert s1 and s2
    club.staff.add_period(s1, date(2024, 1, 1), fte=1.0)
    club.staff.add_period(s2, date(2025, 3, 10), date(2025, 5, 31), fte=0.5)

    p = club.paths
    p.add_step(a, "employment", date(2025, 1, 1), category="transitional")
    p.add_step(a, "volunteering", date(2025, 2, 1))
    p.add_step(c, "internship", date(2025, 6, 1), date(2025, 6, 18))   # ends today: counts
    p.add_step(c, "training", date(2025, 6, 19))                       # starts tomorrow
    p.add_step(d, "volunteering", date(2024, 1, 1), date(2025, 6, 17))  # ended yesterday
    p.add_step(b, "volunteering", date(2025, 5, 1))
    return club


def test_presence_per_day_counts_distinct_persons_in_the_last_three_months(built) -> None:
    chart = built.dashboard.presence(TODAY)
    assert chart.categories == (date(2025, 3, 19), date(2025, 5, 2), date(2025, 6, 18))
    assert chart.values("present") == (2, 3, 2)


def test_active_per_month_and_the_staff_ratio_line(built) -> None:
    chart = built.dashboard.active(TODAY)
    assert chart.categories == tuple(date(2024 + (m < 7), m, 1)
                                     for m in (7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6))
    #                                 jul aug sep oct nov dec jan feb mar apr may jun
    assert chart.values("active") == (0, 0, 0, 0, 0, 2, 0, 0, 2, 0, 3, 2)
    # FTE on the month's last day (today for June) × 20: Lou's half-time from 10 March to
    # 31 May (both days worked) adds 10.
    assert chart.values("capacity") == (20.0,) * 8 + (30.0, 30.0, 30.0, 20.0)


def test_entries_and_exits_per_year_follow_the_indicators(built) -> None:
    chart = built.dashboard.flows(TODAY)
    assert chart.categories == (2023, 2024, 2025)
    # 2024: B and D enter, D leaves; 2025: C enters, D comes back (an entry again), B leaves.
    assert chart.values("entries") == (1, 2, 2)
    assert chart.values("exits") == (0, 1, 1)
    # the same definitions as the annual report
    report = built.indicators.compute(2024).values
    assert (report["entries"], report["exits"]) == (2, 1)


def test_steps_in_progress_by_kind(built) -> None:
    chart = built.dashboard.steps(TODAY)
    assert chart.categories == ("employment", "internship", "apprenticeship", "volunteering",
                                "training")
    assert chart.values("in_progress") == (1, 1, 0, 2, 0)
    # a day later the internship is over and the training has started
    assert built.dashboard.steps(date(2025, 6, 19)).values("in_progress") == (1, 0, 0, 2, 1)


def test_overview_gathers_the_four_charts(built) -> None:
    board = built.dashboard.overview(TODAY)
    assert isinstance(board, Dashboard)
    assert [c.key for c in board.charts] == ["presence", "active", "flows", "steps"]
    assert board.active == built.dashboard.active(TODAY)
    for chart in board.charts:
        assert all(len(s.values) == len(chart.categories) for s in chart.series)


def test_an_empty_club_gives_zeros_and_the_current_year(club: Club) -> None:
    board = club.dashboard.overview(TODAY)
    assert board.presence.categories == ()
    assert board.active.values("active") == (0,) * 12
    assert board.active.values("capacity") == (0.0,) * 12
    assert board.flows.categories == (2025,)
    assert board.flows.values("entries") == (0,)
    assert board.steps.values("in_progress") == (0,) * 5


@pytest.mark.parametrize("method", ["overview", "presence", "active", "flows", "steps"])
def test_reception_is_refused(club: Club, method: str) -> None:
    desk = Club(club.db, Actor("Accueil", "accueil"))
    with pytest.raises(AccessDenied, match="accueil"):
        getattr(desk.dashboard, method)(TODAY)


def test_team_may_read_the_dashboard(built) -> None:
    team = Club(built.db, Actor("Équipe", "equipe"))
    assert team.dashboard.flows(TODAY).values("entries") == (1, 2, 2)


def test_month_arithmetic() -> None:
    assert months_back(date(2025, 5, 31), 3) == date(2025, 2, 28)
    assert months_back(date(2024, 1, 15), 1) == date(2023, 12, 15)
    assert month_starts(date(2025, 1, 9), 3) == [date(2024, 11, 1), date(2024, 12, 1),
                                                 date(2025, 1, 1)]
