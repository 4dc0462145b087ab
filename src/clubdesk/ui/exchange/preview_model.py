"""The first rows of one file of the data to import, as the preview step shows them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from clubdesk.model.exchange.preview import FilePreview


class PreviewTableModel(QAbstractTableModel):
    """The first rows of one file; the vertical header gives each row's line in the file.

    Not a RowsTableModel: its columns are the file's own (they change with the file) and its
    vertical header numbers the rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[str] = []
        self._rows: list[tuple[int, list[str]]] = []

    def set_file(self, preview: FilePreview | None) -> None:
        self.beginResetModel()
        self._columns = list(preview.columns) if preview else []
        self._rows = [(line, list(cells)) for line, cells in preview.rows] if preview else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) \
                or index.column() >= len(self._columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][1][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns) and role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section]
            return None
        if not 0 <= section < len(self._rows):
            return None
        line = self._rows[section][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(line)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("ExchangeScreen", "Ligne %1 du fichier").replace(
                "%1", str(line))
        return None
