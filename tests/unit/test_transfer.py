"""Moving a club to another database (issue #10): an identical club, a trail that verifies,
fresh ids after the copy, nothing written to a non-empty target or after a failure."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.errors import AccessDenied, ClubdeskError, DatabaseError
from clubdesk.model.exchange import export_club
from clubdesk.model.storage.transfer import copy_club, first_difference, tables
from clubdesk.model.tables import Attendance, AuditEntry, Member

TODAY = date(2026, 11, 23)
NEEDS_BOTH = pytest.mark.skipif(
    not os.environ.get("CLUBDESK_TEST_PG_URL"),
    reason="needs a SQLite file and a PostgreSQL database (run by the PostgreSQL pass)")


def counts(club: Club) -> dict[str, int]:
    with club.db.engine.connect() as conn:
        return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in tables()}


def exported(club: Club, folder: Path) -> Path:
    return export_club(club.db, club.actor, folder)


def last_audit(club: Club) -> AuditEntry:
    with club.db.session(write=False) as session:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()


@pytest.fixture
def sqlite_demo(demo_files) -> Callable[[Path], Club]:
    """``sqlite_demo(path)``: the small demo club in a SQLite file (on either back end)."""
    return lambda path: Club.open(str(demo_files.copy(path)))


@pytest.fixture
def source(demo_target: str):
    club = Club.open(demo_target)
    yield club
    club.close()


def test_a_copy_is_the_same_club_with_a_trail_that_verifies(source: Club, new_db,
                                                            tmp_path: Path) -> None:
    before = counts(source)
    seen = []
    target = new_db("copie")
    report = copy_club(source.db, target, source.actor,
                       progress=lambda percent, what: seen.append(percent))
    assert counts(source) == before  # nothing written to the source, not even the trail
    assert report.rows == before and report.total_rows > 8000
    assert report.tables.index("member") < report.tables.index("attendance")
    assert seen == sorted(seen) and seen[-1] == 100
    assert "export identique" in report.sentence()
    copy = Club.open(target)
    try:
        assert counts(copy) == {**before, "audit_entry": before["audit_entry"] + 1}
        check = copy.audit.verify()
        assert check.ok and check.entries == before["audit_entry"] + 1
        entry = last_audit(copy)
        assert (entry.action, entry.username) == ("copy", source.actor.name)
        assert entry.record_id == f"copie depuis {source.db.display_name}"
        diff = first_difference(exported(source, tmp_path / "a"), exported(copy, tmp_path / "b"))
        assert diff is None
    finally:
        copy.close()


def test_new_rows_after_a_copy_get_fresh_ids(source: Club, new_db) -> None:
    target = new_db("copie")
    copy_club(source.db, target, source.actor)
    copy = Club.open(target)
    try:
        with copy.db.session(write=False) as session:
            top_member = session.scalar(select(func.max(Member.id)))
            top_attendance = session.scalar(select(func.max(Attendance.id)))
        member = copy.members.create("Nouvelle", last_name="Arrivée", joined_on=TODAY)
        assert member.id == top_member + 1
        copy.attendance.check_in(member.id, TODAY, "am")
        with copy.db.session(write=False) as session:
            assert session.scalar(select(func.max(Attendance.id))) == top_attendance + 1
        assert copy.audit.verify().ok  # the chain goes on after the copied entries
    finally:
        copy.close()


def test_a_target_with_rows_is_refused_and_left_untouched(source: Club, new_db) -> None:
    other = Club.open(new_db("autre", kind="demo"))
    try:
        other.members.create("Déjà", last_name="Là", joined_on=TODAY)
        before = counts(other)
        with pytest.raises(ClubdeskError, match=r"contient déjà des données clubdesk .* vide"):
            copy_club(source.db, other.db.url, source.actor)
        assert counts(other) == before
    finally:
        other.close()


def test_a_target_with_only_the_schema_is_accepted(source: Club, new_db) -> None:
    report = copy_club(source.db, new_db("schema", kind="schema"), source.actor)
    assert report.rows["member"] == source.members.count()


def test_a_failure_midway_leaves_the_target_without_a_row(source: Club, new_db) -> None:
    target = new_db("copie")

    def crash(_percent: int, table: str) -> None:
        if table == "attendance":  # the parent tables are written already
            raise RuntimeError("le poste s'éteint")

    with pytest.raises(RuntimeError):
        copy_club(source.db, target, source.actor, progress=crash)
    empty = Club.open(target)
    try:
        assert set(counts(empty).values()) == {0}
    finally:
        empty.close()
    report = copy_club(source.db, target, source.actor)  # and it can simply be done again
    assert report.rows["attendance"] > 0


def test_a_broken_reference_in_the_source_is_said_and_nothing_is_written(
        tmp_path: Path, new_db) -> None:
    path = tmp_path / "ancien.sqlite3"
    old = Club.open(str(path))
    old.members.create("Émilie", joined_on=TODAY)
    old.close()
    with sqlite3.connect(path) as conn:  # an orphan, as an old bug might have left
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO attendance (member_id, date, half_day, mode) "
                     "VALUES (999, '2025-01-07', 'am', 'onsite')")
    conn.close()
    old = Club.open(str(path))
    target = new_db("copie")
    try:
        with pytest.raises(DatabaseError, match=r"annulée \(table attendance\) .*référence "
                                                r"cassée.*aucune ligne n'a été écrite\.$"):
            copy_club(old.db, target, old.actor)
    finally:
        old.close()
    empty = Club.open(target)
    try:
        assert set(counts(empty).values()) == {0}
    finally:
        empty.close()


def test_an_altered_source_trail_is_copied_as_it_is_and_said(tmp_path: Path, new_db,
                                                            sqlite_demo) -> None:
    path = tmp_path / "altere.sqlite3"
    sqlite_demo(path).close()
    with sqlite3.connect(path) as conn:  # someone edited an entry behind clubdesk's back
        conn.execute("UPDATE audit_entry SET username = 'personne' WHERE seq = 5")
    conn.close()
    old = Club.open(str(path))
    target = new_db("copie")
    try:
        report = copy_club(old.db, target, old.actor)
    finally:
        old.close()
    assert "déjà altéré dans la source à l'entrée n° 5" in report.sentence()
    copy = Club.open(target)
    try:
        assert copy.audit.verify().broken_at == 5
        assert counts(copy)["member"] == report.rows["member"] > 0
    finally:
        copy.close()


def test_only_direction_may_copy(source: Club, new_db) -> None:
    target = new_db("copie")
    with pytest.raises(AccessDenied, match="ne permet pas"):
        copy_club(source.db, target, Actor("Léa", "equipe"))
    if "://" not in target:
        assert not Path(target).exists()


def test_a_club_cannot_be_copied_onto_itself(source: Club) -> None:
    with pytest.raises(ClubdeskError, match="base ouverte"):
        copy_club(source.db, source.db.url, source.actor)


@NEEDS_BOTH
def test_round_trip_sqlite_postgresql_sqlite(tmp_path: Path, new_db, sqlite_demo) -> None:
    first = sqlite_demo(tmp_path / "depart.sqlite3")
    server_url = new_db("serveur")
    assert server_url.startswith("postgresql")
    back = tmp_path / "retour.sqlite3"
    try:
        there = copy_club(first.db, server_url, first.actor)
        server = Club.open(server_url)
        try:
            again = copy_club(server.db, str(back), server.actor)
            assert server.audit.verify().entries == there.audit_entries
        finally:
            server.close()
        assert again.rows == {**there.rows, "audit_entry": there.rows["audit_entry"] + 1}
        home = Club.open(str(back))
        server = Club.open(server_url)
        try:
            check = home.audit.verify()
            assert check.ok and check.entries == there.rows["audit_entry"] + 2
            folders = [exported(c, tmp_path / n)
                       for c, n in ((first, "depart"), (server, "serveur"), (home, "retour"))]
            assert first_difference(folders[0], folders[1]) is None
            assert first_difference(folders[0], folders[2]) is None
            assert home.members.create("Après", joined_on=TODAY).id == there.rows["member"] + 1
        finally:
            home.close()
            server.close()
    finally:
        first.close()


def test_first_difference_names_the_file_and_the_line(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "members.csv").write_text("id\n1\n2\n", encoding="utf-8")
    (b / "members.csv").write_text("id\n1\n3\n", encoding="utf-8")
    assert first_difference(a, b) == "members.csv, ligne 3"
    (b / "members.csv").write_text("id\n1\n2\n", encoding="utf-8")
    assert first_difference(a, b) is None
    (b / "staff.csv").write_text("id\n", encoding="utf-8")
    assert first_difference(a, b) == "le fichier staff.csv n'existe que d'un côté"
