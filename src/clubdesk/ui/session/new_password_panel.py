"""Part of the sign-in screen, shown after a one-time code: choose your own password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clubdesk.model.users import password_problem
from clubdesk.ui.session.login_screen import (
    BUTTON_HEIGHT,
    _form,
    _hint,
    _line,
    _restyle,
    _row,
    show_password_rule,
)


class NewPasswordPanel(QWidget):
    """Two password fields, the rule as you type, « Choisir ce mot de passe et entrer »."""

    chosen = Signal(str)  # the new password, checked by the rules and typed twice
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_password_panel")
        intro = _hint(self.tr("Code accepté. Choisissez maintenant votre mot de passe : il "
                              "remplace le code, qui ne servira plus."))
        self.password = _line("new_password", self.tr("Nouveau mot de passe"), secret=True)
        self.password_again = _line("new_password_again",
                                    self.tr("Répétez le nouveau mot de passe"), secret=True)
        form = _form()
        _row(form, self.tr("&Nouveau mot de passe :"), self.password)
        _row(form, self.tr("Ré&pétez-le :"), self.password_again)
        self.rule = QLabel()
        self.rule.setObjectName("password_rule")
        self.rule.setWordWrap(True)
        self.rule.setAccessibleName(self.tr("Règle du mot de passe"))
        self.button = QPushButton(self.tr("Choisir ce mot de passe et entrer"))
        self.button.setObjectName("new_password_button")
        self.button.setAccessibleName(self.tr("Choisir ce mot de passe et entrer"))
        self.button.setMinimumHeight(BUTTON_HEIGHT)
        self.cancel = QPushButton(self.tr("Annuler"))
        self.cancel.setObjectName("new_password_cancel")
        self.cancel.setAccessibleName(self.tr("Annuler, revenir à l'identifiant"))
        self.cancel.setMinimumHeight(BUTTON_HEIGHT)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.button)
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
            self.rule.setText(problem)
            self.rule.setProperty("good", False)
            _restyle(self.rule)
            self.password.setFocus()
            return
        self.chosen.emit(self.password.text())
