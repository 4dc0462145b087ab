"""Builds the QApplication and the main window, and places the screens in it."""

from __future__ import annotations

import importlib
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from clubdesk import paths
from clubdesk.ui import appearance, i18n, preferences

if TYPE_CHECKING:
    from clubdesk.model.access import Actor
    from clubdesk.model.storage.db import Database
    from clubdesk.ui.main_window import MainWindow
    from clubdesk.ui.session.early import EarlySignIn

# What the window needs beyond the look, imported after the sign-in window is painted, one
# step at a time with the keys typed meanwhile handled between steps (issue 21).
STACK = ("sqlalchemy", "sqlmodel", "clubdesk.model.tables", "clubdesk.model.storage.db",
         "clubdesk.model.club", "clubdesk.ui.main_window", "clubdesk.ui.session.shell",
         "clubdesk.ui.backup.attach", "clubdesk.ui.session.live")


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("clubdesk")
    app.setOrganizationName("clubdesk")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "clubdesk-256.png")))
    appearance.apply(app, preferences.load())  # this computer's text size and contrast
    if os.environ.get(i18n.ENV_VAR):  # CLUBDESK_LANG=fr|en|pseudo (tests, screenshots)
        i18n.install_translator(app, i18n.chosen_language())
    i18n.install_qt_catalog(app)  # Qt's dialogs (Annuler, Voir dans…) in French meanwhile
    QLocale.setDefault(i18n.locale_for(i18n.current_language()))
    return app


def build_main_window(database_url: str, *, create_parent: bool = False,
                      actor: Actor | None = None, passphrase: str | None = None,
                      read_only: bool = False) -> MainWindow:
    """The main window on ``database_url`` (a URL or a path), without entering the event loop.

    When the club has accounts and no ``actor`` is given, the window first asks who is there
    and builds the screens only after signing in (see clubdesk.ui.session.shell). A club
    without any account runs as the local administrator. Tests pass ``actor``.
    Raises ClubdeskError when the database cannot be opened.
    """
    from clubdesk.model.storage.db import Database
    from clubdesk.ui.backup.attach import attach_backups
    from clubdesk.ui.session.live import attach_live_refresh
    from clubdesk.ui.session.shell import open_session_window

    ensure_application()
    db = Database.open(database_url, create_parent=create_parent, passphrase=passphrase,
                       read_only=read_only)
    window = open_session_window(db, actor=actor)
    window.backup_scheduler = attach_backups(window, db)  # started by run(), not by tests
    attach_live_refresh(window, db)  # other desks' changes; started by run(), not by tests
    if read_only:
        window.setWindowTitle(window.windowTitle() + " — " + QApplication.translate(
            "app", "copie de secours en lecture seule"))
    window.destroyed.connect(lambda *_: db.close())
    return window


def is_first_start(target: str) -> bool:
    """A new local file: the first-start questions come first, no sign-in window."""
    from pathlib import Path

    if "://" in target:
        return False
    path = Path(target)
    return not (path.exists() and path.stat().st_size > 0)


def load_stack(app: QApplication) -> None:
    """Import what the window needs, step by step, handling the keys typed meanwhile."""
    for module in STACK:
        importlib.import_module(module)
        app.processEvents()


def run(database_target: str) -> int:
    app = ensure_application()
    i18n.install_translator(app, i18n.chosen_language())  # before any window is built
    early: EarlySignIn | None = None
    if not is_first_start(database_target):
        from clubdesk.ui.session.early import paint_early
        early = paint_early()  # painted now; the person types while the club opens
    load_stack(app)
    window = open_window(database_target)
    if window is None:
        if early is not None:
            early.close()
        return 1
    return show_and_loop(app, window, early)


def hand_over(early: EarlySignIn, window: MainWindow) -> None:
    """``window`` takes the early window's place; what was typed goes to its sign-in page,
    and « Entrer » pressed meanwhile signs in now."""
    from clubdesk.ui.session.shell import session_of

    shell = session_of(window)
    login = shell.login if shell.pages.currentWidget() is shell.login else None
    if early.hand_over(window, login.username if login else None,
                       login.password if login else None) and login is not None:
        login.sign_in()


