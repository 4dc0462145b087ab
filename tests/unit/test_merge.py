from __future__ import annotations

import contextlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clubdesk.model.club import Club
from clubdesk.model.errors import DuplicateError, ValidationError
from clubdesk.model.member_profile import Profile
from clubdesk.model.merge import member_reference_tables

TODAY = date(2026, 11, 23)
BASE = date(2026, 1, 5)


def coverage(club: Club, member_id: int) -> set[tuple[date, str]]:
    out = set()
    for p in club.attendance.present_for_member(member_id):
        halves = ("am", "pm") if p.half_day == "day" else (p.half_day,)
        out |= {(p.date, h) for h in halves}
    return out


def member_days(club: Club, member_id: int, days: list[date]) -> set[date]:
    periods = club.members.periods(member_id)
    return {d for d in days
            if any(p.joined_on <= d and (p.left_on is None or p.left_on > d) for p in periods)}


visits = st.lists(st.tuples(st.integers(0, 6), st.sampled_from(["am", "pm", "day"])),
                  max_size=8)
spans = st.lists(st.tuples(st.integers(0, 300), st.one_of(st.none(), st.integers(1, 200))),
                 max_size=3)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a_visits=visits, b_visits=visits, a_spans=spans, b_spans=spans)
def test_merge_keeps_every_presence_and_period(tmp_path_factory, a_visits, b_visits,
                                               a_spans, b_spans) -> None:
    path: Path = tmp_path_factory.mktemp("merge") / "club.sqlite3"
    club = Club.open(str(path))
    try:
        ids = []
        for visits_, spans_ in ((a_visits, a_spans), (b_visits, b_spans)):
            m = club.members.create("Émilie", last_name="Durand")
            ids.append(m.id)
            for day, half in visits_:
                with contextlib.suppress(DuplicateError):  # a duplicate draw
                    club.attendance.check_in(m.id, BASE + timedelta(days=day), half)
            for offset, length in spans_:
                start = BASE - timedelta(days=offset)
                end = None if length is None else start + timedelta(days=length)
                # an overlapping draw is refused: that record just has fewer periods
                with contextlib.suppress(ValidationError):
                    club.members.add_period(m.id, start, end, today=TODAY)
        keep, other = ids
        expected_cov = coverage(club, keep) | coverage(club, other)
        days = [BASE - timedelta(days=n) for n in range(-10, 520)]
        expected_days = member_days(club, keep, days) | member_days(club, other, days)
        club.merge_members(keep, other)
        assert coverage(club, keep) == expected_cov
        assert member_days(club, keep, days) == expected_days
        assert club.members.count() == 1
    finally:
        club.close()


def test_merge_moves_every_reference_and_fills_empty_fields(club: Club) -> None:
    a = club.members.create("Émilie", last_name="Durand", joined_on=date(2025, 1, 1),
                            today=TODAY)
    b = club.members.create("Emilie", last_name="Durand", phone="06 11 22 33 44",
                            joined_on=date(2024, 1, 1), today=TODAY)
    club.members.leave(b.id, date(2024, 6, 1), today=TODAY)
    tasks = [club.tasks.create(name=n) for n in ("Accueil", "Cuisine")]
    club.profiles.save(a.id, Profile(skills={"Cuisine": "discovering"}, likes={tasks[0].id}))
    club.profiles.save(b.id, Profile(skills={"Cuisine": "can_teach", "Photo": "practising"},
                                     avoids={tasks[0].id, tasks[1].id},
                                     availability={(1, "am")}))
    club.reach_out.record(b.id, date(2024, 3, 1), "phone", today=TODAY)
    club.merge_members(a.id, b.id)
    kept = club.members.get(a.id)
    assert kept.phone == "06 11 22 33 44"  # filled from the other record
    profile = club.profiles.get(a.id)
    assert profile.skills == {"Cuisine": "can_teach", "Photo": "practising"}
    assert profile.likes == {tasks[0].id} and profile.avoids == {tasks[1].id}  # kept wins
    assert profile.availability == {(1, "am")}
    assert len(club.reach_out.history(a.id)) == 1
    assert len(club.members.periods(a.id)) == 2


def test_merge_with_itself_is_refused(club: Club) -> None:
    a = club.members.create("Émilie")
    with pytest.raises(ValidationError, match="elle-même"):
        club.merge_members(a.id, a.id)
    assert club.members.count() == 1


def test_every_member_reference_is_known_to_merge() -> None:
    names = {t.name for t, _ in member_reference_tables()}
    assert {"attendance", "membership_period", "reach_out", "member_skill", "member_wish",
            "member_availability"} <= names
