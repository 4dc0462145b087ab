"""« Candidatures » and « Commissions » (issue 20, item 2): an application entered in the
window, its rank on the waiting list, a commission with the partners present, decisions
recorded from its agenda, a refusal shown on the message line; reception sees only the
refusal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.admissions.applications_screen import ApplicationsScreen
from clubdesk.ui.admissions.commissions_screen import CommissionsScreen
from clubdesk.ui.widgets import to_qdate

TODAY = date(2026, 11, 23)  # the tests' clock (tests/conftest.py)


def show(qtbot, screen):  # type: ignore[no-untyped-def]
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    return screen


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_application_is_added_and_waits_in_order(qtbot, ops, club: Club) -> None:
    ml = club.partners.create("Mission locale", "local_authority")
    club.admissions.add(first_name="Avant", received_on=date(2026, 9, 1), waiting=True,
                        today=TODAY)
    screen = show(qtbot, ApplicationsScreen(ops))
    assert screen.model.rowCount() == 1
    # a refusal: no first name for a new person
    click(qtbot, screen.save_button)
    assert "prénom de la personne est obligatoire" in screen.message.text()
    assert screen.model.rowCount() == 1
    screen.first_edit.setText("Karim")
    screen.last_edit.setText("Benali")
    screen.referred_combo.setCurrentIndex(screen.referred_combo.findData(ml.id))
    screen.received_edit.setDate(to_qdate(date(2026, 10, 1)))
    screen.interview_check.setChecked(True)
    screen.interview_edit.setDate(to_qdate(date(2026, 10, 8)))
    screen.waiting_check.setChecked(True)
    click(qtbot, screen.save_button)
    assert screen.message.text() == "Candidature enregistrée."
    assert [screen.model.index(0, c).data() for c in range(6)] == [
        "2", "Karim Benali", "Mission locale", "01/10/2026", "en liste d'attente",
        "08/10/2026"]
    screen.state_filter.setCurrentIndex(screen.state_filter.findData("waiting"))
    assert [screen.model.row_at(i).name for i in range(2)] == ["Avant", "Karim Benali"]
    screen.state_filter.setCurrentIndex(screen.state_filter.findData("admitted"))
    assert screen.model.rowCount() == 0


def test_a_commission_decides_from_its_agenda(qtbot, ops, club: Club) -> None:
    ml = club.partners.create("Mission locale", "local_authority")
    esat = club.partners.create("ESAT Hersin", "medico_social")
    karim = club.admissions.add(first_name="Karim", received_on=date(2026, 9, 1), today=TODAY)
    julie = club.admissions.add(first_name="Julie", received_on=date(2026, 9, 2), today=TODAY)
    screen = show(qtbot, CommissionsScreen(ops))
    screen.date_edit.setDate(to_qdate(date(2026, 10, 5)))
    for i in range(screen.partners_list.count()):
        screen.partners_list.item(i).setCheckState(Qt.CheckState.Checked)
    click(qtbot, screen.add_button)
    assert screen.message.text() == "Commission enregistrée."
    assert screen.model.index(0, 1).data() == "ESAT Hersin, Mission locale"
    assert screen.agenda_model.rowCount() == 2
    # a refusal without a reason: said on the message line, nothing recorded
    screen.agenda.selectRow(screen.agenda_model.find_row(lambda r: r.id == julie.id))
    screen.decision_combo.setCurrentIndex(screen.decision_combo.findData("refused"))
    click(qtbot, screen.decide_button)
    assert "Un refus doit avoir un motif" in screen.message.text()
    assert screen.agenda_model.rowCount() == 2
    # reoriented without a partner: refused too
    screen.decision_combo.setCurrentIndex(screen.decision_combo.findData("reoriented"))
    click(qtbot, screen.decide_button)
    assert "vers un partenaire" in screen.message.text()
    screen.partner_combo.setCurrentIndex(screen.partner_combo.findData(esat.id))
    click(qtbot, screen.decide_button)
    assert screen.message.text() == "Décision enregistrée pour Julie."
    assert [r.id for r in screen.agenda_model.rows()] == [karim.id]
    screen.agenda.selectRow(0)
    screen.decision_combo.setCurrentIndex(screen.decision_combo.findData("admitted"))
    click(qtbot, screen.decide_button)
    assert screen.agenda_model.rowCount() == 0
    assert "Aucune candidature" in screen.agenda_label.text()
    assert club.admissions.get(karim.id or 0).state == "admitted"
    assert club.admissions.events(julie.id or 0)[-1].partner_id == esat.id
    assert screen.model.index(0, 2).data() == "2"
    assert ml.id in club.admissions.commissions()[0].partner_ids


def test_reception_sees_only_the_refusal(qtbot, club: Club, db_target: str,
                                         open_ops) -> None:
    for screen_class in (ApplicationsScreen, CommissionsScreen):
        screen = show(qtbot, screen_class(open_ops(db_target, Actor("lea", "accueil"))))
        assert screen.refusal is not None and "ne permet pas" in screen.refusal.text()
        assert not hasattr(screen, "table")
