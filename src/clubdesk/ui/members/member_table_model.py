"""A table model over a list of member rows given by the member service."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from clubdesk.model.members import MemberRow
from clubdesk.ui.table_model import RowsTableModel


def status_label(status: str) -> str:
    return {
        "current": QCoreApplication.translate("members", "Membre"),
        "former": QCoreApplication.translate("members", "Ancien membre"),
        "visitor": QCoreApplication.translate("members", "Visiteur"),
    }[status]


class MemberTableModel(RowsTableModel[MemberRow]):
    COLUMNS = ("first_name", "last_name", "preferred_name", "status", "phone")

    def __init__(self, parent: QObject | None = None,
                 words: tuple[str, str] | None = None) -> None:
        super().__init__(parent)
        self.words = words  # (« adhérent », « adhérents ») when the people are not « membres »

    def headers(self) -> Sequence[str]:
        return (self.tr("Prénom"), self.tr("Nom"), self.tr("Surnom"), self.tr("Statut"),
                self.tr("Téléphone"))

    def text(self, row: MemberRow, column: str) -> str:
        if column == "status":
            if self.words is not None and row.status != "visitor":
                one = self.words[0]
                return (one[:1].upper() + one[1:] if row.status == "current"
                        else self.tr("Ancien %1").replace("%1", one))
            return status_label(row.status)
        return str(getattr(row, column))

    def tooltip(self, row: MemberRow, column: str) -> str | None:
        return None
