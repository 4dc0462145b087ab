"""« Tableau de bord »: four charts for the director and the team, each with its numbers.

Presences per day (3 months), active persons per month against the staff ratio (12 months),
entries and exits per year, professional steps in progress. Each chart has a title, one
plain sentence saying what it shows, and « Voir les chiffres »: the same numbers in a table
(for screen readers, and to copy: Ctrl+C or « Copier les chiffres » gives tab-separated
text that pastes into a spreadsheet). The figures come from DashboardService, read again
each time the screen is shown after a change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model import clock
from clubdesk.model.dashboard import Chart, Dashboard
from clubdesk.model.errors import ClubdeskError
from clubdesk.ui import appearance
from clubdesk.ui.dashboard.chart_widget import BARS, LINE, ChartSeries, ChartWidget
from clubdesk.ui.operations import Operations

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1

# No font size here: titles follow the text size the user chose, in bold.
STYLE = (
    "QFrame#dashboard_panel { border: 1px solid palette(mid); border-radius: 6px; }"
    "QLabel#dashboard_chart_title { font-weight: 600; }"
)


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


def kind_label(kind: str) -> str:
    return {"employment": tr("Emploi"), "internship": tr("Stage"),
            "apprenticeship": tr("Apprentissage"), "volunteering": tr("Bénévolat"),
            "training": tr("Formation")}.get(kind, kind)


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def month_name(first: date) -> str:
    return QLocale().toString(QDate(first.year, first.month, 1), "MMMM yyyy")


# -- the numbers as a table ---------------------------------------------------------------


class ChartTableModel(QAbstractTableModel):
    """Rows = categories; first column their names, then one column per series."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[str, list[float]]] = []

    def set_table(self, headers: Sequence[str], rows: Sequence[tuple[str, Sequence[float]]]
                  ) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [(name, list(values)) for name, values in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, values = self._rows[index.row()]
        column = index.column()
        if not 0 <= column < len(self._headers):
            return None
        value = values[column - 1] if column else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return name if value is None else number_text(value)
        if role == VALUE_ROLE:
            return name if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def as_text(self, rows: Sequence[int] | None = None,
                columns: Sequence[int] | None = None, *, headers: bool = True) -> str:
        """Tab-separated lines (the header line first), ready for a spreadsheet."""
        rows = range(len(self._rows)) if rows is None else rows
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
        self.title = QLabel(title)
        self.title.setObjectName("dashboard_chart_title")
        self.title.setWordWrap(True)
        self.explanation = QLabel(explanation)
        self.explanation.setObjectName("dashboard_explanation")
        self.explanation.setWordWrap(True)

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

        self.toggle = QPushButton(tr("Voir les chiffres"))
        self.toggle.setObjectName(f"dashboard_toggle_{key}")
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(tr("Voir les chiffres : %1").replace("%1", title))
        self.toggle.setAccessibleDescription(
            tr("Montre les chiffres en tableau à la place du graphique, ou le graphique "
               "à nouveau."))
        self.copy_button = QPushButton(tr("Copier les chiffres"))
        self.copy_button.setObjectName(f"dashboard_copy_{key}")
        self.copy_button.setAccessibleName(tr("Copier les chiffres : %1").replace("%1", title))
        self.copy_button.setAccessibleDescription(
            tr("Copie tout le tableau, à coller dans un tableur ou un document."))
        self.copied = QLabel()
        self.copied.setObjectName("dashboard_copied")

        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle)
        buttons.addWidget(self.copy_button)
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


# -- the four charts in words -------------------------------------------------------------


def _range_words(low: float, high: float) -> str:
    if low == high:
        return number_text(low)
    return tr("entre %1 et %2").replace("%1", number_text(low)).replace("%2", number_text(high))


def draw_presence(chart: Chart) -> Drawn:
    days = [c for c in chart.categories if isinstance(c, date)]
    values = chart.values("present")
    name = tr("Personnes présentes")
    series = [ChartSeries(name, values, LINE)]
    axis = [f"{d.day:02d}/{d.month:02d}" for d in days]
    if not days:
        summary = tr("Personne n'est venu ces 3 derniers mois.")
    else:
        average = sum(values) / len(values)
        summary = (tr("Courbe sur %1 jours d'ouverture, du %2 au %3 : %4 personnes par jour, "
                      "%5 en moyenne. Le dernier jour, %6 personnes.")
                   .replace("%1", str(len(days))).replace("%2", long_date(days[0]))
                   .replace("%3", long_date(days[-1]))
                   .replace("%4", _range_words(min(values), max(values)))
                   .replace("%5", number_text(round(average, 1)))
                   .replace("%6", number_text(values[-1])))
    return Drawn(tr("Jour"), axis, [long_date(d) for d in days], series, tr("Personnes"),
                 summary)


def draw_active(chart: Chart) -> Drawn:
    months = [c for c in chart.categories if isinstance(c, date)]
    active, capacity = chart.values("active"), chart.values("capacity")
    series = [ChartSeries(tr("Personnes actives dans le mois"), active, BARS),
              ChartSeries(tr("Repère : salariés à temps plein × 20"), capacity, LINE)]
    axis = [QLocale().toString(QDate(m.year, m.month, 1), "MMM yy") for m in months]
    over = sum(1 for a, c in zip(active, capacity, strict=True) if a > c)
    summary = (tr("Barres sur 12 mois, de %1 à %2 : %3 personnes actives par mois. "
                  "En %2, %4 personnes actives pour un repère de %5.")
               .replace("%1", month_name(months[0])).replace("%2", month_name(months[-1]))
               .replace("%3", _range_words(min(active), max(active)))
               .replace("%4", number_text(active[-1])).replace("%5", number_text(capacity[-1])))
    summary += " " + (tr("Le repère est dépassé %1 mois sur 12.").replace("%1", str(over))
                      if over else tr("Le repère n'est jamais dépassé."))
    return Drawn(tr("Mois"), axis, [month_name(m) for m in months], series, tr("Personnes"),
                 summary)


