"""The main window: a thin shell that places the screens and nothing else."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clubdesk import __version__
from clubdesk.ui.operations import Operations
from clubdesk.ui.welcome_banner import WelcomeBanner


class MainWindow(QMainWindow):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.backup_scheduler: Any = None  # set by clubdesk.ui.backup.attach
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("clubdesk — la journée du club"))
        self.resize(1100, 720)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Écrans"))
        self.nav.setFixedWidth(210)
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        outer = QVBoxLayout(central)
        self.banner: WelcomeBanner | None = None
        if ops.club.members.count() == 0:
            self.banner = WelcomeBanner(ops)
            outer.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        self.setCentralWidget(central)

        where = QLabel(self.tr("Base : %1").replace("%1", ops.club.db.display_name))
        where.setObjectName("database_label")
        self.statusBar().addPermanentWidget(QLabel(f"clubdesk {__version__}"))
        self.statusBar().addWidget(where)

    def add_screen(self, title: str, screen: QWidget) -> None:
        self.nav.addItem(title)
        self.stack.addWidget(screen)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def show_screen(self, screen: QWidget) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(screen))

    def screen_named(self, object_name: str) -> QWidget:
        found = self.stack.findChild(QWidget, object_name)
        if found is None:
            raise KeyError(object_name)
        return found
