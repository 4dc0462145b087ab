"""The exchange screen's work off the UI thread: one job for the thread pool, answering
through queued signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from clubdesk.model.errors import ClubdeskError
from clubdesk.model.exchange.own_connection import Progress

log = logging.getLogger("clubdesk.ui.exchange.exchange_screen")


class JobSignals(QObject):
    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(object)  # a ClubdeskError (ImportFailed carries its error lines)


class Job(QRunnable):
    """One piece of work for the thread pool; reports through queued signals."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the screen keeps it until its answer arrived
        self.signals = JobSignals()
        self.work = work

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except ClubdeskError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - a worker must always answer
            log.exception("exchange job failed")
            self.signals.failed.emit(ClubdeskError(QCoreApplication.translate(
                "ExchangeScreen", "L'opération n'a pas pu se faire : %1").replace(
                    "%1", str(exc))))
        else:
            self.signals.done.emit(result)
