from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.operations import Operations

if TYPE_CHECKING:
    from clubdesk.model.tables import Partner
    from clubdesk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def clubdesk_application(qapp):
    """The same QApplication set-up as the real program (style sheet, French locale).

    After the test, the widgets it left (closed and given to deleteLater by pytest-qt) are
    deleted at once. Without a running event loop Qt keeps them until some later test runs
    one (qtbot.wait…), which then destroyed hundreds of windows of many tests in one go, and
    the process sometimes crashed there (a segmentation fault in a later test's teardown)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from clubdesk.app import ensure_application

    yield ensure_application()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def qtbot(qtbot):
    """pytest-qt's qtbot, whose ``addWidget`` styles a window of the test (a screen, a form
    or a row of the kit built without parent) with :func:`appearance.style_window`, as the
    application does every window it makes: the style sheet is carried by the windows, not
    by the QApplication (clubdesk.ui.restyle), so a bare window would otherwise lack the
    kit's heights and padding. A window already styled (the main window) stays as it is."""
    from clubdesk.ui import appearance

    add = qtbot.addWidget

    def add_styled(widget, *args, **kwargs):
        if widget.parentWidget() is None:
            appearance.style_window(widget)
        return add(widget, *args, **kwargs)

    qtbot.addWidget = add_styled
    return qtbot


@pytest.fixture
def usual_appearance(qapp):
    """For tests that change the text size or the contrast: the windows of earlier tests are
    deleted first (restyling them is slow), and the usual look is back afterwards."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from clubdesk.ui import appearance
    from clubdesk.ui.preferences import Preferences

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    appearance.apply(qapp, Preferences())


OpenOps = Callable[..., Operations]


@pytest.fixture
def open_ops() -> Iterator[OpenOps]:
    """``open_ops(target, actor=None)``: the operations a window has, on their own connection
    to ``target`` (as ``actor``, else Club.open's local administrator); closed after the test."""
    opened: list[Club] = []

    def factory(target: str, actor: Actor | None = None) -> Operations:
        opened.append(Club.open(target) if actor is None else Club.open(target, actor))
        return Operations(opened[-1])

    yield factory
    for club in opened:
        club.close()


def _module_actor(request: pytest.FixtureRequest) -> Actor | None:
    """A test module's ``OPS_ACTOR`` (who its screens act as), when it names one."""
    return getattr(request.module, "OPS_ACTOR", None)


@pytest.fixture
def ops(request: pytest.FixtureRequest, club: Club, db_target: str,
        open_ops: OpenOps) -> Operations:
    """The test's club (the ``club`` fixture's database, empty to begin with) as a window sees
    it: a second connection to the same database."""
    return open_ops(db_target, _module_actor(request))


@pytest.fixture
def demo_ops(request: pytest.FixtureRequest, demo_target: str, open_ops: OpenOps) -> Operations:
    """The small demo club (``demo_target``) as a window sees it."""
    return open_ops(demo_target, _module_actor(request))


@pytest.fixture
def desk(qtbot, demo_target: str) -> Iterator[MainWindow]:
    """The main window on the demo club, signed in as the direction, refreshing live."""
    from clubdesk.app import build_main_window

    window = build_main_window(demo_target, actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    window.show()
    window.live_refresh.start()
    yield window
    window.live_refresh.stop()


@pytest.fixture
def bakery(club: Club) -> Partner:
    """A partner firm of the test's club."""
    return club.partners.create("Boulangerie Au Bon Pain", "firm", city="Caen")
