"""A pre-insertion structure's path in the window (issue 20): an application referred by a
partner, its admission by a commission, a trial month renewed once, the contract, three
reviews of the objectives grid, the last one printed on one page to sign. Each step is done
on its screen as a coordinator would, one after the other on the same club."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from clubdesk.model.club import Club
from clubdesk.ui.admissions.applications_screen import ApplicationsScreen
from clubdesk.ui.admissions.commissions_screen import CommissionsScreen
from clubdesk.ui.contracts.contracts_screen import ContractsScreen
from clubdesk.ui.objectives.objectives_screen import ObjectivesScreen
from clubdesk.ui.widgets import to_qdate


def shown(qtbot, screen):  # type: ignore[no-untyped-def]
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    return screen


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_application_commission_trial_contract_and_three_reviews(
        qtbot, ops, club: Club, tmp_path: Path) -> None:
    club.kinds.set(["pre_insertion"])
    cmp_ = club.partners.create("CMP Adultes", "health")

    applications = shown(qtbot, ApplicationsScreen(ops))
    applications.first_edit.setText("Julie")
    applications.last_edit.setText("Martin")
    applications.referred_combo.setCurrentIndex(applications.referred_combo.findData(cmp_.id))
    applications.received_edit.setDate(to_qdate(date(2025, 12, 1)))
    click(qtbot, applications.save_button)
    assert applications.message.text() == "Candidature enregistrée."
    application = club.admissions.applications()[0]
    assert (application.name, application.state) == ("Julie Martin", "received")

    commissions = shown(qtbot, CommissionsScreen(ops))
    commissions.date_edit.setDate(to_qdate(date(2026, 1, 12)))
    commissions.partners_list.item(0).setCheckState(Qt.CheckState.Checked)
    click(qtbot, commissions.add_button)
    assert commissions.message.text() == "Commission enregistrée."
    commissions.agenda.selectRow(0)
    commissions.decision_combo.setCurrentIndex(commissions.decision_combo.findData("admitted"))
    click(qtbot, commissions.decide_button)
    assert commissions.message.text() == "Décision enregistrée pour Julie Martin."
    assert club.admissions.get(application.id).state == "admitted"
    julie = application.member_id

    contracts = shown(qtbot, ContractsScreen(ops))
    contracts.search.search.setText("julie")
    contracts.search.view.setCurrentIndex(contracts.search.proxy.index(0, 0))
    contracts.start_date.setDate(to_qdate(date(2026, 1, 31)))
    click(qtbot, contracts.trial_button)  # no 31 February: the month's last day
    assert contracts.message.text() == "Mois d'essai enregistré : il se termine le 28/02/2026."
    click(qtbot, contracts.renew_button)
    assert contracts.message.text() == ("Renouvellement enregistré : il se termine le "
                                        "30/03/2026.")
    click(qtbot, contracts.contract_button)
    assert contracts.message.text() == "Contrat enregistré : il se termine le 30/09/2026."
    assert [(p.kind, p.renewal) for p in club.contracts.periods(julie)] == [
        ("trial", 0), ("trial", 1), ("contract", 0)]

    for domain, text in (("savoir", "Connaître les consignes de sécurité"),
                         ("savoir_faire", "Repeindre un mur"),
                         ("savoir_etre", "Arriver à l'heure")):
        club.objectives.add(julie, domain, text, date(2026, 3, 31))
    pdf = tmp_path / "bilan.pdf"
    objectives = shown(qtbot, ObjectivesScreen(ops, ask_pdf_path=lambda _s: pdf))
    assert [objectives.due_model.index(0, c).data() for c in range(2)] == [
        "31/05/2026", "Julie Martin"]  # two months after the objectives were set
    objectives.show_person(julie)
    for day, level, words in ((date(2026, 5, 29), "in_progress", "Je découvre."),
                              (date(2026, 7, 31), "acquired", "Je repeins seule."),
                              (date(2026, 9, 30), "mastered", "Je suis prête.")):
        objectives.review_date.setDate(to_qdate(day))
        for combo in objectives.level_combos.values():
            combo.setCurrentIndex(combo.findData(level))
        objectives.words_edit.setPlainText(words)
        objectives.comment_edit.setPlainText("Relu ensemble.")
        click(qtbot, objectives.review_button)
        assert objectives.message.text() == "Bilan enregistré.", day
    assert objectives.grid_model.columnCount() == 2 + 3  # domain, objective, three reviews
    assert [objectives.grid_model.index(0, c).data() for c in (2, 3, 4)] == [
        "en cours", "acquis", "maîtrisé"]
    assert objectives.due_model.rowCount() == 0  # the next review is due on 30/11/2026
    objectives.print_combo.setCurrentIndex(objectives.print_combo.count() - 1)
    click(qtbot, objectives.print_button)
    assert objectives.message.text() == f"Bilan enregistré en PDF : {pdf}"
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    page = reader.pages[0].extract_text()
    assert "Julie Martin" in page and "Repeindre un mur" in page
