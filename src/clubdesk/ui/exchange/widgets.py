"""The exchange screen's pieces: its style, small widget makers and the preview table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QPushButton

from clubdesk.model.exchange.preview import FilePreview

BUTTON_HEIGHT = 36


STYLE = (
    "QLabel[step=\"true\"] { font-size: 13pt; font-weight: 600; margin-top: 4px; }"
    "QLabel[hint=\"true\"] { color: #444; }"
    "QLabel[message=\"true\"] { background: #eef4fb; border: 1px solid #9db8d9;"
    " border-radius: 6px; padding: 8px; }"
    "QLabel[message=\"true\"][problem=\"true\"] { background: #fff6e6;"
    " border: 1px solid #e3b873; color: #4a3200; }"
    "QLabel#preview_dialect { font-weight: 600; }"
    "QLabel#preview_problems { color: #7a3e00; }"
    "QListView::item { padding: 3px; }"
    "QTableView#preview_table QHeaderView::section { padding: 4px 8px; font-weight: 600; }"
    "QGroupBox { font-weight: 600; }"
    "QGroupBox * { font-weight: normal; }"
    "QTabBar::tab { padding: 8px 18px; }"
)


class PreviewTableModel(QAbstractTableModel):
    """The first rows of one file; the vertical header gives each row's line in the file."""

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


def _message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("message", True)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _hint(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("hint", True)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def _step_heading(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setProperty("step", True)
    label.setWordWrap(True)
    return label


def _button(text: str, name: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setMinimumHeight(BUTTON_HEIGHT)
    return button


def _list_view(name: str, accessible: str, model: QStringListModel) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    return view


def show_message(label: QLabel, text: str, *, problem: bool = False) -> None:
    label.setProperty("problem", problem)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))
