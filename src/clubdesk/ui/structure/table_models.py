"""The read-only lists of « Structure »: the funding lines, the activities and the surveys,
on the application's RowsTableModel."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from clubdesk.export.annual_report import fr_euros
from clubdesk.model.tables import Activity, FundingLine, SatisfactionSurvey
from clubdesk.ui.table_model import RowsTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("StructureScreen", text)


class FundingModel(RowsTableModel[FundingLine]):
    COLUMNS = ("funder", "kind", "in_kind", "amount_eur")
    RIGHT_ALIGNED = frozenset({"amount_eur"})

    def headers(self) -> Sequence[str]:
        return (tr("Financeur"), tr("Type"), tr("En nature"), tr("Montant"))

    def text(self, row: FundingLine, column: str) -> str:
        if column == "kind":
            kinds = {"fir": tr("FIR de l'ARS"), "complementary": tr("complémentaire")}
            return kinds.get(row.kind, row.kind)
        if column == "in_kind":
            return tr("oui") if row.in_kind else tr("non")
        if column == "amount_eur":
            return fr_euros(row.amount_eur)
        return row.funder


class ActivityModel(RowsTableModel[Activity]):
    COLUMNS = ("title", "kind", "status", "description")

    def headers(self) -> Sequence[str]:
        return (tr("Activité"), tr("Type"), tr("État"), tr("Description"))

    def text(self, row: Activity, column: str) -> str:
        if column == "status":
            statuses = {"done": tr("réalisée"), "planned": tr("prévue")}
            return statuses.get(row.status, row.status)
        return row.kind if column == "kind" else (
            row.description if column == "description" else row.title)


class SurveyModel(RowsTableModel[SatisfactionSurvey]):
    COLUMNS = ("date", "audience", "answers", "summary")
    RIGHT_ALIGNED = frozenset({"answers"})

    def headers(self) -> Sequence[str]:
        return (tr("Date"), tr("Public"), tr("Réponses"), tr("Résumé"))

    def text(self, row: SatisfactionSurvey, column: str) -> str:
        if column == "date":
            return row.date.strftime("%d/%m/%Y")
        if column == "audience":
            audiences = {"members": tr("membres"), "partners": tr("partenaires")}
            return audiences.get(row.audience, row.audience)
        return str(row.answers) if column == "answers" else row.summary


def funding_model(parent: Any = None) -> FundingModel:
    return FundingModel(parent)


def activity_model(parent: Any = None) -> ActivityModel:
    return ActivityModel(parent)


def survey_model(parent: Any = None) -> SurveyModel:
    return SurveyModel(parent)
