"""Backups, restore and faults: nothing lost, every failure said in words."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from clubdesk.model import clock
from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError, DatabaseError
from clubdesk.model.storage.backup import rotation_keep
from clubdesk.model.storage.backup_manifest import manifest_path
from clubdesk.model.storage.db import Database

TODAY = date(2026, 11, 23)


def dump(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


@pytest.fixture
def demo_club(tmp_path: Path, demo_files):
    club = Club.open(str(demo_files.copy(tmp_path / "club.sqlite3")))
    yield club
    club.close()


def test_a_verified_backup_is_listed_with_its_member_count(demo_club: Club) -> None:
    path = demo_club.backups.make()
    assert path.parent.name == "backups" and path.exists()
    assert not list(path.parent.glob("*.en-cours*")) and not list(path.parent.glob("*-wal"))
    (info,) = demo_club.backups.backups()
    assert info.path == path and info.members == demo_club.members.count()
    status = demo_club.backups.status()
    assert status.last_good is not None and status.warnings == []
    assert "Dernière sauvegarde vérifiée" in status.sentence()


def test_second_folder_and_warnings(demo_club: Club, tmp_path: Path) -> None:
    usb = tmp_path / "cle-usb"
    demo_club.settings.set_text("backup_second_folder", str(usb))
    status = demo_club.backups.status()
    assert any("n'est pas branché" in w for w in status.warnings)
    # never backed up: one warning, not « la dernière sauvegarde a plus de deux jours »
    assert status.stale and not any("plus de deux jours" in w for w in status.warnings)
    assert status.sentence().startswith("Attention : aucune sauvegarde vérifiée pour l'instant.")
    usb.mkdir()
    first = demo_club.backups.make()
    assert list(usb.glob("*-sauvegarde-*.sqlite3"))[0].name == first.name
    later = clock.now(UTC) + timedelta(days=3)
    assert any("plus de deux jours" in w for w in demo_club.backups.status(later).warnings)


def test_rotation_keeps_exactly_7_daily_5_weekly_12_monthly(demo_club: Club) -> None:
    folder = demo_club.backups.folder
    folder.mkdir()
    source = demo_club.backups.make(folder / "x")
    day = date(2025, 1, 1)
    while day <= TODAY:  # one backup a day at noon for almost two years, with its manifest
        copy = folder / f"club-sauvegarde-{day:%Y%m%d}-120000.sqlite3"
        shutil.copy(source, copy)
        shutil.copy(manifest_path(source), manifest_path(copy))
        day += timedelta(days=1)
    demo_club.backups.rotate()
    kept = sorted(p.name[16:24] for p in folder.glob("club-sauvegarde-*.sqlite3"))
    expected = sorted(
        [f"202611{d:02d}" for d in range(17, 24)]                   # 7 days
        + ["20261115", "20261108", "20261101"]                      # + weeks 46, 45, 44
        + ["20261031", "20260930", "20260831", "20260731", "20260630", "20260531",
           "20260430", "20260331", "20260228", "20260131", "20251231"])  # + 11 months
    assert kept == expected


def test_rotation_keep_is_the_newest_per_period() -> None:
    times = [datetime(2026, 11, 23, h) for h in (8, 12, 18)]
    assert rotation_keep(times) == {datetime(2026, 11, 23, 18)}


def test_encrypted_database_gives_encrypted_backups(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLUBDESK_PASSPHRASE", raising=False)
    club = Club(Database.open(str(tmp_path / "club.sqlite3"), passphrase="clé du club"))
    club.members.create("Zéphyrine", last_name="Canarivore")
    path = club.backups.make()
    assert b"Canarivore" not in path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM member").fetchall()
    assert club.backups.backups()[0].members == 1
    club.close()


def test_restore_sets_the_current_file_aside_and_can_be_undone(demo_club: Club) -> None:
    backup = demo_club.backups.make()
    count = demo_club.attendance.count()
    member = demo_club.members.list_members("current")[0]
    demo_club.attendance.check_in(member.id, date(2027, 1, 4), "am")
    aside = demo_club.backups.restore(backup)
    assert demo_club.attendance.count() == count  # the later check-in is not in the backup
    assert demo_club.db.check()["ok"]
    demo_club.backups.restore(aside)  # undo
    assert demo_club.attendance.count() == count + 1


def test_after_a_restore_the_status_gives_the_newest_backup(demo_club: Club) -> None:
    """The restored copy brings back the date it recorded (older); the folder knows better."""
    old = demo_club.backups.make(now=datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    newest = datetime(2026, 11, 22, 17, 30, tzinfo=UTC)
    demo_club.backups.make(now=newest)
    assert demo_club.backups.status(newest).last_good == newest
    demo_club.backups.restore(old)
    assert demo_club.settings.get_text("last_good_backup") < newest.isoformat()  # the copy's
    status = demo_club.backups.status(newest + timedelta(hours=1))
    assert status.last_good == newest and not status.stale


def test_a_damaged_backup_is_refused_and_nothing_changes(demo_club: Club) -> None:
    backup = demo_club.backups.make()
    data = bytearray(backup.read_bytes())
    data[5000:9000] = b"\x00" * 4000
    backup.write_bytes(bytes(data))
    path = demo_club.db.path
    demo_club.db.close()
    before = dump(path)
    club = Club.open(str(path))
    with pytest.raises(ClubdeskError, match="abîmée|ne peut pas être lue|modifiée"):
        club.backups.restore(backup)
    club.close()
    assert dump(path) == before


def test_disk_full_refuses_the_write_and_keeps_the_data(demo_club: Club) -> None:
    count = demo_club.attendance.count()

    @event.listens_for(demo_club.db.engine, "connect")
    def small_disk(dbapi_conn, _record) -> None:  # SQLite's own "disk is full", for real
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    demo_club.db.engine.dispose()
    with pytest.raises(DatabaseError, match="disque .* est plein"):
        for n in range(2000):
            demo_club.members.create(f"Personne {n}", last_name="x" * 90,
                                     address="y" * 290, other_peer_places="z" * 490)
    event.remove(demo_club.db.engine, "connect", small_disk)
    demo_club.db.engine.dispose()
    assert demo_club.attendance.count() == count
    assert demo_club.db.check()["ok"]


def test_a_read_only_file_is_said_in_words(tmp_path: Path) -> None:
    path = tmp_path / "club.sqlite3"
    club = Club.open(str(path))
    club.members.create("Émilie")
    club.close()
    for side in tmp_path.glob("club.sqlite3-*"):
        side.unlink()
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("chattr is not allowed here (a root test cannot make a file read-only)")
    try:
        club = Club.open(str(path))
        with pytest.raises(DatabaseError, match="lecture seule|n'a pas pu|Impossible"):
            club.members.create("Paul")
        club.close()
    except DatabaseError as exc:
        assert "lecture seule" in str(exc) or "Impossible" in str(exc)
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_corrupt_file_names_the_latest_good_backup(demo_club: Club) -> None:
    backup = demo_club.backups.make()
    path = demo_club.db.path
    demo_club.db.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096 * 5):
        data[offset + 64:offset + 2048] = b"\xff" * 1984
    path.write_bytes(bytes(data))
    for side in path.parent.glob(path.name + "-*"):
        side.unlink()
    result = Database.open(str(path)).check()
    assert not result["ok"]
    assert f"clubdesk restore {backup}" in " ".join(result["integrity"])


def test_two_instances_on_one_file_never_say_locked(tmp_path: Path) -> None:
    path = tmp_path / "club.sqlite3"
    first = Club.open(str(path))
    ids = [first.members.create(f"M{n}", joined_on=date(2025, 1, 6)).id for n in range(60)]
    second = Club.open(str(path))
    errors: list[Exception] = []

    def desk(club: Club, mine: list[int]) -> None:
        for member_id in mine:
            try:
                club.attendance.check_in(member_id, TODAY, "am")
            except Exception as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)

    threads = [threading.Thread(target=desk, args=(first, ids[::2])),
               threading.Thread(target=desk, args=(second, ids[1::2]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert first.attendance.count() == 60
    first.close()
    second.close()


def test_a_failing_migration_leaves_the_database_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "club.sqlite3"
    club = Club.open(str(path))
    club.members.create("Émilie", joined_on=date(2025, 1, 6))
    club.db.downgrade("0005")
    club.close()
    with sqlite3.connect(path) as conn:  # an orphan row, as an old bug might have left
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO attendance (member_id, date, half_day, mode) "
                     "VALUES (999, '2025-01-07', 'am', 'onsite')")
    before = dump(path)
    with pytest.raises(DatabaseError, match="annulée"):
        Database.open(str(path))
    assert dump(path) == before  # still at 0005, nothing half-migrated
    copies = list((tmp_path / "backups").glob("*avant-mise-a-jour-0005*.sqlite3"))
    assert len(copies) == 1 and dump(copies[0]) == before


def test_a_second_backup_the_same_day_says_it_replaces_the_first(demo_club: Club) -> None:
    """The rotation keeps one backup a day: the second of the day takes the first one's
    place, and says so with the first one's time (local)."""
    from clubdesk.model.storage.backup import replaced_note

    morning = clock.now(UTC).replace(microsecond=0)  # 10:00 on the club's clock
    first = demo_club.backups.make(now=morning)
    assert replaced_note(first) == ""
    noon = morning + timedelta(hours=2, minutes=7)
    second = demo_club.backups.make(now=noon)
    assert not first.exists() and second.exists()
    folder = demo_club.backups.folder
    assert [p.name for p in folder.glob("*-sauvegarde-*.sqlite3")] == [second.name]
    assert replaced_note(second) == (
        f"Elle remplace celle de ce matin ({morning.astimezone():%H:%M}) : une seule "
        "sauvegarde est gardée par jour.")
    afternoon = demo_club.backups.make(now=noon + timedelta(hours=3))
    assert replaced_note(afternoon).startswith(
        f"Elle remplace celle de cet après-midi ({noon.astimezone():%H:%M})")
    # the next day's backup replaces nothing: yesterday's stays among the daily ones
    tomorrow = demo_club.backups.make(now=morning + timedelta(days=1))
    assert replaced_note(tomorrow) == "" and afternoon.exists()
    # a backup into a folder the person chose is not rotated: it replaces nothing
    chosen = demo_club.backups.make(folder / "choisi", now=noon + timedelta(hours=4))
    assert replaced_note(chosen) == ""


