"""Attaches live refresh and the connection banner to a main window (one per window)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QVBoxLayout

from clubdesk.model.storage.db import Database
from clubdesk.model.topics import Topic
from clubdesk.ui.live_refresh import LiveRefresh
from clubdesk.ui.main_window import MainWindow
from clubdesk.ui.session.server_dialogs import ConnectionBanner
from clubdesk.ui.session.shell import session_of


def attach_live_refresh(window: MainWindow, db: Database) -> LiveRefresh:
    """Other desks' changes reach the screens of whoever is signed in; a lost server shows
    a banner. Started by run() (and by the tests that need it), stopped with the window."""
    live = LiveRefresh(db, window)
    banner = ConnectionBanner()
    central = window.centralWidget()
    layout = central.layout() if central is not None else None
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(0, banner)

    def forward(topics: frozenset[Topic]) -> None:
        # only to a signed-in session: the sign-in screen shows no club data
        ops = session_of(window).ops
        if ops is not None:
            ops.announce(topics)

    live.changed.connect(forward)
    live.connection.connect(banner.show_problem)
    banner.retry.connect(live.check_now)
    window.destroyed.connect(lambda *_: live.stop())
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(live.stop)
    window.live_refresh = live
    window.connection_banner = banner
    return live

