"""« Stages et contrats »: a trial started and renewed in the window, an overlap refused on
the message line, the contract after the trial, what ends within 30 days, the exit, a
refund and meals with the month's totals; reception sees only the refusal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.contracts.contracts_screen import ContractsScreen
from clubdesk.ui.widgets import to_qdate

TODAY = date(2026, 11, 23)  # the tests' clock (tests/conftest.py)


def make_screen(qtbot, ops) -> ContractsScreen:
    screen = ContractsScreen(ops)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    return screen


def pick(screen: ContractsScreen, text: str) -> None:
    screen.search.search.setText(text)
    proxy = screen.search.proxy
    assert proxy.rowCount() == 1, text
    screen.search.view.setCurrentIndex(proxy.index(0, 0))


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_trial_renewal_overlap_contract_and_what_ends_soon(qtbot, ops, club: Club,
                                                           make_member) -> None:
    emilie = make_member("Émilie", last_name="Durand")
    screen = make_screen(qtbot, ops)
    assert screen.soon_label.text() == "Rien ne se termine dans les 30 jours."
    pick(screen, "emilie")
    assert screen.person_label.text() == "Personne choisie : Émilie Durand"
    screen.start_date.setDate(to_qdate(date(2026, 11, 10)))
    click(qtbot, screen.trial_button)
    assert screen.message.text() == "Mois d'essai enregistré : il se termine le 09/12/2026."
    assert [screen.periods_model.index(0, c).data() for c in range(4)] == [
        "mois d'essai", "10/11/2026", "09/12/2026", ""]
    assert screen.soon_model.rowCount() == 1
    assert screen.soon_model.index(0, 0).data() == "Émilie Durand"
    # a second trial overlapping the first: refused on the message line, nothing written
    screen.start_date.setDate(to_qdate(date(2026, 11, 20)))
    click(qtbot, screen.trial_button)
    assert "chevauche" in screen.message.text()
    assert screen.periods_model.rowCount() == 1
    # renewed (the last period is chosen): one more month, then no second renewal
    click(qtbot, screen.renew_button)
    assert screen.message.text() == ("Renouvellement enregistré : il se termine le "
                                     "09/01/2027.")
    assert screen.periods_model.index(1, 0).data() == "renouvellement du mois d'essai"
    assert screen.soon_model.rowCount() == 0  # renewed: nothing to decide within 30 days
    click(qtbot, screen.renew_button)
    assert "qu'une fois" in screen.message.text()
    click(qtbot, screen.contract_button)
    assert screen.message.text() == "Contrat enregistré : il se termine le 09/07/2027."
    assert [p.kind for p in club.contracts.periods(emilie.id)] == ["trial", "trial",
                                                                  "contract"]
    # ended early: the chosen (last) period
    screen.end_date.setDate(to_qdate(date(2027, 2, 1)))
    screen.end_reason.setText("Entrée en formation")
    click(qtbot, screen.end_button)
    assert screen.message.text() == "Période arrêtée."
    assert screen.periods_model.index(2, 3).data() == "01/02/2027"


def test_exit_contact_refund_meals_and_totals(qtbot, ops, club: Club, make_member) -> None:
    make_member("Loïc", last_name="Martin")
    screen = make_screen(qtbot, ops)
    pick(screen, "loic")
    panel = screen.exit_costs
    assert panel.exit_state.text() == "Pas de sortie préparée."
    click(qtbot, panel.contact_button)
    assert "Préparez d'abord la sortie" in screen.message.text()
    panel.exit_kind.setCurrentIndex(panel.exit_kind.findData("definitive"))
    panel.exit_date.setDate(to_qdate(date(2026, 11, 2)))
    panel.exit_destination.setCurrentIndex(panel.exit_destination.findData("esat"))
    click(qtbot, panel.exit_button)
    assert panel.exit_state.text() == "Sortie définitive prévue le 02/11/2026 : ESAT."
    panel.contact_date.setDate(to_qdate(date(2026, 11, 20)))
    panel.contact_note.setText("Va bien.")
    click(qtbot, panel.contact_button)
    assert panel.contacts_model.rowCount() == 1
    assert panel.contacts_model.index(0, 1).data() == "téléphone"
    panel.cost_date.setDate(to_qdate(date(2026, 11, 5)))
    panel.amount.setText("douze")
    click(qtbot, panel.refund_button)
    assert "n'est pas un montant" in screen.message.text()
    panel.amount.setText("12,35")
    click(qtbot, panel.refund_button)
    panel.meals.setValue(2)
    click(qtbot, panel.meals_button)
    assert panel.totals.text() == ("La personne : 12,35 € remboursés, 2 repas. "
                                   "La structure : 12,35 € remboursés, 2 repas.")


def test_a_refund_typed_twice_is_taken_back_and_the_totals_follow(qtbot, ops, club: Club,
                                                                  make_member) -> None:
    make_member("Loïc", last_name="Martin")
    screen = make_screen(qtbot, ops)
    pick(screen, "loic")
    panel = screen.exit_costs
    panel.cost_date.setDate(to_qdate(date(2026, 11, 5)))
    for _ in range(2):  # the same refund typed twice
        panel.amount.setText("12,35")
        click(qtbot, panel.refund_button)
    click(qtbot, panel.meals_button)
    lines = panel.costs_model
    assert [[lines.index(r, c).data() for c in range(2)] for r in range(lines.rowCount())] == [
        ["05/11/2026", "remboursement de 12,35 €"], ["05/11/2026", "remboursement de 12,35 €"],
        ["05/11/2026", "1 repas"]]
    assert not panel.delete_cost_button.isEnabled()  # nothing chosen yet
    panel.costs.selectRow(1)
    asked: list[str] = []
    panel.confirm = lambda sentence: asked.append(sentence) and False  # « Non »
    click(qtbot, panel.delete_cost_button)
    assert asked == ["Supprimer la ligne du 05/11/2026 : remboursement de 12,35 € ?"]
    assert lines.rowCount() == 3  # « Non »: nothing deleted
    panel.confirm = lambda sentence: True
    click(qtbot, panel.delete_cost_button)
    assert screen.message.text() == "Ligne supprimée : remboursement de 12,35 €."
    assert lines.rowCount() == 2
    assert panel.totals.text() == ("La personne : 12,35 € remboursés, 1 repas. "
                                   "La structure : 12,35 € remboursés, 1 repas.")
    assert club.contracts.month_totals(2026).structure[11].cents == 1235


def test_reception_sees_only_the_refusal(qtbot, open_ops, db_target) -> None:
    screen = make_screen(qtbot, open_ops(db_target, Actor("lea", "accueil")))
    assert screen.refusal is not None
