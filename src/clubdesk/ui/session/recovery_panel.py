"""Shown once, right after the club's first account is created: the club's recovery code."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clubdesk.model.accounts.users import FirstAccount
from clubdesk.ui.session.card import make_title, session_card
from clubdesk.ui.widgets import hbox, make_button, make_hint


class RecoveryCodeScreen(QWidget):
    """« Notez le code de secours »: the code once, with the advice to keep it on paper."""

    done = Signal(object)  # the Actor of the new account

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_code_screen")
        self.first: FirstAccount | None = None

        title = make_title(self.tr("Le code de secours du club"))
        intro = make_hint(self.tr(
            "Si le mot de passe de la direction est perdu, ce code permet d'en choisir un "
            "nouveau (commande « clubdesk users recovery »). Il ne sera plus jamais affiché."))
        self.code = QLabel()  # its look: appearance, QLabel#recovery_code
        self.code.setObjectName("recovery_code")
        self.code.setAccessibleName(self.tr("Code de secours"))
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        advice = make_hint(self.tr(
            "Écrivez-le sur papier maintenant et rangez ce papier avec les documents du club, "
            "loin de l'ordinateur. Ne le gardez pas dans un fichier ni dans un courriel."))
        advice.setObjectName("recovery_advice")

        self.button = make_button(self.tr("J'ai noté le code, entrer"), "recovery_done_button",
                                  self.tr("J'ai noté le code de secours, entrer"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._on_done)

        content = QVBoxLayout()
        for widget in (title, intro, self.code, advice):
            content.addWidget(widget)
        content.addLayout(hbox(1, self.button))
        layout = QVBoxLayout(self)
        layout.addWidget(session_card(content, 640))

    def show_code(self, first: FirstAccount) -> None:
        self.first = first
        self.code.setText(first.recovery_code)
        self.button.setFocus()

    def _on_done(self) -> None:
        first, self.first = self.first, None
        self.code.clear()  # shown once: no widget keeps it
        if first is not None:
            self.done.emit(first.actor)
