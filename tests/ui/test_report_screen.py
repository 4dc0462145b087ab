"""« Rapport annuel » on the demo club, in a real SQLite file; work runs off the UI thread."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clubdesk.export.annual_report import fr_euros, fr_number, fr_percent
from clubdesk.model.access import Actor
from clubdesk.model.annual.indicators import Indicators
from clubdesk.model.annual.registry import (
    Indicator,
    Kind,
    People,
    Section,
    entries,
    entry,
    registered,
)
from clubdesk.model.club import Club
from clubdesk.model.errors import Term
from clubdesk.ui.operations import Operations
from clubdesk.ui.report.models import (
    KEY_ROLE,
    DetailLine,
    DetailListModel,
    IndicatorTableModel,
    detail_lines,
)
from clubdesk.ui.report.report_screen import ReportScreen

TODAY = date(2026, 11, 23)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def expected(demo_target: str) -> Indicators:
    club = Club.open(demo_target)
    try:
        return club.indicators.compute(2025)
    finally:
        club.close()


@pytest.fixture
def make_screen(qtbot):
    screens: list[ReportScreen] = []

    def make(demo_ops: Operations, **kwargs) -> ReportScreen:
        screen = ReportScreen(demo_ops, today=lambda: TODAY, **kwargs)
        qtbot.addWidget(screen)
        screen.resize(1100, 700)
        screen.show()
        screens.append(screen)
        qtbot.waitUntil(lambda: not screen.busy, timeout=20_000)
        return screen

    yield make
    for screen in screens:  # no worker outlives its test
        screen.pool.waitForDone()


def value_of(screen: ReportScreen, label: str) -> str:
    model = screen.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == label:
            return model.index(row, 1).data()
    raise KeyError(label)


def select_label(screen: ReportScreen, label: str) -> None:
    model = screen.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().strip() == label)
    screen.table.selectRow(row)


def test_the_table_shows_the_computed_values(make_screen, demo_ops, expected) -> None:
    screen = make_screen(demo_ops)
    assert screen.objectName() == "report_screen"
    assert screen.year.objectName() == "report_year" and screen.year.value() == 2025
    v = expected.values
    assert value_of(screen, "File active au 1er janvier") == str(v["caseload_start"])
    assert value_of(screen, "File active au 31 décembre") == str(v["caseload_dec31"])
    assert value_of(screen, "Sorties dans l'année") == str(v["exits"])
    average = value_of(screen, "Moyenne mensuelle des personnes actives")
    assert average == fr_number(v["active_monthly_average"]) and "," in average
    assert value_of(screen, "Financement total (euros)") == fr_euros(v["funding_total"])
    assert value_of(screen, "Part des financements complémentaires") == fr_percent(
        v["complementary_funding_share"])
    assert value_of(screen, "Salariés au 31 décembre") == f"{len(v['staff'])} salariés"
    assert value_of(screen, "Personnes actives par mois") == "détail ci-dessous"
    labels = {screen.model.index(r, 0).data().strip() for r in range(screen.model.rowCount())}
    assert {ind.label for ind in entries()} <= labels
    assert "emploi de transition" in labels


def test_the_monthly_line_names_its_twelve_months(make_screen, demo_ops, expected) -> None:
    """« Personnes actives par mois »: one row per month under it, named janvier … décembre,
    each with its count; a month's « Pourquoi ? » shows the whole year month by month."""
    screen = make_screen(demo_ops)
    model = screen.model
    first = model.row_of("active_by_month")
    assert model.index(first, 1).data() == "détail ci-dessous"
    names = [model.index(first + m, 0).data().strip() for m in range(1, 13)]
    assert names == ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                     "septembre", "octobre", "novembre", "décembre"]
    counts = [model.index(first + m, 1).data() for m in range(1, 13)]
    assert counts == [fr_number(n) for n in expected.values["active_by_month"]]
    assert model.row_of("active_by_month.12") == first + 12
    assert model.row_at(first + 13).key == "active_monthly_average"
    assert screen.select_key("active_by_month.3")
    assert screen.why_title.text() == "Personnes actives par mois : mars"
    assert screen.why_value.text() == fr_number(expected.values["active_by_month"][2])
    assert screen.detail_model.texts()[2] == (
        f"mars : {fr_number(expected.values['active_by_month'][2])}")


def test_why_lists_the_persons_behind_the_exits(make_screen, demo_ops, expected) -> None:
    screen = make_screen(demo_ops)
    select_label(screen, "Sorties dans l'année")
    assert screen.why.objectName() == "report_why"
    assert screen.why_title.text() == "Sorties dans l'année"
    assert screen.why_definition.text() == entry("exits").definition
    ids = expected.persons["exits"]
    assert ids  # the demo has people who left in 2025
    names = sorted(demo_ops.club.members.row(i).display_name for i in ids)
    assert sorted(screen.detail_model.texts()) == names
    assert f"{len(ids)} personnes" in screen.why_heading.text() or len(ids) == 1


def test_why_for_an_employment_category_and_a_list(make_screen, demo_ops, expected) -> None:
    screen = make_screen(demo_ops)
    assert screen.select_key("employment_by_category.transitional")
    ids = expected.persons["employment_by_category.transitional"]
    assert sorted(screen.detail_model.texts()) == sorted(
        demo_ops.club.members.row(i).display_name for i in ids)
    select_label(screen, "Financement total (euros)")
    assert screen.detail_model.rowCount() == 0
    assert screen.why_definition.text() == entry("funding_total").definition
    select_label(screen, "Personnes actives par mois")
    assert screen.detail_model.texts()[0].startswith("janvier : ")


