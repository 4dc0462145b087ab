"""« Tableau de bord »: four charts for the director and the team, each with its numbers.

Presences per day (3 months), active persons per month against the staff ratio (12 months),
entries and exits per year, professional steps in progress. Each chart has a title, one
plain sentence saying what it shows, and « Voir les chiffres »: the same numbers in a table
(for screen readers, and to copy: Ctrl+C or « Copier les chiffres » gives tab-separated
text that pastes into a spreadsheet). The figures come from DashboardService, read again
each time the screen is shown after a change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from clubdesk.model import clock
from clubdesk.model.dashboard import Chart, Dashboard
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.topics import Topic
from clubdesk.ui.dashboard.chart_panel import (
    VALUE_ROLE,
    ChartPanel,
    ChartTableModel,
    Drawn,
    NumbersTable,
    number_text,
    tr,
)
from clubdesk.ui.dashboard.chart_widget import BARS, LINE, ChartSeries
from clubdesk.ui.operations import Operations
from clubdesk.ui.screen import Screen, access_refusal
from clubdesk.ui.widgets import make_button, make_hint, scrolled

__all__ = ["VALUE_ROLE", "ChartPanel", "ChartTableModel", "DashboardScreen", "NumbersTable",
           "number_text"]


def kind_label(kind: str) -> str:
    return {"employment": tr("Emploi"), "internship": tr("Stage"),
            "apprenticeship": tr("Apprentissage"), "volunteering": tr("Bénévolat"),
            "training": tr("Formation")}.get(kind, kind)


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def month_name(first: date) -> str:
    return QLocale().toString(QDate(first.year, first.month, 1), "MMMM yyyy")


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


class DashboardScreen(Screen):
    screen_name = "dashboard_screen"
    topics = frozenset({Topic.ATTENDANCE, Topic.MEMBERS, Topic.STAFF, Topic.PATHS})

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 today: Callable[[], date] = clock.today) -> None:
        super().__init__(
            ops, self.tr("Tableau de bord"),
            intro=self.tr("La vie du club en quatre graphiques. Sous chaque graphique, "
                          "« Voir les chiffres » montre les mêmes chiffres en tableau."),
            parent=parent)
        self.ops: Operations = ops
        self.today = today
        self.dashboard: Dashboard | None = None
        self.panels: dict[str, ChartPanel] = {}
        self._stale = True
        refusal = access_refusal(ops.club.actor)
        if refusal is not None:
            self.refuse(refusal + " " + self.tr("Le tableau de bord est réservé à "
                                                "l'équipe et à la direction."))
            return
        self.status = make_hint("", "dashboard_status")
        self.refresh_button = make_button(self.tr("Mettre à jour"), "dashboard_refresh",
                                          self.tr("Mettre à jour les graphiques"))
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
        grid.setSpacing(12)
        for n, panel in enumerate(self.panels.values()):
            grid.addWidget(panel, n // 2, n % 2)
        for row in range(2):
            grid.setRowStretch(row, 1)
        for column in range(2):
            grid.setColumnStretch(column, 1)
        scroll = scrolled(grid_host)
        scroll.setObjectName("dashboard_scroll")

        head = QHBoxLayout()
        head.addWidget(self.status, 1)
        head.addWidget(self.refresh_button)
        self.outer.addLayout(head)
        self.outer.addWidget(self.message)
        self.outer.addWidget(scroll, 1)
        self.refresh_button.clicked.connect(self.refresh)

    def panel(self, key: str) -> ChartPanel:
        return self.panels[key]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and self.refusal is None:
            self.refresh()

    def topics_changed(self, topics: frozenset[Topic]) -> None:
        """Drawn again at once when shown, otherwise the next time it is shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        today = self.today()
        try:
            dashboard = self.ops.club.dashboard.overview(today)
        except ClubdeskError as exc:  # the server out of reach, a role changed meanwhile
            self.dashboard = None
            self.say(str(exc), problem=True)
            for panel in self.panels.values():
                panel.setEnabled(False)
            return
        self.say("")
        self.dashboard = dashboard
        self.panels["presence"].set_drawn(draw_presence(dashboard.presence))
        self.panels["active"].set_drawn(draw_active(dashboard.active))
        self.panels["flows"].set_drawn(draw_flows(dashboard.flows, today))
        self.panels["steps"].set_drawn(draw_steps(dashboard.steps))
        for panel in self.panels.values():
            panel.setEnabled(True)
        self.status.setText(self.tr("Chiffres au %1.").replace("%1", long_date(today)))
