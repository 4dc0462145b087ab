"""Automatic backups: one when the session starts, then every few hours, and a last one when
clubdesk closes.

Each periodic backup runs in a worker thread that opens its own connection to the database
(a connection is never shared between threads); the answer comes back through queued Qt
signals. Errors never crash anything: they become one French sentence (``failed``).
A database that is not a SQLite file (PostgreSQL) has its own server backups: the scheduler
then does nothing.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal

from clubdesk.model.access import Actor
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.storage.backup import BackupStatus
from clubdesk.model.topics import Topic
from clubdesk.ui.operations import Operations
from clubdesk.ui.widgets.job import Job

log = logging.getLogger(__name__)

HOURS_SETTING = "backup_hours"
DEFAULT_HOURS = 4
HOUR_MS = 3_600_000
QUIT_WAIT_MS = 30_000  # on quit, how long a backup already under way may take to end


def stored_hours(ops: Operations) -> int:
    """The club's backup interval in hours (the default when it cannot be read)."""
    try:
        hours = ops.club.settings.get_int(HOURS_SETTING)
    except (ClubdeskError, KeyError, ValueError):
        return DEFAULT_HOURS
    return hours if 1 <= hours <= 24 else DEFAULT_HOURS


def backup_in_own_connection(url: str, actor: Actor, passphrase: str | None) -> Path:
    """One verified backup, on a connection opened (and closed) in the calling thread."""
    from clubdesk.model.club import Club

    club = Club.open(url, actor, passphrase=passphrase)
    try:
        return club.backups.make()
    finally:
        club.close()


def unexpected_failure(exc: BaseException) -> ClubdeskError:
    return ClubdeskError(QCoreApplication.translate(
        "BackupScheduler", "La sauvegarde n'a pas pu se faire : %1").replace("%1", str(exc)))


class BackupScheduler(QObject):
    """Makes the club's backups by itself. ``interval_ms`` replaces the club's setting
    (« backup_hours ») — for tests; ``actor`` replaces the session's actor for the backups
    (making a backup needs the équipe or direction role)."""

    finished = Signal(str)  # the path of the new backup
    failed = Signal(str)  # why it could not be made, in one sentence
    status_changed = Signal(str)  # BackupStatus.sentence(): last good backup and warnings
    running_changed = Signal(bool)

    def __init__(self, ops: Operations, interval_ms: int | None = None,
                 parent: QObject | None = None, *, actor: Actor | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_scheduler")
        self.ops = ops
        self.actor = actor or ops.club.actor
        # a file club, or local copies of a server club; never a read-only copy
        self.enabled = not ops.club.db.read_only
        self._fixed_interval = interval_ms
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._job: Job | None = None  # the backup under way
        # The last job is kept until the pool is surely done with it: its answer can arrive
        # before its thread has left run().
        self._spent: Job | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("backup_timer")
        self.timer.timeout.connect(self.backup_now)
        self.timer.setInterval(self.interval_ms())
        self.last_sentence = ""
        self.last_status: BackupStatus | None = None  # for a shorter form of the sentence
        self.last_error = ""
        self.backups_made = 0
        ops.changed.connect(self._on_changed)

    # -- schedule -------------------------------------------------------------------------

    def interval_ms(self) -> int:
        if self._fixed_interval is not None:
            return max(1, self._fixed_interval)
        return stored_hours(self.ops) * HOUR_MS

    def start(self) -> None:
        """A backup right away, then one every interval."""
        if not self.enabled:
            return
        self.refresh_status()
        self.timer.start(self.interval_ms())
        self.backup_now()

    def stop(self) -> None:
        """No more backups; waits for the one under way (call before the session ends)."""
        self.timer.stop()
        self.pool.waitForDone()
        QCoreApplication.sendPostedEvents(self)

    def is_running(self) -> bool:
        return self._job is not None

    # -- making backups -------------------------------------------------------------------

    def backup_now(self) -> bool:
        """Start a backup in a worker thread; False when one is already under way (or the
        database is not a SQLite file)."""
        if not self.enabled or self._job is not None:
            return False
        if self._spent is not None:
            self.pool.waitForDone()  # at most the end of the previous run()
            self._spent = None
        url, actor = self.ops.club.db.url, self.actor
        passphrase = self.ops.club.db.passphrase
        job = Job(lambda _progress: backup_in_own_connection(url, actor, passphrase),
                  unexpected_failure)
        queued = Qt.ConnectionType.QueuedConnection
        job.signals.done.connect(self._on_done, queued)
        job.signals.failed.connect(self._on_failed, queued)
        self._job = job
        self.running_changed.emit(True)
        self.pool.start(job)
        return True

    def on_quit(self) -> str | None:
        """A last backup before clubdesk closes, made here and now; returns its path (or
        None when it could not be made: the reason went out through ``failed``)."""
        self.timer.stop()
        if not self.enabled:
            return None
        self.pool.waitForDone(QUIT_WAIT_MS)
        QCoreApplication.sendPostedEvents(self)
        try:
            path = self.ops.club.backups.make() if self.actor == self.ops.club.actor else \
                backup_in_own_connection(self.ops.club.db.url, self.actor,
                                         self.ops.club.db.passphrase)
        except ClubdeskError as exc:
            self._report_failure(exc)
            return None
        except Exception as exc:  # noqa: BLE001 - closing must never crash
            log.exception("last backup failed")
            self._report_failure(unexpected_failure(exc))
            return None
        self._report_success(path)
        return str(path)

    def _on_done(self, path: Path) -> None:
        self._forget()
        self._report_success(path)

    def _on_failed(self, error: ClubdeskError) -> None:
        self._forget()
        if isinstance(error, AccessDenied):
            self.timer.stop()  # the role does not change by waiting: stop asking
        self._report_failure(error)

    def _forget(self) -> None:
        self._spent, self._job = self._job, None
        self.running_changed.emit(False)

    def _report_success(self, path: Path) -> None:
        self.backups_made += 1
        self.last_error = ""
        # The list and the status are read again (unless the session is already gone).
        with contextlib.suppress(RuntimeError):
            self.ops.announce(frozenset({Topic.BACKUPS}))
        self.finished.emit(str(path))

    def _report_failure(self, error: ClubdeskError) -> None:
        self.last_error = str(error)
        self.failed.emit(self.last_error)
        self.refresh_status()

    # -- status ---------------------------------------------------------------------------

    def refresh_status(self) -> str:
        """Read the status again and announce it; returns the sentence."""
        if not self.enabled:
            return ""
        status: BackupStatus | None = None
        try:
            status = self.ops.club.backups.status()
            sentence = status.sentence()
        except ClubdeskError as exc:
            sentence = str(exc)
        except Exception as exc:  # noqa: BLE001 - a status line must never crash
            log.exception("backup status failed")
            sentence = str(unexpected_failure(exc))
        self.last_status = status
        self.last_sentence = sentence
        self.status_changed.emit(sentence)
        return sentence

    def _on_changed(self, topics: frozenset[str]) -> None:
        if Topic.SETTINGS in topics and self._fixed_interval is None:
            interval = self.interval_ms()
            if interval != self.timer.interval():
                self.timer.setInterval(interval)  # restarts an active timer
        if topics & {Topic.BACKUPS, Topic.SETTINGS}:
            self.refresh_status()
