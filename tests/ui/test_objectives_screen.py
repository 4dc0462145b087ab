"""« Objectifs » (issue 20 item 2): an objective added and a review recorded in the window
show in the grid; a refusal is shown on the message line; the review prints on one page;
the reviews to do are listed at the top; reception sees only the refusal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.objectives.objectives_screen import ObjectivesScreen
from clubdesk.ui.operations import Operations
from clubdesk.ui.widgets import to_qdate


def make_screen(qtbot, ops, **kwargs) -> ObjectivesScreen:
    screen = ObjectivesScreen(ops, **kwargs)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    return screen


def test_add_an_objective_record_a_review_and_print_it(qtbot, ops, club: Club, make_member,
                                                       tmp_path: Path) -> None:
    loic = make_member("Loïc", last_name="Martin")
    nina = make_member("Nina", last_name="Roux")
    club.objectives.add(nina.id, "savoir", "Lire un plan", date(2026, 8, 3))  # due 03/10
    pdf = tmp_path / "bilan.pdf"
    screen = make_screen(qtbot, ops, ask_pdf_path=lambda _s: pdf)
    assert screen.due_model.rowCount() == 1 and screen.due_label.text() == "1 bilan à faire."
    assert [screen.due_model.index(0, c).data() for c in range(3)] == [
        "03/10/2026", "Nina Roux", "aucun"]
    screen.search.search.setText("loic")
    screen.search.view.setCurrentIndex(screen.search.proxy.index(0, 0))
    qtbot.mouseClick(screen.pick_button, Qt.MouseButton.LeftButton)
    assert screen.person_label.text() == "Loïc Martin : 0 objectif, 0 bilan."
    # an empty objective is refused on the message line, nothing written
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert "obligatoire" in screen.message.text()
    assert club.objectives.objectives(loic.id) == []
    screen.domain_combo.setCurrentIndex(screen.domain_combo.findData("savoir_etre"))
    screen.text_edit.setText("Arriver à l'heure")
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Objectif ajouté."
    assert [screen.grid_model.index(0, c).data() for c in range(2)] == [
        "Savoir-être", "Arriver à l'heure"]
    # a review with no level is refused
    screen.review_date.setDate(to_qdate(date(2026, 11, 23)))
    qtbot.mouseClick(screen.review_button, Qt.MouseButton.LeftButton)
    assert "au moins un objectif" in screen.message.text()
    (objective_id, combo), = screen.level_combos.items()
    combo.setCurrentIndex(combo.findData("in_progress"))
    screen.words_edit.setPlainText("Je prends le bus seul maintenant.")
    screen.comment_edit.setPlainText("Ponctuel.")
    qtbot.mouseClick(screen.review_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "Bilan enregistré."
    assert screen.grid_model.columnCount() == 3
    assert screen.grid_model.headerData(2, Qt.Orientation.Horizontal) == "23/11/2026"
    assert screen.grid_model.index(0, 2).data() == "en cours"
    review = club.objectives.reviews(loic.id)[0]
    assert review.levels == {objective_id: "in_progress"}
    assert review.own_words == "Je prends le bus seul maintenant."
    # a review dated before it is refused, shown on the message line
    screen.review_date.setDate(to_qdate(date(2026, 11, 20)))
    combo = screen.level_combos[objective_id]
    combo.setCurrentIndex(combo.findData("acquired"))
    qtbot.mouseClick(screen.review_button, Qt.MouseButton.LeftButton)
    assert "avant le précédent" in screen.message.text()
    assert len(club.objectives.reviews(loic.id)) == 1
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == f"Bilan enregistré en PDF : {pdf}"
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    assert "Je prends le bus seul maintenant." in reader.pages[0].extract_text()
    # a double click on a review to do shows that person
    screen.due_table.selectRow(0)
    screen._pick_due()
    assert screen.person_label.text().startswith("Nina Roux : 1 objectif, ")


def test_reception_sees_only_the_refusal(qtbot, club: Club) -> None:
    screen = make_screen(qtbot, Operations(Club(club.db, Actor("lea", "accueil"))))
    assert screen.refusal is not None
