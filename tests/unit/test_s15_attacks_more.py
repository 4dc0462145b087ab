"""More attacks on issue 19's « whole year » features, now that issue 20's kinds of
structure (GEM, pre-insertion, work insertion) sit on top of them: merging two records of
one person, a structure without the club-house, the corrections from the command line on a
year already sent."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import UniqueConstraint

from clubdesk.model.club import Club
from clubdesk.model.merge import SPECIAL, member_reference_tables
from clubdesk.model.structure_kinds import GEM, KINDS, PRE_INSERTION


def two_records(club: Club) -> tuple[int, int]:
    """One person entered twice (RQTH noted on both: emploi accompagné asks for it)."""
    keep = club.members.create("Inès", last_name="Doublon", rqth="yes",
                               joined_on=date(2025, 1, 6), today=date(2025, 1, 6)).id
    other = club.members.create("Ines", last_name="Doublon", rqth="yes",
                                joined_on=date(2025, 2, 3), today=date(2025, 2, 3)).id
    return keep, other


# -- merging two records of one person ----------------------------------------------------


def test_attack_merge_of_two_records_in_the_same_supported_employment_module(
        club: Club) -> None:
    """Both records followed the « évaluation » module of emploi accompagné (a trajectory
    entry of §7): the merge failed on the table's one-row-per-module rule, and the user
    was told « La base … n'a pas pu être utilisée ». Now one row, from the earlier start,
    open when either is; the other modules move."""
    keep, other = two_records(club)
    club.paths.set_module(keep, "evaluation", date(2025, 3, 1), date(2025, 4, 30))
    club.paths.set_module(other, "evaluation", date(2025, 2, 10))
    club.paths.set_module(other, "job_search", date(2025, 5, 1), date(2025, 9, 30))
    club.merge_members(keep, other)
    modules = {m.module: (m.started_on, m.ended_on) for m in club.paths.modules(keep)}
    assert modules == {"evaluation": (date(2025, 2, 10), None),
                       "job_search": (date(2025, 5, 1), date(2025, 9, 30))}
    assert club.members.count() == 1


def test_attack_merge_of_two_closed_modules_keeps_the_later_end(club: Club) -> None:
    keep, other = two_records(club)
    club.paths.set_module(keep, "project", date(2025, 3, 1), date(2025, 4, 30))
    club.paths.set_module(other, "project", date(2025, 3, 15), date(2025, 6, 30))
    club.merge_members(keep, other)
    assert [(m.started_on, m.ended_on) for m in club.paths.modules(keep)] == [
        (date(2025, 3, 1), date(2025, 6, 30))]


def test_attack_merge_keeps_one_signature_per_version_and_day(club: Club) -> None:
    """Both records signed the charter's same version on the same day (entered twice at
    the reception): the merged record showed the signature twice, which signing again
    never writes. Signatures of other versions or days are all kept."""
    keep, other = two_records(club)
    club.charter.sign(keep, date(2025, 3, 3), "2024", today=date(2025, 3, 3))
    club.charter.sign(other, date(2025, 3, 3), "2024", today=date(2025, 3, 3))
    club.charter.sign(other, date(2025, 9, 1), "2025", today=date(2025, 9, 1))
    club.merge_members(keep, other)
    assert [(s.version, s.signed_on) for s in club.charter.signatures(keep)] == [
        ("2024", date(2025, 3, 3)), ("2025", date(2025, 9, 1))]


def test_every_one_row_per_member_rule_is_known_to_merge() -> None:
    """A table whose rows are unique per member (and something else) cannot be moved by a
    plain UPDATE when both records have the same row: merge must unite them itself."""
    for table, column in member_reference_tables():
        unique = [c for c in table.constraints if isinstance(c, UniqueConstraint)
                  and column in {x.name for x in c.columns}]
        unique += [i for i in table.indexes if i.unique and column in {x.name for x in i.columns}]
        if unique:
            assert table.name in SPECIAL, table.name


# -- a structure without the club-house -----------------------------------------------------


@pytest.mark.parametrize("kinds", [[GEM], [PRE_INSERTION], list(KINDS)])
def test_attack_the_ars_reminder_of_a_structure_without_club_house(club: Club,
                                                                    kinds: list[str]) -> None:
    """A GEM alone was told on its first screen, every day from 1 March, that « le tableau
    annuel 2025 pour l'ARS est en retard », and nothing could clear it: its table (the
    GEM's) is never marked as sent. The reminder is the club-house's table's only."""
    club.kinds.set(kinds)
    reminder = club.indicators.reminder(date(2026, 3, 5))
    if "clubhouse" in kinds:
        assert reminder is not None and "en retard" in reminder.sentence
    else:
        assert reminder is None
