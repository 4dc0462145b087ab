from __future__ import annotations

from datetime import date

import pytest

from clubdesk.model.club import Club
from clubdesk.model.errors import DuplicateError, ValidationError


@pytest.mark.parametrize("fte", [0, 0.0, 1.01, 2, -0.5, "beaucoup"])
def test_fte_must_be_above_zero_and_at_most_one(club: Club, fte) -> None:
    s = club.staff.create("Hervé", "Meunier", function="Chargé de cogestion et d'insertion")
    with pytest.raises(ValidationError) as err:
        club.staff.add_period(s.id, date(2025, 1, 1), fte=fte)
    assert err.value.field == "fte"
    assert club.staff.list_staff(on=date(2025, 6, 1))[0].fte_today == 0


def test_staff_fte_on_a_date_counts_both_ends(club: Club) -> None:
    a = club.staff.create("Anne", function="Directrice")
    b = club.staff.create("Paul", peer_worker=True)
    club.staff.add_period(a.id, date(2025, 1, 1), fte=1)
    club.staff.add_period(b.id, date(2025, 3, 1), date(2025, 8, 31), fte=0.5)
    assert club.staff.fte_on(date(2025, 2, 28)) == 1.0
    assert club.staff.fte_on(date(2025, 3, 1)) == 1.5
    assert club.staff.fte_on(date(2025, 8, 31)) == 1.5
    assert club.staff.fte_on(date(2025, 9, 1)) == 1.0


def test_staff_periods_cannot_overlap_or_run_backwards(club: Club) -> None:
    s = club.staff.create("Léa")
    club.staff.add_period(s.id, date(2025, 1, 1), date(2025, 6, 30), fte=0.8)
    with pytest.raises(ValidationError, match="chevauche"):
        club.staff.add_period(s.id, date(2025, 6, 30), fte=1)
    with pytest.raises(ValidationError) as err:
        club.staff.add_period(s.id, date(2025, 9, 1), date(2025, 8, 1), fte=1)
    assert err.value.field == "ended_on"


def test_check_in_once_per_half_day(club: Club, make_member) -> None:
    m = make_member("Émilie")
    day = date(2026, 11, 23)
    club.attendance.check_in(m.id, day, "am")
    with pytest.raises(DuplicateError, match="déjà pointé"):
        club.attendance.check_in(m.id, day, "am")
    with pytest.raises(DuplicateError):
        club.attendance.check_in(m.id, day, "day")  # the morning is already counted
    club.attendance.check_in(m.id, day, "pm", mode="remote")
    present = club.attendance.present(day)
    assert sorted((p.half_day, p.mode) for p in present) == [("am", "onsite"), ("pm", "remote")]
    assert [p.member_id for p in club.attendance.present(day, "am")] == [m.id]


def test_undo_check_in(club: Club, make_member) -> None:
    m = make_member()
    row = club.attendance.check_in(m.id, date(2026, 11, 23), "day")
    club.attendance.undo(row.id)
    assert club.attendance.present(date(2026, 11, 23)) == []
    assert club.attendance.count() == 0


def test_bad_half_day_and_mode(club: Club, make_member) -> None:
    m = make_member()
    with pytest.raises(ValidationError) as err:
        club.attendance.check_in(m.id, date(2026, 11, 23), "night")
    assert err.value.field == "half_day"
    with pytest.raises(ValidationError) as err:
        club.attendance.check_in(m.id, date(2026, 11, 23), "am", mode="moon")
    assert err.value.field == "mode"
