"""The one background job every screen uses (clubdesk.ui.widgets.job): run on a real thread pool, it
answers through its signals, and nothing but a ClubdeskError ever reaches its owner."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool

from clubdesk.model.errors import ClubdeskError
from clubdesk.ui.backup import scheduler
from clubdesk.ui.exchange import exchange_screen
from clubdesk.ui.report import report_screen
from clubdesk.ui.widgets.job import Job, Progress


def run_in_pool(qtbot, job: Job) -> dict[str, list[Any]]:
    """Start ``job`` on a real pool; collect what its signals said, in the UI thread."""
    heard: dict[str, list[Any]] = {"done": [], "failed": [], "progress": []}
    queued = Qt.ConnectionType.QueuedConnection
    job.signals.done.connect(heard["done"].append, queued)
    job.signals.failed.connect(heard["failed"].append, queued)
    job.signals.progress.connect(lambda *values: heard["progress"].append(values), queued)
    pool = QThreadPool()
    pool.start(job)
    qtbot.waitUntil(lambda: bool(heard["done"] or heard["failed"]), timeout=5000)
    pool.waitForDone()
    return heard


def test_a_job_answers_with_its_result_and_its_progress(qtbot) -> None:
    def work(progress: Progress) -> int:
        progress(50, "members.csv")
        return 42

    heard = run_in_pool(qtbot, Job(work, exchange_screen.unexpected_failure))
    assert heard == {"done": [42], "failed": [], "progress": [(50, "members.csv")]}


def test_a_clubdesk_error_reaches_the_owner_as_it_is(qtbot) -> None:
    refusal = ClubdeskError("Le dossier « {name} » est introuvable.", name="clé")

    def work(_progress: Progress) -> None:
        raise refusal

    heard = run_in_pool(qtbot, Job(work, exchange_screen.unexpected_failure))
    assert heard["done"] == []
    assert heard["failed"] == [refusal]


def test_any_other_exception_becomes_the_owners_french_sentence(qtbot) -> None:
    """Each owner words the unexpected failure in its own translation context."""
    def work(_progress: Progress) -> None:
        raise OSError("disque plein")

    owners = {
        exchange_screen.unexpected_failure: "L'opération n'a pas pu se faire : disque plein",
        report_screen.unexpected_failure: "Le rapport n'a pas pu être préparé : disque plein",
        scheduler.unexpected_failure: "La sauvegarde n'a pas pu se faire : disque plein",
    }
    for unexpected, sentence in owners.items():
        heard = run_in_pool(qtbot, Job(work, unexpected))
        assert heard["done"] == []
        [error] = heard["failed"]
        assert isinstance(error, ClubdeskError)
        assert str(error) == sentence


def test_a_job_whose_owner_closed_ends_quietly(qtbot) -> None:
    """The window closed while the work ran (a backup at quit, a report in progress): its
    signals are gone, and the worker thread ends without an exception of its own."""
    import shiboken6

    def work(progress: Progress) -> int:
        progress(10, "rapport")
        return 1

    for outcome in (work, lambda _p: (_ for _ in ()).throw(ValueError("x"))):
        job = Job(outcome, exchange_screen.unexpected_failure)
        shiboken6.delete(job.signals)  # what closing the owner does to them
        job.run()  # in this thread: any exception would fail the test


def test_a_cancelled_job_stops_at_its_next_progress_and_says_so(qtbot) -> None:
    """« Annuler » on a long task: the work stops where it reports progress; nothing after
    that point runs, and the owner hears ``cancelled`` (neither done nor failed)."""
    import threading

    reached: list[int] = []
    started = threading.Event()
    go_on = threading.Event()

    def work(progress: Progress) -> int:
        progress(10, "début")
        reached.append(10)
        started.set()
        go_on.wait(5)
        progress(50, "milieu")
        reached.append(50)
        return 1

    job = Job(work, exchange_screen.unexpected_failure)
    heard: list[str] = []
    queued = Qt.ConnectionType.QueuedConnection
    job.signals.cancelled.connect(lambda: heard.append("cancelled"), queued)
    job.signals.done.connect(lambda _v: heard.append("done"), queued)
    job.signals.failed.connect(lambda _e: heard.append("failed"), queued)
    pool = QThreadPool()
    pool.start(job)
    assert started.wait(5)
    job.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    pool.waitForDone()
    assert heard == ["cancelled"]
    assert reached == [10] and job.is_cancelled


@pytest.mark.parametrize("delete_owner", [False, True])
def test_an_owner_deleted_while_its_job_runs_hears_nothing_and_the_work_stops(
        qtbot, delete_owner: bool) -> None:
    """A screen closed during a report: ``answer_to`` runs none of its handlers once it is
    gone (they would touch deleted widgets), and its deletion cancels the work at its next
    progress; a living owner hears every answer, ``finished`` first."""
    import threading

    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    reached: list[int] = []
    started, go_on = threading.Event(), threading.Event()

    def work(progress: Progress) -> int:
        started.set()
        go_on.wait(5)
        progress(50, "milieu")
        reached.append(50)
        return 7

    owner = QWidget()
    heard: list[Any] = []
    job = Job(work, exchange_screen.unexpected_failure)
    job.answer_to(owner, done=heard.append, failed=heard.append,
                  progress=lambda *v: heard.append(v),
                  cancelled=lambda: heard.append("cancelled"),
                  finished=lambda: heard.append("finished"))
    pool = QThreadPool()
    pool.start(job)
    assert started.wait(5)
    if delete_owner:
        owner.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(owner)
    go_on.set()
    pool.waitForDone()
    for _ in range(3):
        QCoreApplication.processEvents()
    if delete_owner:
        assert heard == [] and reached == [] and job.is_cancelled
    else:
        assert heard == [(50, "milieu"), "finished", 7] and reached == [50]
        owner.deleteLater()
