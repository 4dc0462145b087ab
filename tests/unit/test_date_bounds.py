"""Dates and years typed by someone are between 1900 and 2100, in the services themselves
(so the window, the command line and the importer all refuse 9999-12-31 or year 0).

A check-in on 9999-12-31 kept its member off the retention lists for good; year 0 or 99999
broke the annual report with a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from clubdesk.model.club import Club
from clubdesk.model.errors import ValidationError
from clubdesk.model.tables import Attendance, Followup
from clubdesk.model.validation import check_date, check_year

TODAY = date(2026, 11, 23)
OUTSIDE = [date(9999, 12, 31), date(2101, 1, 1), date(1899, 12, 31), date(1, 1, 1)]


def test_the_bounds_themselves() -> None:
    assert check_date(date(1900, 1, 1)) == date(1900, 1, 1)
    assert check_date(date(2100, 12, 31)) == date(2100, 12, 31)
    for day in OUTSIDE:
        with pytest.raises(ValidationError, match="n'est pas entre 1900 et 2100") as refused:
            check_date(day, "joined_on")
        assert refused.value.field == "joined_on"
    assert str(pytest.raises(ValidationError, check_date, date(1, 1, 1)).value) == (
        "La date du 01/01/0001 n'est pas entre 1900 et 2100.")
    assert check_year(1900) == 1900 and check_year(2100) == 2100
    for year in (0, -1, 1899, 2101, 99999, 10**30):
        with pytest.raises(ValidationError, match="n'est pas entre 1900 et 2100"):
            check_year(year)


def _count(club: Club, table: Any) -> int:
    from sqlmodel import func, select

    with club.db.session(write=False) as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


@pytest.mark.parametrize("day", OUTSIDE)
def test_check_in_outside_the_bounds_is_refused_and_nothing_written(club: Club, make_member,
                                                                     day: date) -> None:
    member = make_member()
    with pytest.raises(ValidationError, match="entre 1900 et 2100"):
        club.attendance.check_in(member.id, day, "day")
    with pytest.raises(ValidationError, match="entre 1900 et 2100"):
        club.attendance.check_in(member.id, day, "day", reopen=True)
    assert _count(club, Attendance) == 0
    club.attendance.check_in(member.id, TODAY, "day")  # the same member, a real day
    assert _count(club, Attendance) == 1


def test_follow_up_dates_outside_the_bounds_are_refused(club: Club, make_member) -> None:
    member = make_member()
    kind = "interview"
    for values in ({"on": date(1, 1, 1)},
                   {"on": TODAY, "due_on": date(9999, 12, 31), "next_step": "Appeler"},
                   {"on": TODAY, "read_with_member_on": date(2101, 1, 1)}):
        on = values.pop("on")
        with pytest.raises(ValidationError, match="entre 1900 et 2100"):
            club.followups.add(member.id, on, kind, today=TODAY, **values)
    assert _count(club, Followup) == 0
    row = club.followups.add(member.id, TODAY, kind, next_step="Appeler", due_on=TODAY,
                             today=TODAY)
    with pytest.raises(ValidationError, match="entre 1900 et 2100"):
        club.followups.mark_done(row.id or 0, date(9999, 12, 31))
    with pytest.raises(ValidationError, match="entre 1900 et 2100"):
        club.followups.mark_read_with_member(row.id or 0, date(1, 1, 1))


Call = Callable[[Club, int], Any]
SERVICE_CALLS: list[tuple[str, Call]] = [
    ("member joined", lambda c, m: c.members.create("Paul", joined_on=date(1, 1, 1),
                                                    today=TODAY)),
    ("member left", lambda c, m: c.members.leave(m, date(9999, 12, 31),
                                                 today=date(9999, 12, 31))),
    ("period", lambda c, m: c.members.add_period(m, date(1850, 1, 1), date(1851, 1, 1),
                                                 today=TODAY)),
    ("charter", lambda c, m: c.charter.sign(m, date(1, 1, 1))),
    ("reach out", lambda c, m: c.reach_out.record(m, date(1, 1, 1), "phone", today=TODAY)),
    ("path step", lambda c, m: c.paths.add_step(m, "volunteering", date(1, 1, 1))),
    ("path step end", lambda c, m: c.paths.add_step(m, "volunteering", TODAY,
                                                    date(9999, 12, 31))),
    ("contract", lambda c, m: c.staff.add_period(c.staff.create("Léa").id or 0,
                                                 date(9999, 1, 1))),
    ("survey", lambda c, m: c.structure.add_survey(date(1, 1, 1), "members", 3,
                                                   today=TODAY)),
    ("report year", lambda c, m: c.indicators.compute(0)),
    ("report year", lambda c, m: c.indicators.compute(99999)),
    ("funding year", lambda c, m: c.structure.add_funding(99999, "ARS", 1.0, "fir")),
    ("activity year", lambda c, m: c.structure.add_activity(0, "Atelier", "done")),
]


@pytest.mark.parametrize(("what", "call"), SERVICE_CALLS, ids=[w for w, _ in SERVICE_CALLS])
def test_other_services_refuse_dates_outside_the_bounds(club: Club, make_member, what: str,
                                                        call: Call) -> None:
    member = make_member()
    with pytest.raises(ValidationError, match="entre 1900 et 2100"):
        call(club, member.id or 0)
