"""Builds the QApplication and the main window, and places the screens in it."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from clubdesk import paths
from clubdesk.model.access import STAFF_ROLES, Actor
from clubdesk.model.db import Database
from clubdesk.model.errors import ClubdeskError
from clubdesk.ui.backup.attach import attach_backups
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
from clubdesk.ui.session.shell import open_session_window
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


def build_main_window(database_url: str, *, create_parent: bool = False,
                      actor: Actor | None = None, passphrase: str | None = None) -> MainWindow:
    """The main window on ``database_url`` (a URL or a path), without entering the event loop.

    When the club has accounts and no ``actor`` is given, the window first asks who is there
    and builds the screens only after signing in (see clubdesk.ui.session.shell). A club
    without any account runs as the local administrator. Tests pass ``actor``.
    Raises ClubdeskError when the database cannot be opened.
    """
    ensure_application()
    db = Database.open(database_url, create_parent=create_parent, passphrase=passphrase)
    window = open_session_window(db, add_screens, actor=actor)
    window.backup_scheduler = attach_backups(window, db)  # started by run(), not by tests
    window.destroyed.connect(lambda *_: db.close())
    return window


def add_screens(window: MainWindow, ops: Operations) -> None:
    """The screens of one session. Reception (accueil) gets the desk's four screens only;
    « Comptes » and « Journal » are added by the session shell for the direction."""
    staff = ops.club.actor.role in STAFF_ROLES
    window.add_screen(window.tr("Accueil"), ReceptionScreen(ops))
    window.add_screen(window.tr("Planning du jour"), RotaScreen(ops))
    window.add_screen(window.tr("Membres"), MembersScreen(ops))
    if staff:
        window.add_screen(window.tr("Suivis"), FollowupsScreen(ops))
        window.add_screen(window.tr("Partenaires"), PartnersScreen(ops))
    window.add_screen(window.tr("À recontacter"), ReachOutScreen(ops))
    if staff:
        window.add_screen(window.tr("Tâches"), TasksScreen(ops))
    if ops.club.actor.role == "direction":  # the annual report and the club's profile
        window.add_screen(window.tr("Rapport annuel"), ReportScreen(ops))
        window.add_screen(window.tr("Structure"), StructureScreen(ops))
    if staff:
        window.add_screen(window.tr("Importer / exporter"), ExchangeScreen(ops))


def run(database_target: str) -> int:
    app = ensure_application()
    app.setFont(QFont(app.font().family(), 11))
    create_parent = database_target == str(paths.default_db_path())
    passphrase = first_start_passphrase(database_target)
    while True:
        try:
            if not offer_repair(database_target, create_parent, passphrase):
                return 1
            window = build_main_window(database_target, create_parent=create_parent,
                                       passphrase=passphrase)
            break
        except ClubdeskError as exc:
            if "phrase de passe" in str(exc):  # an encrypted club: ask, never store in a file
                passphrase = ask_passphrase(str(exc))
                if passphrase is not None:
                    continue
            QMessageBox.critical(None, "clubdesk", str(exc))
            print(f"clubdesk : {exc}", file=sys.stderr)
            return 1
    window.show()
    window.backup_scheduler.start()  # a backup now, then every few hours, and on quit
    return app.exec()


def first_start_passphrase(target: str) -> str | None:
    """First start on a new file: offer to protect it with a passphrase (recommended).
    The passphrase goes to the OS keyring when one works; otherwise it is asked at start."""
    from pathlib import Path

    from clubdesk.model import encryption

    if "://" in target or os.environ.get("CLUBDESK_PASSPHRASE"):
        return None
    path = Path(target)
    if path.exists() and path.stat().st_size > 0:
        return None
    answer = QMessageBox.question(
        None, QApplication.translate("app", "Protéger les données"),
        QApplication.translate(
            "app", "C'est le premier démarrage.\n\nVoulez-vous protéger la base par une "
            "phrase de passe ? Le fichier sera chiffré : sans la phrase, personne ne peut le "
            "lire (conseillé sur un PC partagé).\n\nGardez la phrase en lieu sûr : sans elle, "
            "les données sont perdues."))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    while True:
        first = ask_passphrase(QApplication.translate("app", "Choisissez une phrase de passe "
                                                      "(plusieurs mots faciles à retenir)."))
        if first is None:
            return None
        if ask_passphrase(QApplication.translate("app", "Encore une fois, pour vérifier.")) \
                == first:
            encryption.store_in_keyring(path, first)
            return first
        QMessageBox.warning(None, "clubdesk", QApplication.translate(
            "app", "Les deux phrases ne sont pas les mêmes."))


def offer_repair(target: str, create_parent: bool = False,
                 passphrase: str | None = None) -> bool:
    """integrity_check at start, before any screen reads; a damaged file offers the latest
    good backup (the damaged file is set aside by the restore). False: do not go on."""
    from clubdesk.model.access import Actor as _Actor
    from clubdesk.model.backup import BackupService

    db = Database.open(target, create_parent=create_parent, passphrase=passphrase)
    try:
        return _repair_if_needed(db, _Actor("réparation au démarrage", "direction"),
                                 BackupService)
    finally:
        db.close()


def _repair_if_needed(db: Database, actor: Actor, service: type) -> bool:
    if db.path is None:
        return True
    result = db.check()
    if result["ok"]:
        return True
    repair = service(db, actor)
    good = [b for b in repair.backups() if b.members is not None]
    if not good:
        QMessageBox.critical(None, "clubdesk", " ".join(result["integrity"]))
        return False
    latest = good[0]
    answer = QMessageBox.question(
        None, QApplication.translate("app", "Base abîmée"),
        QApplication.translate("app", "La base est abîmée. Remettre la dernière sauvegarde "
                                      "vérifiée, du %1 (%2 membres) ? La base abîmée est gardée "
                                      "de côté.")
        .replace("%1", f"{latest.taken_at.astimezone():%d/%m/%Y %H:%M}")
        .replace("%2", str(latest.members)))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    repair.restore(latest.path, damaged=True)
    return True


def ask_passphrase(reason: str) -> str | None:
    text, ok = QInputDialog.getText(
        None, QApplication.translate("app", "Base chiffrée"),
        reason + "\n\n" + QApplication.translate("app", "Phrase de passe :"),
        QLineEdit.EchoMode.Password)
    return text if ok and text else None
