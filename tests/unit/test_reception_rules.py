from __future__ import annotations

from datetime import date, timedelta

import pytest

from clubdesk.model.attendance import ReentryNeeded
from clubdesk.model.club import Club
from clubdesk.model.errors import ValidationError

TODAY = date(2026, 11, 23)


def test_former_member_check_in_asks_before_reopening(club: Club) -> None:
    m = club.members.create("Paul", joined_on=date(2024, 1, 1), today=TODAY)
    club.members.leave(m.id, date(2025, 1, 1), today=TODAY)
    with pytest.raises(ReentryNeeded, match="n'est plus membre depuis le 01/01/2025"):
        club.attendance.check_in(m.id, TODAY, "am")
    assert club.attendance.count() == 0
    assert len(club.members.periods(m.id)) == 1  # never silently re-opened
    club.attendance.check_in(m.id, TODAY, "am", reopen=True)
    assert club.members.status(m.id, on=TODAY) == "current"
    assert [(p.joined_on, p.left_on) for p in club.members.periods(m.id)] == [
        (date(2024, 1, 1), date(2025, 1, 1)), (TODAY, None)]


def test_visitors_check_in_freely(club: Club) -> None:
    v = club.members.create("Nina")
    club.attendance.check_in(v.id, TODAY, "pm")
    assert club.members.status(v.id, on=TODAY) == "visitor"
    assert [p.member_id for p in club.attendance.present(TODAY, "pm")] == [v.id]


def test_glance_counts_active_members_and_ratio(club: Club) -> None:
    a = club.members.create("A", joined_on=date(2026, 1, 1), today=TODAY)
    b = club.members.create("B", joined_on=date(2026, 1, 1), today=TODAY)
    club.attendance.check_in(a.id, date(2026, 11, 2), "am")
    club.attendance.check_in(a.id, date(2026, 11, 3), "am")
    club.attendance.check_in(b.id, date(2026, 10, 30), "am")  # last month: not active now
    glance = club.attendance.glance(TODAY)
    assert (glance.active_members, glance.staff_fte, glance.members_per_fte) == (1, 0.0, None)
    s = club.staff.create("Hervé")
    club.staff.add_period(s.id, date(2025, 1, 1), fte=0.5)
    glance = club.attendance.glance(TODAY)
    assert (glance.active_members, glance.staff_fte, glance.members_per_fte) == (1, 0.5, 2.0)
    assert "dans le repère" in glance.sentence()


def test_reach_out_list_on_a_controlled_clock(club: Club) -> None:
    seen_20 = club.members.create("Vingt", joined_on=date(2025, 1, 1), today=TODAY)
    seen_3 = club.members.create("Trois", joined_on=date(2025, 1, 1), today=TODAY)
    never = club.members.create("Jamais", joined_on=date(2026, 10, 1), today=TODAY)
    new = club.members.create("Nouveau", joined_on=TODAY - timedelta(days=2), today=TODAY)
    gone = club.members.create("Parti", joined_on=date(2025, 1, 1), today=TODAY)
    club.members.leave(gone.id, date(2025, 6, 1), today=TODAY)
    club.attendance.check_in(seen_20.id, TODAY - timedelta(days=20), "am")
    club.attendance.check_in(seen_3.id, TODAY - timedelta(days=3), "am")

    due = club.reach_out.due(TODAY, days=14)
    assert [(d.member_id, d.days_since) for d in due] == [(never.id, 53), (seen_20.id, 20)]
    assert due[1].last_seen == TODAY - timedelta(days=20) and due[0].last_seen is None
    assert [d.member_id for d in club.reach_out.due(TODAY, days=30)] == [never.id]
    assert new.id not in [d.member_id for d in club.reach_out.due(TODAY, days=3)]
    assert new.id in [d.member_id for d in club.reach_out.due(TODAY, days=2)]

    club.reach_out.record(seen_20.id, TODAY, "phone", "Léa", "Va mieux, revient lundi",
                          today=TODAY)
    assert [d.member_id for d in club.reach_out.due(TODAY, days=14)] == [never.id]
    # fourteen days later without a visit, the member is due again
    later = TODAY + timedelta(days=14)
    assert seen_20.id in [d.member_id for d in club.reach_out.due(later, days=14)]


def test_reach_out_setting_and_bad_input(club: Club) -> None:
    assert club.settings.get_int("reach_out_days") == 14
    club.settings.set_int("reach_out_days", 21)
    assert club.settings.get_int("reach_out_days") == 21
    with pytest.raises(ValidationError):
        club.settings.set_int("reach_out_days", 0)
    m = club.members.create("A", joined_on=date(2025, 1, 1), today=TODAY)
    with pytest.raises(ValidationError) as err:
        club.reach_out.record(m.id, TODAY, "pigeon", today=TODAY)
    assert err.value.field == "channel"
    with pytest.raises(ValidationError) as err:
        club.reach_out.record(m.id, TODAY + timedelta(days=1), "sms", today=TODAY)
    assert err.value.field == "date"
    assert club.reach_out.history(m.id) == []


def test_possible_duplicates(club: Club) -> None:
    a = club.members.create("Émilie", last_name="N'Diaye", phone="06 12 34 56 78",
                            email="emilie@exemple.fr")
    assert [r.id for r in club.members.possible_duplicates("emilie", "ndiaye")] == [a.id]
    assert [r.id for r in club.members.possible_duplicates("Mimi", "X",
                                                           phone="+33 6 12 34 56 78")] == [a.id]
    assert [r.id for r in club.members.possible_duplicates("Z", "Y",
                                                           email="EMILIE@exemple.fr ")] == [a.id]
    assert club.members.possible_duplicates("Émilie", "Durand") == []
    assert club.members.possible_duplicates("Émilie", "N'Diaye", exclude_id=a.id) == []
