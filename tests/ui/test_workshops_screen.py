"""« Ateliers collectifs »: a session entered in the window, with who came, reaches the
annual table; a planned session of next year too; reception sees only the refusal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.widgets import to_qdate
from clubdesk.ui.workshops.workshops_screen import WorkshopsScreen

TODAY = date(2026, 11, 23)  # the tests' clock (tests/conftest.py)


def make_screen(qtbot, ops) -> WorkshopsScreen:
    screen = WorkshopsScreen(ops)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    return screen


def pick_person(qtbot, screen: WorkshopsScreen, text: str) -> None:
    screen.search.search.setText(text)
    proxy = screen.search.proxy
    assert proxy.rowCount() == 1, text
    screen.search.view.setCurrentIndex(proxy.index(0, 0))
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)


def test_a_session_with_who_came_reaches_the_annual_table(qtbot, ops, club: Club,
                                                          make_member) -> None:
    emilie = make_member("Émilie", last_name="Durand")
    loic = make_member("Loïc", last_name="Martin")
    herve = club.staff.create("Hervé", "Petit")
    screen = make_screen(qtbot, ops)
    assert screen.model.rowCount() == 0
    assert screen.count_label.text() == "Aucune séance réalisée. Aucune séance prévue."
    screen.title_edit.setText("Atelier CV")
    screen.date_edit.setDate(to_qdate(date(2026, 11, 16)))
    screen.staff_combo.setCurrentIndex(screen.staff_combo.findData(herve.id))
    pick_person(qtbot, screen, "emilie")
    pick_person(qtbot, screen, "loic")
    pick_person(qtbot, screen, "loic")  # twice: refused on the message line
    assert "déjà sur la liste" in screen.message.text()
    assert screen.came_model.rowCount() == 2
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Séance enregistrée."
    assert [screen.model.index(0, c).data() for c in range(5)] == [
        "16/11/2026", "Atelier CV", "réalisée", "Hervé Petit", "2"]
    assert screen.count_label.text() == "1 séance réalisée. Aucune séance prévue."

    # one person taken off the list, saved again
    screen.came_list.setCurrentIndex(screen.came_model.index(0, 0))
    qtbot.mouseClick(screen.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    session_id = screen.model.row_at(0).id
    assert club.workshops.attendees(session_id) == [loic.id]

    # a planned session of next year: no one to add, and it goes to next year's list
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    screen.title_edit.setText("Atelier informatique")
    screen.date_edit.setDate(to_qdate(date(2027, 1, 12)))
    screen.status_combo.setCurrentIndex(screen.status_combo.findData("planned"))
    assert not screen.add_button.isEnabled()
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.year_spin.value() == 2027 and screen.model.rowCount() == 1
    assert screen.count_label.text() == "Aucune séance réalisée. 1 séance prévue."

    # a refusal in words: a session without a title
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "titre de l'atelier est obligatoire" in screen.message.text()

    values = club.indicators.compute(2026).values
    assert [(r["title"], r["sessions"], r["participants"])
            for r in values["activities_done"]] == [("Atelier CV", 1, 1)]
    assert [(r["title"], r["year"]) for r in values["activities_planned"]] == [
        ("Atelier informatique", "2027")]
    assert emilie.id not in club.workshops.attendees(session_id)


def test_reception_sees_only_the_refusal(qtbot, club: Club, db_target: str,
                                         open_ops) -> None:
    screen = make_screen(qtbot, open_ops(db_target, Actor("lea", "accueil")))
    assert screen.refusal is not None and "ne permet pas" in screen.refusal.text()
    assert not hasattr(screen, "table")
