"""A table model over the task catalogue (TaskService.list_tasks), in plain words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

if TYPE_CHECKING:
    from clubdesk.model.tables import Task

Index = QModelIndex | QPersistentModelIndex


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


class TaskTableModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    COLUMNS = ("name", "half_days", "weekdays", "people", "skill", "mode", "priority")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Task] = []

    def set_rows(self, rows: Sequence[Task]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Task:
        return self._rows[row]

    def row_of(self, task_id: int) -> int | None:
        for row, task in enumerate(self._rows):
            if task.id == task_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Tâche"),
                self.tr("Matin/après-midi"),
                self.tr("Jours"),
                self.tr("Personnes"),
                self.tr("Savoir-faire"),
                self.tr("Lieu"),
                self.tr("Importance"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[section] == "priority":
            return self.tr("De 1 à 10 : les tâches les plus importantes sont pourvues en premier.")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        task = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(task, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == "weekdays":
                return weekdays_label(task.weekdays, full=True)
            if column == "skill" and not task.skill:
                return self.tr("aucun savoir-faire demandé")
            return self._text(task, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "weekdays":
            return weekdays_label(task.weekdays, full=True)
        if role == Qt.ItemDataRole.ForegroundRole and task.archived:
            return QBrush(QColor("#5c5c5c"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("people", "priority"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.ID_ROLE:
            return task.id
        return None

    def _text(self, task: Task, column: str) -> str:
        if column == "name":
            return (self.tr("%1 (archivée)").replace("%1", task.name) if task.archived
                    else task.name)
        if column == "half_days":
            return half_days_label(task.half_days)
        if column == "weekdays":
            return weekdays_label(task.weekdays)
        if column == "people":
            return people_label(task.min_people, task.max_people)
        if column == "skill":
            return task.skill or "—"
        if column == "mode":
            return mode_label(task.mode)
        return str(task.priority)
