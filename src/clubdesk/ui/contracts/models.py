"""The table models of the « Stages et contrats » screen: periods (what ends soon, a
person's trial, renewals and contracts) and the contacts after exit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from clubdesk.model.contracts import CostLine, PeriodRow, euros
from clubdesk.ui.table_model import RowsTableModel, short_date


def period_label(_model: Any, row: PeriodRow) -> str:
    """« mois d'essai », « contrat », « renouvellement 2 du contrat »…"""
    if row.kind == "trial":
        if row.renewal == 0:
            return QCoreApplication.translate("ContractsScreen", "mois d'essai")
        return QCoreApplication.translate("ContractsScreen", "renouvellement du mois d'essai")
    if row.renewal == 0:
        return QCoreApplication.translate("ContractsScreen", "contrat")
    return QCoreApplication.translate("ContractsScreen", "renouvellement %1 du contrat") \
        .replace("%1", str(row.renewal))


class PeriodsModel(RowsTableModel[PeriodRow]):
    """One person's periods."""

    COLUMNS: tuple[str, ...] = ("period", "started_on", "ends_on", "ended")

    def headers(self) -> Sequence[str]:
        words = {"name": self.tr("Personne"), "period": self.tr("Période"),
                 "started_on": self.tr("Début"), "ends_on": self.tr("Fin prévue"),
                 "ended": self.tr("Arrêtée le")}
        return tuple(words[c] for c in self.COLUMNS)

    def text(self, row: PeriodRow, column: str) -> str:
        if column == "period":
            return period_label(self, row)
        if column in ("started_on", "ends_on"):
            return short_date(getattr(row, column))
        if column == "ended":
            return short_date(row.ended_early_on) if row.ended_early_on else ""
        return str(getattr(row, column))


class SoonModel(PeriodsModel):
    """What ends soon: the person's name first."""

    COLUMNS = ("name", "period", "started_on", "ends_on", "ended")


class ContactsModel(RowsTableModel[Any]):
    COLUMNS = ("contacted_on", "channel", "note")

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Moyen"), self.tr("Note"))

    def text(self, row: Any, column: str) -> str:
        if column == "contacted_on":
            return short_date(row.contacted_on)
        if column == "channel":
            return {"phone": self.tr("téléphone"), "visit": self.tr("visite"),
                    "mail": self.tr("courrier")}.get(row.channel, str(row.channel))
        return str(row.note)


class PeopleModel(RowsTableModel[Any]):
    """People by name (member rows: id, display_name, status)."""

    COLUMNS = ("name",)

    def headers(self) -> Sequence[str]:
        return (self.tr("Nom"),)

    def text(self, row: Any, column: str) -> str:
        if row.status == "visitor":
            return self.tr("%1 (visiteur)").replace("%1", row.display_name)
        return str(row.display_name)


class CostsModel(RowsTableModel[CostLine]):
    """A person's refunds and meals of the month, as entered."""

    COLUMNS = ("day", "what")

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Ligne"))

    def text(self, row: CostLine, column: str) -> str:
        if column == "day":
            return short_date(row.day)
        if row.kind == "refund":
            return self.tr("remboursement de %1").replace("%1", euros(row.cents))
        if row.meals <= 1:
            return self.tr("1 repas")
        return self.tr("%1 repas").replace("%1", str(row.meals))
