from __future__ import annotations

from datetime import date

import pytest

from clubdesk.model.club import Club
from clubdesk.model.errors import NotFoundError, ValidationError
from clubdesk.model.members import periods_overlap

TODAY = date(2026, 11, 23)


def test_a_visitor_needs_a_first_name_only(club: Club) -> None:
    m = club.members.create("Zoé")
    row = club.members.row(m.id)
    assert (row.first_name, row.last_name, row.status, row.is_member) == ("Zoé", "", "visitor",
                                                                          False)


@pytest.mark.parametrize("name", ["", "   "])
def test_empty_first_name_is_refused(club: Club, name: str) -> None:
    with pytest.raises(ValidationError) as err:
        club.members.create(name)
    assert err.value.field == "first_name"
    assert club.members.count() == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [("contact_preference", "pigeon"), ("rqth", "maybe"), ("email", "pas-un-mail"),
     ("phone", "appelle-moi")],
)
def test_bad_fields_are_refused_naming_the_field(club: Club, field: str, value: str) -> None:
    with pytest.raises(ValidationError) as err:
        club.members.create("Léa", **{field: value})
    assert err.value.field == field
    assert club.members.count() == 0


def test_rqth_is_optional(club: Club) -> None:
    m = club.members.create("Léa", rqth=None, joined_on=date(2025, 1, 2))
    assert club.members.get(m.id).rqth is None
    club.members.update(m.id, rqth="yes")
    assert club.members.get(m.id).rqth == "yes"


def test_status_follows_membership_periods(club: Club) -> None:
    m = club.members.create("Hélène", joined_on=date(2024, 1, 1), today=TODAY)
    assert club.members.status(m.id, on=TODAY) == "current"
    club.members.leave(m.id, date(2025, 6, 30), "Déménagement", today=TODAY)
    assert club.members.status(m.id, on=TODAY) == "former"
    # the member at the end of the day they left is not a member any more
    assert club.members.status(m.id, on=date(2025, 6, 30)) == "former"
    assert club.members.status(m.id, on=date(2025, 6, 29)) == "current"
    club.members.add_period(m.id, date(2026, 2, 1), today=TODAY)
    assert club.members.status(m.id, on=TODAY) == "current"
    periods = club.members.periods(m.id)
    assert [(p.joined_on, p.left_on, p.leave_reason) for p in periods] == [
        (date(2024, 1, 1), date(2025, 6, 30), "moved"),  # the French label, read as its code
        (date(2026, 2, 1), None, ""),
    ]


def test_leave_before_join_is_refused(club: Club) -> None:
    m = club.members.create("Théo", joined_on=date(2025, 5, 1), today=TODAY)
    with pytest.raises(ValidationError) as err:
        club.members.leave(m.id, date(2025, 4, 1), today=TODAY)
    assert err.value.field == "left_on"
    with pytest.raises(ValidationError, match="avant la date d'entrée"):
        club.members.add_period(m.id, date(2024, 5, 1), date(2024, 4, 1), today=TODAY)
    assert len(club.members.periods(m.id)) == 1


def test_overlapping_periods_are_refused(club: Club) -> None:
    m = club.members.create("Inès", joined_on=date(2025, 1, 1), today=TODAY)
    with pytest.raises(ValidationError, match="chevauche"):
        club.members.add_period(m.id, date(2024, 6, 1), date(2025, 2, 1), today=TODAY)
    club.members.leave(m.id, date(2025, 3, 1), today=TODAY)
    # re-joining on the day of leaving is a new period, not an overlap
    club.members.add_period(m.id, date(2025, 3, 1), today=TODAY)
    assert len(club.members.periods(m.id)) == 2


def test_join_date_in_the_future_is_refused(club: Club) -> None:
    with pytest.raises(ValidationError) as err:
        club.members.create("Noé", joined_on=date(2026, 12, 1), today=TODAY)
    assert err.value.field == "joined_on"
    assert club.members.count() == 0  # the whole creation was rolled back


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((date(2024, 1, 1), date(2024, 2, 1)), (date(2024, 2, 1), None), False),
        ((date(2024, 1, 1), None), (date(2025, 1, 1), None), True),
        ((date(2024, 1, 1), date(2024, 3, 1)), (date(2024, 2, 1), date(2024, 2, 2)), True),
        ((date(2024, 3, 1), date(2024, 4, 1)), (date(2024, 1, 1), date(2024, 2, 1)), False),
    ],
)
def test_periods_overlap(a, b, expected) -> None:
    assert periods_overlap(*a, *b) is expected
    assert periods_overlap(*b, *a) is expected


def test_list_filters(club: Club) -> None:
    current = club.members.create("Agnès", joined_on=date(2025, 1, 1), today=TODAY)
    former = club.members.create("Benoît", joined_on=date(2024, 1, 1), today=TODAY)
    club.members.leave(former.id, date(2024, 12, 31), today=TODAY)
    visitor = club.members.create("Céline")
    ids = {w: [r.id for r in club.members.list_members(w, on=TODAY)]
           for w in ("current", "former", "visitors", "all")}
    assert ids == {
        "current": [current.id], "former": [former.id], "visitors": [visitor.id],
        "all": [current.id, former.id, visitor.id],
    }


def test_list_sorts_names_the_french_way(club: Club) -> None:
    for last in ("Brun", "Bénard", "Durand", "d'Almeida"):
        club.members.create("X", last_name=last)
    # accents do not push "Bénard" after "Brun"; "d'Almeida" files under D
    assert [r.last_name for r in club.members.list_members()] == ["Bénard", "Brun", "d'Almeida",
                                                          "Durand"]


def test_update_unknown_member(club: Club) -> None:
    with pytest.raises(NotFoundError):
        club.members.update(4242, first_name="Paul")
