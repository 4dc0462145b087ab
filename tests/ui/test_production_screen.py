"""« Commandes et production »: an order entered and edited in the window, a late one
marked, a session with two workers and their hours, the month's hours per person; the
refusals on the message line; reception sees only the refusal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.production.production_screen import ProductionScreen
from clubdesk.ui.widgets import to_qdate

TODAY = date(2026, 11, 23)  # the tests' clock (tests/conftest.py)


def make_screen(qtbot, ops) -> ProductionScreen:
    screen = ProductionScreen(ops)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    return screen


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_orders_sessions_and_hours_in_the_window(qtbot, ops, club: Club, make_member) -> None:
    emilie = make_member("Émilie", last_name="Durand")
    loic = make_member("Loïc", last_name="Martin")
    client = club.partners.create("Brasserie du Pont", "client")
    club.partners.create("CMP Nord", "health")
    club.production.add_order(client.id, "Cartes de visite", date(2026, 11, 20),
                              received_on=date(2026, 11, 2))
    screen = make_screen(qtbot, ops)
    assert screen.client_combo.count() == 1  # clients only
    assert screen.orders_model.index(0, 4).data() == "à faire, en retard"
    assert screen.orders_count.text() == "1 commande à livrer, dont 1 en retard."

    # a new order; its due date before it was received is refused on the message line
    click(qtbot, screen.new_order_button)
    screen.what_edit.setText("Buffet 40 couverts")
    screen.quantity_spin.setValue(40)
    screen.received_edit.setDate(to_qdate(date(2026, 11, 20)))
    screen.due_edit.setDate(to_qdate(date(2026, 11, 10)))
    click(qtbot, screen.save_order_button)
    assert "ne peut pas précéder la réception" in screen.message.text()
    screen.due_edit.setDate(to_qdate(date(2026, 12, 5)))
    click(qtbot, screen.save_order_button)
    assert screen.message.text() == "Commande enregistrée."
    assert [screen.orders_model.index(1, c).data() for c in range(5)] == [
        "05/12/2026", "Brasserie du Pont", "Buffet 40 couverts", "40", "à faire"]
    buffet = screen.orders_model.row_at(1).id

    # edited: in progress
    screen.orders_table.selectRow(1)
    assert screen.what_edit.text() == "Buffet 40 couverts"
    screen.status_combo.setCurrentIndex(screen.status_combo.findData("in_progress"))
    click(qtbot, screen.save_order_button)
    assert club.production.get_order(buffet).status == "in_progress"

    # a session of the buffet with two workers
    screen.session_date.setDate(to_qdate(date(2026, 11, 20)))
    screen.workshop_combo.setEditText("Restaurant et traiteur")
    screen.order_combo.setCurrentIndex(screen.order_combo.findData(buffet))
    for member, hours in ((emilie, 3.5), (loic, 2.0)):
        screen.person_combo.setCurrentIndex(screen.person_combo.findData(member.id))
        screen.hours_spin.setValue(hours)
        click(qtbot, screen.add_worker_button)
    click(qtbot, screen.add_worker_button)  # Loïc twice: refused
    assert "déjà dans la séance" in screen.message.text()
    assert screen.workers_model.rowCount() == 2
    click(qtbot, screen.save_session_button)
    assert screen.message.text() == "Séance de production enregistrée."
    assert screen.workers_model.rowCount() == 0
    assert [screen.sessions_model.index(0, c).data() for c in range(4)] == [
        "20/11/2026", "Restaurant et traiteur", "Buffet 40 couverts (Brasserie du Pont)",
        "Émilie Durand : 3,5 h, Loïc Martin : 2 h"]
    assert [[screen.hours_model.index(r, c).data() for c in range(2)] for r in range(2)] == [
        ["Émilie Durand", "3,5"], ["Loïc Martin", "2"]]
    assert screen.hours_total.text() == "2 personnes, 5,5 h en tout."

    # hours of 0 are refused; nothing written
    screen.person_combo.setCurrentIndex(screen.person_combo.findData(emilie.id))
    screen.hours_spin.setValue(0)
    click(qtbot, screen.add_worker_button)
    click(qtbot, screen.save_session_button)
    assert "plus de 0 et au plus 10" in screen.message.text()
    assert len(club.production.sessions(2026, 11)) == 1

    # another month: empty
    screen.month_combo.setCurrentIndex(9)
    assert screen.sessions_model.rowCount() == 0 and screen.hours_model.rowCount() == 0


def test_reception_sees_only_the_refusal(qtbot, club: Club, db_target: str,
                                         open_ops) -> None:
    screen = make_screen(qtbot, open_ops(db_target, Actor("lea", "accueil")))
    assert screen.refusal is not None and "ne permet pas" in screen.refusal.text()
    assert not hasattr(screen, "orders_table")


def test_a_large_quantity_is_written_the_french_way(qtbot, ops, club: Club) -> None:
    """« 1 000 » flyers, never « 1000 » (the group separator is a non-breaking space)."""
    client = club.partners.create("Imprimerie Lambert", "client")
    club.production.add_order(client.id, "Flyers du marché de Noël", date(2026, 12, 2),
                              quantity=1000, received_on=date(2026, 11, 2))
    screen = make_screen(qtbot, ops)
    shown = screen.orders_model.index(0, 3).data()
    assert shown.replace("\u202f", " ").replace("\u00a0", " ") == "1 000"
    assert " " not in shown  # a plain space could break the number over two lines