def test_a_second_club_in_the_same_folder_replaces_none_of_the_first_clubs_backups(
        tmp_path: Path) -> None:
    """Two clubs' files side by side share one backups folder: each club's backup of the
    day replaces only its own earlier one, and says so only then."""
    from clubdesk.model.storage.backup import replaced_note

    first, second = (Club.open(str(tmp_path / f"{name}.sqlite3")) for name in ("gem", "club"))
    try:
        assert first.backups.folder == second.backups.folder
        morning = clock.now(UTC).replace(microsecond=0)
        gem_morning = first.backups.make(now=morning)
        club_noon = second.backups.make(now=morning + timedelta(hours=2))
        assert replaced_note(club_noon) == ""  # the other club's copy is not its own
        assert gem_morning.exists() and club_noon.exists()
        club_later = second.backups.make(now=morning + timedelta(hours=5))
        assert not club_noon.exists() and gem_morning.exists()
        local_noon = (morning + timedelta(hours=2)).astimezone()
        assert replaced_note(club_later).startswith(
            f"Elle remplace celle de cet après-midi ({local_noon:%H:%M})")
        assert [b.path for b in first.backups.backups()] == [gem_morning]
        assert [b.path for b in second.backups.backups()] == [club_later]
    finally:
        first.close()
        second.close()
