"""The attacks of step 11 on backups and restore, each reproduced and now refused or fixed:
another club's backups, plain copies of an encrypted club, foreign or newer files, altered
copies, relative paths, a plain file swapped in, file modes, a full disk."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError, DatabaseError
from clubdesk.model.storage.backup_manifest import (
    CopyFacts,
    RestoreNeedsConfirmation,
    manifest_path,
    write_manifest,
)
from clubdesk.model.storage.db import Database

pytestmark = pytest.mark.sqlite_only
TODAY = date(2026, 11, 23)
KEY = "une phrase de passe pour le club"
SCRIPT = Path(sys.executable).with_name("clubdesk")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def make_club(demo_files) -> Callable[..., Club]:
    """``make_club(path, seed=1)``: the small demo club (of that seed) at ``path``, open."""
    def make(path: Path, seed: int = 1) -> Club:
        return Club.open(str(demo_files.copy(path, seed=seed)))

    return make


def cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None,
        rc: int | None = 0) -> subprocess.CompletedProcess[str]:
    signed_in = {"CLUBDESK_USER": "direction", "CLUBDESK_PASSWORD": "Direction-demo-2026"}
    full = {**os.environ, **signed_in, **(env or {})}
    done = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, env=full,
                          cwd=cwd, timeout=120)
    if rc is not None:
        assert done.returncode == rc, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    return done


@pytest.fixture
def club(tmp_path: Path, make_club):
    c = make_club(tmp_path / "club.sqlite3")
    yield c
    c.close()


def club_file_unchanged(club: Club):
    """The club file's bytes, to compare after a refusal (the pool closed first)."""
    club.db.engine.dispose()
    assert club.db.path is not None
    return digest(club.db.path)


# 1 -------------------------------------------------------------------------------------


def test_backing_up_another_club_in_the_same_folder_removes_none_of_ours(
        club: Club, tmp_path: Path, make_club) -> None:
    first = club.backups.make()
    folder = first.parent
    day = date(2025, 1, 1)
    while day < TODAY:  # almost two years of this club's daily backups
        copy = folder / f"club-sauvegarde-{day:%Y%m%d}-120000.sqlite3"
        shutil.copy(first, copy)
        shutil.copy(manifest_path(first), manifest_path(copy))
        day += timedelta(days=30)
    ours = sorted(folder.glob("club-sauvegarde-*.sqlite3"))
    other = make_club(tmp_path / "other.sqlite3", seed=2)
    try:
        made = other.backups.make()
        assert made.parent == folder
        assert [b.path for b in other.backups.backups()] == [made]
    finally:
        other.close()
    assert sorted(folder.glob("club-sauvegarde-*.sqlite3")) == ours
    assert {b.path for b in club.backups.backups()} == set(ours)


# 2 -------------------------------------------------------------------------------------


def test_encrypting_a_club_leaves_no_plain_copy_anywhere(tmp_path: Path, make_club) -> None:
    path = tmp_path / "club.sqlite3"
    club = make_club(path)
    name = club.members.list_members("current")[0].last_name
    assert name
    made = club.backups.make(now=datetime(2026, 11, 1, 9, tzinfo=UTC))
    old_style = club.backups.make(now=datetime(2026, 11, 20, 9, tzinfo=UTC))
    manifest_path(old_style).unlink()  # a backup made before manifests existed
    club.backups.restore(made)  # and a copy set aside by a restore
    club.close()
    assert any(name.encode() in p.read_bytes() for p in (tmp_path / "backups").iterdir())
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {"CLUBDESK_DB": str(path), "CLUBDESK_NEW_PASSPHRASE": KEY, "TMPDIR": str(temp)}
    out = cli("db", "encrypt", env=env).stdout
    assert "3 sauvegardes existantes protégées avec la nouvelle phrase de passe." in out
    for file in [p for p in tmp_path.rglob("*") if p.is_file()]:
        data = file.read_bytes()
        assert name.encode("utf-8") not in data, file.name
        assert name.encode("utf-16-le") not in data, file.name
    # the encrypted club restores its (now encrypted) backups, with their manifests
    env = {"CLUBDESK_DB": str(path), "CLUBDESK_PASSPHRASE": KEY, "TMPDIR": str(temp)}
    assert "Sauvegarde restaurée" in cli("restore", str(made), env=env).stdout
    done = cli("restore", str(old_style), env=env, rc=1)
    assert "n'a pas de manifeste" in done.stderr and "--without-manifest" in done.stderr
    cli("restore", str(old_style), "--without-manifest", "--yes", env=env)


