"""Plugging the automatic backups into a window: one scheduler per window (not per
signed-in person), its status line in the status bar, a last backup on quit.

Automatic backups act as their own actor, « sauvegarde automatique », so that they run
whoever is signed in (reception included) and are recorded as such in the audit trail.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.storage.db import Database
from clubdesk.ui.backup.scheduler import BackupScheduler
from clubdesk.ui.backup.status_label import BackupStatusLabel
from clubdesk.ui.operations import Operations

AUTOMATIC = Actor(name="sauvegarde automatique", role="equipe")


def attach_backups(window: QMainWindow, db: Database) -> BackupScheduler:
    """Create the scheduler and its status line; ``start()`` is the caller's (the real
    application starts it; tests build windows without background backups)."""
    ops = Operations(Club(db, AUTOMATIC), window)
    scheduler = BackupScheduler(ops, parent=window)
    window.statusBar().addPermanentWidget(BackupStatusLabel(scheduler))
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(scheduler.on_quit)
    return scheduler
