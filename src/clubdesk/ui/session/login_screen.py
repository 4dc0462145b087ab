"""The two screens shown before anyone works: signing in, and creating the first account.

Neither shows any member data. Both act through a "gate" Operations object (see shell.py):
signing in and creating the first account are service calls like every other change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from clubdesk.model.accounts.one_time import NewPasswordNeeded, choose_password
from clubdesk.model.accounts.users import (
    FirstAccount,
    authenticate,
    create_first_account,
    password_problem,
)
from clubdesk.model.errors import ValidationError
from clubdesk.ui.operations import Operations
from clubdesk.ui.session.card import (
    make_password_rule,
    make_title,
    secret_line,
    session_card,
    show_password_rule,
)
from clubdesk.ui.session.new_password_panel import NewPasswordPanel
from clubdesk.ui.widgets import (
    add_row,
    hbox,
    make_button,
    make_check,
    make_form,
    make_hint,
    make_line,
    make_message,
    set_message,
)
from clubdesk.ui.widgets.kinds_choice import KindsChoice
from clubdesk.ui.widgets.words import minutes_text

# show_password_rule stays importable from here (it lives in card.py with the card)
__all__ = ["FirstAccountScreen", "LoginScreen", "show_password_rule"]

class LoginScreen(QWidget):
    """« Qui utilise clubdesk ? »: a username, a password, « Entrer »."""

    signed_in = Signal(object)  # the Actor

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("login_screen")

        title = make_title(self.tr("Qui utilise clubdesk ?"))
        intro = make_hint(self.tr("Écrivez votre identifiant et votre mot de passe, "
                                  "puis appuyez sur « Entrer »."))

        self.username = make_line("login_username", self.tr("Identifiant"), 60)
        self.password = secret_line("login_password", self.tr("Mot de passe"))
        self.show_password = make_check(self.tr("Afficher le mot de passe"),
                                        "login_show_password")
        self.show_password.toggled.connect(self._on_show_password)
        form = make_form()
        add_row(form, self.tr("&Identifiant :"), self.username)
        add_row(form, self.tr("&Mot de passe :"), self.password)
        form.addRow("", self.show_password)

        self.message = make_message("login_message")
        self.message.setAccessibleName(self.tr("Message"))

        self.button = make_button(self.tr("Entrer"), "login_button",
                                  self.tr("Entrer dans clubdesk"))
        self.button.setMinimumWidth(140)
        self.button.setDefault(True)

        self.demo_accounts = make_hint("", "login_demo_accounts")
        self.demo_accounts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_accounts.hide()

        self.lock_line = make_hint("", "login_lock_line")
        # where the club's data is, and the way to a shared server (before any member data)
        # short, so that it fits at any text size; the base itself is named in the status bar
        self.database_button = make_button(self.tr("Changer la base du club…"),
                                           "login_database_button",
                                           self.tr("Changer la base du club"))
        self.database_button.setToolTip(ops.club.db.display_name)
        self.database_button.setAccessibleDescription(self.tr(
            "Ouvre les réglages du serveur de base de données partagé par plusieurs postes."))
        self.database_button.clicked.connect(self.open_connection_settings)

        # after a one-time code: choose a password (the code is kept only until then)
        self.new_password = NewPasswordPanel()
        self.new_password.hide()
        self.new_password.chosen.connect(self._choose_password)
        self.new_password.cancelled.connect(lambda: self.reset())
        self._code: tuple[str, str] | None = None  # (username, one-time code)

        content = QVBoxLayout()
        content.addWidget(title)
        content.addWidget(intro)
        content.addSpacing(6)
        content.addLayout(form)
        content.addWidget(self.message)
        content.addLayout(hbox(1, self.button))
        content.addWidget(self.new_password)
        content.addWidget(self.demo_accounts)
        content.addSpacing(6)
        content.addWidget(self.lock_line)
        content.addWidget(self.database_button)
        layout = QVBoxLayout(self)
        layout.addWidget(session_card(content, 560))

        self.username.returnPressed.connect(self._on_username_enter)
        self.password.returnPressed.connect(self.sign_in)
        self.button.clicked.connect(self.sign_in)
        self.set_lock_minutes(10)

    def open_connection_settings(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from clubdesk.ui.session.server_dialogs import ConnectionDialog

        dialog = ConnectionDialog(parent=self)
        if dialog.exec() and dialog.settings is not None:
            QMessageBox.information(self, self.tr("Base du club"), self.tr(
                "Les réglages sont enregistrés.\nFermez clubdesk puis rouvrez-le : il utilisera "
                "la base du serveur."))

    def show_demo_accounts(self, accounts: list[tuple[str, str]]) -> None:
        """The demo club's accounts, passwords included: they are public, demo only."""
        lines = "\n".join(f"• {username} — {password}" for username, password in accounts)
        self.demo_accounts.setText(self.tr(
            "Club de démonstration : entrez avec l'un de ces comptes (identifiant — mot de "
            "passe). Ils servent seulement à essayer clubdesk : leurs mots de passe sont "
            "publics, ne les gardez pas pour un vrai club.\n%1").replace("%1", lines))
        self.demo_accounts.setVisible(bool(accounts))

    def set_lock_minutes(self, minutes: int) -> None:
        self.lock_line.setText(self.tr(
            "Pour protéger les informations des membres, l'écran se verrouille tout seul "
            "après %1 sans utilisation.").replace("%1", minutes_text(minutes)))

    def reset(self, message: str = "") -> None:
        """Empty fields, ready for the next person; ``message`` says why we are here."""
        self._code = None
        self.new_password.clear()
        self._asking_password(False)
        self.username.clear()
        self.password.clear()
        self.show_password.setChecked(False)
        self._show(message, info=True)
        self.username.setFocus()

    def _asking_password(self, asking: bool) -> None:
        """The first sign-in with a one-time code: the new password's fields instead."""
        self.new_password.setVisible(asking)
        for widget in (self.username, self.password, self.show_password, self.button):
            widget.setEnabled(not asking)
        self.button.setDefault(not asking)
        if asking:
            self.new_password.password.setFocus()

    def _choose_password(self, password: str) -> None:
        if self._code is None:
            return
        username, code = self._code
        outcome = self.ops.run(choose_password, self.ops.club.db, username, code, password)
        if not outcome.ok:
            self.new_password.clear()
            if isinstance(outcome.error, ValidationError):  # the rules: try another one
                self._show(str(outcome.error))
                self.new_password.password.setFocus()
                return
            self.reset()  # the code expired or was used meanwhile: start again
            self._show(str(outcome.error))
            return
        self.reset()
        self.signed_in.emit(outcome.value)

    def _on_username_enter(self) -> None:
        if self.username.text().strip():
            self.password.setFocus()

    def _on_show_password(self, shown: bool) -> None:
        self.password.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def sign_in(self) -> None:
        username = self.username.text().strip()
        if not username:
            self._show(self.tr("Écrivez d'abord votre identifiant."))
            self.username.setFocus()
            return
        if not self.password.text():
            self._show(self.tr("Écrivez votre mot de passe."))
            self.password.setFocus()
            return
        typed = self.password.text()
        outcome = self.ops.run(authenticate, self.ops.club.db, username, typed)
        self.password.clear()
        if isinstance(outcome.error, NewPasswordNeeded):
            self._code = (outcome.error.username, typed)
            self._show("")
            self._asking_password(True)
            return
        if not outcome.ok:
            self._show(str(outcome.error))
            self.password.setFocus()
            return
        self._show("")
        self.username.clear()
        self.signed_in.emit(outcome.value)

    def _show(self, text: str, *, info: bool = False) -> None:
        """``text`` on the message line: a refusal, or (``info``) why we are here."""
        set_message(self.message, text, problem=not info)


