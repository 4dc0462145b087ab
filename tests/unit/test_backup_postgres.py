"""A desk's local backups of a club that lives on a PostgreSQL server (issue #10): a verified
SQLite copy in the data directory, rotated, findable without the server; no restore into the
server from the app."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import make_url

from clubdesk import paths
from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.exchange import export_club
from clubdesk.model.storage import encryption
from clubdesk.model.storage.backup import latest_local_backup
from clubdesk.model.storage.backup_manifest import manifest_path
from clubdesk.model.storage.db import SQLITE_HEADER
from clubdesk.model.storage.transfer import first_difference

SERVER_ONLY = pytest.mark.skipif(not os.environ.get("CLUBDESK_TEST_PG_URL"),
                                 reason="a club on a PostgreSQL server (PostgreSQL pass)")
NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def server_club(demo_target: str):
    club = Club.open(demo_target)
    yield club
    club.close()


def folder_of(url: str) -> Path:
    parsed = make_url(url)
    return paths.backups_dir() / f"{parsed.host}-{parsed.port}-{parsed.database}"


@SERVER_ONLY
def test_a_backup_of_a_server_club_is_a_verified_local_sqlite_copy(server_club: Club,
                                                                   tmp_path: Path) -> None:
    path = server_club.backups.make(now=NOON)
    database = make_url(server_club.db.url).database
    assert path == folder_of(server_club.db.url) / f"{database}-sauvegarde-20261123-120000.sqlite3"
    assert path.read_bytes()[:16] == SQLITE_HEADER
    # no -wal, no .en-cours: the copy and its manifest
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name,
                                                             manifest_path(path).name]
    (info,) = server_club.backups.backups()
    assert info.path == path and info.members == server_club.members.count()
    status = server_club.backups.status(now=NOON + timedelta(hours=1))
    assert status.last_good == NOON and status.warnings == []
    assert server_club.audit.entries()[0].action == "backup"  # who took a copy of everything
    local = Club.open(str(path))
    try:
        assert local.audit.verify().ok
        assert first_difference(export_club(server_club.db, server_club.actor, tmp_path / "s"),
                                export_club(local.db, local.actor, tmp_path / "l")) is None
    finally:
        local.close()


@SERVER_ONLY
def test_local_backups_of_a_server_club_are_rotated(server_club: Club) -> None:
    first = server_club.backups.make(now=NOON)
    folder = first.parent
    stem = first.name.split("-sauvegarde-")[0]
    day = date(2025, 1, 1)
    while day < NOON.date():  # one backup a day at noon for almost two years
        copy = folder / f"{stem}-sauvegarde-{day:%Y%m%d}-120000.sqlite3"
        shutil.copy(first, copy)
        shutil.copy(manifest_path(first), manifest_path(copy))
        day += timedelta(days=1)
    latest = server_club.backups.make(now=NOON + timedelta(hours=6))  # rotates
    assert not first.exists()  # the same day has a newer one
    kept = sorted(p.name.split("-sauvegarde-")[1][:8] for p in folder.glob("*.sqlite3"))
    assert kept == sorted(
        [f"202611{d:02d}" for d in range(17, 24)]
        + ["20261115", "20261108", "20261101"]
        + ["20261031", "20260930", "20260831", "20260731", "20260630", "20260531",
           "20260430", "20260331", "20260228", "20260131", "20251231"])
    assert latest_local_backup(server_club.db.url) == latest


@SERVER_ONLY
def test_restoring_into_the_server_from_the_app_is_refused(server_club: Club) -> None:
    backup = server_club.backups.make()
    count = server_club.members.count()
    server_club.members.create("Après", joined_on=date(2026, 11, 2))
    with pytest.raises(ClubdeskError, match=r"^Sur un serveur, la restauration se fait avec "
                                            r"clubdesk db copy .*docs/postgresql\.md\.$"):
        server_club.backups.restore(backup)
    assert server_club.members.count() == count + 1


@SERVER_ONLY
def test_the_latest_local_backup_is_found_without_the_server(server_club: Club,
                                                             postgres) -> None:
    url = server_club.db.url
    older = server_club.backups.make(now=NOON - timedelta(days=1))
    newer = server_club.backups.make(now=NOON)
    members = server_club.members.count()
    server_club.close()
    postgres.drop(make_url(url).database)  # the server no longer has the club at all
    assert latest_local_backup(url) == newer != older
    conn = encryption.connect(newer, None, readonly=True)  # what the desk opens read-only
    try:
        assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == members
    finally:
        conn.close()
    other = make_url(url).set(database="une_autre_base").render_as_string(hide_password=False)
    assert latest_local_backup(other) is None


def test_latest_local_backup_on_either_back_end(server_club: Club) -> None:
    assert latest_local_backup(server_club.db.url) is None
    made = server_club.backups.make()
    assert latest_local_backup(server_club.db.url) == made
