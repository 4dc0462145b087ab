"""Builds the QApplication and the main window, and places the screens in it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from clubdesk import paths
from clubdesk.model.club import Club
from clubdesk.model.db import Database
from clubdesk.model.errors import ClubdeskError
from clubdesk.ui.exchange.exchange_screen import ExchangeScreen
from clubdesk.ui.followups.followups_screen import FollowupsScreen
from clubdesk.ui.main_window import MainWindow
from clubdesk.ui.members.members_screen import MembersScreen
from clubdesk.ui.operations import Operations
from clubdesk.ui.partners.partners_screen import PartnersScreen
from clubdesk.ui.reach_out.reach_out_screen import ReachOutScreen
from clubdesk.ui.reception.reception_screen import ReceptionScreen
from clubdesk.ui.report.report_screen import ReportScreen
from clubdesk.ui.rota.rota_screen import RotaScreen
from clubdesk.ui.settings.tasks_screen import TasksScreen
from clubdesk.ui.structure.structure_screen import StructureScreen

STYLE = """
QWidget { font-size: 11pt; }
QLabel#screen_title { font-size: 16pt; font-weight: 600; margin: 4px 0 8px 0; }
QFrame#welcome_banner { background: #eef4fb; border: 1px solid #9db8d9; border-radius: 6px; }
QListWidget#navigation { font-size: 12pt; }
QListWidget#navigation::item { padding: 10px 8px; }
QLineEdit#checkin_search { font-size: 16pt; padding: 6px; }
QListView#checkin_results, QListView#present_list { font-size: 13pt; }
QListView#checkin_results::item, QListView#present_list::item { padding: 6px; }
QLabel#today_label { font-size: 14pt; }
QLabel#checkin_message { font-size: 13pt; }
QFrame#glance_box { background: #f4f7f2; border: 1px solid #b9c9b0; border-radius: 6px; }
"""


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("clubdesk")
    app.setOrganizationName("clubdesk")
    app.setStyleSheet(STYLE)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    return app


def build_main_window(database_url: str, *, create_parent: bool = False) -> MainWindow:
    """The main window on ``database_url`` (a URL or a path), without entering the event loop.

    Raises ClubdeskError when the database cannot be opened.
    """
    ensure_application()
    club = Club(Database.open(database_url, create_parent=create_parent))
    ops = Operations(club)
    window = MainWindow(ops)
    ops.setParent(window)
    window.add_screen(window.tr("Accueil"), ReceptionScreen(ops))
    window.add_screen(window.tr("Planning du jour"), RotaScreen(ops))
    window.add_screen(window.tr("Membres"), MembersScreen(ops))
    window.add_screen(window.tr("Suivis"), FollowupsScreen(ops))
    window.add_screen(window.tr("Partenaires"), PartnersScreen(ops))
    window.add_screen(window.tr("À recontacter"), ReachOutScreen(ops))
    window.add_screen(window.tr("Tâches"), TasksScreen(ops))
    window.add_screen(window.tr("Rapport annuel"), ReportScreen(ops))
    window.add_screen(window.tr("Structure"), StructureScreen(ops))
    window.add_screen(window.tr("Importer / exporter"), ExchangeScreen(ops))
    window.destroyed.connect(lambda *_: club.close())
    return window


def run(database_target: str) -> int:
    app = ensure_application()
    app.setFont(QFont(app.font().family(), 11))
    try:
        window = build_main_window(
            database_target, create_parent=database_target == str(paths.default_db_path())
        )
    except ClubdeskError as exc:
        QMessageBox.critical(None, "clubdesk", str(exc))
        print(f"clubdesk : {exc}", file=sys.stderr)
        return 1
    window.show()
    return app.exec()
