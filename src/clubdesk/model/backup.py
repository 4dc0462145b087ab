"""Backups that can be trusted: SQLite's online backup API (safe while the app writes), each
copy checked with integrity_check before it counts, rotation 7 daily / 5 weekly / 12 monthly,
an optional second folder (a USB key, another disk), and a restore that sets the current file
aside first, verifies, and can be undone. An encrypted database gives encrypted backups.

A club on a PostgreSQL server is backed up on each desk too: a local SQLite copy made with
clubdesk.model.transfer, in this desk's data directory (one folder per server and database),
with the same names, checks and rotation, so that the desk can open the last one read-only
when the server does not answer. Restoring into the server is `clubdesk db copy`'s job."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import make_url

from clubdesk import paths as app_paths
from clubdesk.model import clock, encryption
from clubdesk.model.access import ALL_ROLES, STAFF_ROLES, Actor, require
from clubdesk.model.audit import record
from clubdesk.model.db import Database, sqlite_path, to_url
from clubdesk.model.errors import ClubdeskError, say
from clubdesk.model.settings import SettingsService

_NAME = re.compile(r"-sauvegarde-(\d{8}-\d{6})\.sqlite3$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 5, 12
STALE_AFTER = timedelta(days=2)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    members: int | None  # None when the copy cannot be read (wrong key, damaged)


@dataclass(frozen=True)
class BackupStatus:
    last_good: datetime | None
    warnings: list[str]  # sentences, in the language of the moment (``say``)
    stale: bool = False  # the last good backup is older than STALE_AFTER (or there is none)
    unplugged: Path | None = None  # the second folder, when it is set but not there

    def sentence(self) -> str:
        if self.last_good is None:
            text = say("Aucune sauvegarde vérifiée pour l'instant.")
        else:
            when = self.last_good.astimezone()
            text = say("Dernière sauvegarde vérifiée : {day:%d/%m/%Y} à {time:%H:%M}.",
                       day=when, time=when)
        return " ".join([text, *self.warnings])


def verify_copy(path: Path, passphrase: str | None) -> int:
    """integrity_check on a copy; returns its number of members, or raises."""
    if not path.is_file():
        raise ClubdeskError("La sauvegarde « {path} » n'existe pas.", path=path)
    try:
        conn = encryption.connect(path, passphrase, readonly=True)
    except Exception as exc:  # noqa: BLE001 - sqlite3 and sqlcipher3 raise their own errors
        raise ClubdeskError("La sauvegarde « {path} » ne peut pas être lue.",
                            path=path) from exc
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise ClubdeskError("La sauvegarde « {path} » est abîmée ({result}).", path=path,
                                result=result)
        return int(conn.execute("SELECT count(*) FROM member").fetchone()[0])
    except ClubdeskError:
        raise
    except Exception as exc:  # noqa: BLE001 - sqlite3 and sqlcipher3 raise their own errors
        raise ClubdeskError("La sauvegarde « {path} » ne peut pas être lue.",
                            path=path) from exc
    finally:
        conn.close()


def count_members(path: Path, passphrase: str | None) -> int | None:
    try:
        conn = encryption.connect(path, passphrase, readonly=True)
    except Exception:  # noqa: BLE001 - unreadable: shown as such
        return None
    try:
        return int(conn.execute("SELECT count(*) FROM member").fetchone()[0])
    except Exception:  # noqa: BLE001
        return None
    finally:
        conn.close()


def backup_folder(url_or_target: str) -> Path:
    """Where the verified backups of a club live: ``backups/`` beside its SQLite file; for a
    server club, this desk's data directory, one folder per server and database
    (``127.0.0.1-5432-club``)."""
    url = to_url(url_or_target)
    path = sqlite_path(url)
    if path is not None:
        return path.parent / "backups"
    parsed = make_url(url)
    name = f"{parsed.host or 'localhost'}-{parsed.port or 5432}-{parsed.database or ''}"
    return app_paths.backups_dir() / re.sub(r"[^\w.-]", "_", name)


def backup_stem(url_or_target: str) -> str:
    """The start of a backup's file name: the file's own name, or the server database's."""
    url = to_url(url_or_target)
    path = sqlite_path(url)
    return path.stem if path is not None else (make_url(url).database or "club")


