from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from clubdesk.model.club import Club
from clubdesk.model.member_profile import Profile
from clubdesk.model.rota.day import member_key, staff_key, task_key
from clubdesk.ui.operations import Operations
from clubdesk.ui.rota.rota_screen import NO_TASK, RotaScreen

DAY = date(2026, 11, 23)


@pytest.fixture
def setup(qtbot, club: Club, tmp_path: Path):
    accueil = club.tasks.create(name="Accueil", min_people=2, max_people=2, priority=3,
                                half_days="am")
    compta = club.tasks.create(name="Comptabilité", min_people=2, max_people=2,
                               skill="Comptabilité", half_days="am")
    ids = {}
    for name in ("Émilie", "Loïc", "Zoé"):
        m = club.members.create(name, joined_on=date(2025, 1, 6), today=DAY)
        club.attendance.check_in(m.id, DAY, "am")
        ids[name] = m.id
    club.profiles.save(ids["Zoé"], Profile(skills={"Comptabilité": "practising"}))
    staff = club.staff.create("Hervé")
    club.staff.add_period(staff.id, date(2025, 1, 1), fte=1)
    pdf = tmp_path / "planning.pdf"
    screen = RotaScreen(Operations(club), today=lambda: DAY, ask_pdf_path=lambda _s: pdf)
    qtbot.addWidget(screen)
    screen.show()
    return screen, club, ids, {"accueil": accueil.id, "compta": compta.id}, staff.id, pdf


def cell_text(screen: RotaScreen, task_row: int, column: int) -> str:
    return screen.model.index(task_row, column).data()


def test_propose_fills_the_grid_with_valid_binomes(setup, qtbot) -> None:
    screen, club, ids, tasks, staff_id, _pdf = setup
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    cells = screen.cells
    accueil = cells[("am", task_key(tasks["accueil"]))]
    compta = cells[("am", task_key(tasks["compta"]))]
    assert member_key(ids["Zoé"]) in compta  # the only one who knows accounting
    assert len(accueil) == 2 and len(compta) == 2
    assert screen.problems.text() == "Le planning respecte toutes les règles."
    assert "Zoé" in cell_text(screen, 1, 0) or "Zoé" in cell_text(screen, 0, 0)
    assert cell_text(screen, 1, 1) == "(pas ce jour-là)"  # accounting: mornings only


def test_cells_show_binomes_with_staff_marked(setup, qtbot) -> None:
    screen, club, ids, tasks, staff_id, _pdf = setup
    assert screen.problems.text().startswith("Le planning est vide")  # nothing placed yet
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    cells = [cell_text(screen, 0, 0), cell_text(screen, 1, 0)]
    for text in cells:
        assert re.fullmatch(r"[^+\n]+ \+ [^+\n]+", text), text  # one binôme, one line
        assert not re.search(r"\d", text)
    assert sum("Hervé (salarié)" in text for text in cells) == 1
    accueil = task_key(tasks["accueil"])
    for person in list(screen.cells[("am", accueil)]):
        screen.place(person, "am", NO_TASK)
    screen.place(member_key(ids["Émilie"]), "am", accueil)
    assert cell_text(screen, 0, 0) == "Émilie (sans binôme)"
    screen.place(staff_key(staff_id), "am", accueil)
    assert cell_text(screen, 0, 0) == "Émilie + Hervé (salarié)"


def test_a_task_with_nobody_says_why(setup, qtbot) -> None:
    screen, club, ids, tasks, staff_id, _pdf = setup
    club.tasks.create(name="Journal", min_people=2, max_people=2, half_days="pm")
    screen.reload()
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    assert screen.problems.text().splitlines() == [
        "Une tâche n'a personne cet après-midi : Journal.",
        "Journal : aucun membre n'est là cet après-midi ; un membre de plus la ferait tourner."]
    assert cell_text(screen, 2, 1) == "— personne —"
    assert cell_text(screen, 2, 0) == "(pas ce jour-là)"


