"""The tables of the « Salariés » screen: the staff (StaffService.list_staff) and one staff
member's FTE periods, in plain words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from clubdesk.model.staff import StaffRow
from clubdesk.model.tables import StaffPeriod
from clubdesk.ui.table_model import RowsTableModel, short_date

translate = QCoreApplication.translate


def fte_text(fte: float) -> str:
    """0.8 -> « 0,8 »; 0 -> « — » (not employed that day)."""
    return f"{fte:g}".replace(".", ",") if fte else "—"


class StaffTableModel(RowsTableModel[StaffRow]):
    COLUMNS = ("name", "function", "qualification", "peer_worker", "fte", "account")

    def headers(self) -> Sequence[str]:
        return (
            translate("StaffScreen", "Nom"),
            translate("StaffScreen", "Fonction"),
            translate("StaffScreen", "Qualification"),
            translate("StaffScreen", "Pair-aidant"),
            translate("StaffScreen", "ETP aujourd'hui"),
            translate("StaffScreen", "Compte"),
        )

    def row_of(self, staff_id: int) -> int | None:
        row = self.find_row(lambda s: s.id == staff_id)
        return row if row >= 0 else None

    def text(self, row: StaffRow, column: str) -> str:
        if column == "name":
            return row.display_name
        if column == "peer_worker":
            return (
                translate("StaffScreen", "oui")
                if row.peer_worker
                else translate("StaffScreen", "non")
            )
        if column == "fte":
            return fte_text(row.fte_today)
        if column == "account":
            return row.account or "—"
        return str(getattr(row, column) or "—")


class PeriodTableModel(RowsTableModel[StaffPeriod]):
    COLUMNS = ("started_on", "ended_on", "fte")

    def headers(self) -> Sequence[str]:
        return (
            translate("StaffScreen", "Du"),
            translate("StaffScreen", "Au"),
            translate("StaffScreen", "ETP"),
        )

    def text(self, row: StaffPeriod, column: str) -> str:
        if column == "started_on":
            return short_date(row.started_on)
        if column == "ended_on":
            return short_date(row.ended_on) or translate("StaffScreen", "en cours")
        return fte_text(row.fte)
