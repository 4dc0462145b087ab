"""A table model over the members due for a reach-out (ReachOutService.due)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from clubdesk.model.reach_out import DueMember

Index = QModelIndex | QPersistentModelIndex


def contact_label(preference: str, phone: str, email: str) -> str:
    """'Téléphone : 06 12 34 56 78', 'E-mail : x@y.fr', 'Courrier'..."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("reach_out", text)

    if preference in ("phone", "sms"):
        label = tr("Téléphone") if preference == "phone" else tr("SMS")
        return f"{label} : {phone}" if phone else tr("%1 (pas de numéro)").replace("%1", label)
    if preference == "email":
        return f"{tr('E-mail')} : {email}" if email else tr("E-mail (pas d'adresse)")
    if preference == "post":
        return tr("Courrier")
    return tr("Aucun")


def short_date(value: date) -> str:
    return value.strftime("%d/%m/%Y")


class ReachOutTableModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    COLUMNS = ("name", "last_seen", "days", "contact", "last_reach_out")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DueMember] = []

    def set_rows(self, rows: Sequence[DueMember]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> DueMember:
        return self._rows[row]

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
        return (
            self.tr("Nom"),
            self.tr("Dernière venue"),
            self.tr("Jours"),
            self.tr("Contact préféré"),
            self.tr("Dernier contact"),
        )[section]

    def text(self, r: DueMember, column: str) -> str:
        if column == "name":
            return r.display_name
        if column == "last_seen":
            return short_date(r.last_seen) if r.last_seen else self.tr("jamais venu(e)")
        if column == "days":
            return str(r.days_since)
        if column == "contact":
            return contact_label(r.contact_preference, r.phone, r.email)
        return short_date(r.last_reach_out) if r.last_reach_out else self.tr("aucun")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        r = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(r, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "days":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ID_ROLE:
            return r.member_id
        return None
