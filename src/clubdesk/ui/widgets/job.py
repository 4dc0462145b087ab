"""Work off the UI thread, shared by every screen (report, import/export, backups): one job
for a thread pool, answering through signals that its owner connects queued (they are emitted
from the worker thread).

``cancel()`` asks the work to stop: the next time it reports its progress, it stops there
and the job answers ``cancelled`` (work that must not stop half-way simply reports no
progress while it writes, and its transaction rolls back when it is interrupted).

``answer_to(owner, ...)`` connects the owner's handlers: they run in the owner's thread, and
not at all once the owner is gone (its window closed while the work ran); the owner's going
also cancels the work.

The job never lets an exception escape: a ClubdeskError goes out as it is through ``failed``;
anything else is logged and turned into one French sentence by the owner's ``unexpected``
(each owner words it in its own translation context).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, Signal

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

    def answer_to(self, owner: QObject, *, done: Callable[[Any], None],
                  failed: Callable[[Any], None], progress: Progress | None = None,
                  cancelled: Callable[[], None] | None = None,
                  finished: Callable[[], object] | None = None) -> None:
        """Connect ``owner``'s handlers (queued: they run in the owner's thread). Once the
        owner has been deleted none of them runs, and its deletion cancels the work.
        ``finished`` runs first on every answer (done, failed or cancelled), while the owner
        lives."""
        queued = Qt.ConnectionType.QueuedConnection

        def guarded(handler: Callable[..., None] | None, last: bool) -> Callable[..., None]:
            def call(*values: Any) -> None:
                if not shiboken6.isValid(owner):
                    return  # the owner closed while the work ran: nobody to tell
                if last and finished is not None:
                    finished()
                if handler is not None:
                    handler(*values)
            return call

        self.signals.done.connect(guarded(done, True), queued)
        self.signals.failed.connect(guarded(failed, True), queued)
        self.signals.cancelled.connect(guarded(cancelled, True), queued)
        if progress is not None:
            self.signals.progress.connect(guarded(progress, False), queued)
        owner.destroyed.connect(lambda *_: self.cancel())

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
