"""The rota grid: one row per task, one column per half-day, one binôme per line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from clubdesk.model.rota import Instance
from clubdesk.model.rota.wording import label, team_line, teams

Index = QModelIndex | QPersistentModelIndex
HALVES = ("am", "pm")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (half_day, task id) of a cell


class RotaGridModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.instance: Instance | None = None
        self.cells: dict[tuple[str, str], list[str]] = {}
        self.locked: set[tuple[str, str, str]] = set()
        self.names: dict[str, str] = {}

    def set_state(self, instance: Instance, cells: dict[tuple[str, str], list[str]],
                  locked: set[tuple[str, str, str]], names: dict[str, str]) -> None:
        self.beginResetModel()
        self.instance, self.cells, self.locked, self.names = instance, cells, locked, names
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.instance is None:
            return 0
        return len(self.instance.tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HALVES)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (self.tr("Matin"), self.tr("Après-midi"))[section] if section < 2 else None
        if self.instance is not None and 0 <= section < len(self.instance.tasks):
            return self.instance.tasks[section].name
        return None

    def key_at(self, index: Index) -> tuple[str, str]:
        assert self.instance is not None
        return HALVES[index.column()], self.instance.tasks[index.row()].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.instance is None:
            return None
        if not 0 <= index.row() < len(self.instance.tasks) or index.column() >= len(HALVES):
            return None
        half, task_id = self.key_at(index)
        task = self.instance.tasks[index.row()]
        if role == KEY_ROLE:
            return (half, task_id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if not self.instance.runs(task, half):
                return self.tr("(pas ce jour-là)")
            people = self.cells.get((half, task_id), [])
            if not people:
                return self.tr("— personne —")
            return "\n".join(
                team_line([label(self.instance, self.names, p) + (
                    self.tr(" (fixé)") if (half, task_id, p) in self.locked else "")
                    for p in group])
                for group in teams(self.instance, people))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 à %2 personnes").replace("%1", str(task.min_people)) \
                .replace("%2", str(task.max_people))
        return None