def open_window(database_target: str) -> MainWindow | None:
    """The main window on ``database_target`` (repairing, asking a passphrase or another
    server as needed), or None when it cannot be opened (the person was told)."""
    from clubdesk.model.errors import ClubdeskError, PassphraseNeeded
    from clubdesk.model.storage.db import ServerUnreachable

    create_parent = database_target == str(paths.default_db_path())
    passphrase = first_start_passphrase(database_target)
    while True:
        try:
            if not offer_repair(database_target, create_parent, passphrase):
                return None
            window = build_main_window(database_target, create_parent=create_parent,
                                       passphrase=passphrase)
            break
        except ServerUnreachable as exc:
            next_step = when_unreachable(database_target, str(exc))
            if next_step is None:
                return None
            database_target, read_only = next_step
            if read_only:
                try:
                    window = build_main_window(database_target, read_only=True)
                except ClubdeskError as again:
                    QMessageBox.critical(None, "clubdesk", str(again))
                    return None
                break
            continue
        except ClubdeskError as exc:
            if isinstance(exc, PassphraseNeeded):  # an encrypted club: ask, never store it
                passphrase = ask_passphrase(str(exc))
                if passphrase is not None:
                    continue
            QMessageBox.critical(None, "clubdesk", str(exc))
            print(f"clubdesk : {exc}", file=sys.stderr)
            return None
    return window


def show_and_loop(app: QApplication, window: MainWindow, early: EarlySignIn | None) -> int:
    """Show ``window`` (in the early window's place, with what was typed there), start its
    background work and enter the event loop."""
    if early is None:
        window.show()
    else:
        hand_over(early, window)
    if not window.ops.club.db.read_only:
        assert window.backup_scheduler is not None and window.live_refresh is not None
        window.backup_scheduler.start()  # now, every few hours, and on closing (Ctrl+Q)
        window.live_refresh.start()  # other desks' check-ins and rota within 2 seconds
    if os.environ.get("CLUBDESK_SMOKE_QUIT_MS"):  # diagnostics: see smoke_test()
        smoke_test(window, int(os.environ["CLUBDESK_SMOKE_QUIT_MS"]))
    return app.exec()


def smoke_test(window: MainWindow, quit_after_ms: int) -> None:
    """The packaging smoke test (docs/packaging.md): signs in as CLUBDESK_USER when given,
    shows every screen once, says how many on stdout, then closes the window (exit code 0)."""
    from PySide6.QtCore import QTimer

    from clubdesk.model.accounts.users import authenticate
    from clubdesk.ui.session.shell import session_of

    user, password = os.environ.get("CLUBDESK_USER"), os.environ.get("CLUBDESK_PASSWORD")
    if user and password is not None:
        session_of(window).begin(authenticate(window.ops.club.db, user, password))
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        QApplication.processEvents()
    print(f"clubdesk smoke: {window.nav.count()} screens shown", flush=True)
    QTimer.singleShot(quit_after_ms, window.close)


def when_unreachable(target: str, message: str) -> tuple[str, bool] | None:
    """The server does not answer at start: retry, the last local backup read-only, or new
    connection settings. Returns (target, read_only), or None to quit."""
    from clubdesk.model.storage.backup import latest_local_backup
    from clubdesk.ui.session.server_dialogs import ConnectionDialog, UnreachableDialog

    backup = latest_local_backup(target)
    dialog = UnreachableDialog(message, backup)
    dialog.exec()
    if dialog.choice == UnreachableDialog.RETRY:
        return target, False
    if dialog.choice == UnreachableDialog.BACKUP and backup is not None:
        return str(backup), True
    if dialog.choice == UnreachableDialog.SETTINGS:
        settings = ConnectionDialog()
        if settings.exec():
            return settings.url, False
        return target, False
    return None


def first_start_passphrase(target: str) -> str | None:
    """First start on a new file: offer to protect it with a passphrase (recommended).
    The passphrase goes to the OS keyring when one works; otherwise it is asked at start."""
    from pathlib import Path

    from clubdesk.model.storage import encryption

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
    from clubdesk.model.storage.backup import BackupService
    from clubdesk.model.storage.db import Database

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
