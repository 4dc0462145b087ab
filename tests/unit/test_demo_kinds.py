"""`demo --kind`: the demo stores the kinds and calls each kind's parts (issue 20)."""

from __future__ import annotations

import random
import sys
import types
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clubdesk.model import demo
from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.tables import Member, Setting

TODAY = date(2026, 11, 23)


def _part(name: str, calls: list[tuple[str, int, date]]) -> types.ModuleType:
    """A throwaway demo part: records its call, with what it reads of the demo."""
    module = types.ModuleType(name)

    def add_demo(session: Session, rng: random.Random, today: date) -> None:
        members = session.execute(select(func.count()).select_from(Member)).scalar_one()
        calls.append((name, members, today))
        session.add(Setting(key=f"{name}_ran", value=str(rng.randrange(1000))))

    module.add_demo = add_demo  # type: ignore[attr-defined]
    return module


@pytest.fixture
def parts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, date]]:
    calls: list[tuple[str, int, date]] = []
    for name in ("demo_part_gem", "demo_part_trainees", "demo_part_house"):
        monkeypatch.setitem(sys.modules, name, _part(name, calls))
    monkeypatch.setattr(demo, "DEMO_PARTS", {
        "clubhouse": ("demo_part_house",), "gem": ("demo_part_gem",),
        "pre_insertion": ("demo_part_trainees",), "work_insertion": ("demo_part_trainees",)})
    return calls


def test_the_parts_of_the_kinds_on_are_called_once_each(club: Club, parts: list) -> None:
    demo.generate(club.db, club.actor, today=TODAY,
                  kinds=["work_insertion", "gem", "pre_insertion"])
    assert [name for name, _, _ in parts] == ["demo_part_gem", "demo_part_trainees"]
    assert all(members > 0 and day == TODAY for _, members, day in parts)  # after the club
    assert club.kinds.current() == ("gem", "pre_insertion", "work_insertion")
    with club.db.session(write=False) as session:
        assert session.get(Setting, "demo_part_gem_ran") is not None
        assert session.get(Setting, "demo_part_house_ran") is None


def test_the_default_demo_is_a_club_house(club: Club, parts: list) -> None:
    demo.generate(club.db, club.actor, today=TODAY)
    assert [name for name, _, _ in parts] == ["demo_part_house"]
    assert club.kinds.current() == ("clubhouse",)


def test_an_unknown_kind_is_refused_before_anything_is_written(club: Club, parts: list) -> None:
    with pytest.raises(ClubdeskError, match="Type de structure inconnu : garderie"):
        demo.generate(club.db, club.actor, today=TODAY, kinds=["gem", "garderie"])
    assert parts == []
    with club.db.session(write=False) as session:
        assert session.execute(select(func.count()).select_from(Member)).scalar_one() == 0
        assert session.get(Setting, "structure_kinds") is None


def test_every_kind_has_its_entry_in_the_mapping() -> None:
    assert set(demo.DEMO_PARTS) == {"clubhouse", "gem", "pre_insertion", "work_insertion"}
