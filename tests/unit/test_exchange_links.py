"""The exchange files that link two records (a person at a session, a partner at a
commission, a level of an objective at a review…), read by one reader: a pair written twice
is refused with the line of the first, a line its own rule refuses is refused, and nothing
is written (issue 20)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.exchange import export_club, import_club
from clubdesk.model.storage.db import Database

LINKS = {
    "workshop_attendees.csv": "déjà notée à cette séance",
    "outing_signups.csv": "déjà inscrite à cette sortie",
    "commission_partners.csv": "déjà noté à cette commission",
    "review_levels.csv": "déjà un niveau à ce bilan",
    "production_workers.csv": "déjà notée à cette séance",
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, demo_files) -> Path:  # type: ignore[no-untyped-def]
    """The demo club with every kind on, exported once for the module's tests."""
    from clubdesk.model import demo
    from clubdesk.model.structure_kinds import KINDS

    folder = tmp_path_factory.mktemp("links")
    path = demo_files.copy(folder / "demo.sqlite3")
    club = Club.open(str(path))
    try:
        demo.add_kinds(club.db, club.actor, KINDS, today=date(2026, 11, 23))
        return export_club(club.db, club.actor, folder / "export")
    finally:
        club.close()


def _refused(folder: Path, tmp_path: Path) -> list[str]:
    db = Database.open(str(tmp_path / "new.sqlite3"), create_parent=True)
    try:
        with pytest.raises(ClubdeskError, match="refusé") as caught:
            import_club(db, Club(db).actor, folder, today=None)
        with db.session(write=False) as session:
            from sqlalchemy import func, select

            from clubdesk.model.tables import Member
            assert session.execute(select(func.count()).select_from(Member)).scalar_one() == 0
        return list(caught.value.errors)  # type: ignore[attr-defined]
    finally:
        db.close()


@pytest.mark.parametrize("name", sorted(LINKS))
def test_a_pair_written_twice_is_refused(exported: Path, tmp_path: Path, name: str) -> None:
    import shutil

    folder = tmp_path / "copy"
    shutil.copytree(exported, folder)
    path = folder / name
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 2, name  # the demo has some
    path.write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    errors = _refused(folder, tmp_path)
    assert any(LINKS[name] in e and "ligne 2" in e for e in errors), errors


def test_a_line_its_rule_refuses_is_refused(exported: Path, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "copy"
    shutil.copytree(exported, folder)
    path = folder / "production_workers.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    head = lines[0].split(",")
    cells = lines[1].split(",")
    cells[head.index("minutes")] = "0"
    path.write_text("\n".join([lines[0], ",".join(cells), *lines[2:]]) + "\n",
                    encoding="utf-8")
    assert any("plus de 0" in e for e in _refused(folder, tmp_path))
