"""« Comptes »: who may use clubdesk, with which role; direction only.

Create an account, change its role, give a new password, lift the delays after too many
failed attempts (never a lock: sign-ins only slow down), switch it off or on again. Also how
long the screen waits before locking itself. Every refusal (the last direction account, a
weak password...) is said in place.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model.access import DIRECTION, ROLES, require
from clubdesk.model.accounts.one_time import VALID_DAYS
from clubdesk.model.accounts.users import UserRow, password_problem
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.topics import Topic
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen
from clubdesk.ui.users.user_table import UserTableModel, role_label, state_label
from clubdesk.ui.widgets import (
    add_row,
    hbox,
    make_button,
    make_combo,
    make_form,
    make_hint,
    make_line,
    make_spin,
    make_strong,
    make_table,
    restyle,
)
from clubdesk.ui.widgets.reflow import ReflowRow
from clubdesk.ui.widgets.words import minutes_text

IDLE_SETTING = "idle_lock_minutes"


def _role_combo(name: str, accessible: str) -> QComboBox:
    return make_combo(name, accessible, [(role_label(role), role) for role in ROLES])


def _secret(name: str, accessible: str) -> QLineEdit:
    line = make_line(name, accessible, 200)
    line.setEchoMode(QLineEdit.EchoMode.Password)
    return line


class UsersScreen(Screen):
    screen_name = "users_screen"
    topics = frozenset({Topic.ACCOUNTS, Topic.SETTINGS})

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Comptes"), intro=self.tr(
            "Chaque personne qui utilise clubdesk a son compte. Accueil : l'accueil, le "
            "planning et les noms des membres. Équipe : tout sur les membres. Direction : "
            "en plus, les comptes et le journal."), message_name="users_message",
            parent=parent)
        self.ops: Operations = ops
        self._code_for: int | None = None  # the account whose one-time code is shown
        try:
            require(ops.club.actor, DIRECTION)
        except AccessDenied as exc:
            self.refuse(str(exc))
            return

        self.message.setAccessibleName(self.tr("Message"))
        self.model = UserTableModel(self)
        self.table = make_table("users_table", self.tr("Comptes"), self.model, stretch=1)
        table_label = QLabel(self.tr("&Les comptes :"))
        table_label.setBuddy(self.table)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        body.addWidget(table_label)
        body.addWidget(self.table, 1)
        boxes = ReflowRow()  # one under the other when the window is narrow
        boxes.box.setSpacing(12)
        boxes.add(self._selected_box(), 1)
        boxes.add(self._new_box(), 1)
        body.addWidget(boxes)
        body.addWidget(self.message)
        body.addLayout(self._idle_row())
        self.outer.setSpacing(10)
        self.outer.addWidget(self.body, 1)

        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.refresh()

    # -- building -----------------------------------------------------------------------

    def _selected_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Le compte choisi"))
        self.selected = make_strong("", "selected_user")
        self.role_choice = _role_combo("user_role", self.tr("Nouveau rôle du compte choisi"))
        self.role_button = make_button(self.tr("Changer le rôle"), "change_role_button")
        self.new_password = _secret("user_new_password",
                                    self.tr("Nouveau mot de passe du compte choisi"))
        self.password_button = make_button(self.tr("Donner ce mot de passe"),
                                           "set_password_button",
                                           self.tr("Donner ce nouveau mot de passe au compte"))
        self.unlock_button = make_button(self.tr("Débloquer"), "unlock_user_button",
                                         self.tr("Débloquer le compte choisi"))
        self.disable_button = make_button(self.tr("Désactiver"), "disable_user_button",
                                          self.tr("Désactiver le compte choisi"))
        self.code_button = make_button(self.tr("Code à usage unique"), "one_time_code_button",
                                       self.tr("Donner un code à usage unique au compte "
                                               "choisi"))
        self.code_button.setToolTip(self.tr(
            "La personne entre avec ce code à la place du mot de passe, puis choisit son mot "
            "de passe. Son ancien mot de passe ne fonctionne plus."))
        # the code, shown once: cleared as soon as another account is chosen or the screen
        # is left
        self.code_label = QLabel()
        self.code_label.setObjectName("one_time_code")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Code à usage unique"))
        self.code_label.hide()
        self.new_password.setPlaceholderText(self.tr("nouveau mot de passe"))
        role_row = hbox(self.role_choice, self.role_button)
        role_row.setStretch(0, 1)
        form = make_form()
        form.addRow(self.selected)
        add_row(form, self.tr("&Rôle :"), self.role_choice, role_row)
        add_row(form, self.tr("Mot de &passe :"), self.new_password)
        form.addRow(hbox(1, self.password_button))
        form.addRow(hbox(self.unlock_button, self.disable_button, self.code_button, 1))
        form.addRow(self.code_label)
        box.setLayout(form)
        self.role_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.set_password)
        self.new_password.returnPressed.connect(self.set_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.code_button.clicked.connect(self.give_code)
        return box

    def _new_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nouveau compte"))
        self.new_username = make_line("new_user_username",
                                      self.tr("Identifiant du nouveau compte"), 60,
                                      self.tr("par exemple marie.dupont"))
        self.new_display_name = make_line("new_user_display_name",
                                          self.tr("Nom affiché du nouveau compte"), 120)
        self.new_role = _role_combo("new_user_role", self.tr("Rôle du nouveau compte"))
        self.new_user_password = _secret("new_user_password",
                                         self.tr("Mot de passe du nouveau compte"))
        # the password rule, as it is typed: warm while refused, green once strong enough
        self.new_rule = make_hint("", "new_user_rule")
        self.create_button = make_button(self.tr("Créer le compte"), "create_user_button")
        form = make_form()
        add_row(form, self.tr("&Identifiant :"), self.new_username)
        add_row(form, self.tr("&Nom :"), self.new_display_name)
        add_row(form, self.tr("R&ôle :"), self.new_role)
        add_row(form, self.tr("&Mot de passe :"), self.new_user_password)
        form.addRow(self.new_rule)
        form.addRow(hbox(1, self.create_button))
        box.setLayout(form)
        self.new_user_password.textChanged.connect(self._update_rule)
        self.new_user_password.returnPressed.connect(self.create_user)
        self.create_button.clicked.connect(self.create_user)
        self._update_rule()
        return box

    def _idle_row(self) -> QHBoxLayout:
        self.idle_minutes = make_spin(
            "idle_lock_minutes", self.tr("Minutes sans utilisation avant de verrouiller l'écran"),
            1, 120, suffix=self.tr(" minutes"))
        self.idle_minutes.setMinimumWidth(140)
        label = QLabel(self.tr("Verrouiller l'écran &après :"))
        label.setBuddy(self.idle_minutes)
        row = hbox(label, self.idle_minutes, QLabel(self.tr("sans utilisation.")), 1)
        self.idle_minutes.valueChanged.connect(self.set_idle_minutes)
        return row

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.selected_row()
        try:
            rows = self.ops.club.users.list_users()
        except ClubdeskError as exc:
            self.say(str(exc), problem=True)
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if keep is not None and (row := self.model.row_of(keep.id)) >= 0:
            self.table.selectRow(row)
        self._on_selection()
        self.idle_minutes.blockSignals(True)
        try:
            self.idle_minutes.setValue(self.ops.club.settings.get_int(IDLE_SETTING))
        except (ClubdeskError, KeyError):
            self.idle_minutes.setValue(10)
        self.idle_minutes.blockSignals(False)

    def selected_row(self) -> UserRow | None:
        if not hasattr(self, "table"):
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def select_user(self, username: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).username == username:
                self.table.selectRow(row)
                return

    def _on_selection(self, *_args: QItemSelection) -> None:
        row = self.selected_row()
        chosen = row is not None
        if row is None or row.id != self._code_for:
            self.forget_code()
        for widget in (self.role_choice, self.role_button, self.new_password,
                       self.password_button, self.disable_button, self.code_button):
            widget.setEnabled(chosen)
        self.unlock_button.setEnabled(chosen and row is not None and row.locked)
        if row is None:
            self.selected.setText(self.tr("Choisissez un compte dans la liste."))
            self.disable_button.setText(self.tr("Désactiver"))
            return
        self.selected.setText(f"{row.display_name} ({row.username}) — {state_label(row)}")
        self.role_choice.setCurrentIndex(max(0, self.role_choice.findData(row.role)))
        text = self.tr("Réactiver") if row.disabled else self.tr("Désactiver")
        self.disable_button.setText(text)
        self.disable_button.setAccessibleName(
            self.tr("Réactiver le compte choisi") if row.disabled
            else self.tr("Désactiver le compte choisi"))

    def _update_rule(self) -> None:
        password = self.new_user_password.text()
        problem = password_problem(password)
        if not password:
            text = self.tr("Le mot de passe : au moins 8 caractères avec trois sortes parmi "
                           "minuscules, majuscules, chiffres et symboles, ou une phrase de "
                           "7 mots.")
        elif problem is not None:
            text = problem
        else:
            text = self.tr("Ce mot de passe est assez solide.")
        self.new_rule.setText(text)
        self.new_rule.setProperty("problem", bool(password) and problem is not None)
        self.new_rule.setProperty("good", bool(password) and problem is None)
        restyle(self.new_rule)

    # -- changing -----------------------------------------------------------------------

    def create_user(self) -> None:
        users = self.ops.club.users
        role = self.new_role.currentData()
        outcome = self.ops.run(users.create, self.new_username.text(),
                               self.new_user_password.text(), role,
                               self.new_display_name.text())
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
            field = getattr(outcome.error, "field", "")
            target = {"username": self.new_username, "password": self.new_user_password,
                      "role": self.new_role}.get(field)
            if target is not None:
                target.setFocus()
            return
        created: UserRow = outcome.value
        for edit in (self.new_username, self.new_display_name, self.new_user_password):
            edit.clear()
        self.select_user(created.username)
        self.say(self.tr("Le compte « %1 » est créé (%2).").replace(
            "%1", created.username).replace("%2", role_label(created.role)))

    def change_role(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        role = self.role_choice.currentData()
        outcome = self.ops.run(self.ops.club.users.set_role, row.id, role)
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
            self.role_choice.setCurrentIndex(max(0, self.role_choice.findData(row.role)))
            return
        self.say(self.tr("« %1 » a maintenant le rôle %2.").replace(
            "%1", row.username).replace("%2", role_label(role)))

    def set_password(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        outcome = self.ops.run(self.ops.club.users.set_password, row.id,
                               self.new_password.text())
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
            self.new_password.setFocus()
            return
        self.new_password.clear()
        self.say(self.tr("Le mot de passe de « %1 » est changé. Donnez-le à la personne de "
                          "vive voix.").replace("%1", row.username))

    def unlock(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        outcome = self.ops.run(self.ops.club.users.unlock, row.id)
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
            return
        self.say(self.tr("Le compte « %1 » est débloqué.").replace("%1", row.username))

    def toggle_disabled(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        disable = not row.disabled
        outcome = self.ops.run(self.ops.club.users.set_disabled, row.id, disable)
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
            return
        text = (self.tr("Le compte « %1 » est désactivé : il ne peut plus entrer.") if disable
                else self.tr("Le compte « %1 » est de nouveau actif."))
        self.say(text.replace("%1", row.username))

    def give_code(self) -> None:
        """A one-time code for the chosen account, shown here once."""
        row = self.selected_row()
        if row is None:
            return
        outcome = self.ops.run(self.ops.club.users.one_time_code, row.id)
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
            return
        self._code_for = row.id
        # the code on a line of its own (never cut in two), the advice in the message line
        self.code_label.setText(self.tr("Code à usage unique pour « %1 » :")
                                .replace("%1", row.username) + "\n" + outcome.value)
        self.code_label.show()
        self.say(self.tr(
            "Valable %1 jours, affiché une seule fois. Donnez-le à la personne de vive voix ou "
            "sur papier : elle entre avec son identifiant et ce code à la place du mot de "
            "passe, puis choisit son mot de passe. L'ancien mot de passe de « %2 » ne "
            "fonctionne plus.").replace("%1", str(VALID_DAYS)).replace("%2", row.username))

    def forget_code(self) -> None:
        self._code_for = None
        self.code_label.clear()
        self.code_label.hide()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        if self.refusal is None:
            self.forget_code()  # the code is not kept on a screen nobody looks at
        super().hideEvent(event)

    def set_idle_minutes(self, minutes: int) -> None:
        outcome = self.ops.run(self.ops.club.settings.set_int, IDLE_SETTING, minutes)
        if not outcome.ok:
            self.say(str(outcome.error), problem=True)
            return
        self.say(self.tr("L'écran se verrouillera après %1 sans utilisation.")
                  .replace("%1", minutes_text(minutes)))
