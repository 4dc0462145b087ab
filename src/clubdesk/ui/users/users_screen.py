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
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model.errors import ClubdeskError
from clubdesk.model.one_time import VALID_DAYS
from clubdesk.model.topics import Topic
from clubdesk.model.users import UserRow, password_problem
from clubdesk.ui import appearance
from clubdesk.ui.operations import Operations
from clubdesk.ui.table_model import make_table
from clubdesk.ui.users.user_table import UserTableModel, role_label, state_label
from clubdesk.ui.widgets.words import minutes_text

IDLE_SETTING = "idle_lock_minutes"
BUTTON_HEIGHT = 34

STYLE = (
    "QLabel#users_message { background: #eef4fb; border: 1px solid #9db8d9;"
    " border-radius: 6px; padding: 8px; }"
    "QLabel#users_message[problem=\"true\"], QLabel#users_refusal { background: #fff6e6;"
    " border: 1px solid #e3b873; border-radius: 6px; padding: 8px; color: #4a3200; }"
    "QLabel[hint=\"true\"] { color: #444; }"
    "QLabel#new_user_rule { color: #4a3200; }"
    "QLabel#new_user_rule[good=\"true\"] { color: #24572b; }"
    "QLabel#selected_user { font-weight: 600; }"
    "QTableView#users_table::item { padding: 4px; }"
    "QTableView#users_table QHeaderView::section { padding: 4px 12px; font-weight: 600; }"
    "QGroupBox { font-weight: 600; }"
    "QGroupBox * { font-weight: normal; }"
    "QGroupBox QLabel#selected_user { font-weight: 600; }"
)


def _set_message(label: QLabel, text: str, *, problem: bool = False) -> None:
    label.setText(text)
    label.setProperty("problem", problem)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))


def _button(name: str, text: str, accessible: str | None = None) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible or text)
    button.setMinimumHeight(BUTTON_HEIGHT)
    return button