def test_changing_the_year_computes_again(make_screen, demo_ops, qtbot) -> None:
    screen = make_screen(demo_ops)
    screen.year.setValue(2024)
    qtbot.waitUntil(lambda: screen.computed is not None and screen.computed.year == 2024,
                    timeout=20_000)
    expected = demo_ops.club.indicators.compute(2024)
    assert value_of(screen, "Entrées dans l'année") == str(expected.values["entries"])


def test_the_button_writes_the_three_files_off_the_ui_thread(make_screen, demo_ops, tmp_path,
                                                             qtbot) -> None:
    folder = tmp_path / "rapport"
    asked = []
    screen = make_screen(demo_ops, ask_folder=lambda suggested: asked.append(suggested) or folder)
    assert screen.write_button.objectName() == "write_report_button"
    assert screen.progress.objectName() == "report_progress"
    qtbot.mouseClick(screen.write_button, LEFT)
    assert asked and screen.writing and not screen.write_button.isEnabled()
    qtbot.waitUntil(lambda: not screen.writing, timeout=30_000)
    names = ["indicateurs-2025.xlsx", "rapport-annuel-2025.pdf", "indicateurs-2025.json"]
    assert [p.name for p in screen.last_paths] == names
    assert all((folder / n).is_file() for n in names)
    assert screen.progress.value() == 100
    assert str(folder) in screen.message.text() and screen.message.isVisible()
    assert screen.write_button.isEnabled()


def test_a_folder_that_cannot_be_written_is_said(make_screen, demo_ops, tmp_path, qtbot) -> None:
    target = tmp_path / "fichier.txt"
    target.write_text("x")
    screen = make_screen(demo_ops, ask_folder=lambda _s: target)
    qtbot.mouseClick(screen.write_button, LEFT)
    qtbot.waitUntil(lambda: not screen.writing, timeout=30_000)
    assert "n'est pas un dossier" in screen.message.text()
    assert screen.message.property("problem") is True
    assert target.read_text() == "x"


def test_cancelling_the_folder_question_writes_nothing(make_screen, demo_ops) -> None:
    screen = make_screen(demo_ops, ask_folder=lambda _s: None)
    screen.write_files()
    assert not screen.writing and not screen.busy


def test_the_accueil_role_is_told_calmly(qtbot, demo_target: str) -> None:
    club = Club.open(demo_target, Actor("Lou", "accueil"))
    try:
        screen = ReportScreen(Operations(club), today=lambda: TODAY)
        qtbot.addWidget(screen)
        screen.show()
        assert screen.refusal is not None and screen.refusal.isVisible()
        assert screen.refusal.text() == "Votre rôle (accueil) ne permet pas cette action."
        assert screen.refusal.property("refusal") is True
        assert not screen.busy and not hasattr(screen, "table")  # nothing computed, nothing built
    finally:
        club.close()


def test_a_change_recomputes_the_figures(make_screen, demo_ops, qtbot, expected) -> None:
    screen = make_screen(demo_ops)
    demo_ops.run(demo_ops.club.structure.add_funding, 2025, "Fondation", 1000, "complementary")
    total = fr_euros(expected.values["funding_total"] + 1000)
    qtbot.waitUntil(lambda: value_of(screen, "Financement total (euros)") == total,
                    timeout=20_000)


def test_models_pass_qtmodeltester(qtmodeltester, expected) -> None:
    model = IndicatorTableModel()
    qtmodeltester.check(model)
    model.set_indicators(expected)
    qtmodeltester.check(model)
    assert model.index(0, 0).data(KEY_ROLE) == "caseload_start"
    details = DetailListModel()
    qtmodeltester.check(details)
    _heading, lines = detail_lines(expected, "members_during_year", {})
    details.set_lines(lines)
    qtmodeltester.check(details)
    assert details.rowCount() == expected.values["members_during_year"]
    details.set_lines([DetailLine("Émilie", 1)])
    qtmodeltester.check(details)


def test_a_new_indicator_of_the_registry_is_on_the_screen(make_screen, demo_ops, expected) -> None:
    """Registered in the core only: the screen shows its label, value, definition and the
    persons behind it."""

    def absent_in_december(data) -> People:
        return People(frozenset(set().union(*data.months[:11]) - data.months[11]))

    extra = Indicator(
        "absent_in_december", Term("Personnes absentes en décembre"),
        Term("Personnes venues dans l'année mais pas en décembre."),
        Kind.COUNT, Section.MEMBERS, 50, absent_in_december)
    with registered(extra):
        screen = make_screen(demo_ops)
        assert screen.computed is not None
        ids = screen.computed.indicators.persons["absent_in_december"]
        assert ids  # the demo has such members
        assert value_of(screen, "Personnes absentes en décembre") == str(len(ids))
        keys = [screen.model.index(r, 0).data(KEY_ROLE) for r in range(screen.model.rowCount())]
        last_of_members = [i.key for i in entries() if i.section is Section.MEMBERS
                           and i.key != "absent_in_december"][-1]
        after = [k for k in keys[keys.index(last_of_members) + 1:]  # past a breakdown's lines
                 if k and not str(k).startswith(last_of_members)]
        assert after[0] == "absent_in_december"
        assert screen.select_key("absent_in_december")
        assert screen.why_title.text() == "Personnes absentes en décembre"
        assert screen.why_definition.text() == extra.definition
        assert sorted(screen.detail_model.texts()) == sorted(
            demo_ops.club.members.row(i).display_name for i in ids)
    assert screen.computed.indicators.values.keys() - {"absent_in_december"} \
        == expected.values.keys()