def test_keyboard_move_shows_live_validation_and_saves(setup, qtbot) -> None:
    screen, club, ids, tasks, staff_id, _pdf = setup
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    zoe = member_key(ids["Zoé"])
    screen.move_person.setCurrentIndex(screen.move_person.findData(zoe))
    screen.move_half.setCurrentIndex(screen.move_half.findData("am"))
    screen.move_task.setCurrentIndex(screen.move_task.findData(NO_TASK))
    qtbot.mouseClick(screen.move_button, Qt.MouseButton.LeftButton)
    assert "Comptabilité, matin : il faut au moins 2 personnes." in screen.problems.text()
    assert "Zoé" in screen.unplaced.text()
    screen.move_task.setCurrentIndex(screen.move_task.findData(task_key(tasks["compta"])))
    screen.move_lock.setChecked(True)
    qtbot.mouseClick(screen.move_button, Qt.MouseButton.LeftButton)
    assert screen.problems.text() == "Le planning respecte toutes les règles."
    assert "(fixé)" in cell_text(screen, 1, 0)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "Planning enregistré" in screen.message.text()
    plan = club.rota.plan(DAY)
    assert ("am", task_key(tasks["compta"]), zoe) in plan.locked
    assert plan.version == 1


def test_locks_survive_asking_again(setup, qtbot) -> None:
    screen, club, ids, tasks, staff_id, _pdf = setup
    emilie = member_key(ids["Émilie"])
    screen.place(emilie, "am", task_key(tasks["accueil"]), lock=True)
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    assert emilie in screen.cells[("am", task_key(tasks["accueil"]))]


def test_absent_staff_are_left_out(setup, qtbot) -> None:
    screen, club, ids, tasks, staff_id, _pdf = setup
    box = screen.findChild(type(screen.move_lock), f"staff_present_{staff_id}")
    assert box is not None and box.isChecked()
    box.setChecked(False)
    people = [screen.move_person.itemData(i) for i in range(screen.move_person.count())]
    assert staff_key(staff_id) not in people
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    assert all(staff_key(staff_id) not in p for p in screen.cells.values())


def test_stale_save_is_refused_in_words(setup, qtbot) -> None:
    screen, club, ids, tasks, staff_id, _pdf = setup
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    club.rota.save(DAY, [], expected_version=0)  # another desk saved meanwhile
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "rechargez" in screen.message.text()


def test_print_writes_a_one_page_pdf(setup, qtbot) -> None:
    screen, club, ids, tasks, staff_id, pdf = setup
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Planning du lundi 23 novembre 2026" in text and "Zoé" in text
    assert text.count("pas ce jour-là") == 2 and "personne" not in text  # afternoons
    assert "Hervé (salarié)" in text and "—" not in text
    assert str(pdf) in screen.message.text()


def test_rota_grid_model_passes_qtmodeltester(setup, qtbot, qtmodeltester) -> None:
    screen, *_ = setup
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(screen.model)
    assert screen.model.rowCount() == 2


def test_the_side_panel_goes_under_the_grid_when_both_do_not_fit(setup, qtbot) -> None:
    """At 200 % on a laptop the grid's afternoon column and the panel « Changer une personne
    de tâche » were both cut at their right edge: now the panel goes under the grid when the
    two cannot show whole side by side, and comes back beside it when they can."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QBoxLayout, QGroupBox

    from clubdesk.ui.widgets.reflow import ReflowRow

    screen = setup[0]
    body = screen.findChild(ReflowRow, "rota_body")
    screen.resize(1200, 700)
    for _ in range(3):
        QCoreApplication.processEvents()
    assert body.box.direction() == QBoxLayout.Direction.LeftToRight
    screen.resize(560, 700)  # what the grid and the panel get at a big text size
    for _ in range(3):
        QCoreApplication.processEvents()
    assert body.box.direction() == QBoxLayout.Direction.TopToBottom
    grid = screen.grid
    shown = grid.viewport().width()
    assert grid.horizontalHeader().length() <= shown  # the afternoon column is not cut
    box = next(b for b in screen.findChildren(QGroupBox)
               if b.title() == "Changer une personne de tâche")
    assert box.width() >= box.minimumSizeHint().width()  # its title is not cut
