"""Table models of the « Suivis » screen: the member chooser, the timeline, the path steps,
the next steps due and a staff member's caseload.

They build on ``clubdesk.ui.table_model.RowsTableModel``, the read-only base every list of
the application shares.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from clubdesk.model.career_paths import CATEGORY_LABELS, CONTRACT_LABELS
from clubdesk.model.followups import PATH_LABELS, CaseloadRow, DueStep, TimelineEntry
from clubdesk.ui.i18n import translate_core
from clubdesk.ui.table_model import Index, MemberResultsModel, RowsTableModel, short_date

__all__ = ["MemberResultsModel", "RowsTableModel", "short_date"]

DETAIL_SHOWN = 400  # characters of a note shown in the timeline


def hours_text(hours: float | None) -> str:
    """'20 h', '17,5 h', or '' when not said."""
    if hours is None:
        return ""
    number = f"{hours:g}".replace(".", ",")
    return f"{number} h"


class TimelineModel(RowsTableModel[TimelineEntry]):
    """A member's timeline, newest first; presences may be hidden."""

    COLUMNS = ("day", "title", "detail")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[TimelineEntry] = []
        self._show_attendance = True

    def headers(self) -> Sequence[str]:
        return (self.tr("Date"), self.tr("Quoi"), self.tr("Détail"))

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self._all = list(entries)
        self._apply()

    def set_show_attendance(self, show: bool) -> None:
        self._show_attendance = show
        self._apply()

    @property
    def show_attendance(self) -> bool:
        return self._show_attendance

    def _apply(self) -> None:
        self.set_rows([e for e in self._all
                       if self._show_attendance or e.kind != "attendance"])

    def text(self, row: TimelineEntry, column: str) -> str:
        if column == "day":
            return short_date(row.day)
        if column == "title":
            return row.title
        return row.detail

    def row_id(self, row: TimelineEntry) -> Any:
        return row.record_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A long note is cut in the table (a row taller than the screen cannot be read);
        # the whole note stays in the tooltip and for screen readers.
        if (role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == 2
                and 0 <= index.row() < len(self._rows)):
            detail = self._rows[index.row()].detail
            return detail if len(detail) <= DETAIL_SHOWN else (
                detail[:DETAIL_SHOWN].rstrip() + " …")
        # Follow-ups and path steps stand out among the many presences.
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and 0 <= index.row() < len(self._rows) and index.column() == 1
                and self._rows[index.row()].kind != "attendance"):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class PathStepsModel(RowsTableModel[Any]):
    """A member's path steps (PathStep rows), the latest start first."""

    COLUMNS = ("kind", "started_on", "ended_on", "partner", "hours", "category")
    RIGHT_ALIGNED = frozenset({"hours"})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._partner_names: dict[int, str] = {}

    def headers(self) -> Sequence[str]:
        return (self.tr("Type"), self.tr("Début"), self.tr("Fin"), self.tr("Partenaire"),
                self.tr("Heures/\nsemaine"), self.tr("Catégorie"))

    def set_partner_names(self, names: Mapping[int, str]) -> None:
        self._partner_names = dict(names)

    def text(self, row: Any, column: str) -> str:
        if column == "kind":
            label = translate_core(PATH_LABELS.get(row.kind, row.kind))
            return f"{label} — {row.title}" if row.title else label
        if column == "started_on":
            return short_date(row.started_on)
        if column == "ended_on":
            return short_date(row.ended_on) if row.ended_on else self.tr("en cours")
        if column == "partner":
            if row.partner_id is None:
                return ""
            return self._partner_names.get(row.partner_id, "")
        if column == "hours":
            return hours_text(row.hours_per_week)
        if row.category is None:
            return ""
        category = translate_core(CATEGORY_LABELS.get(row.category, row.category))
        if row.contract:
            contract = translate_core(CONTRACT_LABELS.get(row.contract, row.contract))
            return f"{category} ({contract})"
        return str(category)


class DueStepsModel(RowsTableModel[DueStep]):
    """Next steps not done yet: overdue first. « en retard » is written, not only coloured."""

    COLUMNS = ("due_on", "member", "step", "state")

    def headers(self) -> Sequence[str]:
        return (self.tr("Échéance"), self.tr("Membre"), self.tr("Étape"), self.tr("État"))

    def text(self, row: DueStep, column: str) -> str:
        if column == "due_on":
            return short_date(row.due_on)
        if column == "member":
            return row.member_name
        if column == "step":
            return row.next_step
        return self.tr("en retard") if row.overdue else self.tr("à faire")

    def row_id(self, row: DueStep) -> Any:
        return row.followup_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and 0 <= index.row() < len(self._rows) and self._rows[index.row()].overdue
                and 0 <= index.column() < len(self.COLUMNS)
                and self.COLUMNS[index.column()] == "state"):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class CaseloadModel(RowsTableModel[CaseloadRow]):
    """The members whose last follow-up was made by one staff member."""

    COLUMNS = ("member", "last_followup")

    def headers(self) -> Sequence[str]:
        return (self.tr("Membre"), self.tr("Dernier suivi"))

    def text(self, row: CaseloadRow, column: str) -> str:
        if column == "member":
            return row.member_name
        return short_date(row.last_followup)

    def row_id(self, row: CaseloadRow) -> Any:
        return row.member_id


@dataclass(frozen=True)
class ModuleRow:
    """One of the four emploi accompagné modules, with its dates when followed."""

    module: str
    label: str
    started_on: date | None = None
    ended_on: date | None = None


class ModulesModel(RowsTableModel[ModuleRow]):
    COLUMNS = ("label", "started_on", "ended_on")

    def headers(self) -> Sequence[str]:
        return (self.tr("Module"), self.tr("Début"), self.tr("Fin"))

    def text(self, row: ModuleRow, column: str) -> str:
        if column == "label":
            return row.label
        if row.started_on is None:
            return self.tr("pas commencé") if column == "started_on" else ""
        if column == "started_on":
            return short_date(row.started_on)
        return short_date(row.ended_on) if row.ended_on else self.tr("en cours")

    def row_id(self, row: ModuleRow) -> Any:
        return row.module
