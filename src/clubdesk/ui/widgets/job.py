"""Work off the UI thread, shared by every screen (report, import/export, backups): one job
for a thread pool, answering through signals that its owner connects queued (they are emitted
from the worker thread).

``cancel()`` asks the work to stop: the next time it reports its progress, it stops there
and the job answers ``cancelled`` (work that must not stop half-way simply reports no
progress while it writes, and its transaction rolls back when it is interrupted).

The job never lets an exception escape: a ClubdeskError goes out as it is through ``failed``;
anything else is logged and turned into one French sentence by the owner's ``unexpected``
(each owner words it in its own translation context).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from clubdesk.model.errors import ClubdeskError

log = logging.getLogger(__name__)

# How a job reports its progress: a percentage and the name of what it is working on.
Progress = Callable[[int, str], None]


class JobSignals(QObject):
    progress = Signal(int, str)
    done = Signal(object)  # what the work returned
    failed = Signal(object)  # a ClubdeskError (ImportFailed carries its error lines)
    cancelled = Signal()  # the person asked to stop and the work stopped


class _Cancelled(Exception):
    """Raised inside the work by its progress callback once the job is cancelled."""


class Job(QRunnable):
    """One piece of work for the thread pool; reports through its ``signals``.

    ``work`` receives the progress callback; ``unexpected`` turns an exception that is not a
    ClubdeskError into one (its message is a French sentence for the person)."""

    def __init__(self, work: Callable[[Progress], Any],
                 unexpected: Callable[[Exception], ClubdeskError]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until its answer arrived
        self.signals = JobSignals()
        self.work = work
        self.unexpected = unexpected
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (from any thread)."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            if self._cancel.is_set():
                raise _Cancelled
            result = self.work(self._progress)
        except _Cancelled:
            self._emit(self.signals.cancelled)
        except ClubdeskError as exc:
            self._emit(self.signals.failed, exc)
        except Exception as exc:  # noqa: BLE001 - a worker must always answer
            log.exception("background job failed")
            self._emit(self.signals.failed, self.unexpected(exc))
        else:
            self._emit(self.signals.done, result)

    def _progress(self, percent: int, what: str) -> None:
        if self._cancel.is_set():
            raise _Cancelled
        self._emit(self.signals.progress, percent, what)

    @staticmethod
    def _emit(signal: Any, *values: Any) -> None:
        """Answer the owner; when the owner has gone (its window closed while the work ran,
        taking the signals with it), there is nobody to tell and the worker ends quietly."""
        try:
            signal.emit(*values)
        except RuntimeError:
            log.info("a background job finished after its owner closed")
