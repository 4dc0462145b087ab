"""A calm dialog that shows a short help text (F1) or « À propos »: a title, the text, Fermer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from clubdesk.ui.widgets import make_button, make_heading


class HelpDialog(QDialog):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowTitle(title)
        self.setModal(False)  # the screen stays usable beside it
        self.heading = make_heading(title, "help_title")
        self.text = QLabel(text)
        self.text.setObjectName("help_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(420)
        self.close_button = make_button(self.tr("Fermer"), "help_close_button",
                                        self.tr("Fermer l'aide"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
