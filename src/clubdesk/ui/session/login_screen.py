"""The two screens shown before anyone works: signing in, and creating the first account.

Neither shows any member data. Both act through a "gate" Operations object (see shell.py):
signing in and creating the first account are service calls like every other change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model.errors import ValidationError
from clubdesk.model.one_time import NewPasswordNeeded, choose_password
from clubdesk.model.users import FirstAccount, authenticate, create_first_account, password_problem
from clubdesk.ui import appearance
from clubdesk.ui.operations import Operations
from clubdesk.ui.widgets.words import minutes_text

STYLE = (
    "QFrame#session_card { background: #f7f9fc; border: 1px solid #c8d5e6;"
    " border-radius: 10px; }"
    "QLabel#session_title { font-size: 20pt; font-weight: 500; color: #1f3a5c; }"
    "QLabel[hint=\"true\"] { color: #444; }"
    "QLabel#login_message, QLabel#first_account_message { background: #fff6e6;"
    " border: 1px solid #e3b873; border-radius: 6px; padding: 8px; color: #4a3200; }"
    "QLabel#login_message[info=\"true\"] { background: #eef4fb; border: 1px solid #9db8d9;"
    " color: #1f3a5c; }"
    "QLabel#password_rule { padding: 4px 0; color: #4a3200; }"
    "QLabel#password_rule[good=\"true\"] { color: #24572b; }"
    "QPushButton#login_button, QPushButton#first_account_create_button"
    " { font-weight: 600; padding: 6px 18px; }"
    "QPushButton#first_account_skip_button { border: none; color: #1f4f8a;"
    " text-decoration: underline; text-align: left; padding: 4px; }"
    "QPushButton#first_account_skip_button:focus { border: 1px dotted #1f4f8a; }"
)

FIELD_HEIGHT = 36
BUTTON_HEIGHT = 40


def _card(content: QVBoxLayout, width: int) -> QWidget:
    """A calm box in the middle of the window."""
    card = QFrame()
    card.setObjectName("session_card")
    card.setLayout(content)
    # wider with a larger text size (the workstation's, see clubdesk.ui.appearance)
    points = QApplication.font().pointSizeF()
    card.setFixedWidth(round(width * max(1.0, points / 11)) if points > 0 else width)
    card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
    content.setContentsMargins(32, 28, 32, 28)
    content.setSpacing(14)
    outer = QWidget()
    column = QVBoxLayout(outer)
    column.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    column.addLayout(row)
    column.addStretch(2)
    return outer


def _line(object_name: str, accessible: str, *, secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible)
    edit.setMinimumHeight(FIELD_HEIGHT)
    edit.setMaxLength(200)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setVerticalSpacing(12)
    form.setHorizontalSpacing(14)
    return form


def _row(form: QFormLayout, text: str, widget: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(widget)
    form.addRow(label, widget)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("hint", True)
    return label


def _restyle(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def show_password_rule(rule: QLabel, password: str, again: str) -> None:
    """The password rule under a new password, said while it is typed: what is missing, or
    that it is strong enough (first account, new password after a one-time code)."""
    if not password:
        text, good = QCoreApplication.translate(
            "PasswordRule", "Le mot de passe : au moins 8 caractères avec trois sortes parmi "
            "minuscules, majuscules, chiffres et symboles, ou une phrase de 7 mots."), False
    elif (problem := password_problem(password)) is not None:
        text, good = problem, False
    elif again and again != password:
        text, good = QCoreApplication.translate(
            "PasswordRule", "Les deux mots de passe ne sont pas les mêmes."), False
    else:
        text, good = QCoreApplication.translate(
            "PasswordRule", "Ce mot de passe est assez solide."), True
    rule.setText(text)
    rule.setProperty("good", good)
    _restyle(rule)


class LoginScreen(QWidget):
    """« Qui utilise clubdesk ? »: a username, a password, « Entrer »."""

    signed_in = Signal(object)  # the Actor

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("login_screen")
        appearance.set_sheet(self, STYLE)  # follows text size and contrast

        title = QLabel(self.tr("Qui utilise clubdesk ?"))
        title.setObjectName("session_title")
        title.setWordWrap(True)
        intro = _hint(self.tr("Écrivez votre identifiant et votre mot de passe, "
                              "puis appuyez sur « Entrer »."))

        self.username = _line("login_username", self.tr("Identifiant"))
        self.username.setMaxLength(60)
        self.password = _line("login_password", self.tr("Mot de passe"), secret=True)
        self.show_password = QCheckBox(self.tr("Afficher le mot de passe"))
        self.show_password.setObjectName("login_show_password")
        self.show_password.setAccessibleName(self.tr("Afficher le mot de passe"))
        self.show_password.toggled.connect(self._on_show_password)
        form = _form()
        _row(form, self.tr("&Identifiant :"), self.username)
        _row(form, self.tr("&Mot de passe :"), self.password)
        form.addRow("", self.show_password)

        self.message = QLabel()
        self.message.setObjectName("login_message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()

        self.button = QPushButton(self.tr("Entrer"))
        self.button.setObjectName("login_button")
        self.button.setAccessibleName(self.tr("Entrer dans clubdesk"))
        self.button.setMinimumHeight(BUTTON_HEIGHT)
        self.button.setMinimumWidth(140)
        self.button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)

        self.demo_accounts = _hint("")
        self.demo_accounts.setObjectName("login_demo_accounts")
        self.demo_accounts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_accounts.hide()

        self.lock_line = _hint("")
        self.lock_line.setObjectName("login_lock_line")
        # where the club's data is, and the way to a shared server (before any member data)
        # short, so that it fits at any text size; the base itself is named in the status bar
        self.database_button = QPushButton(self.tr("Changer la base du club…"))
        self.database_button.setToolTip(ops.club.db.display_name)
        self.database_button.setObjectName("login_database_button")
        self.database_button.setAccessibleName(self.tr("Changer la base du club"))
        self.database_button.setAccessibleDescription(self.tr(
            "Ouvre les réglages du serveur de base de données partagé par plusieurs postes."))
        self.database_button.setFlat(True)
        self.database_button.setMinimumHeight(BUTTON_HEIGHT)
        self.database_button.clicked.connect(self.open_connection_settings)

        # after a one-time code: choose a password (the code is kept only until then)
        from clubdesk.ui.session.new_password_panel import NewPasswordPanel

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
        content.addLayout(buttons)
        content.addWidget(self.new_password)
        content.addWidget(self.demo_accounts)
        content.addSpacing(6)
        content.addWidget(self.lock_line)
        content.addWidget(self.database_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_card(content, 560))

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
        self.message.setText(text)
        self.message.setProperty("info", info)
        _restyle(self.message)
        self.message.setVisible(bool(text))


class FirstAccountScreen(QWidget):
    """The club has no account yet: create the direction's account, or go on without one."""

    created = Signal(object)  # the FirstAccount: its actor and the recovery code
    skipped = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("first_account_screen")
        appearance.set_sheet(self, STYLE)  # follows text size and contrast

        title = QLabel(self.tr("Créer le premier compte"))
        title.setObjectName("session_title")
        title.setWordWrap(True)
        intro = _hint(self.tr(
            "Ce club n'a pas encore de compte. Le premier compte est celui de la direction. "
            "Avec lui, vous créerez ensuite les comptes de l'accueil et de l'équipe."))

        self.username = _line("first_account_username", self.tr("Identifiant"))
        self.username.setMaxLength(60)
        self.username.setPlaceholderText(self.tr("par exemple marie.dupont"))
        self.display_name = _line("first_account_display_name", self.tr("Nom affiché"))
        self.display_name.setMaxLength(120)
        self.display_name.setPlaceholderText(self.tr("par exemple Marie Dupont"))
        self.password = _line("first_account_password", self.tr("Mot de passe"), secret=True)
        self.password_again = _line("first_account_password_again",
                                    self.tr("Répétez le mot de passe"), secret=True)
        form = _form()
        _row(form, self.tr("&Identifiant :"), self.username)
        _row(form, self.tr("&Nom affiché :"), self.display_name)
        _row(form, self.tr("&Mot de passe :"), self.password)
        _row(form, self.tr("&Répétez le mot de passe :"), self.password_again)

        self.rule = QLabel()
        self.rule.setObjectName("password_rule")
        self.rule.setWordWrap(True)
        self.rule.setAccessibleName(self.tr("Règle du mot de passe"))

        self.message = QLabel()
        self.message.setObjectName("first_account_message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()

        self.create_button = QPushButton(self.tr("Créer le compte et entrer"))
        self.create_button.setObjectName("first_account_create_button")
        self.create_button.setAccessibleName(self.tr("Créer le compte de la direction et entrer"))
        self.create_button.setMinimumHeight(BUTTON_HEIGHT)
        self.create_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("Continuer sans compte pour l'instant"))
        self.skip_button.setObjectName("first_account_skip_button")
        self.skip_button.setAccessibleName(self.tr("Continuer sans compte pour l'instant"))
        self.skip_button.setMinimumHeight(32)
        self.skip_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.skip_button.setFlat(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)

        content = QVBoxLayout()
        content.addWidget(title)
        content.addWidget(intro)
        content.addSpacing(6)
        content.addLayout(form)
        content.addWidget(self.rule)
        content.addWidget(self.message)
        content.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(_card(content, 640))

        self.password.textChanged.connect(self._update_rule)
        self.password_again.textChanged.connect(self._update_rule)
        self.password_again.returnPressed.connect(self.create_account)
        self.create_button.clicked.connect(self.create_account)
        self.skip_button.clicked.connect(self.skipped)
        self._update_rule()

    def reset(self) -> None:
        for edit in (self.username, self.display_name, self.password, self.password_again):
            edit.clear()
        self._show("")
        self.username.setFocus()

    def _update_rule(self) -> None:
        show_password_rule(self.rule, self.password.text(), self.password_again.text())

    def create_account(self) -> None:
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
        self.reset()
        self.created.emit(first)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
