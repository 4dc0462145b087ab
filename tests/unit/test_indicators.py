"""The ARS indicators, definition by definition, on small hand-made clubs."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clubdesk.model.annual.indicators import compute_flows, round_half_up
from clubdesk.model.annual.registry import entries, indicator_keys
from clubdesk.model.club import Club
from clubdesk.model.errors import ValidationError

Y = 2025
TODAY = date(2026, 11, 23)


def member(club: Club, name: str, *periods: tuple[date, date | None]) -> int:
    m = club.members.create(name)
    for joined, left in periods:
        club.members.add_period(m.id, joined, left, today=TODAY)
    return m.id


def test_flows_with_the_edge_cases(club: Club) -> None:
    ids = {
        # member all along
        "stays": member(club, "Stays", (date(2020, 1, 1), None)),
        # left on Dec 31 of Y-1: not a member at the end of that day, never during Y
        "left_dec31_before": member(club, "A", (date(2020, 1, 1), date(2024, 12, 31))),
        # left on Jan 1 of Y: member at the start, an exit
        "left_jan1": member(club, "B", (date(2020, 1, 1), date(2025, 1, 1))),
        # joined on Dec 31 of Y-1: in the caseload at the start
        "joined_dec31_before": member(club, "C", (date(2024, 12, 31), None)),
        # joined on Jan 1 of Y: an entry
        "joined_jan1": member(club, "D", (date(2025, 1, 1), None)),
        # joined on Dec 31 of Y: an entry, member at the end
        "joined_dec31": member(club, "E", (date(2025, 12, 31), None)),
        # left on Dec 31 of Y: an exit
        "left_dec31": member(club, "F", (date(2020, 1, 1), date(2025, 12, 31))),
        # re-entry within the year: one entry, no exit
        "reentry": member(club, "G", (date(2025, 2, 1), date(2025, 3, 1)),
                          (date(2025, 6, 1), None)),
        # joined and left within the year: entry and exit
        "in_and_out": member(club, "H", (date(2025, 2, 1), date(2025, 5, 1))),
        # left in Y-1 and re-joined in Y: an entry
        "back": member(club, "I", (date(2023, 1, 1), date(2024, 6, 1)),
                       (date(2025, 3, 1), None)),
        # left in Y and re-joined in Y+1: an exit
        "across": member(club, "J", (date(2024, 1, 1), date(2025, 10, 1)),
                         (date(2026, 1, 10), None)),
        # joins next year: nothing in Y
        "later": member(club, "K", (date(2026, 2, 1), None)),
        # a visitor (no period): nothing
        "visitor": member(club, "L"),
    }
    ind = club.indicators.compute(Y)
    who = {v: k for k, v in ids.items()}

    def names(key: str) -> set[str]:
        return {who[i] for i in ind.persons[key]}

    assert names("caseload_start") == {"stays", "left_jan1", "joined_dec31_before",
                                       "left_dec31", "across"}
    assert names("caseload_dec31") == {"stays", "joined_dec31_before", "joined_jan1",
                                       "joined_dec31", "reentry", "back"}
    assert names("entries") == {"joined_jan1", "joined_dec31", "reentry", "in_and_out", "back"}
    assert names("exits") == {"left_jan1", "left_dec31", "in_and_out", "across"}
    v = ind.values
    assert (v["caseload_start"], v["entries"], v["exits"], v["caseload_dec31"]) == (5, 5, 4, 6)
    assert v["caseload_dec31"] == v["caseload_start"] + v["entries"] - v["exits"]
    assert v["members_during_year"] == v["caseload_start"] + v["entries"] == 10


def test_attendance_figures(club: Club) -> None:
    a = member(club, "A", (date(2020, 1, 1), None))
    visitor = club.members.create("Visiteur").id
    club.attendance.check_in(a, date(2025, 1, 31), "am")
    club.attendance.check_in(a, date(2025, 1, 31), "pm")
    club.attendance.check_in(a, date(2025, 3, 3), "day")
    club.attendance.check_in(visitor, date(2025, 3, 4), "day")  # seen, but not active
    club.attendance.check_in(a, date(2024, 12, 31), "day")  # other year
    club.attendance.check_in(a, date(2026, 1, 1), "day")
    v = club.indicators.compute(Y).values
    assert v["seen_during_year"] == 2
    assert v["active_by_month"] == [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    assert v["active_monthly_average"] == 0.2  # 2 / 12 = 0.17 -> 0.2
    # (a visitor's check-in, a follow-up-only member: tests/unit/test_report_definitions.py)


def test_professional_path_figures(club: Club) -> None:
    firm = club.partners.create("Boulangerie", "firm").id
    a = member(club, "A", (date(2020, 1, 1), None))
    b = member(club, "B", (date(2020, 1, 1), None))
    c = member(club, "C", (date(2020, 1, 1), date(2024, 6, 1)))  # not a member in Y
    d = member(club, "D", (date(2025, 5, 1), None))
    member(club, "E", (date(2020, 1, 1), None))
    # open at both ends: started before Y, never ended
    club.paths.add_step(a, "employment", date(2024, 3, 1), category="transitional",
                        partner_id=firm)
    # ended on Jan 1 of Y: overlaps Y (both ends included)
    club.paths.add_step(b, "volunteering", date(2024, 1, 1), date(2025, 1, 1))
    # a former member's internship: not counted in the trajectory
    club.paths.add_step(c, "internship", date(2025, 2, 1), date(2025, 3, 1))
    # started in Y
    club.paths.add_step(d, "apprenticeship", date(2025, 9, 1))
    club.paths.add_step(d, "training", date(2025, 12, 31))
    # ended on Dec 31 of Y-1: does not overlap
    club.paths.add_step(b, "employment", date(2024, 1, 1), date(2024, 12, 31),
                        category="supported")
    ind = club.indicators.compute(Y)
    v = ind.values
    assert ind.persons["professional_trajectory"] == {a, b, d}
    assert ind.persons["professional_trajectory_started"] == {d}
    assert v["members_during_year"] == 4
    assert v["professional_trajectory_share"] == 0.75
    assert v["training"] == 1
    assert v["employment_by_category"] == {"transitional": 1, "supported": 0,
                                           "independent": 0}


def test_staff_figures_with_part_time_hired_mid_year(club: Club) -> None:
    full = club.staff.create("Anne", function="Directrice", qualification="Master")
    club.staff.add_period(full.id, date(2020, 1, 1), fte=1)
    part = club.staff.create("Paul", function="Chargé de cogestion", qualification="DEES")
    club.staff.add_period(part.id, date(2025, 7, 1), fte=0.5)  # 184 days of 365
    gone = club.staff.create("Léa", function="Médiatrice paire", qualification="")
    club.staff.add_period(gone.id, date(2024, 1, 1), date(2025, 3, 31), fte=0.8)  # 90 days
    v = club.indicators.compute(Y).values
    assert v["staff"] == [
        {"function": "Directrice", "qualification": "Master", "fte": 1.0},
        {"function": "Chargé de cogestion", "qualification": "DEES", "fte": 0.5},
    ]
    assert v["staff_fte_dec31"] == 1.5
    expected = round_half_up((365 * 1 + 184 * 0.5 + 90 * 0.8) / 365, 2)
    assert v["staff_fte_average"] == expected == 1.45
    assert v["members_per_fte"] == 0.0  # nobody came


def test_structure_funding_and_compliance(club: Club) -> None:
    s = club.structure
    assert set(club.indicators.compute(Y).values["compliance"]) == {
        "Aucun salarié n'est enregistré pour l'année.",
        "Aucune enquête de satisfaction n'est notée en 2025 : ni auprès des membres, ni auprès "
        "des partenaires.",
        "Le bail des locaux n'est pas renseigné.",
        "Les horaires d'ouverture ne sont pas renseignés.",
    }
    # saved from a day of the year: a year's report uses what held on its 31 December
    since = date(2025, 1, 1)
    s.set_info({"name": "Le Phare", "lease_start": "2020-01-01", "rent_eur": "1 850".replace(
        " ", ""), "premises_surface_m2": "240,5"}, as_of=since)
    s.set_opening_hours([(1, "09:00", "12:30"), (1, "13:30", "17:00"), (2, "09:00", "17:00")],
                        as_of=since)
    s.add_funding(Y, "ARS", 250_000, "fir")
    s.add_funding(Y, "Département", 30_000, "complementary")
    s.add_funding(Y, "Mairie", 6_000, "complementary", in_kind=True)
    s.add_funding(2024, "ARS", 999, "fir")
    s.add_activity(Y, "Atelier CV", "done")
    s.add_activity(Y, "Portes ouvertes", "planned")
    s.set_body("Conseil d'administration", [("A", True), ("B", False), ("C", False)],
               as_of=since)
    s.add_survey(date(2025, 6, 1), "members", 30, today=TODAY)
    staff = club.staff.create("Anne")
    club.staff.add_period(staff.id, date(2020, 1, 1), fte=0.1)
    for n in range(3):
        m = member(club, f"M{n}", (date(2020, 1, 1), None))
        for month in range(1, 13):
            club.attendance.check_in(m, date(2025, month, 2), "am")
    partner = club.partners.create("France Travail", "spie")
    club.partners.add_partnership(partner.id, "Convention", date(2023, 1, 1), date(2025, 1, 1))
    club.partners.add_partnership(partner.id, "Ancienne", date(2020, 1, 1), date(2024, 12, 31))
    v = club.indicators.compute(Y).values
    assert v["funding_total"] == 286_000 and v["funding_complementary"] == 36_000
    assert v["complementary_funding_share"] == 0.126
    assert v["premises"]["premises_surface_m2"] == "240.5"
    assert [(h["weekday"], h["opens"]) for h in v["opening_hours"]] == [
        (1, "09:00"), (1, "13:30"), (2, "09:00")]
    assert [a["title"] for a in v["activities_done"]] == ["Atelier CV"]
    assert [a["title"] for a in v["activities_planned"]] == ["Portes ouvertes"]
    assert [p["kind"] for p in v["partnerships"]] == ["Convention"]
    assert v["members_per_fte"] == 30.0
    assert v["compliance"] == [
        "Il y a 30,0 membres actifs par salarié à temps plein : c'est plus que le repère "
        "d'environ 20.",
        "Conseil d'administration : 1 siège sur 3 est tenu par un membre élu, moins de la "
        "moitié.",
        "Aucune enquête de satisfaction auprès des partenaires n'est notée en 2025 (celle des "
        "membres l'est).",
    ]


def test_json_has_exactly_the_keys(club: Club) -> None:
    data = club.indicators.compute(Y).as_json()
    assert tuple(data) == indicator_keys()
    assert len(data) == 30  # + structure_changes, exits_by_reason, trajectory entries (#19)


def test_the_registry_follows_the_order_of_section_11() -> None:
    """File active, trajectories, premises, staff, hours, partnerships, funding,
    activities, then the findings; each entry has a label, a one-sentence definition and a
    unique position in its section."""
    shown = entries()
    assert [i.section.order for i in shown] == sorted(i.section.order for i in shown)
    sections: list[str] = []
    for i in shown:
        if i.section.name not in sections:
            sections.append(i.section.name)
    assert sections == ["MEMBERS", "TRAJECTORIES", "PREMISES", "STAFF", "HOURS",
                        "PARTNERSHIPS", "FUNDING", "ACTIVITIES", "FINDINGS"]
    assert len({(i.section, i.position) for i in shown}) == len(shown)
    assert all(i.label and i.definition.endswith(".") for i in shown)
    order = indicator_keys()
    assert order.index("caseload_dec31") < order.index("professional_trajectory_share") \
        < order.index("premises") < order.index("staff") < order.index("opening_hours") \
        < order.index("partnerships") \
        < order.index("complementary_funding_share") < order.index("activities_done")


periods_strategy = st.lists(
    st.lists(st.tuples(st.integers(0, 1500), st.one_of(st.none(), st.integers(0, 400))),
             max_size=3),
    max_size=25,
)


@given(periods_strategy, st.integers(2022, 2026))
def test_flow_identity_over_random_histories(histories, year) -> None:
    base = date(2022, 1, 1)
    by_member: dict[int, list[tuple[date, date | None]]] = {}
    for member_id, spans in enumerate(histories):
        for start, length in spans:
            joined = base + timedelta(days=start)
            left = None if length is None else joined + timedelta(days=length)
            by_member.setdefault(member_id, []).append((joined, left))
    flows = compute_flows(by_member, year)
    assert len(flows["caseload_dec31"]) == (len(flows["caseload_start"]) + len(flows["entries"])
                                            - len(flows["exits"]))
    assert not flows["caseload_start"] & flows["entries"]
    assert flows["exits"] <= flows["members_during_year"]


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(periods_strategy.filter(lambda h: len(h) <= 8))
def test_flow_identity_through_the_database(tmp_path_factory, histories) -> None:
    path: Path = tmp_path_factory.mktemp("flows") / "club.sqlite3"
    club = Club.open(str(path))
    try:
        base = date(2022, 1, 1)
        for n, spans in enumerate(histories):
            m = club.members.create(f"M{n}")
            for start, length in spans:
                joined = base + timedelta(days=start)
                left = None if length is None else joined + timedelta(days=length)
                if joined <= TODAY:
                    with contextlib.suppress(ValidationError):  # overlapping draws
                        club.members.add_period(m.id, joined, left, today=TODAY)
        for year in (2023, 2024, 2025):
            v = club.indicators.compute(year).values
            assert v["caseload_dec31"] == v["caseload_start"] + v["entries"] - v["exits"]
    finally:
        club.close()


@pytest.mark.parametrize(("value", "digits", "expected"),
                         [(0.25, 1, 0.3), (0.125, 2, 0.13), (2.675, 2, 2.68), (1 / 3, 3, 0.333)])
def test_round_half_up(value, digits, expected) -> None:
    assert round_half_up(value, digits) == expected


def test_the_survey_check_wants_a_members_and_a_partners_survey_in_the_year(club: Club
                                                                            ) -> None:
    """§9: each year a survey of the members and one of the partners; the finding names the
    one that is missing."""
    def survey_findings() -> list[str]:
        return [f for f in club.indicators.compute(Y).values["compliance"] if "enquête" in f]

    assert survey_findings() == ["Aucune enquête de satisfaction n'est notée en 2025 : ni "
                                 "auprès des membres, ni auprès des partenaires."]
    club.structure.add_survey(date(2025, 3, 1), "partners", 8, today=TODAY)
    club.structure.add_survey(date(2024, 6, 1), "members", 30, today=TODAY)  # another year
    assert survey_findings() == ["Aucune enquête de satisfaction auprès des membres n'est "
                                 "notée en 2025 (celle des partenaires l'est)."]
    club.structure.add_survey(date(2025, 11, 30), "members", 25, today=TODAY)
    assert survey_findings() == []


def test_exits_are_counted_per_reason_from_the_list(club: Club) -> None:
    """Each exit of the year under the reason of its last period ended in the year; a period
    ended without a reason is « non renseigné »; exits of other years are not counted."""
    job = member(club, "Job", (date(2020, 1, 1), None))
    club.members.leave(job, date(2025, 3, 1), "emploi", today=TODAY)  # the label
    moved = member(club, "Moved", (date(2020, 1, 1), date(2025, 2, 1)), (date(2025, 4, 1), None))
    club.members.leave(moved, date(2025, 9, 1), "moved", today=TODAY)  # the code
    member(club, "Silent", (date(2020, 1, 1), date(2025, 6, 1)))
    earlier = member(club, "Earlier", (date(2020, 1, 1), None))
    club.members.leave(earlier, date(2024, 6, 1), "other", today=TODAY)
    stays = member(club, "Stays", (date(2020, 1, 1), date(2025, 1, 10)), (date(2025, 2, 1), None))
    result = club.indicators.compute(Y)
    by_reason = result.values["exits_by_reason"]
    assert by_reason == {"job": 1, "training": 0, "other_structure": 0, "moved": 1,
                         "personal": 0, "no_news": 0, "other": 0, "not_said": 1}
    assert sum(by_reason.values()) == result.values["exits"] == 3
    assert result.persons["exits_by_reason.moved"] == {moved}
    assert stays not in set().union(*(result.persons[f"exits_by_reason.{p}"]
                                      for p in by_reason))
    with pytest.raises(ValidationError, match="se choisit dans la liste"):
        club.members.leave(stays, date(2025, 10, 1), "hospitalisé", today=TODAY)
    assert club.members.periods(stays)[-1].left_on is None  # refused: nothing written
