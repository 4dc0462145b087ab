"""The table of the Comptes screen: one row per account, its role and its state."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from clubdesk.model.accounts.users import UserRow
from clubdesk.ui.table_model import RowsTableModel


def role_label(role: str) -> str:
    return {
        "accueil": QCoreApplication.translate("users", "accueil"),
        "equipe": QCoreApplication.translate("users", "équipe"),
        "direction": QCoreApplication.translate("users", "direction"),
    }.get(role, role)


def state_label(row: UserRow) -> str:
    if row.disabled:
        return QCoreApplication.translate("users", "désactivé")
    if row.locked:
        return QCoreApplication.translate("users", "ralenti (trop d'essais)")
    if row.password == "none":
        return QCoreApplication.translate("users", "sans mot de passe : donnez-lui un code")
    if row.password == "code":
        return QCoreApplication.translate("users", "code à usage unique en attente")
    if row.password == "expired":
        return QCoreApplication.translate("users", "code à usage unique expiré")
    return QCoreApplication.translate("users", "actif")


class UserTableModel(RowsTableModel[UserRow]):
    COLUMNS = ("username", "display_name", "role", "state")

    def headers(self) -> Sequence[str]:
        return (self.tr("Identifiant"), self.tr("Nom"), self.tr("Rôle"), self.tr("État"))

    def text(self, row: UserRow, column: str) -> str:
        if column == "role":
            return role_label(row.role)
        if column == "state":
            return state_label(row)
        return str(getattr(row, column))

    def row_of(self, user_id: int) -> int:
        return self.find_row(lambda row: row.id == user_id)
