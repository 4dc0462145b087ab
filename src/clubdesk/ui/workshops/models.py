"""The table models of the « Ateliers collectifs » screen: the year's sessions, the people
one may add (a search list) and the people who came."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from clubdesk.model.workshops import SessionRow
from clubdesk.ui.table_model import RowsTableModel, short_date


class SessionsModel(RowsTableModel[SessionRow]):
    COLUMNS = ("held_on", "title", "status", "leader", "attendees")
    RIGHT_ALIGNED = frozenset({"attendees"})

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Atelier"), self.tr("État"), self.tr("Animé par"),
                self.tr("Participants"))

    def text(self, row: SessionRow, column: str) -> str:
        if column == "held_on":
            return short_date(row.held_on)
        if column == "status":
            return self.tr("réalisée") if row.status == "done" else self.tr("prévue")
        if column == "attendees":
            return str(row.attendees) if row.status == "done" else ""
        return str(getattr(row, column))


class PeopleModel(RowsTableModel[Any]):
    """People by name (member rows: id, display_name, status)."""

    COLUMNS = ("name",)

    def headers(self) -> Sequence[str]:
        return (self.tr("Nom"),)

    def text(self, row: Any, column: str) -> str:
        if row.status == "visitor":
            return self.tr("%1 (visiteur)").replace("%1", row.display_name)
        return str(row.display_name)
