"""The import screen's question about accounts: who of the direction enters after the import.

The same question as `clubdesk import --admin IDENTIFIANT`: imported accounts come without
their password, so one account gets the password typed here and the direction role (created
when the data does not hold it). Shown when the data holds users.csv.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from clubdesk.model.accounts.users import password_problem
from clubdesk.model.exchange.accounts import NewAdmin
from clubdesk.model.exchange.importer import ImportReport
from clubdesk.ui.widgets import make_hint, make_line


def _line(name: str, accessible: str, *, secret: bool = False) -> QLineEdit:
    edit = make_line(name, accessible, 200)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class AdminBox(QGroupBox):
    """Username, password, the password again; ``admin()`` gives the checked answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_admin_box")
        self.setTitle(self.tr("Le compte de la direction après l'import"))
        hint = make_hint(self.tr(
            "Les comptes importés arrivent sans mot de passe. Écrivez l'identifiant du compte "
            "de la direction qui entrera après l'import (créé s'il n'est pas dans les "
            "données) et son nouveau mot de passe. Les autres comptes recevront un code à "
            "usage unique (écran Comptes). Laissez vide pour compléter un club qui a déjà "
            "ses comptes."))
        self.username = _line("import_admin_username", self.tr("Identifiant de la direction"))
        self.username.setMaxLength(60)
        self.password = _line("import_admin_password",
                              self.tr("Nouveau mot de passe de la direction"), secret=True)
        self.password_again = _line("import_admin_password_again",
                                    self.tr("Répétez le mot de passe de la direction"),
                                    secret=True)
        form = QFormLayout(self)
        form.addRow(hint)
        for text, edit in ((self.tr("Identi&fiant :"), self.username),
                           (self.tr("Mot de pa&sse :"), self.password),
                           (self.tr("Ré&pétez-le :"), self.password_again)):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)

    def clear(self) -> None:
        for edit in (self.username, self.password, self.password_again):
            edit.clear()

    def problem(self) -> str | None:
        """Why the answer cannot be used yet (nothing typed is no problem)."""
        if not self.username.text().strip():
            return None
        if (problem := password_problem(self.password.text())) is not None:
            return problem
        if self.password_again.text() != self.password.text():
            return self.tr("Les deux mots de passe de la direction ne sont pas les mêmes.")
        return None

    def admin(self) -> NewAdmin | None:
        username = self.username.text().strip()
        if not username or self.isHidden():
            return None
        return NewAdmin(username, self.password.text())


def accounts_lines(report: ImportReport) -> list[str]:
    """What the import did to the accounts, in sentences for the window."""
    done, lines = report.accounts, []
    if done.admin_change == "created":
        lines.append(QCoreApplication.translate(
            "AdminBox", "Compte « %1 » créé (direction), avec le mot de passe choisi.")
            .replace("%1", done.admin or ""))
    elif done.admin_change in ("promoted", "password"):
        lines.append(QCoreApplication.translate(
            "AdminBox", "« %1 » est un compte actif de la direction, avec le mot de passe "
            "choisi.").replace("%1", done.admin or ""))
    if done.without_password:
        lines.append(QCoreApplication.translate(
            "AdminBox", "Comptes sans mot de passe : %1. Donnez à chacun un code à usage "
            "unique (écran Comptes).").replace("%1", ", ".join(done.without_password)))
    if report.recovery_code:
        lines.append(QCoreApplication.translate(
            "AdminBox", "Code de secours du club : %1. Écrivez-le sur papier maintenant : il "
            "ne sera plus affiché. Il permet de choisir un nouveau mot de passe de la "
            "direction.").replace("%1", report.recovery_code))
    return lines
