"""One chart of the dashboard with its title, its sentence and its numbers: the chart, or
the same numbers in a table (« Voir les chiffres »), copied as tab-separated text that
pastes into a spreadsheet (Ctrl+C, « Copier les chiffres »)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clubdesk.ui.dashboard.chart_widget import ChartSeries, ChartWidget
from clubdesk.ui.table_model import Index, RowsTableModel
from clubdesk.ui.widgets import hbox, keep_words_whole, make_button, make_hint, make_strong

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the number itself (the name in column 0)

ChartRow = tuple[str, list[float]]


def tr(text: str) -> str:
    return QCoreApplication.translate("DashboardScreen", text)


def number_text(value: float) -> str:
    """French digits without a thousands separator (it pastes cleanly into a spreadsheet):
    66 -> '66', 16.5 -> '16,5'."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 2).rstrip("0")


class ChartTableModel(RowsTableModel[ChartRow]):
    """Rows = categories; first column their names, then one column per series."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []

    def set_table(self, headers: Sequence[str], rows: Sequence[tuple[str, Sequence[float]]]
                  ) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self.COLUMNS = tuple(str(number) for number in range(len(self._headers)))
        self.RIGHT_ALIGNED = frozenset(self.COLUMNS[1:])  # the numbers
        self._rows = [(name, list(values)) for name, values in rows]
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        return self._headers

    def text(self, row: ChartRow, column: str) -> str:
        name, values = row
        return name if column == "0" else number_text(values[int(column) - 1])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == VALUE_ROLE:
            if not index.isValid() or not 0 <= index.row() < self.rowCount():
                return None
            if not 0 <= index.column() < self.columnCount():
                return None
            name, values = self.row_at(index.row())
            return values[index.column() - 1] if index.column() else name
        return super().data(index, role)

    def as_text(self, rows: Sequence[int] | None = None,
                columns: Sequence[int] | None = None, *, headers: bool = True) -> str:
        """Tab-separated lines (the header line first), ready for a spreadsheet."""
        rows = range(self.rowCount()) if rows is None else rows
        columns = range(len(self._headers)) if columns is None else columns
        lines = ["\t".join(self._headers[c] for c in columns)] if headers else []
        lines += ["\t".join(str(self.index(r, c).data()) for c in columns) for r in rows]
        return "\n".join(lines)


class NumbersTable(QTableView):
    """A read-only table whose Ctrl+C copies the selected cells as tab-separated text
    (with the header line when whole rows are selected)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setCornerButtonEnabled(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(8 * self.fontMetrics().height())
        keep_words_whole(self)

    def selected_text(self) -> str:
        model = self.model()
        assert isinstance(model, ChartTableModel)
        cells = self.selectionModel().selectedIndexes()
        if not cells:
            return model.as_text()
        rows = sorted({i.row() for i in cells})
        columns = sorted({i.column() for i in cells})
        whole_rows = len(columns) == model.columnCount()
        return model.as_text(rows, columns, headers=whole_rows)

    def copy_selection(self) -> str:
        text = self.selected_text()
        QGuiApplication.clipboard().setText(text)
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)


# -- one chart with its title, sentence and numbers ---------------------------------------


@dataclass(frozen=True)
class Drawn:
    """What a panel shows for one chart, already in words."""

    category: str  # the header of the first column: « Jour », « Mois »...
    axis_labels: list[str]
    table_labels: list[str]
    series: list[ChartSeries]
    y_title: str
    summary: str


class ChartPanel(QFrame):
    def __init__(self, key: str, title: str, explanation: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title_text = title
        self.setObjectName("dashboard_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = make_strong(title, "dashboard_chart_title")
        self.explanation = make_hint(explanation, "dashboard_explanation")

        self.chart = ChartWidget()
        self.chart.setObjectName(f"dashboard_chart_{key}")
        self.chart.setAccessibleName(tr("Graphique : %1").replace("%1", title))
        self.model = ChartTableModel(self)
        self.table = NumbersTable()
        self.table.setObjectName(f"dashboard_table_{key}")
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Chiffres : %1").replace("%1", title))
        self.table.setAccessibleDescription(
            tr("Les chiffres du graphique, une ligne par point. Ctrl+C copie les cellules "
               "choisies."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.table)

        self.toggle = make_button(tr("Voir les chiffres"), f"dashboard_toggle_{key}",
                                  tr("Voir les chiffres : %1").replace("%1", title),
                                  fixed=False)
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleDescription(
            tr("Montre les chiffres en tableau à la place du graphique, ou le graphique "
               "à nouveau."))
        self.copy_button = make_button(tr("Copier les chiffres"), f"dashboard_copy_{key}",
                                       tr("Copier les chiffres : %1").replace("%1", title),
                                       fixed=False)
        self.copy_button.setAccessibleDescription(
            tr("Copie tout le tableau, à coller dans un tableur ou un document."))
        self.copied = make_hint("", "dashboard_copied")

        buttons = hbox(self.toggle, self.copy_button)
        buttons.addWidget(self.copied, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self.toggle.toggled.connect(self.show_numbers)
        self.copy_button.clicked.connect(self.copy_all)

    @property
    def showing_numbers(self) -> bool:
        return self.stack.currentWidget() is self.table

    def show_numbers(self, numbers: bool) -> None:
        self.stack.setCurrentWidget(self.table if numbers else self.chart)
        self.toggle.setText(tr("Voir le graphique") if numbers else tr("Voir les chiffres"))
        if self.toggle.isChecked() != numbers:
            self.toggle.setChecked(numbers)

    def copy_all(self) -> str:
        text = self.model.as_text()
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(tr("Copié."))
        return text

    def set_drawn(self, drawn: Drawn) -> None:
        self.chart.set_chart(drawn.axis_labels, drawn.series, y_title=drawn.y_title,
                             empty_text=tr("Pas encore de chiffres pour ce graphique."))
        self.chart.setAccessibleDescription(drawn.summary)
        self.chart.setToolTip(drawn.summary)
        self.model.set_table([drawn.category] + [s.name for s in drawn.series],
                             [(label, [s.values[i] for s in drawn.series])
                              for i, label in enumerate(drawn.table_labels)])
        # the names column as wide as its longest name, the numbers share the rest
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.copied.setText("")