def test_decrypting_says_the_backups_stay_encrypted(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLUBDESK_PASSPHRASE", raising=False)
    path = tmp_path / "club.sqlite3"
    club = Club(Database.open(str(path), passphrase=KEY))
    club.members.create("Zéphyrine", last_name="Canarivore")
    club.backups.make()
    club.close()
    out = cli("db", "decrypt", env={"CLUBDESK_DB": str(path), "CLUBDESK_PASSPHRASE": KEY}
              ).stdout
    assert "n'est plus chiffrée" in out
    assert "Sa sauvegarde existante reste chiffrée avec l'ancienne phrase de passe" in out


# 3, 4, 5 ----------------------------------------------------------------------------------


def test_a_foreign_sqlite_file_with_a_member_table_is_refused_untouched(
        club: Club, tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE member (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO member (name) VALUES ('x')")
    before = club_file_unchanged(club)
    with pytest.raises(ClubdeskError, match="n'est pas une sauvegarde clubdesk"):
        club.backups.restore(foreign, other_club=True, without_manifest=True)
    assert club_file_unchanged(club) == before
    assert not list(club.backups.folder.glob("*avant-restauration*"))


def test_a_backup_from_a_newer_schema_is_refused_before_anything(club: Club) -> None:
    backup = club.backups.make()
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = club_file_unchanged(club)
    with pytest.raises(ClubdeskError, match="modifiée"):  # its manifest no longer matches
        club.backups.restore(backup)
    # as a newer clubdesk would have made it: its own manifest, consistent
    identity = club.backups.identity()
    write_manifest(backup, CopyFacts("9999", identity, club.members.count()))
    with pytest.raises(ClubdeskError, match="version plus récente"):
        club.backups.restore(backup)
    assert club_file_unchanged(club) == before
    done = cli("restore", str(backup), env={"CLUBDESK_DB": str(club.db.path)}, rc=1)
    assert "version plus récente" in done.stderr
    assert not list(club.backups.folder.glob("*avant-restauration*"))  # never began
    assert club.db.check()["ok"] and club.db.status()["up_to_date"]


def test_one_changed_bit_inside_a_record_is_refused(club: Club) -> None:
    name = "Maëlle Bénard"
    first, last = name.split()
    club.members.create(first, last_name=last)
    backup = club.backups.make()
    data = bytearray(backup.read_bytes())
    where = data.find(last.encode()) - 1  # the record holds first and last names apart
    data[where] ^= 0x01
    backup.write_bytes(bytes(data))
    with sqlite3.connect(backup) as conn:  # still a perfectly valid SQLite file
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    before = club_file_unchanged(club)
    with pytest.raises(ClubdeskError, match="a été modifiée"):
        club.backups.restore(backup)
    assert club_file_unchanged(club) == before


def test_another_clubs_backup_needs_a_confirmation(club: Club, tmp_path: Path,
                                                    make_club) -> None:
    (tmp_path / "ailleurs").mkdir()
    other = make_club(tmp_path / "ailleurs" / "other.sqlite3", seed=2)
    try:
        theirs = other.backups.make()
    finally:
        other.close()
    before = club_file_unchanged(club)
    with pytest.raises(RestoreNeedsConfirmation, match="un autre club"):
        club.backups.restore(theirs)
    assert club_file_unchanged(club) == before
    env = {"CLUBDESK_DB": str(club.db.path)}
    done = cli("restore", str(theirs), env=env, rc=1)
    assert "--other-club" in done.stderr
    done = cli("restore", str(theirs), "--other-club", env=env, rc=1)  # not on a terminal
    assert "--yes" in done.stderr
    assert not list(club.backups.folder.glob("*avant-restauration*"))
    out = cli("restore", str(theirs), "--other-club", "--yes", env=env).stdout
    undo = out.split("pour annuler : ")[1].rstrip(").\n")
    assert undo.endswith("--other-club")
    cli(*undo.split()[1:], "--yes", env=env)


def test_a_relative_path_restores(club: Club, tmp_path: Path) -> None:
    backup = club.backups.make()
    shutil.copy(backup, tmp_path / "b.sqlite3")
    shutil.copy(manifest_path(backup), manifest_path(tmp_path / "b.sqlite3"))
    club.db.engine.dispose()
    out = cli("restore", "b.sqlite3", env={"CLUBDESK_DB": str(club.db.path)},
              cwd=tmp_path).stdout
    assert "Sauvegarde restaurée" in out


def test_a_failed_restore_puts_the_club_back(club: Club, tmp_path: Path) -> None:
    """A backup at an older schema whose upgrade fails: the club comes back by itself."""
    older = tmp_path / "older.sqlite3"
    club.db.backup_to(older)  # the same club (same identity), then taken back to 0005
    old = Club.open(str(older))
    old.db.downgrade("0005")
    old.close()
    with sqlite3.connect(older) as conn:  # an orphan row: its upgrade will be cancelled
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO attendance (member_id, date, half_day, mode) "
                     "VALUES (999, '2025-01-07', 'am', 'onsite')")
    count = club.attendance.count()
    with pytest.raises(ClubdeskError, match="remise comme avant"):
        club.backups.restore(older, without_manifest=True)
    assert club.attendance.count() == count
    assert club.db.current_revision() == club.db.status()["head"]
    assert club.db.check()["ok"]


# 10 ------------------------------------------------------------------------------------


def test_a_plain_file_swapped_in_for_an_encrypted_club_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_club) -> None:
    monkeypatch.delenv("CLUBDESK_PASSPHRASE", raising=False)
    path = tmp_path / "club.sqlite3"
    Database.open(str(path), passphrase=KEY).close()
    plain = tmp_path / "plain.sqlite3"
    make_club(plain).close()
    for side in path.parent.glob("club.sqlite3*"):
        side.unlink()  # the club, its -wal and its .chiffrement marker
    shutil.copy(plain, path)
    before = digest(path)
    monkeypatch.setenv("CLUBDESK_PASSPHRASE", KEY)
    with pytest.raises(DatabaseError, match="n'est pas chiffrée alors qu'une phrase"):
        Database.open(str(path))
    monkeypatch.delenv("CLUBDESK_PASSPHRASE")
    with pytest.raises(DatabaseError, match="n'est pas chiffrée alors qu'une phrase"):
        Database.open(str(path), passphrase=KEY)
    assert digest(path) == before


# 12 ------------------------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_club_files_and_backups_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual umask: 0644 files unless we say otherwise
    try:
        path = tmp_path / "new" / "club.sqlite3"
        club = Club.open(str(path), create_parent=True)
        club.members.create("Émilie")
        assert mode(path.parent) == 0o700
        for file in [path, *path.parent.glob("club.sqlite3-*")]:
            assert mode(file) == 0o600, file.name
        backup = club.backups.make()
        assert mode(backup.parent) == 0o700
        assert mode(backup) == 0o600 and mode(manifest_path(backup)) == 0o600
        aside = club.backups.restore(backup)
        assert mode(aside) == 0o600
        club.close()
    finally:
        os.umask(old)


def test_backup_on_a_full_disk_is_one_sentence_and_leaves_nothing(club: Club,
                                                                  small_disk) -> None:
    folder = small_disk(64)
    (folder / "club-sauvegarde-20261001-120000.sqlite3").write_bytes(b"x")  # not deleted
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(ClubdeskError, match="le disque est plein") as caught:
        club.backups.make(folder)
    assert "\n" not in str(caught.value)
    assert sorted(p.name for p in folder.iterdir()) == before
    done = cli("backup", str(folder), env={"CLUBDESK_DB": str(club.db.path)}, rc=1)
    assert done.stderr.count("\n") == 1 and "le disque est plein" in done.stderr
    assert sorted(p.name for p in folder.iterdir()) == before


def test_folders_the_person_chose_keep_their_rights(tmp_path: Path) -> None:
    """Only clubdesk's own folders are made private: a backup into a folder the person chose
    (a USB key, /tmp) or a club file in a shared folder leaves that folder's rights alone.
    (The suite once turned /tmp itself into 0700, and PostgreSQL could not start after it.)"""
    shared = tmp_path / "partage"
    shared.mkdir()
    os.chmod(shared, 0o755)
    usb = tmp_path / "cle-usb"
    usb.mkdir()
    os.chmod(usb, 0o777)
    club = Club.open(str(shared / "club.sqlite3"))
    try:
        club.members.create("Émilie")
        backup = club.backups.make(usb)
        assert mode(backup) == 0o600
        assert mode(usb) == 0o777 and mode(shared) == 0o755
        assert mode(club.backups.make().parent) == 0o700  # clubdesk's own backups folder
    finally:
        club.close()
    assert mode(shared) == 0o755


def test_the_command_line_says_a_second_backup_replaces_the_first(club: Club) -> None:
    """`clubdesk backup` twice the same day: the path on stdout (for scripts), and on the
    second time a sentence saying it replaces the first one (the rotation keeps one a day)."""
    env = {"CLUBDESK_DB": str(club.db.path)}
    first = cli("backup", env={**env, "CLUBDESK_NOW": "2026-11-23T10:02"})
    assert first.stderr == "" and Path(first.stdout.strip()).is_file()
    second = cli("backup", env={**env, "CLUBDESK_NOW": "2026-11-23T16:30"})
    assert Path(second.stdout.strip()).is_file() and not Path(first.stdout.strip()).exists()
    assert second.stderr.strip() == ("Elle remplace celle de ce matin (10:02) : une seule "
                                     "sauvegarde est gardée par jour.")