class FirstAccountScreen(QWidget):
    """The club has no account yet: create the direction's account, or go on without one."""

    created = Signal(object)  # the FirstAccount: its actor and the recovery code
    skipped = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("first_account_screen")

        title = make_title(self.tr("Créer le premier compte"))
        intro = make_hint(self.tr(
            "Ce club n'a pas encore de compte. Le premier compte est celui de la direction. "
            "Avec lui, vous créerez ensuite les comptes de l'accueil et de l'équipe."))

        self.username = make_line("first_account_username", self.tr("Identifiant"), 60,
                                  self.tr("par exemple marie.dupont"))
        self.display_name = make_line("first_account_display_name", self.tr("Nom affiché"),
                                      120, self.tr("par exemple Marie Dupont"))
        self.password = secret_line("first_account_password", self.tr("Mot de passe"))
        self.password_again = secret_line("first_account_password_again",
                                          self.tr("Répétez le mot de passe"))
        form = make_form()
        add_row(form, self.tr("&Identifiant :"), self.username)
        add_row(form, self.tr("&Nom affiché :"), self.display_name)
        add_row(form, self.tr("&Mot de passe :"), self.password)
        add_row(form, self.tr("&Répétez le mot de passe :"), self.password_again)

        # the kinds of structure on (issue 20): the direction may change them later, on
        # « Structure »
        self.kinds_label = make_hint(self.tr("Type de structure (un ou plusieurs) :"))
        self.kinds_choice = KindsChoice()
        self.chosen_kinds: list[str] | None = None  # stored by the shell (take_kinds)

        self.rule = make_password_rule(self.tr("Règle du mot de passe"))
        self.message = make_message("first_account_message")
        self.message.setAccessibleName(self.tr("Message"))

        self.create_button = make_button(self.tr("Créer le compte et entrer"),
                                         "first_account_create_button",
                                         self.tr("Créer le compte de la direction et entrer"))
        self.create_button.setDefault(True)
        # a quiet way on, drawn as a link (appearance: first_account_skip_button)
        self.skip_button = make_button(self.tr("Continuer sans compte pour l'instant"),
                                       "first_account_skip_button")
        self.skip_button.setCursor(Qt.CursorShape.PointingHandCursor)
        buttons = hbox(self.skip_button, 1, self.create_button)

        content = QVBoxLayout()
        content.addWidget(title)
        content.addWidget(intro)
        content.addSpacing(6)
        content.addLayout(form)
        content.addWidget(self.kinds_label)
        content.addWidget(self.kinds_choice)
        content.addWidget(self.rule)
        content.addWidget(self.message)
        content.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(session_card(content, 640))

        self.password.textChanged.connect(self._update_rule)
        self.password_again.textChanged.connect(self._update_rule)
        self.password_again.returnPressed.connect(self.create_account)
        self.create_button.clicked.connect(self.create_account)
        self.skip_button.clicked.connect(self.skip)
        self._update_rule()

    def reset(self) -> None:
        for edit in (self.username, self.display_name, self.password, self.password_again):
            edit.clear()
        self._show("")
        self.username.setFocus()

    def _update_rule(self) -> None:
        show_password_rule(self.rule, self.password.text(), self.password_again.text())

    def _kinds_problem(self) -> bool:
        """Refused before anything is written: no kind of structure ticked."""
        if self.kinds_choice.kinds():
            return False
        self._show(self.tr("Cochez au moins un type de structure."))
        return True

    def skip(self) -> None:
        """On without an account: the kinds ticked are kept as well (the session's shell
        stores them, on the direction's connection)."""
        if self._kinds_problem():
            return
        self.chosen_kinds = self.kinds_choice.kinds()
        self.skipped.emit()

    def take_kinds(self) -> list[str] | None:
        """The kinds ticked when the account was created or the screen was left, once."""
        kinds, self.chosen_kinds = self.chosen_kinds, None
        return kinds

    def create_account(self) -> None:
        if self._kinds_problem():
            return
        password = self.password.text()
        if (problem := password_problem(password)) is not None:
            self._show(problem)
            self.password.setFocus()
            return
        if self.password_again.text() != password:
            self._show(self.tr("Les deux mots de passe ne sont pas les mêmes : "
                               "écrivez le même mot de passe deux fois."))
            self.password_again.setFocus()
            return
        # Checked by the core in the transaction that creates it: if another desk created
        # an account meanwhile, this one is refused (from now on, only signing in).
        outcome = self.ops.run(create_first_account, self.ops.club.db, self.username.text(),
                               password, self.display_name.text())
        if not outcome.ok:
            self._show(str(outcome.error))
            if getattr(outcome.error, "field", "") == "username":
                self.username.setFocus()
            return
        first: FirstAccount = outcome.value
        self.chosen_kinds = self.kinds_choice.kinds()
        self.reset()
        self.created.emit(first)

    def _show(self, text: str) -> None:
        set_message(self.message, text, problem=True)

