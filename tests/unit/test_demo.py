from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from clubdesk.model import demo
from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError

TODAY = date(2026, 11, 23)


def snapshot(club: Club) -> list[tuple]:
    rows = club.members.list_members(on=TODAY)
    return [(r.id, r.first_name, r.last_name, r.status, tuple(
        (p.joined_on, p.left_on) for p in club.members.periods(r.id))) for r in rows]


def test_small_demo_is_a_realistic_club(demo_target: str) -> None:
    club = Club.open(demo_target)
    try:
        rows = club.members.list_members(on=TODAY)
        statuses = Counter(r.status for r in rows)
        assert 55 <= len(rows) <= 70
        assert statuses["current"] >= 30 and statuses["former"] >= 3 and statuses["visitor"] >= 1
        re_entries = [r for r in rows if len(club.members.periods(r.id)) > 1]
        assert re_entries, "some members left and came back"
        names = {f"{r.first_name} {r.last_name}" for r in rows}
        assert {"Émilie Durand", "Loïc N'Diaye", "Jean-Édouard Lefèvre"} <= names
        assert len(club.staff.list_staff(on=TODAY)) == 4
        assert 0 < club.staff.fte_on(TODAY) <= 4
        assert club.attendance.count() > 1000
        assert club.attendance.active_members(2026, 10) >= 20
    finally:
        club.close()


def test_same_seed_same_club(tmp_path: Path) -> None:
    snaps = []
    for name in ("a", "b"):
        club = Club.open(str(tmp_path / f"{name}.sqlite3"))
        demo.generate(club.db, club.actor, seed=7, today=TODAY)
        snaps.append(snapshot(club))
        club.close()
    assert snaps[0] == snaps[1]


def test_demo_refuses_a_club_with_members_unless_forced(club: Club, make_member) -> None:
    make_member("Réel")
    with pytest.raises(ClubdeskError, match="--force"):
        demo.generate(club.db, club.actor, today=TODAY)
    assert [r.first_name for r in club.members.list_members()] == ["Réel"]
    demo.generate(club.db, club.actor, today=TODAY, force=True)
    assert "Réel" not in {r.first_name for r in club.members.list_members()}
