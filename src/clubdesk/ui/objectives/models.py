"""The table models of the « Objectifs » screen: the reviews due, the people one may choose
(a search list) and the grid (objectives by domain; one column per review)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from clubdesk.model.objectives import DueRow, Grid, ObjectiveRow
from clubdesk.ui.table_model import RowsTableModel, short_date


def domain_labels() -> dict[str, str]:
    return {"savoir": QCoreApplication.translate("ObjectivesScreen", "Savoir"),
            "savoir_faire": QCoreApplication.translate("ObjectivesScreen", "Savoir-faire"),
            "savoir_etre": QCoreApplication.translate("ObjectivesScreen", "Savoir-être")}


def level_labels() -> dict[str, str]:
    return {"not_acquired": QCoreApplication.translate("ObjectivesScreen", "non acquis"),
            "in_progress": QCoreApplication.translate("ObjectivesScreen", "en cours"),
            "acquired": QCoreApplication.translate("ObjectivesScreen", "acquis"),
            "mastered": QCoreApplication.translate("ObjectivesScreen", "maîtrisé")}


class DueModel(RowsTableModel[DueRow]):
    COLUMNS = ("due_on", "person", "last_review")

    def headers(self) -> Sequence[str]:
        return (self.tr("Bilan dû le"), self.tr("Personne"), self.tr("Dernier bilan"))

    def text(self, row: DueRow, column: str) -> str:
        if column == "due_on":
            return short_date(row.due_on)
        if column == "last_review":
            return short_date(row.last_review) if row.last_review else self.tr("aucun")
        return row.person

    def row_id(self, row: DueRow) -> Any:
        return row.member_id


class PeopleModel(RowsTableModel[Any]):
    """People by name (member rows: id, display_name)."""

    COLUMNS = ("name",)

    def headers(self) -> Sequence[str]:
        return (self.tr("Nom"),)

    def text(self, row: Any, column: str) -> str:
        return str(row.display_name)


class GridModel(RowsTableModel[ObjectiveRow]):
    """Rows: the person's objectives grouped by domain; columns: domain, objective, then
    one per review (oldest first) with the objective's level at that review."""

    COLUMNS: tuple[str, ...] = ("domain", "text")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: Grid | None = None

    def set_grid(self, grid: Grid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        reviews = grid.reviews if grid is not None else []
        self.COLUMNS = ("domain", "text", *(f"r{r.id}" for r in reviews))
        self._rows = list(grid.objectives) if grid is not None else []
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        reviews = self.grid.reviews if self.grid is not None else []
        return (self.tr("Domaine"), self.tr("Objectif"),
                *(short_date(r.held_on) for r in reviews))

    def text(self, row: ObjectiveRow, column: str) -> str:
        if column == "domain":
            return domain_labels()[row.domain]
        if column == "text":
            if row.closed_on is not None:
                return self.tr("%1 (clos le %2)").replace("%1", row.text).replace(
                    "%2", short_date(row.closed_on))
            return row.text
        assert self.grid is not None
        review = next(r for r in self.grid.reviews if f"r{r.id}" == column)
        level = review.levels.get(row.id)
        return level_labels()[level] if level else ""
