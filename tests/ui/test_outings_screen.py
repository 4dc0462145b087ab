"""« Sorties et activités »: the reception adds an outing, signs people up until it is full,
the next one waits, a cancellation moves them up, a refusal is shown in words; after the
day, who came is ticked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.operations import Operations
from clubdesk.ui.outings.outings_screen import OutingsScreen
from clubdesk.ui.widgets import to_qdate

TODAY = date(2026, 11, 23)  # the tests' clock (tests/conftest.py)


def make_screen(qtbot, ops) -> OutingsScreen:
    screen = OutingsScreen(ops)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    return screen


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def sign_up(qtbot, screen: OutingsScreen, text: str) -> None:
    screen.search.search.setText(text)
    proxy = screen.search.proxy
    assert proxy.rowCount() == 1, text
    screen.search.view.setCurrentIndex(proxy.index(0, 0))
    click(qtbot, screen.signup_button)


def names(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_reception_fills_an_outing_and_the_waiting_list_moves_up(qtbot, club: Club,
                                                                 make_member) -> None:
    for first in ("Émilie", "Loïc", "Zoé"):
        make_member(first, last_name="Durand")
    reception = Club(club.db, Actor("lea", "accueil"))
    screen = make_screen(qtbot, Operations(reception))
    assert screen.month_label.text() == "Novembre 2026"
    assert screen.count_label.text() == "Rien de prévu ce mois-ci."
    assert not screen.delete_button.isVisible()  # deleting is for staff

    screen.form.title_edit.setText("Musée des Beaux-Arts")
    screen.form.kind_combo.setCurrentIndex(screen.form.kind_combo.findData("outing"))
    screen.form.date_edit.setDate(to_qdate(date(2026, 11, 28)))
    screen.form.time_edit.setText("14:00")
    screen.form.place_edit.setText("Rouen")
    screen.form.places_spin.setValue(2)
    screen.form.cost_spin.setValue(3.5)
    click(qtbot, screen.save_button)
    assert screen.message.text() == "Enregistrée."
    assert [screen.model.index(0, c).data() for c in range(5)] == [
        "28/11/2026", "Musée des Beaux-Arts", "sortie", "0 sur 2", "prévue"]
    assert "Places restantes : 2 sur 2." in screen.details.text()
    assert "3,50 €" in screen.details.text()

    sign_up(qtbot, screen, "emilie")
    assert screen.message.text() == "Inscription notée : Émilie Durand."  # no « inscrit(e) »
    sign_up(qtbot, screen, "loic")
    sign_up(qtbot, screen, "zoe")
    assert screen.message.text() == "Zoé Durand est en liste d'attente (rang 1)."
    assert names(screen.seated_model) == ["1. Émilie Durand", "2. Loïc Durand"]
    assert names(screen.waiting_model) == ["1. Zoé Durand"]
    assert screen.model.index(0, 3).data() == "2 sur 2 + 1 en attente"
    assert "Places restantes : 0 sur 2." in screen.details.text()

    sign_up(qtbot, screen, "emilie")  # twice: refused in words, nothing changes
    assert screen.message.text() == "Émilie Durand a déjà une inscription à cette sortie."
    assert len(names(screen.seated_model)) == 2

    screen.seated_list.setCurrentIndex(screen.seated_model.index(0, 0))
    click(qtbot, screen.cancel_button)
    assert screen.message.text() == ("Inscription annulée : Émilie Durand. Zoé Durand passe "
                                     "de la liste d'attente à une place.")
    assert names(screen.seated_model) == ["1. Loïc Durand", "2. Zoé Durand"]
    assert names(screen.waiting_model) == []
    # before the day: no attendance yet
    assert not screen.attendance_button.isEnabled()
    assert screen.attendance_hint.text() == "On note qui est venu après la sortie."


def test_attendance_after_the_day_and_months_browsed(qtbot, ops, club: Club,
                                                     make_member) -> None:
    a = make_member("Émilie", last_name="Durand")
    b = make_member("Loïc", last_name="Martin")
    past = club.outings.add("Bowling", date(2026, 11, 20), today=date(2026, 11, 1))
    for m in (a, b):
        club.outings.sign_up(past.id, m.id, today=date(2026, 11, 2))
    club.outings.add("Marché de Noël", date(2026, 12, 12), kind="outing", today=TODAY)
    screen = make_screen(qtbot, ops)
    assert screen.selected_id == past.id  # nothing to come this month: the last one
    assert screen.attendance_button.isEnabled()
    screen.checks[a.id].setChecked(True)
    click(qtbot, screen.attendance_button)
    assert screen.message.text() == "Présences enregistrées : 1 personne venue."
    assert club.outings.get(past.id).present == 1
    assert screen.model.index(0, 4).data() == "faite"
    click(qtbot, screen.next_button)
    assert screen.month_label.text() == "Décembre 2026"
    assert names(screen.model) == ["12/12/2026"]
    click(qtbot, screen.previous_button)
    click(qtbot, screen.previous_button)
    assert screen.month_label.text() == "Octobre 2026"
    assert screen.model.rowCount() == 0
    # a refusal from the form: negative places are impossible, a past done day is fine; a
    # cost is never negative in the field, but a wrong time is refused in words
    screen.form.title_edit.setText("Ciné")
    screen.form.time_edit.setText("25:00")
    click(qtbot, screen.save_button)
    assert "HH:MM" in screen.message.text()
