"""The kinds of structure chosen at first start and changed on « Structure » (issue 20)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from clubdesk.app import build_main_window
from clubdesk.model.access import Actor
from clubdesk.model.accounts.users import has_accounts
from clubdesk.model.club import Club
from clubdesk.ui.main_window import MainWindow
from clubdesk.ui.operations import Operations
from clubdesk.ui.session.shell import SessionShell, session_of
from clubdesk.ui.structure.structure_screen import StructureScreen

LEFT = Qt.MouseButton.LeftButton
TODAY = date(2026, 11, 23)


def open_window(qtbot, db: Path) -> tuple[MainWindow, SessionShell]:
    window = build_main_window(str(db))
    qtbot.addWidget(window)
    window.show()
    return window, session_of(window)


def _fill(qtbot, page) -> None:
    qtbot.keyClicks(page.username, "marie.dupont")
    qtbot.keyClicks(page.password, "Club-maison-2026")
    qtbot.keyClicks(page.password_again, "Club-maison-2026")


def test_first_start_offers_the_kinds_club_house_ticked(qtbot, tmp_path: Path) -> None:
    window, shell = open_window(qtbot, tmp_path / "new.sqlite3")
    shell.show_first_account()
    page = shell.first_account
    assert page.kinds_choice.kinds() == ["clubhouse"]
    assert page.kinds_choice.boxes["gem"].text() == "GEM (groupe d'entraide mutuelle)"
    _fill(qtbot, page)
    page.kinds_choice.boxes["clubhouse"].setChecked(False)
    qtbot.mouseClick(page.create_button, LEFT)  # none ticked: refused, nothing written
    assert page.message.text() == "Cochez au moins un type de structure."
    assert not has_accounts(window.ops.club.db)
    page.kinds_choice.boxes["gem"].setChecked(True)
    page.kinds_choice.boxes["pre_insertion"].setChecked(True)
    qtbot.mouseClick(page.create_button, LEFT)
    assert shell.pages.currentWidget() is shell.recovery
    qtbot.mouseClick(shell.recovery.button, LEFT)
    assert shell.actor is not None and shell.actor.name == "marie.dupont"
    assert window.ops.club.kinds.current() == ("gem", "pre_insertion")
    # the window offers the screens of these kinds (the rota: pre-insertion)
    assert "rota_screen" in window.screen_names()
    assert "report_screen" in window.screen_names()  # the GEM's table


def test_first_start_without_an_account_keeps_the_kinds_too(qtbot, tmp_path: Path) -> None:
    window, shell = open_window(qtbot, tmp_path / "new.sqlite3")
    shell.show_first_account()
    page = shell.first_account
    page.kinds_choice.set_kinds(["gem"])
    qtbot.mouseClick(page.skip_button, LEFT)
    assert shell.pages.currentWidget() is shell.app_page
    assert window.ops.club.kinds.current() == ("gem",)
    assert "rota_screen" not in window.screen_names()


def test_the_direction_changes_the_kinds_on_structure(qtbot, ops: Operations) -> None:
    screen = StructureScreen(ops, today=lambda: TODAY)
    qtbot.addWidget(screen)
    choice = screen.kinds_choice
    assert choice.kinds() == ["clubhouse"]  # nothing stored: the club-house
    choice.set_kinds([])
    qtbot.mouseClick(screen.save_kinds_button, LEFT)
    assert screen.messages["kinds"].text() == "Choisissez au moins un type de structure."
    assert ops.club.kinds.current() == ("clubhouse",)
    choice.boxes["work_insertion"].setChecked(True)
    choice.boxes["gem"].setChecked(True)
    qtbot.mouseClick(screen.save_kinds_button, LEFT)
    assert screen.messages["kinds"].text() == "Type de structure enregistré."
    assert ops.club.kinds.current() == ("gem", "work_insertion")
    assert choice.kinds() == ["gem", "work_insertion"]


def test_the_team_may_not_change_the_kinds(qtbot, club: Club, db_target: str) -> None:
    staff_club = Club.open(db_target, Actor("Sam", "equipe"))
    try:
        screen = StructureScreen(Operations(staff_club), today=lambda: TODAY)
        qtbot.addWidget(screen)
        screen.kinds_choice.set_kinds(["gem"])
        qtbot.mouseClick(screen.save_kinds_button, LEFT)
        assert screen.messages["kinds"].text() == \
            "Votre rôle (équipe) ne permet pas cette action."
        assert club.kinds.current() == ("clubhouse",)
    finally:
        staff_club.close()


def test_a_change_made_elsewhere_shows_on_structure(qtbot, ops: Operations) -> None:
    screen = StructureScreen(ops, today=lambda: TODAY)
    qtbot.addWidget(screen)
    assert ops.run(ops.club.kinds.set, ["gem"]).ok  # e.g. another desk, announced
    assert screen.kinds_choice.kinds() == ["gem"]
