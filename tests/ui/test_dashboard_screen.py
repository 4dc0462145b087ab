"""« Tableau de bord » on the demo club, in a real SQLite file: charts, tables, copying."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QPushButton

from clubdesk.app import build_main_window
from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.dashboard import Dashboard
from clubdesk.ui.dashboard.chart_widget import BARS, ChartSeries, ChartWidget
from clubdesk.ui.dashboard.dashboard_screen import (
    VALUE_ROLE,
    ChartPanel,
    DashboardScreen,
    number_text,
)
from clubdesk.ui.operations import Operations

TODAY = date(2026, 11, 23)  # the demo club's "today"
LEFT = Qt.MouseButton.LeftButton
OPS_ACTOR = Actor("Équipe", "equipe")  # who demo_ops acts as (tests/ui/conftest.py)
KEYS = ("presence", "active", "flows", "steps")


@pytest.fixture
def expected(demo_target: str) -> Dashboard:
    club = Club.open(demo_target)
    try:
        return club.dashboard.overview(TODAY)
    finally:
        club.close()


@pytest.fixture
def screen(qtbot, demo_ops: Operations) -> DashboardScreen:
    widget = DashboardScreen(demo_ops, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def table_values(screen: DashboardScreen, key: str) -> list[list[object]]:
    model = screen.panel(key).model
    return [[model.index(r, c).data(VALUE_ROLE) for c in range(1, model.columnCount())]
            for r in range(model.rowCount())]


def chart_image(chart: ChartWidget) -> QImage:
    return chart.grab().toImage()


def count_colour(image: QImage, area, colour: QColor) -> int:
    return sum(1 for x in range(area.left(), area.right(), 2)
               for y in range(area.top(), area.bottom(), 2)
               if image.pixelColor(x, y) == colour)


def test_the_tables_hold_the_models_numbers(screen, expected) -> None:
    assert screen.dashboard == expected
    for chart in expected.charts:
        panel = screen.panel(chart.key)
        rows = table_values(screen, chart.key)
        assert len(rows) == len(chart.categories) > 0
        for column, series in enumerate(chart.series):
            assert [row[column] for row in rows] == list(series.values)
            shown = [panel.model.index(r, column + 1).data() for r in range(len(rows))]
            assert shown == [number_text(v) for v in series.values]
    # what the demo club gives: 12 months, entries every year, an FTE × 20 line
    assert screen.panel("active").model.rowCount() == 12
    assert screen.panel("active").model.headerData(2, Qt.Orientation.Horizontal) \
        == "Repère : salariés à temps plein × 20"
    assert sum(expected.flows.values("entries")) > 0
    assert screen.panel("steps").model.index(1, 0).data() == "Stage"
    assert screen.status.text() == "Chiffres au lundi 23 novembre 2026."


def test_voir_les_chiffres_switches_between_chart_and_table(qtbot, screen) -> None:
    panel = screen.panel("flows")
    assert not panel.showing_numbers and panel.chart.isVisible()
    qtbot.mouseClick(panel.toggle, LEFT)
    assert panel.showing_numbers and panel.table.isVisible() and not panel.chart.isVisible()
    assert panel.toggle.text() == "Voir le graphique"
    qtbot.mouseClick(panel.toggle, LEFT)
    assert not panel.showing_numbers and panel.toggle.text() == "Voir les chiffres"


def test_ctrl_c_copies_the_selected_numbers_as_tab_separated_text(qtbot, screen,
                                                                  expected) -> None:
    panel = screen.panel("flows")
    qtbot.mouseClick(panel.toggle, LEFT)
    QGuiApplication.clipboard().clear()
    panel.table.setFocus()
    panel.table.selectAll()
    qtbot.keyClick(panel.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().split("\n")
    assert lines[0] == "Année\tEntrées\tSorties"
    years = expected.flows.categories
    assert len(lines) == 1 + len(years)
    for line, year, entries, exits in zip(lines[1:], years, expected.flows.values("entries"),
                                          expected.flows.values("exits"), strict=True):
        first, *numbers = line.split("\t")
        assert first.startswith(str(year))
        assert [int(n) for n in numbers] == [entries, exits]
    # one cell only: just its number, no header line
    panel.table.clearSelection()
    panel.table.setCurrentIndex(panel.model.index(0, 1))
    qtbot.keyClick(panel.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == str(expected.flows.values("entries")[0])


def test_copier_les_chiffres_copies_the_whole_table(qtbot, screen, expected) -> None:
    panel = screen.panel("active")
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(panel.copy_button, LEFT)
    lines = QGuiApplication.clipboard().text().split("\n")
    assert lines[0].split("\t") == ["Mois", "Personnes actives dans le mois",
                                    "Repère : salariés à temps plein × 20"]
    assert lines[-1].startswith("novembre 2026\t")
    assert [int(line.split("\t")[1]) for line in lines[1:]] == \
        list(expected.active.values("active"))
    capacity = [float(line.split("\t")[2].replace(",", ".")) for line in lines[1:]]
    assert capacity == list(expected.active.values("capacity"))
    assert panel.copied.text() == "Copié."


@pytest.mark.parametrize("key", KEYS)
def test_each_chart_draws_in_its_plot_area(screen, key: str) -> None:
    chart = screen.panel(key).chart
    assert chart.has_data
    image = chart_image(chart)
    plot = chart.plot_rect()
    assert plot.width() > 100 and plot.height() > 60
    highlight = chart.palette().color(QPalette.ColorRole.Highlight)
    base = chart.palette().color(QPalette.ColorRole.Base)
    # the first series is drawn in the highlight colour, over the base background
    assert count_colour(image, plot, highlight) > 20
    assert count_colour(image, plot, base) > 20


def test_charts_follow_a_high_contrast_palette_and_the_text_size(qtbot) -> None:
    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.setStyleSheet("")  # the chart alone: its own palette and font, not a window's sheet
    chart.resize(500, 300)
    chart.set_chart(["a", "b", "c"], [ChartSeries("Nombre", [1, 3, 2], BARS),
                                      ChartSeries("Autre", [2, 1, 0], BARS)])
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("black"))
    palette.setColor(QPalette.ColorRole.Text, QColor("white"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("yellow"))
    chart.setPalette(palette)
    image = chart_image(chart)
    assert image.pixelColor(2, chart.height() - 3) == QColor("black")
    assert count_colour(image, chart.plot_rect(), QColor("yellow")) > 100
    assert count_colour(image, chart.plot_rect(), QColor("white")) > 20  # hatched bars, text
    small = chart.sizeHint()
    font = QFont(chart.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    chart.setFont(font)
    assert chart.sizeHint().height() > small.height() * 1.5
    assert chart.plot_rect().left() > 0


def test_empty_chart_says_so(qtbot) -> None:
    chart = ChartWidget()
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.set_chart([], [], empty_text="Pas encore de chiffres pour ce graphique.")
    assert not chart.has_data
    with pytest.raises(ValueError):
        chart.set_chart(["a"], [ChartSeries("x", [1, 2])])


def test_every_control_has_an_accessible_name_and_the_charts_a_summary(screen,
                                                                       expected) -> None:
    buttons = screen.findChildren(QPushButton)
    assert len(buttons) == 1 + 2 * len(KEYS)
    for widget in buttons:
        assert widget.accessibleName(), widget.objectName()
        assert widget.accessibleDescription(), widget.objectName()
    for key in KEYS:
        panel = screen.panel(key)
        assert panel.chart.accessibleName().startswith("Graphique : ")
        assert panel.table.accessibleName().startswith("Chiffres : ")
        assert panel.chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    flows = screen.panel("flows").chart.accessibleDescription()
    entries = expected.flows.values("entries")
    assert f"En tout : {sum(entries)} entrées" in flows
    steps = screen.panel("steps").chart.accessibleDescription()
    total = sum(expected.steps.values("in_progress"))
    assert steps.endswith(f"En tout, {total} étapes en cours.")
    assert "novembre 2026" in screen.panel("active").chart.accessibleDescription()


def test_a_check_in_redraws_the_shown_dashboard(screen, demo_ops) -> None:
    here = {p.member_id for p in demo_ops.club.attendance.present(TODAY)}
    newcomer = next(m for m in demo_ops.club.members.list_members("current", on=TODAY)
                    if m.id not in here)
    before = table_values(screen, "presence")[-1][0]
    outcome = demo_ops.run(demo_ops.club.attendance.check_in, newcomer.id, TODAY, "am")
    assert outcome.ok
    assert table_values(screen, "presence")[-1][0] == before + 1
    assert str(before + 1) in screen.panel("presence").chart.accessibleDescription()


def test_refused_to_reception(qtbot, demo_target: str) -> None:
    club = Club.open(demo_target, Actor("Accueil", "accueil"))
    try:
        widget = DashboardScreen(Operations(club), today=lambda: TODAY)
        qtbot.addWidget(widget)
        widget.show()
        assert widget.dashboard is None
        # the base's refusal, in place of the charts (never built)
        assert widget.refusal is not None and widget.refusal.isVisible()
        assert "réservé à l'équipe et à la direction" in widget.refusal.text()
        assert widget.panels == {} and widget.findChild(ChartPanel) is None
    finally:
        club.close()


@pytest.mark.parametrize(("role", "shown"), [("equipe", True), ("accueil", False)])
def test_the_window_lists_it_after_suivis_for_staff(qtbot, demo_target: str, role: str,
                                                    shown: bool) -> None:
    window = build_main_window(demo_target, actor=Actor(role.title(), role))
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert ("Tableau de bord" in titles) is shown
    if shown:
        assert titles[titles.index("Partenaires") + 1] == "Tableau de bord"
        assert window.screen_named("dashboard_screen") is not None
