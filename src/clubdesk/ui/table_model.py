"""The read-only table model every list of the application builds on: a list of rows, a
tuple of column keys, a header and a text per cell. Subclasses say only what differs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from clubdesk.model.members import MemberRow

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


def short_date(value: date | None) -> str:
    """JJ/MM/AAAA, or an empty string."""
    return value.strftime("%d/%m/%Y") if value is not None else ""


class RowsTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of rows; subclasses say the columns and the texts."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    COLUMNS: tuple[str, ...] = ()
    RIGHT_ALIGNED: frozenset[str] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    # -- to override ------------------------------------------------------------------

    def headers(self) -> Sequence[str]:
        return self.COLUMNS

    def text(self, row: R, column: str) -> str:
        return str(getattr(row, column, ""))

    def row_id(self, row: R) -> Any:
        return getattr(row, "id", None)

    def tooltip(self, row: R, column: str) -> str | None:
        return None

    # -- the model --------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def find_row(self, predicate: Callable[[R], bool]) -> int:
        for number, row in enumerate(self._rows):
            if predicate(row):
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return self.headers()[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column) or self.text(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if column in self.RIGHT_ALIGNED
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ID_ROLE:
            return self.row_id(row)
        return None


class MemberResultsModel(RowsTableModel[MemberRow]):
    """Members found by a search: one column, the name (and the status when not a member)."""

    COLUMNS = ("name",)

    def headers(self) -> Sequence[str]:
        return (self.tr("Membre"),)

    def text(self, row: MemberRow, column: str) -> str:
        if row.status == "current":
            return row.display_name
        status = self.tr("ancien membre") if row.status == "former" else self.tr("visiteur")
        return f"{row.display_name} ({status})"
