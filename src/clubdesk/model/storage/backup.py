"""Backups that can be trusted: SQLite's online backup API (safe while the app writes), each
copy checked with integrity_check before it counts, rotation 7 daily / 5 weekly / 12 monthly,
an optional second folder (a USB key, another disk), and a restore that sets the current file
aside first, verifies, and can be undone. An encrypted database gives encrypted backups.

A club on a PostgreSQL server is backed up on each desk too: a local SQLite copy made with
clubdesk.model.storage.transfer, in this desk's data directory (one folder per server and database),
with the same names, checks and rotation, so that the desk can open the last one read-only
when the server does not answer. Restoring into the server is `clubdesk db copy`'s job."""

from __future__ import annotations

import errno
import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import make_url

from clubdesk import paths as app_paths
from clubdesk.model import clock
from clubdesk.model.access import ALL_ROLES, STAFF_ROLES, Actor, require
from clubdesk.model.audit import seal
from clubdesk.model.audit.seal import Anchor
from clubdesk.model.audit.trail import record
from clubdesk.model.errors import ClubdeskError, say
from clubdesk.model.settings import SettingsService
from clubdesk.model.storage import encryption
from clubdesk.model.storage.backup_manifest import (
    MANIFEST_SUFFIX,
    CopyFacts,
    Manifest,
    RestoreNeedsConfirmation,
    inspect_copy,
    manifest_path,
    read_manifest,
    sha256_of,
    write_manifest,
)
from clubdesk.model.storage.club_identity import club_identity, read_identity
from clubdesk.model.storage.db import Database, head_revision, sqlite_path, to_url
from clubdesk.model.storage.private_files import create_private, private_dir, tighten

