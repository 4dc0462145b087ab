from __future__ import annotations

import gc
import hashlib
import sqlite3
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, text

from clubdesk.model.club import Club
from clubdesk.model.errors import DatabaseError
from clubdesk.model.storage.db import Database, head_revision


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only
def test_every_connection_gets_the_pragmas(club: Club) -> None:
    with club.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_new_database_is_at_head(club: Club) -> None:
    assert club.db.status() == {
        "database": club.db.display_name, "current": head_revision(), "head": head_revision(),
        "up_to_date": True,
    }


def test_migrate_down_and_up_on_a_populated_database(club: Club, make_member) -> None:
    m = make_member("Émilie", last_name="N'Diaye")
    club.attendance.check_in(m.id, date(2026, 1, 5), "am")
    club.db.downgrade("base")
    assert club.db.current_revision() is None
    club.db.upgrade()
    assert club.db.current_revision() == head_revision()
    assert club.db.foreign_key_problems() == 0
    # and the tables work again after the round trip
    again = club.members.create("Loïc", joined_on=date(2025, 3, 3))
    assert club.members.status(again.id) == "current"


def test_upgrade_keeps_rows_when_stepping_revision_by_revision(club: Club, make_member) -> None:
    make_member("Émilie")
    club.db.downgrade("0001")
    club.db.upgrade()
    assert club.db.foreign_key_problems() == 0
    with club.db.engine.connect() as conn:
        assert conn.execute(text("SELECT first_name FROM member")).scalars().all() == ["Émilie"]


def test_database_from_a_newer_version_is_refused_and_untouched(db_target: str,
                                                                db_path: Path) -> None:
    Club.open(db_target).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe'")
    before = digest(db_path)
    with pytest.raises(DatabaseError, match="version plus récente"):
        Database.open(db_target)
    assert digest(db_path) == before


def test_connections_are_closed_even_when_a_query_follows_close(db_target: str) -> None:
    """A screen refreshing after its window closed the club opens new connections: they are
    closed when the Database goes away, never left to the garbage collector (on the server,
    psycopg then warns and the session lingers)."""
    Club.open(db_target).close()
    db = Database.open(db_target)
    db.close()  # the connections of the opening checks: counted from here on
    opened, closed = [], []
    event.listen(db.engine, "connect", lambda conn, record: opened.append(id(conn)))
    event.listen(db.engine, "close", lambda conn, record: closed.append(id(conn)))
    with db.session(write=False) as s:
        s.exec(text("SELECT 1"))
    db.close()
    with db.session(write=False) as s:  # the late query: a new pool, a new connection
        s.exec(text("SELECT 1"))
    assert len(opened) == 2 and len(closed) == 1
    del db
    gc.collect()
    assert sorted(closed) == sorted(opened)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("ceci n'est pas une base")
    with pytest.raises(DatabaseError, match="n'est pas une base clubdesk") as err:
        Database.open(str(bad))
    assert str(bad) in str(err.value)
    assert bad.read_text() == "ceci n'est pas une base"


def test_a_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    before = digest(other)
    with pytest.raises(DatabaseError, match="pas celles de clubdesk"):
        Database.open(str(other))
    assert digest(other) == before


def test_missing_folder_is_refused_naming_it(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "club.sqlite3"
    with pytest.raises(DatabaseError, match="n'existe pas") as err:
        Database.open(str(target))
    assert str(target.parent) in str(err.value)
    assert not target.parent.exists()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="est un dossier"):
        Database.open(str(tmp_path))


def test_a_locked_database_gives_one_sentence_and_writes_nothing(club: Club, db_path: Path,
                                                                  make_member) -> None:
    make_member("Avant")
    locker = sqlite3.connect(db_path, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseError, match="occupée par un autre programme"):
            club.members.create("Pendant")
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert [r.first_name for r in club.members.list_members()] == ["Avant"]


def test_a_waiting_writer_goes_through_when_the_lock_is_released(club: Club, db_path: Path) -> None:
    locker = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    locker.execute("BEGIN IMMEDIATE")
    timer = threading.Timer(0.5, lambda: locker.execute("COMMIT"))
    timer.start()
    try:
        club.members.create("Patiente")  # waits on busy_timeout instead of failing
    finally:
        timer.join()
        locker.close()
    assert club.members.count() == 1


def test_the_core_never_imports_qt() -> None:
    code = (
        "import pkgutil, importlib, sys, clubdesk.model as m\n"
        "for info in pkgutil.walk_packages(m.__path__, 'clubdesk.model.'):\n"
        "    if '.migrations' not in info.name:\n"
        "        importlib.import_module(info.name)\n"
        "import clubdesk.cli\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'clubdesk.ui')))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_migration_files_follow_the_numbering_convention() -> None:
    from alembic.script import ScriptDirectory

    from clubdesk.model.storage.db import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    revisions = known_revisions()
    assert script.get_current_head() == revisions[-1]
    previous = None
    for rev in revisions:
        assert script.get_revision(rev).down_revision == previous
        previous = rev


def test_a_copy_is_set_aside_before_migrating(db_target: str, db_path: Path) -> None:
    club = Club.open(db_target)
    club.members.create("Émilie", joined_on=date(2025, 1, 1))
    club.db.downgrade("0001")
    club.close()
    reopened = Database.open(db_target)  # migrates at start
    assert reopened.current_revision() == head_revision()
    reopened.close()
    copies = list((db_path.parent / "backups").glob("*avant-mise-a-jour-0001*.sqlite3"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT first_name FROM member").fetchall() == [("Émilie",)]


def test_back_end_specifics_stay_in_the_engine_module() -> None:
    """Services are portable: SQLite pragmas, PostgreSQL functions and back-end tests live in
    db.py and dialect.py (encryption.py, backup.py and backup_manifest.py work on SQLite
    *files* by nature, server_roles.py on a PostgreSQL server's roles)."""
    import re

    model = Path(__file__).resolve().parents[2] / "src" / "clubdesk" / "model"
    allowed = {"db.py", "dialect.py", "encryption.py", "backup.py", "backup_manifest.py",
               "server_roles.py"}
    pattern = re.compile(r"PRAGMA|sqlite_master|sqlite_begin|\bpg_\w+\(|LISTEN|is_sqlite|"
                         r"dialect\.name|on_conflict_do")
    offenders = [f"{p.relative_to(model)}:{n}" for p in model.rglob("*.py")
                 if p.name not in allowed and "migrations" not in p.parts
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if pattern.search(line)]
    assert offenders == []
