"""The table models of the « Sorties et activités » screen: the month's outings, the
sign-ups (places taken, waiting list) and the people one may sign up (a search list)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from clubdesk.model.outings import OutingRow, SignupRow
from clubdesk.ui.table_model import RowsTableModel, short_date


class OutingsModel(RowsTableModel[OutingRow]):
    COLUMNS = ("held_on", "title", "kind", "places", "status")

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Titre"), self.tr("Genre"), self.tr("Inscrits"),
                self.tr("État"))

    def text(self, row: OutingRow, column: str) -> str:
        if column == "held_on":
            return short_date(row.held_on)
        if column == "kind":
            return kind_text(self, row.kind)
        if column == "status":
            return status_text(self, row.status)
        if column == "places":
            text = str(row.signed_up) if row.places is None else self.tr(
                "%1 sur %2").replace("%1", str(row.signed_up)).replace("%2", str(row.places))
            if row.waiting:
                text += " " + self.tr("+ %1 en attente").replace("%1", str(row.waiting))
            return text
        return str(getattr(row, column))


def kind_text(_owner: Any, kind: str) -> str:
    if kind == "outing":
        return QCoreApplication.translate("OutingsScreen", "sortie")
    return QCoreApplication.translate("OutingsScreen", "activité")


def status_text(_owner: Any, status: str) -> str:
    return {"planned": QCoreApplication.translate("OutingsScreen", "prévue"),
            "cancelled": QCoreApplication.translate("OutingsScreen", "annulée"),
            "done": QCoreApplication.translate("OutingsScreen", "faite")}[status]


class SignupsModel(RowsTableModel[SignupRow]):
    """One list: those with a place, or those waiting, in order."""

    COLUMNS = ("name",)

    def headers(self) -> Sequence[str]:
        return (self.tr("Nom"),)

    def text(self, row: SignupRow, column: str) -> str:
        return f"{row.rank}. {row.name}"


class PeopleModel(RowsTableModel[Any]):
    """People by name (member rows: id, display_name, status)."""

    COLUMNS = ("name",)

    def headers(self) -> Sequence[str]:
        return (self.tr("Nom"),)

    def text(self, row: Any, column: str) -> str:
        if row.status == "visitor":
            return self.tr("%1 (visiteur)").replace("%1", row.display_name)
        return str(row.display_name)
