"""Shown on an empty database: try the demo club, or start with an empty one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from clubdesk.model import demo
from clubdesk.ui.operations import Operations
from clubdesk.ui.widgets import make_button


class WelcomeBanner(QFrame):
    finished = Signal()
    demo_loaded = Signal()  # the demo club (and its accounts) is in the database

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("welcome_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(
            self.tr(
                "Bienvenue ! La base est vide.\n"
                "Vous pouvez essayer clubdesk avec un club de démonstration (des personnes "
                "inventées), ou commencer avec votre club."
            )
        )
        self.message.setWordWrap(True)
        self.demo_button = make_button(self.tr("Essayer avec le club de démonstration"),
                                       "load_demo_button")
        self.empty_button = make_button(self.tr("Commencer avec mon club"),
                                        "start_empty_button")
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.empty_button)
        self.demo_button.clicked.connect(self.load_demo)
        self.empty_button.clicked.connect(self.dismiss)

    def load_demo(self) -> None:
        club = self.ops.club
        outcome = self.ops.run(demo.generate, club.db, club.actor, size="small")
        if not outcome.ok:
            self.message.setText(str(outcome.error))
            return
        self.dismiss()
        self.demo_loaded.emit()

    def dismiss(self) -> None:
        self.hide()
        self.finished.emit()
