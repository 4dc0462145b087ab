"""The demo club of the tests is generated once per run and copied per test (tests/conftest.py):
each copy must be a club of its own, as a fresh generation would be — its own identity, a trail
that verifies with its seals and its anchor, and nothing shared with another test's copy."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import text

from clubdesk.model.access import Actor
from clubdesk.model.audit import seal
from clubdesk.model.club import Club
from clubdesk.model.storage.club_identity import read_identity

DIRECTION = Actor("direction", "direction")


def identity(club: Club) -> str:
    found = read_identity(club.db)
    assert found
    return found


def test_two_copies_are_two_clubs_whose_trails_verify(new_db) -> None:
    first = Club.open(new_db("premier", kind="demo"), DIRECTION)
    second = Club.open(new_db("second", kind="demo"), DIRECTION)
    try:
        assert identity(first) != identity(second)
        assert first.members.count() == second.members.count() > 0
        for club in (first, second):
            result = club.audit.verify()
            assert result.ok and result.unsealed_until is None, result.sentence()
            assert seal.read_anchor(club.db.url) is not None  # compared with its anchor
            assert seal.read_anchor(club.db.url).club == identity(club)
        # a test that takes its club's key away leaves the other test's club whole
        seal.key_file(identity(first)).unlink()
        seal.forget_cache()
        assert first.audit.verify().problem == "key_missing"
        second.members.create("Après", last_name="Copie", joined_on=None)
        assert second.audit.verify().ok
    finally:
        first.close()
        second.close()


def test_a_copy_is_the_generated_club_with_its_own_files(demo_files, tmp_path: Path) -> None:
    source, _ = demo_files.template()
    copy = demo_files.copy(tmp_path / "ailleurs" / "club.sqlite3")
    assert copy.stat().st_mode & 0o077 == 0  # private, as the program makes a club file
    anchor = seal.anchor_path(str(copy))
    assert anchor.exists() and anchor.stat().st_mode & 0o077 == 0
    query = "SELECT seq, hash, seal FROM audit_entry ORDER BY seq"
    with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as original:
        entries = original.execute(query).fetchall()
        source_identity = original.execute(
            "SELECT value FROM setting WHERE key = 'club_identity'").fetchone()[0]
    club = Club.open(str(copy), DIRECTION)
    try:
        assert identity(club) != source_identity
        with club.db.engine.connect() as conn:
            assert list(map(tuple, conn.execute(text(query)))) == entries
        assert club.audit.verify().ok
    finally:
        club.close()
