"""Shown once, right after the club's first account is created: the club's recovery code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clubdesk.model.users import FirstAccount
from clubdesk.ui import appearance
from clubdesk.ui.session.login_screen import BUTTON_HEIGHT, STYLE, _card, _hint

CODE_STYLE = ("QLabel#recovery_code { font-family: monospace; font-size: 18pt;"
              " letter-spacing: 2px; padding: 10px; background: white;"
              " border: 1px dashed #1f3a5c; }")


class RecoveryCodeScreen(QWidget):
    """« Notez le code de secours »: the code once, with the advice to keep it on paper."""

    done = Signal(object)  # the Actor of the new account

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_code_screen")
        appearance.set_sheet(self, STYLE + CODE_STYLE)
        self.first: FirstAccount | None = None

        title = QLabel(self.tr("Le code de secours du club"))
        title.setObjectName("session_title")
        title.setWordWrap(True)
        intro = _hint(self.tr(
            "Si le mot de passe de la direction est perdu, ce code permet d'en choisir un "
            "nouveau (commande « clubdesk users recovery »). Il ne sera plus jamais affiché."))
        self.code = QLabel()
        self.code.setObjectName("recovery_code")
        self.code.setAccessibleName(self.tr("Code de secours"))
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        advice = _hint(self.tr(
            "Écrivez-le sur papier maintenant et rangez ce papier avec les documents du club, "
            "loin de l'ordinateur. Ne le gardez pas dans un fichier ni dans un courriel."))
        advice.setObjectName("recovery_advice")

        self.button = QPushButton(self.tr("J'ai noté le code, entrer"))
        self.button.setObjectName("recovery_done_button")
        self.button.setAccessibleName(self.tr("J'ai noté le code de secours, entrer"))
        self.button.setMinimumHeight(BUTTON_HEIGHT)
        self.button.setDefault(True)
        self.button.clicked.connect(self._on_done)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)

        content = QVBoxLayout()
        for widget in (title, intro, self.code, advice):
            content.addWidget(widget)
        content.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(_card(content, 640))

    def show_code(self, first: FirstAccount) -> None:
        self.first = first
        self.code.setText(first.recovery_code)
        self.button.setFocus()

    def _on_done(self) -> None:
        first, self.first = self.first, None
        self.code.clear()  # shown once: no widget keeps it
        if first is not None:
            self.done.emit(first.actor)