def _role_combo(name: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for role in ("accueil", "equipe", "direction"):
        combo.addItem(role_label(role), role)
    combo.setMinimumHeight(BUTTON_HEIGHT)
    return combo


def _line(name: str, accessible: str, max_length: int, *, secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setMaxLength(max_length)
    edit.setMinimumHeight(BUTTON_HEIGHT)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _row(form: QFormLayout, text: str, widget: QWidget | QHBoxLayout,
         buddy: QWidget | None = None) -> None:
    label = QLabel(text)
    label.setBuddy(buddy if buddy is not None else widget)  # type: ignore[arg-type]
    form.addRow(label, widget)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setVerticalSpacing(10)
    form.setHorizontalSpacing(12)
    return form


class UsersScreen(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("users_screen")
        self._code_for: int | None = None  # the account whose one-time code is shown
        appearance.set_sheet(self, STYLE)  # follows text size and contrast

        title = QLabel(self.tr("Comptes"))
        title.setObjectName("screen_title")
        intro = QLabel(self.tr(
            "Chaque personne qui utilise clubdesk a son compte. Accueil : l'accueil, le "
            "planning et les noms des membres. Équipe : tout sur les membres. Direction : "
            "en plus, les comptes et le journal."))
        intro.setWordWrap(True)
        intro.setProperty("hint", True)
        self.refusal = QLabel()
        self.refusal.setObjectName("users_refusal")
        self.refusal.setWordWrap(True)
        self.refusal.hide()

        self.model = UserTableModel(self)
        self.table = make_table("users_table", self.tr("Comptes"), self.model, stretch=1)
        table_label = QLabel(self.tr("&Les comptes :"))
        table_label.setBuddy(self.table)

        self.message = QLabel()
        self.message.setObjectName("users_message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        body.addWidget(table_label)
        body.addWidget(self.table, 1)
        boxes = QHBoxLayout()
        boxes.setSpacing(12)
        boxes.addWidget(self._selected_box(), 1)
        boxes.addWidget(self._new_box(), 1)
        body.addLayout(boxes)
        body.addWidget(self.message)
        body.addLayout(self._idle_row())

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.refusal)
        layout.addWidget(self.body, 1)

        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        ops.changed.connect(self._on_changed)
        self.refresh()

    # -- building -----------------------------------------------------------------------

    def _selected_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Le compte choisi"))
        self.selected = QLabel()
        self.selected.setObjectName("selected_user")
        self.selected.setWordWrap(True)
        self.role_choice = _role_combo("user_role", self.tr("Nouveau rôle du compte choisi"))
        self.role_button = _button("change_role_button", self.tr("Changer le rôle"))
        self.new_password = _line("user_new_password",
                                  self.tr("Nouveau mot de passe du compte choisi"), 200,
                                  secret=True)
        self.password_button = _button("set_password_button", self.tr("Donner ce mot de passe"),
                                       self.tr("Donner ce nouveau mot de passe au compte"))
        self.unlock_button = _button("unlock_user_button", self.tr("Débloquer"),
                                     self.tr("Débloquer le compte choisi"))
        self.disable_button = _button("disable_user_button", self.tr("Désactiver"),
                                      self.tr("Désactiver le compte choisi"))
        self.code_button = _button("one_time_code_button", self.tr("Code à usage unique"),
                                   self.tr("Donner un code à usage unique au compte choisi"))
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
        role_row = QHBoxLayout()
        role_row.addWidget(self.role_choice, 1)
        role_row.addWidget(self.role_button)
        password_row = QHBoxLayout()
        password_row.addStretch(1)
        password_row.addWidget(self.password_button)
        actions = QHBoxLayout()
        actions.addWidget(self.unlock_button)
        actions.addWidget(self.disable_button)
        actions.addWidget(self.code_button)
        actions.addStretch(1)
        form = _form()
        form.addRow(self.selected)
        _row(form, self.tr("&Rôle :"), role_row, self.role_choice)
        _row(form, self.tr("Mot de &passe :"), self.new_password)
        form.addRow(password_row)
        form.addRow(actions)
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
        self.new_username = _line("new_user_username", self.tr("Identifiant du nouveau compte"),
                                  60)
        self.new_username.setPlaceholderText(self.tr("par exemple marie.dupont"))
        self.new_display_name = _line("new_user_display_name",
                                      self.tr("Nom affiché du nouveau compte"), 120)
        self.new_role = _role_combo("new_user_role", self.tr("Rôle du nouveau compte"))
        self.new_user_password = _line("new_user_password",
                                       self.tr("Mot de passe du nouveau compte"), 200,
                                       secret=True)
        self.new_rule = QLabel()
        self.new_rule.setObjectName("new_user_rule")
        self.new_rule.setWordWrap(True)
        self.create_button = _button("create_user_button", self.tr("Créer le compte"))
        form = _form()
        _row(form, self.tr("&Identifiant :"), self.new_username)
        _row(form, self.tr("&Nom :"), self.new_display_name)
        _row(form, self.tr("R&ôle :"), self.new_role)
        _row(form, self.tr("&Mot de passe :"), self.new_user_password)
        form.addRow(self.new_rule)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        form.addRow(row)
        box.setLayout(form)
        self.new_user_password.textChanged.connect(self._update_rule)
        self.new_user_password.returnPressed.connect(self.create_user)
        self.create_button.clicked.connect(self.create_user)
        self._update_rule()
        return box

    def _idle_row(self) -> QHBoxLayout:
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idle_lock_minutes")
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setSuffix(self.tr(" minutes"))
        self.idle_minutes.setAccessibleName(
            self.tr("Minutes sans utilisation avant de verrouiller l'écran"))
        self.idle_minutes.setKeyboardTracking(False)
        self.idle_minutes.setMinimumWidth(140)
        self.idle_minutes.setMinimumHeight(BUTTON_HEIGHT)
        label = QLabel(self.tr("Verrouiller l'écran &après :"))
        label.setBuddy(self.idle_minutes)
        after = QLabel(self.tr("sans utilisation."))
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.idle_minutes)
        row.addWidget(after)
        row.addStretch(1)
        self.idle_minutes.valueChanged.connect(self.set_idle_minutes)
        return row

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.selected_row()
        try:
            rows = self.ops.club.users.list_users()
        except ClubdeskError as exc:
            self.refusal.setText(str(exc))
            self.refusal.show()
            self.body.hide()
            return
        self.refusal.hide()
        self.body.show()
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
        self.new_rule.setProperty("good", bool(password) and problem is None)
        self.new_rule.style().unpolish(self.new_rule)
        self.new_rule.style().polish(self.new_rule)

    def _on_changed(self, topics: frozenset[str]) -> None:
        if Topic.ACCOUNTS in topics or Topic.SETTINGS in topics:
            self.refresh()

    # -- changing -----------------------------------------------------------------------

    def _say(self, text: str, *, problem: bool = False) -> None:
        _set_message(self.message, text, problem=problem)

    def create_user(self) -> None:
        users = self.ops.club.users
        role = self.new_role.currentData()
        outcome = self.ops.run(users.create, self.new_username.text(),
                               self.new_user_password.text(), role,
                               self.new_display_name.text())
        if not outcome.ok:
            self._say(str(outcome.error), problem=True)
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
        self._say(self.tr("Le compte « %1 » est créé (%2).").replace(
            "%1", created.username).replace("%2", role_label(created.role)))

    def change_role(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        role = self.role_choice.currentData()
        outcome = self.ops.run(self.ops.club.users.set_role, row.id, role)
        if not outcome.ok:
            self._say(str(outcome.error), problem=True)
            self.role_choice.setCurrentIndex(max(0, self.role_choice.findData(row.role)))
            return
        self._say(self.tr("« %1 » a maintenant le rôle %2.").replace(
            "%1", row.username).replace("%2", role_label(role)))

    def set_password(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        outcome = self.ops.run(self.ops.club.users.set_password, row.id,
                               self.new_password.text())
        if not outcome.ok:
            self._say(str(outcome.error), problem=True)
            self.new_password.setFocus()
            return
        self.new_password.clear()
        self._say(self.tr("Le mot de passe de « %1 » est changé. Donnez-le à la personne de "
                          "vive voix.").replace("%1", row.username))

    def unlock(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        outcome = self.ops.run(self.ops.club.users.unlock, row.id)
        if not outcome.ok:
            self._say(str(outcome.error), problem=True)
            return
        self._say(self.tr("Le compte « %1 » est débloqué.").replace("%1", row.username))

    def toggle_disabled(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        disable = not row.disabled
        outcome = self.ops.run(self.ops.club.users.set_disabled, row.id, disable)
        if not outcome.ok:
            self._say(str(outcome.error), problem=True)
            return
        text = (self.tr("Le compte « %1 » est désactivé : il ne peut plus entrer.") if disable
                else self.tr("Le compte « %1 » est de nouveau actif."))
        self._say(text.replace("%1", row.username))

    def give_code(self) -> None:
        """A one-time code for the chosen account, shown here once."""
        row = self.selected_row()
        if row is None:
            return
        outcome = self.ops.run(self.ops.club.users.one_time_code, row.id)
        if not outcome.ok:
            self._say(str(outcome.error), problem=True)
            return
        self._code_for = row.id
        # the code on a line of its own (never cut in two), the advice in the message line
        self.code_label.setText(self.tr("Code à usage unique pour « %1 » :")
                                .replace("%1", row.username) + "\n" + outcome.value)
        self.code_label.show()
        self._say(self.tr(
            "Valable %1 jours, affiché une seule fois. Donnez-le à la personne de vive voix ou "
            "sur papier : elle entre avec son identifiant et ce code à la place du mot de "
            "passe, puis choisit son mot de passe. L'ancien mot de passe de « %2 » ne "
            "fonctionne plus.").replace("%1", str(VALID_DAYS)).replace("%2", row.username))

    def forget_code(self) -> None:
        self._code_for = None
        self.code_label.clear()
        self.code_label.hide()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.forget_code()  # the code is not kept on a screen nobody looks at
        super().hideEvent(event)

    def set_idle_minutes(self, minutes: int) -> None:
        outcome = self.ops.run(self.ops.club.settings.set_int, IDLE_SETTING, minutes)
        if not outcome.ok:
            self._say(str(outcome.error), problem=True)
            return
        self._say(self.tr("L'écran se verrouillera après %1 sans utilisation.")
                  .replace("%1", minutes_text(minutes)))
