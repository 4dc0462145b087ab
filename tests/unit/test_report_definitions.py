"""The definitions of §7 and §11 as the text says (issue #19, item 3): « personnes actives »,
the entries into a professional trajectory, and the JSON's header."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from clubdesk.export.annual_report import write_report_files
from clubdesk.model.annual.indicators import FORMAT_VERSION
from clubdesk.model.annual.registry import entry, indicator_keys
from clubdesk.model.club import Club

Y = 2025
TODAY = date(2026, 11, 23)


def member(club: Club, name: str, *periods: tuple[date, date | None]) -> int:
    m = club.members.create(name)
    for joined, left in periods:
        club.members.add_period(m.id, joined, left, today=TODAY)
    return m.id


def test_active_members_as_section_7_says(club: Club) -> None:
    """Active in a month = a member (not a visitor) who came to the club, or had an
    individual follow-up or a collective workshop, that month, on a day they were a member."""
    came = member(club, "Venu", (date(2020, 1, 1), None))
    interview_only = member(club, "Suivi", (date(2020, 1, 1), None))
    workshop_only = member(club, "Atelier", (date(2020, 1, 1), None))
    visitor = club.members.create("Visiteur").id  # no membership period: a visitor
    # checked in while a visitor (before joining, after leaving), then the periods entered
    late = member(club, "Tardif")
    left = member(club, "Parti")
    club.attendance.check_in(late, date(2025, 5, 3), "day")  # before joining: not counted
    club.attendance.check_in(left, date(2025, 3, 2), "day")  # after leaving: not counted
    club.members.add_period(late, date(2025, 5, 20), None, today=TODAY)
    club.members.add_period(left, date(2020, 1, 1), date(2025, 2, 10), today=TODAY)
    club.attendance.check_in(came, date(2025, 1, 31), "am")
    club.attendance.check_in(came, date(2025, 1, 31), "pm")  # twice the same month: once
    club.attendance.check_in(visitor, date(2025, 3, 4), "day")  # a visitor's check-in
    club.followups.add(visitor, date(2025, 3, 5), "interview", today=TODAY)  # still a visitor
    club.followups.add(interview_only, date(2025, 3, 10), "interview", today=TODAY)
    club.followups.add(workshop_only, date(2025, 4, 2), "workshop", today=TODAY)
    club.attendance.check_in(late, date(2025, 6, 3), "day")
    club.followups.add(left, date(2025, 2, 10), "referral", today=TODAY)  # the day they left
    club.followups.add(came, date(2024, 12, 31), "interview", today=TODAY)  # other year
    ind = club.indicators.compute(Y)
    v = ind.values
    assert v["active_by_month"] == [1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0]
    assert v["active_monthly_average"] == 0.4  # 5 / 12 = 0.42 -> 0.4
    # « personnes venues dans l'année » still counts everyone who came, visitors included
    assert v["seen_during_year"] == 4
    # the definition is written once, in the registry, and says what counts
    definition = entry("active_by_month").definition
    assert "pas les visiteurs" in definition and "suivi individuel" in definition
    assert "atelier collectif" in definition


def test_members_per_fte_uses_the_active_members(club: Club) -> None:
    staff = club.staff.create("Anne", function="Directrice", qualification="Master")
    club.staff.add_period(staff.id, date(2020, 1, 1), fte=1)
    a = member(club, "A", (date(2020, 1, 1), None))
    for month in range(1, 13):
        club.followups.add(a, date(2025, month, 15), "job_search", today=TODAY)
    visitor = club.members.create("Visiteur").id
    for month in range(1, 13):
        club.attendance.check_in(visitor, date(2025, month, 16), "day")
    v = club.indicators.compute(Y).values
    assert v["active_by_month"] == [1] * 12
    assert v["active_monthly_average"] == 1.0
    assert v["members_per_fte"] == 1.0


def test_entries_into_a_professional_trajectory(club: Club) -> None:
    first_in_y = member(club, "Premier", (date(2020, 1, 1), None))
    earlier = member(club, "Ancien", (date(2020, 1, 1), None))
    training_before = member(club, "Formé", (date(2020, 1, 1), None))
    joined_in_y = member(club, "Nouveau", (date(2025, 6, 1), None))
    former = member(club, "Parti", (date(2020, 1, 1), date(2024, 6, 1)))
    next_year = member(club, "Plus tard", (date(2020, 1, 1), None))
    member(club, "Sans étape", (date(2020, 1, 1), None))
    # the first professional step starts in Y (on Jan 1: included)
    club.paths.add_step(first_in_y, "volunteering", date(2025, 1, 1))
    # a new step in Y, but the first one was in Y-1: not an entry (it was earlier)
    club.paths.add_step(earlier, "internship", date(2024, 3, 1), date(2024, 4, 1))
    club.paths.add_step(earlier, "employment", date(2025, 3, 1), category="supported")
    # a training before does not count as a professional step: entry on Dec 31
    club.paths.add_step(training_before, "training", date(2023, 1, 1), date(2023, 6, 1))
    club.paths.add_step(training_before, "apprenticeship", date(2025, 12, 31))
    # a step before joining still is the first one, when it starts in Y
    club.paths.add_step(joined_in_y, "employment", date(2025, 2, 1), category="transitional")
    # not a member during Y: not counted
    club.paths.add_step(former, "internship", date(2025, 2, 1), date(2025, 3, 1))
    # starts in Y+1
    club.paths.add_step(next_year, "employment", date(2026, 1, 1), category="independent")
    ind = club.indicators.compute(Y)
    assert ind.persons["professional_trajectory_entered"] == {first_in_y, training_before,
                                                              joined_in_y}
    assert ind.persons["professional_trajectory_started"] == {first_in_y, earlier,
                                                              training_before, joined_in_y}
    v = ind.values
    assert v["members_during_year"] == 6
    assert v["professional_trajectory_entered"] == 3
    assert v["professional_trajectory_entered_share"] == 0.5
    keys = indicator_keys()
    assert keys.index("professional_trajectory") < keys.index(
        "professional_trajectory_entered") < keys.index("professional_trajectory_entered_share")
    assert "première étape professionnelle" in entry("professional_trajectory_entered").definition


def test_entries_share_is_zero_without_members(club: Club) -> None:
    v = club.indicators.compute(Y).values
    assert v["professional_trajectory_entered"] == 0
    assert v["professional_trajectory_entered_share"] == 0


def test_the_json_carries_year_club_time_and_format(club: Club, tmp_path: Path) -> None:
    indicators = club.indicators.compute(Y)
    paths = write_report_files(tmp_path, indicators, club_name="Club-house « L'Étoile »")
    data = json.loads(paths[2].read_text(encoding="utf-8"))
    assert list(data)[:4] == ["format_version", "year", "club", "generated_at"]
    assert data["format_version"] == FORMAT_VERSION and isinstance(FORMAT_VERSION, int)
    assert data["year"] == Y and data["club"] == "Club-house « L'Étoile »"
    # the club's clock (tests start on 2026-11-23 at 10:00), never the machine's
    moment = datetime.fromisoformat(data["generated_at"])
    assert moment.tzinfo is not None
    assert moment.replace(tzinfo=None).isoformat().startswith("2026-11-23T10:0")
    assert list(data)[4:] == list(indicator_keys())
    assert {k: data[k] for k in indicator_keys()} == indicators.as_json()


def test_a_collective_workshop_session_attended_makes_a_member_active(club: Club) -> None:
    """A member whose only contact in a month is a collective workshop session (recorded as
    a session with who came, not as a follow-up) is active that month; a visitor who came to
    the same session is not, and a session planned but not held counts for nobody."""
    came = member(club, "Atelier", (date(2020, 1, 1), None))
    visitor = club.members.create("Visiteur").id
    club.workshops.add("Atelier cuisine", date(2025, 9, 12), attendees=[came, visitor],
                       today=TODAY)
    club.workshops.add("Groupe de parole", date(2026, 12, 15), today=TODAY)
    v = club.indicators.compute(Y).values
    assert v["active_by_month"] == [0] * 8 + [1, 0, 0, 0]
    assert club.indicators.compute(2026).values["active_by_month"] == [0] * 12