_NAME = re.compile(r"-sauvegarde-(\d{8}-\d{6})\.sqlite3$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 5, 12
STALE_AFTER = timedelta(days=2)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    members: int | None  # None when the copy cannot be read (wrong key, damaged)
    manifest: bool = True  # False: an old backup, restored only when the person confirms


@dataclass(frozen=True)
class BackupStatus:
    last_good: datetime | None
    warnings: list[str]  # sentences, in the language of the moment (``say``)
    stale: bool = False  # the last good backup is older than STALE_AFTER (or there is none)
    unplugged: Path | None = None  # the second folder, when it is set but not there

    def sentence(self) -> str:
        if self.last_good is None:
            # one warning, not « aucune sauvegarde » then « la dernière sauvegarde a plus de
            # deux jours » (there is no last one)
            text = say("Attention : aucune sauvegarde vérifiée pour l'instant.")
        else:
            when = self.last_good.astimezone()
            text = say("Dernière sauvegarde vérifiée : {day:%d/%m/%Y} à {time:%H:%M}.",
                       day=when, time=when)
        return " ".join([text, *self.warnings])


def verify_copy(path: Path, passphrase: str | None) -> int:
    """integrity_check on a copy, and that it is a clubdesk database; its number of members,
    or a refusal in one sentence."""
    return inspect_copy(path, passphrase).members


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


def _reason(exc: BaseException) -> str:
    """Why a write failed, in words (a full disk is the usual one)."""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return say("le disque est plein")
    text = str(exc).lower()
    if "disk is full" in text or "no space" in text:
        return say("le disque est plein")
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return say("erreur d'écriture")


def _remove_with_sides(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"),
                     path.with_name(path.name + "-shm"),
                     path.with_name(path.name + "-journal"), encryption.marker(path)):
        leftover.unlink(missing_ok=True)


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


def newest_manifest_anchor(url_or_target: str, identity: str,
                           after: datetime | None = None) -> Anchor | None:
    """The newest audit position held by a manifest of this club's backups (its backups
    folder), for `audit verify`; backups taken before ``after`` (the club's last restore)
    are left out."""
    folder = backup_folder(url_or_target)
    best: tuple[int, str, Path] | None = None
    for manifest_file in folder.glob(f"*{MANIFEST_SUFFIX}") if folder.is_dir() else ():
        backup = manifest_file.with_name(manifest_file.name[:-len(MANIFEST_SUFFIX)])
        taken = _taken_at(backup)
        if after is not None and (taken is None or taken < after):
            continue
        manifest = read_manifest_quietly(backup)
        if (manifest is None or manifest.club != identity or manifest.audit_seq is None
                or not manifest.audit_seal):
            continue
        if best is None or manifest.audit_seq > best[0]:
            best = (manifest.audit_seq, manifest.audit_seal, backup)
    if best is None:
        return None
    return Anchor(identity, best[0], best[1],
                  say("manifeste de la sauvegarde « {path} »", path=best[2].name))


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


def _own_name(stem: str) -> re.Pattern[str]:
    """Names this club's file gives its copies (for copies that have no manifest)."""
    return re.compile(re.escape(stem) + r"-(sauvegarde-\d{8}-\d{6}|avant-restauration-[\d-]+"
                      r"|avant-mise-a-jour-\w+-[\d-]+)\.sqlite3$")


@dataclass(frozen=True)
class Protection:
    """What encrypting (or changing the key of) a club did to its existing backups."""

    converted: list[Path]
    removed: list[Path]  # could not be converted: deleted rather than left readable
    unplugged: Path | None = None  # the second folder, not there: its copies are unchanged


def convert_backups(files: list[Path], old_key: str | None, new_key: str) -> Protection:
    """Give every copy in ``files`` the key ``new_key`` (each through a temporary file in its
    own folder, then renamed; its manifest rewritten). A copy that cannot be converted is
    deleted when it was plain (never left readable), kept otherwise."""
    converted: list[Path] = []
    removed: list[Path] = []
    for path in files:
        tmp = path.with_name(path.name + ".conversion-en-cours")
        had_manifest = manifest_path(path).exists()  # an old backup gains no guarantee
        try:
            _remove_with_sides(tmp)
            encryption.export_copy(path, old_key, tmp, new_key)
            facts = inspect_copy(tmp, new_key)
            if old_key is None:  # a plain copy: its bytes are overwritten before it goes
                _wipe(path)
            os.replace(tmp, path)
            if had_manifest:
                write_manifest(path, facts)
            converted.append(path)
        except Exception:  # noqa: BLE001 - a copy that cannot be converted is said below
            if old_key is None:
                _wipe(path)
                path.unlink(missing_ok=True)
                manifest_path(path).unlink(missing_ok=True)
                removed.append(path)
        finally:
            _remove_with_sides(tmp)
    return Protection(converted, removed)


def read_manifest_quietly(path: Path) -> Manifest | None:
    try:
        return read_manifest(path)
    except ClubdeskError:
        return None


def _wipe(path: Path) -> None:
    """Overwrite a plain copy with zeros before it is replaced or deleted."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as fh:
            fh.write(b"\x00" * size)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass


# the backup of the same day that a new one replaced (the rotation keeps one a day), by the
# new one's path: what « Sauvegarder maintenant » and `clubdesk backup` say after the path
_REPLACED: dict[Path, datetime] = {}
_REPLACED_KEPT = 20


def _note_replaced(path: Path, now: datetime, removed: list[Path]) -> None:
    same_day = [t for t in map(_taken_at, removed)
                if t is not None and t.date() == now.date() and t < now]
    if same_day:
        _REPLACED[path] = max(same_day)
        while len(_REPLACED) > _REPLACED_KEPT:
            del _REPLACED[next(iter(_REPLACED))]


def replaced_note(path: Path) -> str:
    """« Elle remplace celle de ce matin (10:02)… » when the backup ``path`` made by this
    program took the place of an earlier one of the same day; else an empty text."""
    replaced = _REPLACED.get(Path(path))
    if replaced is None:
        return ""
    made = _taken_at(Path(path))
    local = replaced.astimezone()
    time = f"{local:%H:%M}"
    if made is not None and made.astimezone().date() != local.date():
        return say("Elle remplace celle de la veille ({time}) : une seule sauvegarde est "
                   "gardée par jour.", time=time)
    if local.hour < 12:
        return say("Elle remplace celle de ce matin ({time}) : une seule sauvegarde est "
                   "gardée par jour.", time=time)
    if local.hour < 18:
        return say("Elle remplace celle de cet après-midi ({time}) : une seule sauvegarde "
                   "est gardée par jour.", time=time)
    return say("Elle remplace celle de ce soir ({time}) : une seule sauvegarde est gardée "
               "par jour.", time=time)


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

    def identity(self) -> str | None:
        """The club's identity (None when the file cannot be read: a damaged club)."""
        require(self.actor, *ALL_ROLES)
        return read_identity(self.db)

    def second_folder(self) -> Path | None:
        text = SettingsService(self.db, self.actor).get_text("backup_second_folder")
        return Path(text) if text else None

    def make(self, dest: Path | None = None, *, now: datetime | None = None) -> Path:
        """A verified backup now (into ``dest``, else the backups folder and the second
        folder when it is set and present), each with its manifest; returns the first
        copy's path. Each copy is written under a temporary name and renamed once verified;
        a failure leaves no temporary file and deletes nothing."""
        require(self.actor, *STAFF_ROLES)
        now = (now or clock.now(UTC)).astimezone(UTC)
        identity = club_identity(self.db)  # before the copy, so that the copy holds it
        targets = [dest] if dest is not None else [self.folder]
        second = self.second_folder()
        if dest is None and second is not None and second.is_dir():
            targets.append(second)
        written: list[Path] = []
        for folder in targets:
            try:
                written.append(self._make_one(folder, now, identity,
                                              written[0] if written else None))
            except ClubdeskError as exc:
                if not written:
                    raise
                self._after_backup(written, now, dest)
                raise ClubdeskError("La sauvegarde est faite dans « {done} », mais pas dans "
                                    "« {folder} » : {reason}", done=written[0].parent,
                                    folder=folder, reason=exc.message) from exc
        self._after_backup(written, now, dest)
        return written[0]

    def _after_backup(self, written: list[Path], now: datetime, dest: Path | None) -> None:
        if dest is None:
            for path in written:
                removed = self.rotate(path.parent)
                if path == written[0]:
                    _note_replaced(path, now, removed)
        if self.db.path is not None:  # a server club's status is this desk's folder
            SettingsService(self.db, self.actor).set_text("last_good_backup", now.isoformat())
        record(self.db, self.actor, "backup", "club", written[0].name)

    def _make_one(self, folder: Path, now: datetime, identity: str,
                  first: Path | None) -> Path:
        path = folder / f"{backup_stem(self.db.url)}-sauvegarde-{now:%Y%m%d-%H%M%S}.sqlite3"
        tmp = path.with_name(path.name + ".en-cours")
        manifest = manifest_path(path)
        try:
            private_dir(folder, ours=folder == self.folder)
            _remove_with_sides(tmp)  # an interrupted earlier attempt
            self._copy_to(tmp, first)
            facts = inspect_copy(tmp, self.key)
            if facts.club != identity:
                raise ClubdeskError("La copie « {path} » ne porte pas l'identité du club : "
                                    "elle n'a pas été gardée.", path=path)
            write_manifest(tmp, facts)
            os.replace(manifest_path(tmp), manifest)
            os.replace(tmp, path)
            tighten(path)
        except ClubdeskError:
            if not path.exists():
                manifest.unlink(missing_ok=True)
            raise
        except Exception as exc:  # noqa: BLE001 - a full disk, a missing key: said in words
            if not path.exists():
                manifest.unlink(missing_ok=True)
            raise ClubdeskError("La sauvegarde dans « {folder} » a échoué ({reason}) : "
                                "libérez de la place ou vérifiez le disque. Rien n'a été "
                                "supprimé.", folder=folder, reason=_reason(exc)) from exc
        finally:
            _remove_with_sides(tmp)
            manifest_path(tmp).unlink(missing_ok=True)
        return path

    def _copy_to(self, tmp: Path, first: Path | None) -> None:
        """One consistent copy of the club into the new file ``tmp`` (mode 0600)."""
        create_private(tmp)
        if self.db.path is not None:
            self.db.backup_to(tmp)
        elif first is not None:  # the second folder: the verified first copy, not the server
            shutil.copyfile(first, tmp)
        else:
            from clubdesk.model.storage.transfer import copy_database

            copy_database(self.db, str(tmp), self.actor, passphrase=self.key)
            conn = encryption.connect(tmp, self.key)
            try:  # a backup is one self-contained file: no -wal or -shm beside it
                conn.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                conn.close()

    def _is_ours(self, path: Path, identity: str | None) -> tuple[bool, bool]:
        """(this club's copy, it has a manifest). With a manifest, the identity decides;
        without one (an old backup), only this club's own file name does."""
        manifest = read_manifest_quietly(path)
        if manifest is not None and identity is not None and manifest.club is not None:
            return manifest.club == identity, True
        if _own_name(backup_stem(self.db.url)).fullmatch(path.name) is None:
            return False, manifest is not None
        return True, manifest is not None

    def backups(self, folder: Path | None = None) -> list[BackupInfo]:
        """Backups of this club (by its identity; old backups without a manifest by this
        club's file name), newest first, with their member count."""
        require(self.actor, *STAFF_ROLES)
        identity = self.identity()
        found = []
        for path in (folder or self.folder).glob("*-sauvegarde-*.sqlite3"):
            taken = _taken_at(path)
            if taken is None:
                continue
            ours, manifest = self._is_ours(path, identity)
            if not ours:
                continue
            # Listing only reads the member count: every copy was checked when it was made,
            # and a restore checks it again, with its manifest, before using it.
            members = count_members(path, self.key)
            found.append(BackupInfo(path, taken, members, manifest))
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    def own_files(self) -> list[Path]:
        """Every copy of this club in its backup folders: backups, copies set aside before a
        restore or a migration (for `db encrypt` and `db rekey`)."""
        require(self.actor, "direction")
        identity = self.identity()
        folders = [self.folder]
        second = self.second_folder()
        if second is not None and second.is_dir():
            folders.append(second)
        files = []
        for folder in folders:
            if folder.is_dir():
                files += [p for p in sorted(folder.glob("*.sqlite3"))
                          if self._is_ours(p, identity)[0]]
        return files

    def rotate(self, folder: Path | None = None) -> list[Path]:
        """Keep 7 daily, 5 weekly, 12 monthly of this club's backups (those whose manifest
        names this club); remove the rest. Other clubs' backups, copies set aside before a
        restore or a migration and old backups without a manifest are never removed."""
        require(self.actor, *STAFF_ROLES)
        folder = folder or self.folder
        identity = self.identity()
        if identity is None:
            return []
        by_time: dict[datetime, Path] = {}
        for path in folder.glob("*-sauvegarde-*.sqlite3"):
            taken = _taken_at(path)
            manifest = read_manifest_quietly(path)
            if taken is not None and manifest is not None and manifest.club == identity:
                by_time[taken] = path
        keep = rotation_keep(list(by_time))
        removed = [p for t, p in by_time.items() if t not in keep]
        for path in removed:
            path.unlink()
            manifest_path(path).unlink(missing_ok=True)
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
        if stale and last is not None:
            warnings.append(say("Attention : la dernière sauvegarde a plus de deux jours."))
        second = self.second_folder()
        unplugged = second if second is not None and not second.is_dir() else None
        if unplugged is not None:
            warnings.append(say("Le second dossier de sauvegarde ({folder}) n'est pas branché.",
                                folder=unplugged))
        return BackupStatus(last, warnings, stale=stale, unplugged=unplugged)

    def check_backup(self, backup: Path, *, other_club: bool = False,
                     without_manifest: bool = False, damaged: bool = False) -> CopyFacts:
        """Everything a restore checks before touching the club: the file is a sound
        clubdesk database of a schema this version opens or upgrades, readable with the
        club's key, unchanged since it was made (its manifest's SHA-256), and of this club.
        ``other_club`` / ``without_manifest``: the person confirmed, in words, a backup of
        another club / a backup without a manifest (see RestoreNeedsConfirmation);
        ``damaged``: the club's file cannot be read, so its identity is not compared."""
        require(self.actor, "direction")
        backup = Path(backup).expanduser().resolve()
        manifest = read_manifest(backup)
        if manifest is not None and sha256_of(backup) != manifest.sha256:
            raise ClubdeskError("La sauvegarde « {path} » a été modifiée depuis qu'elle a été "
                                "faite (son empreinte ne correspond plus) : rien n'a été "
                                "restauré.", path=backup)
        facts = inspect_copy(backup, self.db.passphrase)
        if manifest is not None and (manifest.club != facts.club
                                     or manifest.schema != facts.revision
                                     or manifest.members != facts.members):
            raise ClubdeskError("La sauvegarde « {path} » ne correspond pas à son manifeste : "
                                "rien n'a été restauré.", path=backup)
        if manifest is None and not without_manifest:
            raise RestoreNeedsConfirmation(
                "La sauvegarde « {path} » n'a pas de manifeste (une ancienne "
                "sauvegarde, ou un fichier venu d'ailleurs) : rien ne prouve qu'elle n'a pas "
                "été modifiée. Rien n'a été restauré ; confirmez pour la restaurer quand "
                "même.", kind="no_manifest", path=backup)
        # A club that was never backed up has no identity yet: a backup that has one is
        # another club's. A damaged club cannot say: the person chose this file's latest.
        mine = self.identity()
        if not damaged and facts.club != mine and not other_club:
            raise RestoreNeedsConfirmation(
                "La sauvegarde « {path} » est celle d'un autre club ({members} "
                "membres) : rien n'a été restauré. Confirmez pour remplacer ce club par "
                "l'autre.", kind="other_club", path=backup, members=facts.members)
        return facts

    def restore(self, backup: Path, *, damaged: bool = False, other_club: bool = False,
                without_manifest: bool = False) -> Path:
        """Replace the club with ``backup``, once every check of ``check_backup`` passed; the
        current file is set aside first (returned: restoring it undoes the restore). A
        refusal leaves the club as it was, byte for byte; a failure during the restore puts
        the set-aside copy back by itself. ``damaged``: the current file failed its
        integrity check (the person confirmed the latest backup), so it is set aside as a
        plain file copy, kept for the record, and a backup without a manifest is accepted."""
        require(self.actor, "direction")
        if self.db.path is None:
            raise ClubdeskError("Sur un serveur, la restauration se fait avec clubdesk db copy "
                                "(de la sauvegarde vers une base vide) : voir "
                                "docs/postgresql.md.")
        backup = Path(backup).expanduser().resolve()
        facts = self.check_backup(backup, other_club=other_club,
                                  without_manifest=without_manifest or damaged,
                                  damaged=damaged)
        aside = self._set_aside(damaged)
        try:
            self._replace_with(backup)
            if facts.revision != head_revision():
                self.db.upgrade()
            inspect_copy(self.db.path, self.db.passphrase)
        except Exception as exc:  # noqa: BLE001 - put the club back, then say it
            try:
                self._replace_with(aside)
            except Exception as again:  # noqa: BLE001
                raise ClubdeskError("La restauration a échoué et la base n'a pas pu être "
                                    "remise : la base d'avant est gardée dans « {aside} » "
                                    "(clubdesk restore {aside}).", aside=aside) from again
            reason = exc.message if isinstance(exc, ClubdeskError) else _reason(exc)
            raise ClubdeskError("La restauration a échoué ({reason}) : la base a été remise "
                                "comme avant.", reason=reason) from exc
        # the trail went back to the backup's: its anchor starts again from the restore entry
        seal.forget_anchor(self.db.url)
        record(self.db, self.actor, "restore", "club", backup.name)
        return aside

    def _set_aside(self, damaged: bool) -> Path:
        """A copy of the current club in the backups folder (with its manifest when it can
        be read), before a restore replaces it."""
        assert self.db.path is not None
        stamp = clock.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        aside = self.folder / f"{self.db.path.stem}-avant-restauration-{stamp}.sqlite3"
        tmp = aside.with_name(aside.name + ".en-cours")
        try:
            private_dir(self.folder, ours=True)
            create_private(tmp)
            if damaged:
                self.db.engine.dispose()
                shutil.copyfile(self.db.path, tmp)
            else:
                self.db.backup_to(tmp)
                write_manifest(tmp, inspect_copy(tmp, self.db.passphrase))
                os.replace(manifest_path(tmp), manifest_path(aside))
            os.replace(tmp, aside)
        except ClubdeskError:
            manifest_path(aside).unlink(missing_ok=True)
            raise
        except Exception as exc:  # noqa: BLE001 - a full disk: nothing was touched
            manifest_path(aside).unlink(missing_ok=True)
            raise ClubdeskError("La base actuelle n'a pas pu être mise de côté dans « {folder} » "
                                "({reason}) : rien n'a été restauré.", folder=self.folder,
                                reason=_reason(exc)) from exc
        finally:
            _remove_with_sides(tmp)
            manifest_path(tmp).unlink(missing_ok=True)
        return aside

    def _replace_with(self, source_path: Path) -> None:
        """The live file, page by page from ``source_path``, under its own lock."""
        source = encryption.connect(source_path, self.db.passphrase, readonly=True)
        try:
            raw = self.db.engine.raw_connection()
            try:
                source.backup(raw.driver_connection)
            finally:
                raw.close()
        finally:
            source.close()
        self.db.engine.dispose()
