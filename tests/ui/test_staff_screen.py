"""« Salariés » (issue #19, item 1): a staff member entered in the window with 0.8 FTE from
1 January shows in the year's report figures; a new FTE, the end of a contract, the account
link and the skills, by typing and clicking on a real database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.storage.db import Database
from clubdesk.ui.operations import Operations
from clubdesk.ui.report.report_screen import ReportScreen
from clubdesk.ui.staff.staff_screen import StaffScreen
from clubdesk.ui.widgets import to_qdate

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 11, 23)
STRONG = "Mot-de-passe-2026"


def make_screen(qtbot, ops: Operations) -> StaffScreen:
    screen = StaffScreen(ops, today=lambda: TODAY)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    return screen


def type_into(qtbot, line_edit, text: str) -> None:
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    line_edit.insert(text)  # QTest types ASCII only


def row_texts(screen: StaffScreen, row: int) -> list[str]:
    return [screen.model.index(row, c).data() for c in range(screen.model.columnCount())]


def report_value(report: ReportScreen, label: str) -> str | None:
    model = report.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == label:
            return str(model.index(row, 1).data())
    return None


def test_a_staff_member_entered_here_counts_in_the_annual_report(qtbot, ops) -> None:
    screen = make_screen(qtbot, ops)
    assert screen.model.rowCount() == 0
    form = screen.form
    type_into(qtbot, form.first_edit, "Nadia")
    type_into(qtbot, form.last_edit, "Martin")
    type_into(qtbot, form.function_edit, "Chargée d'insertion")
    type_into(qtbot, form.qualification_edit, "DEES")
    form.peer_check.setChecked(True)
    form.fte_spin.setValue(0.8)
    form.start_date.setDate(to_qdate(date(2026, 1, 1)))
    qtbot.mouseClick(form.save_button, LEFT)
    assert screen.message.text() == "La fiche de Nadia Martin est enregistrée."
    assert row_texts(screen, 0) == ["Nadia Martin", "Chargée d'insertion", "DEES", "oui",
                                    "0,8", "—"]
    figures = ops.club.indicators.compute(2026).values
    assert figures["staff_fte_dec31"] == 0.8
    assert figures["staff_fte_average"] == 0.8
    # and on the report screen, as the direction reads it
    report = ReportScreen(ops, today=lambda: TODAY)
    qtbot.addWidget(report)
    report.show()
    report.year.setValue(2026)
    try:
        qtbot.waitUntil(lambda: not report.busy and report_value(
            report, "ETP au 31 décembre") == "0,8", timeout=20_000)
        assert report_value(report, "ETP moyen de l'année") == "0,8"
    finally:
        report.pool.waitForDone()
    # the periods of the person chosen
    periods = screen.periods.model
    assert [periods.index(0, c).data() for c in range(3)] == ["01/01/2026", "en cours", "0,8"]


def test_new_period_end_of_contract_and_refusals_in_words(qtbot, ops, club: Club) -> None:
    nadia = club.staff.create("Nadia", "Martin")
    club.staff.add_period(nadia.id, date(2025, 1, 1), fte=1)
    screen = make_screen(qtbot, ops)
    assert screen.form.title() == "Nouveau salarié : sa fiche"  # nobody chosen yet
    screen.select_staff(nadia.id)
    assert screen.form.title() == "Fiche de Nadia Martin"
    box = screen.periods
    box.fte_spin.setValue(0.5)
    box.start_date.setDate(to_qdate(date(2026, 9, 1)))
    qtbot.mouseClick(box.new_button, LEFT)
    assert screen.message.text() == "Nouvelle période enregistrée : 0,5 ETP à partir du " \
                                    "01/09/2026."
    assert [(p.started_on, p.ended_on, p.fte) for p in club.staff.periods(nadia.id)] == [
        (date(2025, 1, 1), date(2026, 8, 31), 1.0), (date(2026, 9, 1), None, 0.5)]
    assert screen.model.index(0, 4).data() == "0,5"
    assert box.model.rowCount() == 2

    box.end_date.setDate(to_qdate(date(2026, 8, 1)))  # before the current period began
    qtbot.mouseClick(box.end_button, LEFT)
    assert "ne peut pas être avant son début (01/09/2026)" in screen.message.text()
    box.end_date.setDate(to_qdate(date(2026, 12, 31)))
    qtbot.mouseClick(box.end_button, LEFT)
    assert screen.message.text() == "Contrat terminé le 31/12/2026."
    assert club.staff.periods(nadia.id)[-1].ended_on == date(2026, 12, 31)
    assert not box.end_button.isEnabled()  # nothing left to end


def test_the_account_link_and_the_skills_are_edited_here(qtbot, ops, club: Club) -> None:
    club.users.create("direction", STRONG, "direction")
    account = club.users.create("nmartin", STRONG, "equipe", "Nadia M.")
    kitchen = club.tasks.create(name="Cuisine", skill="Cuisine")
    nadia = club.staff.create("Nadia", "Martin")
    screen = make_screen(qtbot, ops)
    screen.select_staff(nadia.id)
    combo = screen.form.account_combo
    combo.setCurrentIndex(combo.findData(account.id))
    assert combo.currentText() == "nmartin (Nadia M.)"
    qtbot.mouseClick(screen.form.save_button, LEFT)
    assert club.staff.staff_of_account(account.id) == nadia.id
    assert screen.model.index(0, 5).data() == "nmartin"

    skills = screen.skills
    row = skills.task_ids.index(kitchen.id)
    level = skills.table.cellWidget(row, 1)
    level.setCurrentIndex(level.findData("can_teach"))
    qtbot.mouseClick(skills.save_button, LEFT)
    assert screen.message.text() == "Compétences enregistrées."
    assert club.staff.skills(nadia.id) == {kitchen.id: "can_teach"}

    # a second staff member may not take the same account: said in words
    other = club.staff.create("Paul", "Durand")
    screen.refresh()
    screen.select_staff(other.id)
    combo.setCurrentIndex(combo.findData(account.id))
    qtbot.mouseClick(screen.form.save_button, LEFT)
    assert screen.message.text() == "Ce compte est déjà lié à Nadia Martin."


def test_the_team_is_refused_calmly(qtbot, club: Club, db_target: str) -> None:
    team = Club(Database.open(db_target), Actor("Léa", "equipe"))
    try:
        screen = StaffScreen(Operations(team), today=lambda: TODAY)
        qtbot.addWidget(screen)
        assert screen.refusal is not None
        assert "réservé à la direction" in screen.refusal.text()
    finally:
        team.close()
