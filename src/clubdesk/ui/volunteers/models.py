"""The table model of « Bénévoles et parrainage »: the volunteer animators' periods."""

from __future__ import annotations

from collections.abc import Sequence

from clubdesk.model.volunteers import VolunteerRow
from clubdesk.ui.table_model import RowsTableModel, short_date


class VolunteersModel(RowsTableModel[VolunteerRow]):
    COLUMNS = ("name", "functions", "qualifications", "started_on", "ended_on")

    def headers(self) -> Sequence[str]:
        return (self.tr("Nom"), self.tr("Fonctions"), self.tr("Qualifications"),
                self.tr("Depuis le"), self.tr("Jusqu'au"))

    def text(self, row: VolunteerRow, column: str) -> str:
        if column == "started_on":
            return short_date(row.started_on)
        if column == "ended_on":
            return short_date(row.ended_on) if row.ended_on else self.tr("en cours")
        return str(getattr(row, column))