def _taken_at(path: Path) -> datetime | None:
    m = _NAME.search(path.name)
    return datetime.strptime(m.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC) if m else None


def latest_local_backup(url_or_target: str) -> Path | None:
    """The newest verified backup of this club on this computer, found from the folder alone
    (no connection: for the « serveur injoignable » screen, which opens it read-only)."""
    folder = backup_folder(url_or_target)
    if not folder.is_dir():
        return None
    found = [(t, p) for p in folder.glob(f"{backup_stem(url_or_target)}-sauvegarde-*.sqlite3")
             if (t := _taken_at(p)) is not None]
    return max(found)[1] if found else None


def rotation_keep(times: list[datetime]) -> set[datetime]:
    """The newest backup of each of the last 7 days, 5 weeks and 12 months."""
    keep: set[datetime] = set()
    for key, count in ((lambda t: t.date(), KEEP_DAILY),
                       (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
                       (lambda t: (t.year, t.month), KEEP_MONTHLY)):
        newest: dict[object, datetime] = {}
        for t in sorted(times, reverse=True):
            newest.setdefault(key(t), t)
        keep |= set(sorted(newest.values(), reverse=True)[:count])
    return keep


class BackupService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    @property
    def folder(self) -> Path:
        return backup_folder(self.db.url)

    @property
    def key(self) -> str | None:
        """The backups' SQLCipher key: the file's own; for a server club's local copies,
        CLUBDESK_PASSPHRASE when it is set."""
        if self.db.path is not None:
            return self.db.passphrase
        return os.environ.get("CLUBDESK_PASSPHRASE") or None

    def second_folder(self) -> Path | None:
        text = SettingsService(self.db, self.actor).get_text("backup_second_folder")
        return Path(text) if text else None

    def make(self, dest: Path | None = None, *, now: datetime | None = None) -> Path:
        """A verified backup now (into ``dest``, else the backups folder and the second
        folder when it is set and present); returns the first copy's path."""
        require(self.actor, *STAFF_ROLES)
        now = (now or clock.now(UTC)).astimezone(UTC)
        targets = [dest] if dest is not None else [self.folder]
        second = self.second_folder()
        if dest is None and second is not None and second.is_dir():
            targets.append(second)
        written: list[Path] = []
        for folder in targets:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{backup_stem(self.db.url)}-sauvegarde-{now:%Y%m%d-%H%M%S}.sqlite3"
            tmp = path.with_name(path.name + ".en-cours")
            try:
                self._copy_to(tmp, written[0] if written else None)
                verify_copy(tmp, self.key)
                os.replace(tmp, path)
                if encryption.marker(tmp).exists():
                    os.replace(encryption.marker(tmp), encryption.marker(path))
            except OSError as exc:
                raise ClubdeskError("La sauvegarde dans « {folder} » a échoué ({reason}) : "
                                    "libérez de la place ou vérifiez le disque.",
                                    folder=folder, reason=exc.strerror or exc) from exc
            finally:
                for leftover in (tmp, tmp.with_name(tmp.name + "-wal"),
                                 tmp.with_name(tmp.name + "-shm"), encryption.marker(tmp)):
                    leftover.unlink(missing_ok=True)
            written.append(path)
            if dest is None:
                self.rotate(folder)
        if self.db.path is not None:  # a server club's status is this desk's folder
            SettingsService(self.db, self.actor).set_text("last_good_backup", now.isoformat())
        record(self.db, self.actor, "backup", "club", written[0].name)
        return written[0]

    def _copy_to(self, tmp: Path, first: Path | None) -> None:
        """One consistent copy of the club into the new file ``tmp``."""
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), encryption.marker(tmp)):
            leftover.unlink(missing_ok=True)  # an interrupted earlier attempt
        if self.db.path is not None:
            self.db.backup_to(tmp)
        elif first is not None:  # the second folder: the verified first copy, not the server
            shutil.copy2(first, tmp)
        else:
            from clubdesk.model.transfer import copy_database

            copy_database(self.db, str(tmp), self.actor, passphrase=self.key)
            conn = encryption.connect(tmp, self.key)
            try:  # a backup is one self-contained file: no -wal or -shm beside it
                conn.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                conn.close()

    def backups(self, folder: Path | None = None) -> list[BackupInfo]:
        """Backups of this club, newest first, with their member count."""
        require(self.actor, *STAFF_ROLES)
        found = []
        for path in (folder or self.folder).glob("*-sauvegarde-*.sqlite3"):
            m = _NAME.search(path.name)
            if not m:
                continue
            taken = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            # Listing only reads the member count: every copy was integrity-checked when it
            # was made, and a restore checks it again before using it.
            members = count_members(path, self.key)
            found.append(BackupInfo(path, taken, members))
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    def rotate(self, folder: Path | None = None) -> list[Path]:
        """Keep 7 daily, 5 weekly, 12 monthly; remove the rest (pre-migration copies stay)."""
        require(self.actor, *STAFF_ROLES)
        folder = folder or self.folder
        by_time: dict[datetime, Path] = {}
        for path in folder.glob("*-sauvegarde-*.sqlite3"):
            m = _NAME.search(path.name)
            if m:
                by_time[datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")] = path
        keep = rotation_keep(list(by_time))
        removed = [p for t, p in by_time.items() if t not in keep]
        for path in removed:
            path.unlink()
        return sorted(removed)

    def status(self, now: datetime | None = None) -> BackupStatus:
        """For the status line of every desk: dates only, nothing about anyone."""
        require(self.actor, *ALL_ROLES)
        now = now or clock.now(UTC)
        # The newest verified copy in the backups folder (a file is renamed there only once
        # verified); for a file club, also the date it recorded, since a restore brings back
        # the date recorded when that older copy was made.
        latest = latest_local_backup(self.db.url)
        known = [_taken_at(latest)] if latest is not None else []
        if self.db.path is not None:
            text = SettingsService(self.db, self.actor).get_text("last_good_backup")
            known.append(datetime.fromisoformat(text) if text else None)
        last = max((t for t in known if t is not None), default=None)
        warnings = []
        stale = last is None or now - last > STALE_AFTER
        if stale:
            warnings.append(say("Attention : la dernière sauvegarde a plus de deux jours."))
        second = self.second_folder()
        unplugged = second if second is not None and not second.is_dir() else None
        if unplugged is not None:
            warnings.append(say("Le second dossier de sauvegarde ({folder}) n'est pas branché.",
                                folder=unplugged))
        return BackupStatus(last, warnings, stale=stale, unplugged=unplugged)

    def restore(self, backup: Path, *, damaged: bool = False) -> Path:
        """Replace the club with ``backup``; the current file is set aside first (returned:
        restoring it undoes the restore). ``damaged``: the current file failed its
        integrity check, so it is set aside as a plain file copy, kept for the record."""
        require(self.actor, "direction")
        if self.db.path is None:
            raise ClubdeskError("Sur un serveur, la restauration se fait avec clubdesk db copy "
                                "(de la sauvegarde vers une base vide) : voir "
                                "docs/postgresql.md.")
        verify_copy(backup, self.db.passphrase)
        stamp = clock.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        self.folder.mkdir(parents=True, exist_ok=True)
        aside = self.folder / f"{self.db.path.stem}-avant-restauration-{stamp}.sqlite3"
        if damaged:
            self.db.engine.dispose()
            shutil.copy2(self.db.path, aside)
        else:
            self.db.backup_to(aside)
            verify_copy(aside, self.db.passphrase)
        source = encryption.connect(backup, self.db.passphrase, readonly=True)
        try:
            raw = self.db.engine.raw_connection()
            try:
                target = raw.driver_connection
                source.backup(target)  # the live file, page by page, under its own lock
            finally:
                raw.close()
        finally:
            source.close()
        self.db.engine.dispose()
        verify_copy(self.db.path, self.db.passphrase)
        record(self.db, self.actor, "restore", "club", backup.name)
        return aside


