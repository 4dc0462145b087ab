"""Part of the sign-in screen, shown after a one-time code: choose your own password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from clubdesk.model.accounts.users import password_problem
from clubdesk.ui.session.card import (
    make_password_rule,
    say_rule,
    secret_line,
    show_password_rule,
)
from clubdesk.ui.widgets import add_row, hbox, make_button, make_form, make_hint


class NewPasswordPanel(QWidget):
    """Two password fields, the rule as you type, « Choisir ce mot de passe et entrer »."""

    chosen = Signal(str)  # the new password, checked by the rules and typed twice
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_password_panel")
        intro = make_hint(self.tr("Code accepté. Choisissez maintenant votre mot de passe : il "
                                  "remplace le code, qui ne servira plus."))
        self.password = secret_line("new_password", self.tr("Nouveau mot de passe"))
        self.password_again = secret_line("new_password_again",
                                          self.tr("Répétez le nouveau mot de passe"))
        form = make_form()
        add_row(form, self.tr("&Nouveau mot de passe :"), self.password)
        add_row(form, self.tr("Ré&pétez-le :"), self.password_again)
        self.rule = make_password_rule(self.tr("Règle du mot de passe"))
        self.button = make_button(self.tr("Choisir ce mot de passe et entrer"),
                                  "new_password_button")
        self.cancel = make_button(self.tr("Annuler"), "new_password_cancel",
                                  self.tr("Annuler, revenir à l'identifiant"))
        buttons = hbox(self.cancel, 1, self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.rule)
        layout.addLayout(buttons)
        self.password.textChanged.connect(self._update_rule)
        self.password_again.textChanged.connect(self._update_rule)
        self.password_again.returnPressed.connect(self.choose)
        self.password.returnPressed.connect(self.password_again.setFocus)
        self.button.clicked.connect(self.choose)
        self.cancel.clicked.connect(self.cancelled)
        self._update_rule()

    def clear(self) -> None:
        self.password.clear()
        self.password_again.clear()

    def problem(self) -> str | None:
        password = self.password.text()
        if (problem := password_problem(password)) is not None:
            return problem
        if self.password_again.text() != password:
            return self.tr("Les deux mots de passe ne sont pas les mêmes : écrivez le même "
                           "mot de passe deux fois.")
        return None

    def _update_rule(self) -> None:
        show_password_rule(self.rule, self.password.text(), self.password_again.text())

    def choose(self) -> None:
        problem = self.problem()
        if problem is not None:
            say_rule(self.rule, problem, problem=True)
            self.password.setFocus()
            return
        self.chosen.emit(self.password.text())