def draw_flows(chart: Chart, today: date) -> Drawn:
    years = [c for c in chart.categories if isinstance(c, int)]
    entries, exits = chart.values("entries"), chart.values("exits")
    series = [ChartSeries(tr("Entrées"), entries, BARS), ChartSeries(tr("Sorties"), exits, BARS)]
    table = [tr("%1 (en cours)").replace("%1", str(y)) if y == today.year
             else str(y) for y in years]
    summary = (tr("Barres par année, de %1 à %2. En %2 : %3 entrées et %4 sorties. "
                  "En tout : %5 entrées et %6 sorties.")
               .replace("%1", str(years[0])).replace("%2", str(years[-1]))
               .replace("%3", number_text(entries[-1])).replace("%4", number_text(exits[-1]))
               .replace("%5", number_text(sum(entries))).replace("%6", number_text(sum(exits))))
    return Drawn(tr("Année"), [str(y) for y in years], table, series, tr("Personnes"),
                 summary)


def draw_steps(chart: Chart) -> Drawn:
    kinds = [kind_label(str(c)) for c in chart.categories]
    values = chart.values("in_progress")
    series = [ChartSeries(tr("Étapes en cours"), values, BARS)]
    parts = ", ".join(f"{k.lower()} {number_text(v)}" for k, v in zip(kinds, values, strict=True))
    summary = (tr("Barres par type d'étape : %1. En tout, %2 étapes en cours.")
               .replace("%1", parts).replace("%2", number_text(sum(values))))
    return Drawn(tr("Type d'étape"), kinds, kinds, series, tr("Étapes"), summary)


# -- the screen ---------------------------------------------------------------------------


class DashboardScreen(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], date] = clock.today) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self.dashboard: Dashboard | None = None
        self._stale = True
        self.setObjectName("dashboard_screen")
        appearance.set_sheet(self, STYLE)  # follows text size and contrast

        title = QLabel(self.tr("Tableau de bord"))
        title.setObjectName("screen_title")
        intro = QLabel(self.tr("La vie du club en quatre graphiques. Sous chaque graphique, "
                               "« Voir les chiffres » montre les mêmes chiffres en tableau."))
        intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("dashboard_status")
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Mettre à jour"))
        self.refresh_button.setObjectName("dashboard_refresh")
        self.refresh_button.setAccessibleName(self.tr("Mettre à jour les graphiques"))
        self.refresh_button.setAccessibleDescription(
            self.tr("Relit les chiffres du club et redessine les quatre graphiques."))

        self.panels = {
            "presence": ChartPanel(
                "presence", self.tr("Présences par jour"),
                self.tr("Combien de personnes sont venues au club chaque jour, ces 3 derniers "
                        "mois. Seuls les jours où quelqu'un est venu sont comptés.")),
            "active": ChartPanel(
                "active", self.tr("Personnes actives par mois"),
                self.tr("Chaque barre compte les personnes venues au moins une fois dans le "
                        "mois. La ligne est le repère : environ 20 personnes actives pour un "
                        "salarié à temps plein.")),
            "flows": ChartPanel(
                "flows", self.tr("Entrées et sorties par année"),
                self.tr("Combien de personnes sont devenues membres (entrées) et combien ont "
                        "quitté le club (sorties), chaque année.")),
            "steps": ChartPanel(
                "steps", self.tr("Parcours professionnels en cours"),
                self.tr("Combien d'étapes sont en cours aujourd'hui : emploi, stage, "
                        "apprentissage, bénévolat, formation.")),
        }

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        for n, panel in enumerate(self.panels.values()):
            grid.addWidget(panel, n // 2, n % 2)
        for row in range(2):
            grid.setRowStretch(row, 1)
        for column in range(2):
            grid.setColumnStretch(column, 1)
        scroll = QScrollArea()
        scroll.setObjectName("dashboard_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)

        head = QHBoxLayout()
        head.addWidget(self.status, 1)
        head.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)

        self.refresh_button.clicked.connect(self.refresh)
        ops.changed.connect(self._on_changed)

    def panel(self, key: str) -> ChartPanel:
        return self.panels[key]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, _topics: frozenset[str]) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        today = self.today()
        try:
            dashboard = self.ops.club.dashboard.overview(today)
        except ClubdeskError as exc:
            self.dashboard = None
            self.status.setText(str(exc) + " " + self.tr("Le tableau de bord est réservé à "
                                                         "l'équipe et à la direction."))
            for panel in self.panels.values():
                panel.setEnabled(False)
            return
        self.dashboard = dashboard
        self.panels["presence"].set_drawn(draw_presence(dashboard.presence))
        self.panels["active"].set_drawn(draw_active(dashboard.active))
        self.panels["flows"].set_drawn(draw_flows(dashboard.flows, today))
        self.panels["steps"].set_drawn(draw_steps(dashboard.steps))
        for panel in self.panels.values():
            panel.setEnabled(True)
        self.status.setText(self.tr("Chiffres au %1.").replace("%1", long_date(today)))
