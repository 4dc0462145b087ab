"""« Bénévoles et parrainage »: a volunteer and the sponsorship entered in the window reach
the GEM's yearly table; a refusal is one French sentence; reception sees only the refusal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.volunteers.volunteers_screen import VolunteersScreen
from clubdesk.ui.widgets import to_qdate


def make_screen(qtbot, ops) -> VolunteersScreen:
    screen = VolunteersScreen(ops)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    return screen


def test_a_volunteer_and_the_sponsorship_reach_the_gem_table(qtbot, ops, club: Club) -> None:
    partner = club.partners.create("UNAFAM 76", "peer_structure")
    screen = make_screen(qtbot, ops)
    screen.refresh()
    screen.name_edit.setText("Claire Martin")
    screen.functions_edit.setText("atelier peinture")
    screen.qualifications_edit.setText("beaux-arts")
    screen.start_edit.setDate(to_qdate(date(2025, 3, 1)))
    screen.end_edit.setText("31/8/25")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.model.rowCount() == 1, screen.message.text()
    assert screen.model.text(screen.model.row_at(0), "ended_on") == "31/08/2025"
    # the same person again over the same days: refused in one sentence, nothing written
    screen.new_volunteer()
    screen.name_edit.setText("claire martin")
    screen.start_edit.setDate(to_qdate(date(2025, 8, 1)))
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "chevauchent" in screen.message.text() and screen.model.rowCount() == 1
    screen.end_edit.setText("pas une date")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "n'est pas une date" in screen.message.text()

    screen.partner_combo.setCurrentIndex(screen.partner_combo.findData(partner.id))
    screen.signed_edit.setText("15/01/2021")
    screen.ends_edit.setText("14/01/2027")
    screen.managing_edit.setText("Les Amis du Phare")
    screen.since_edit.setDate(to_qdate(date(2021, 1, 15)))
    qtbot.mouseClick(screen.save_sponsorship_button, Qt.MouseButton.LeftButton)
    assert "enregistré" in screen.message.text(), screen.message.text()
    gem = club.indicators.compute(2025, "gem").values
    assert gem["gem_identity"]["sponsor_name"] == "UNAFAM 76"
    assert gem["gem_identity"]["managing_association"] == "Les Amis du Phare"
    assert gem["gem_volunteers"][0]["qualifications"] == "beaux-arts"
    screen.ends_edit.setText("01/01/2020")  # before the signature
    qtbot.mouseClick(screen.save_sponsorship_button, Qt.MouseButton.LeftButton)
    assert "avant sa signature" in screen.message.text()


def test_reception_sees_only_the_refusal(qtbot, club: Club) -> None:
    from clubdesk.ui.operations import Operations

    screen = VolunteersScreen(Operations(Club(club.db, Actor("lea", "accueil"))))
    qtbot.addWidget(screen)
    assert screen.refusal is not None
