"""The table of the Comptes screen: one row per account, its role and its state."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from clubdesk.model.users import UserRow

Index = QModelIndex | QPersistentModelIndex


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


class UserTableModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    COLUMNS = ("username", "display_name", "role", "state")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[UserRow] = []

    def set_rows(self, rows: Sequence[UserRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> UserRow:
        return self._rows[row]

    def row_of(self, user_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == user_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Identifiant"), self.tr("Nom"), self.tr("Rôle"), self.tr("État"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "role":
                return role_label(r.role)
            if column == "state":
                return state_label(r)
            return getattr(r, column)
        if role == self.ID_ROLE:
            return r.id
        return None
