"""Live refresh: this desk sees what the other desks change, without a restart.

A worker thread waits for PostgreSQL notifications (LISTEN/NOTIFY: at once) or, where there
are none (SQLite, or a listener that broke), polls the audit trail every second; either way
it reads from the trail which kinds of records changed and announces them as the topics
the screens refresh on (clubdesk.model.topics, through ``Operations.announce``). Entries this
desk wrote itself (``Database.own_seqs``) are skipped: its operation announced them already.
A lost server is reported once, in words, and the worker keeps trying quietly; the first
answer again is reported too.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time

from PySide6.QtCore import QObject, Signal

from clubdesk.model.changes import ChangeFeed
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.storage.db import Database
from clubdesk.model.storage.dialect import ChangeListener

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0  # without notifications: another desk's change shows within 2 seconds
SAFETY_POLL_SECONDS = 10.0  # with notifications, a slow poll still catches a missed one

class LiveRefresh(QObject):
    """One per window. ``changed`` carries topics; ``connection`` carries a sentence when
    the database stops answering and an empty string when it answers again."""

    changed = Signal(object)  # frozenset[Topic]
    connection = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None, *,
                 poll_seconds: float = POLL_SECONDS) -> None:
        super().__init__(parent)
        self.db = db
        self.feed = ChangeFeed(db)
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._wake = threading.Event()  # « Réessayer »: try again now, not at the next tick
        self._thread: threading.Thread | None = None
        self.last_seq = 0

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self.last_seq = self.feed.mark()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="clubdesk-live-refresh",
                                        daemon=True)
        self._thread.start()

    def check_now(self) -> None:
        """Ask the worker for a new try at once (the UI thread never waits for the server)."""
        self._wake.set()

    def _sleep(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._thread = None

    # -- worker thread ---------------------------------------------------------------------

    def _run(self) -> None:
        listener: ChangeListener | None = None
        lost = False
        last_poll = 0.0
        while not self._stop.is_set():
            try:
                if listener is None and not lost:
                    listener = self._listen()
                if listener is not None:
                    # wake at once on a notification; poll anyway now and then
                    notified = listener.wait(min(1.0, self.poll_seconds))
                    due = time.monotonic() - last_poll >= SAFETY_POLL_SECONDS
                    if not notified and not due:
                        continue
                else:
                    self._sleep(self.poll_seconds)
                if self._stop.is_set():
                    break
                last_poll = time.monotonic()
                found = self.feed.since(self.last_seq, frozenset(self.db.own_seqs))
            except ClubdeskError as exc:
                listener = self._drop(listener)
                if not lost:
                    lost = True
                    self.connection.emit(str(exc))
                self._sleep(self.poll_seconds)
                continue
            except Exception as exc:  # noqa: BLE001 - a dropped listener connection
                log.info("change listener lost (%s): polling", type(exc).__name__)
                listener = self._drop(listener)
                continue
            if lost:
                lost = False
                self.connection.emit("")
            self.last_seq = found.last_seq
            self.db.own_seqs.difference_update(
                [s for s in frozenset(self.db.own_seqs) if s <= found.last_seq])
            topics = found.topics
            if topics:
                self.changed.emit(topics)
        self._drop(listener)

    def _listen(self) -> ChangeListener | None:
        try:
            return self.feed.listener()
        except Exception:  # noqa: BLE001 - no notifications: polling does the job
            return None

    @staticmethod
    def _drop(listener: ChangeListener | None) -> None:
        if listener is not None:
            with contextlib.suppress(Exception):
                listener.close()
        return None
