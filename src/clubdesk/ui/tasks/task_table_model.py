"""A table model over the task catalogue (TaskService.list_tasks), in plain words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from clubdesk.model.tables import Task
from clubdesk.ui.table_model import Index, RowsTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("tasks", text)


def weekday_names() -> tuple[tuple[str, str], ...]:
    """(short, full) names of the ISO weekdays 1..7."""
    return (
        (tr("lun."), tr("lundi")),
        (tr("mar."), tr("mardi")),
        (tr("mer."), tr("mercredi")),
        (tr("jeu."), tr("jeudi")),
        (tr("ven."), tr("vendredi")),
        (tr("sam."), tr("samedi")),
        (tr("dim."), tr("dimanche")),
    )


def weekday_numbers(weekdays: str) -> list[int]:
    return sorted({int(d) for d in weekdays.split(",") if d.strip().isdigit()})


def half_days_label(half_days: str) -> str:
    halves = set(half_days.split(","))
    if halves >= {"am", "pm"}:
        return tr("matin et après-midi")
    if "am" in halves:
        return tr("matin")
    if "pm" in halves:
        return tr("après-midi")
    return ""


def weekdays_label(weekdays: str, *, full: bool = False) -> str:
    names = weekday_names()
    return " ".join(names[d - 1][1 if full else 0] for d in weekday_numbers(weekdays)
                    if 1 <= d <= 7)


def people_label(min_people: int, max_people: int) -> str:
    if min_people == max_people:
        return str(min_people)
    return tr("%1 à %2").replace("%1", str(min_people)).replace("%2", str(max_people))


def mode_label(mode: str) -> str:
    return tr("à distance") if mode == "remote" else tr("sur place")


class TaskTableModel(RowsTableModel[Task]):
    """The catalogue, one task a row; an archived task in the theme's quieter colour."""

    COLUMNS = ("name", "half_days", "weekdays", "people", "skill", "mode", "priority")
    CENTRED = frozenset({"people", "priority"})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Tâche"),
            self.tr("Matin/après-midi"),
            self.tr("Jours"),
            self.tr("Personnes"),
            self.tr("Savoir-faire"),
            self.tr("Lieu"),
            self.tr("Importance"),
        )

    def row_of(self, task_id: int) -> int | None:
        row = self.find_row(lambda task: task.id == task_id)
        return row if row >= 0 else None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS) and self.COLUMNS[section] == "priority"):
            return self.tr("De 1 à 10 : les tâches les plus importantes sont pourvues en premier.")
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount() \
                or not 0 <= index.column() < len(self.COLUMNS):
            return None
        task = self.row_at(index.row())
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == "weekdays":
                return weekdays_label(task.weekdays, full=True)
            if column == "skill" and not task.skill:
                return self.tr("aucun savoir-faire demandé")
        if role == Qt.ItemDataRole.ForegroundRole and task.archived:
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.CENTRED:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)

    def tooltip(self, row: Task, column: str) -> str | None:
        return weekdays_label(row.weekdays, full=True) if column == "weekdays" else None

    def text(self, row: Task, column: str) -> str:
        if column == "name":
            return (self.tr("%1 (archivée)").replace("%1", row.name) if row.archived
                    else row.name)
        if column == "half_days":
            return half_days_label(row.half_days)
        if column == "weekdays":
            return weekdays_label(row.weekdays)
        if column == "people":
            return people_label(row.min_people, row.max_people)
        if column == "skill":
            return row.skill or "—"
        if column == "mode":
            return mode_label(row.mode)
        return str(row.priority)
