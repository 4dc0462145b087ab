from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.operations import Operations
from clubdesk.ui.reception.models import CheckinResultsModel, PresentListModel
from clubdesk.ui.reception.reception_screen import ReceptionScreen

MORNING = datetime(2026, 11, 23, 9, 15)
TODAY = MORNING.date()


@pytest.fixture
def screen(qtbot, club: Club) -> ReceptionScreen:
    for first, last in (("Émilie", "Durand"), ("Loïc", "N'Diaye"), ("Jean-Édouard", "Lefèvre"),
                        ("Léa", "Martin"), ("Léon", "Petit")):
        club.members.create(first, last_name=last, joined_on=date(2025, 1, 6), today=TODAY)
    s = ReceptionScreen(Operations(club), now=lambda: MORNING)
    qtbot.addWidget(s)
    s.show()
    qtbot.waitExposed(s)
    return s


def present_names(club: Club, half: str = "am") -> list[str]:
    return [p.first_name for p in club.attendance.present(TODAY, half)]


def test_date_in_words_and_half_day_from_the_clock(screen: ReceptionScreen, qtbot,
                                                   club: Club) -> None:
    assert screen.date_label.text() == "lundi 23 novembre 2026"
    assert screen.morning.isChecked()
    afternoon = ReceptionScreen(Operations(club), now=lambda: datetime(2026, 11, 23, 14, 0))
    qtbot.addWidget(afternoon)
    assert afternoon.afternoon.isChecked()


def test_two_letters_and_enter_check_in(screen: ReceptionScreen, qtbot, club: Club) -> None:
    qtbot.keyClicks(screen.search, "em")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert present_names(club) == ["Émilie"]
    assert club.attendance.present(TODAY)[0].mode == "onsite"
    assert screen.search.text() == "" and screen.search.hasFocus()
    assert "Émilie" in screen.message.text()
    assert screen.present_model.rowCount() == 1
    assert "Émilie Durand" in screen.present_model.index(0).data()


@pytest.mark.parametrize(("typed", "who"), [("ndiaye", "Loïc"), ("jean ed", "Jean-Édouard"),
                                            ("LOIC", "Loïc"), ("jean  ed", "Jean-Édouard")])
def test_accent_free_typing_finds_the_person(screen, qtbot, club: Club, typed, who) -> None:
    qtbot.keyClicks(screen.search, typed)
    qtbot.keyClick(screen.search, Qt.Key.Key_Enter)
    assert present_names(club) == [who]


def test_arrows_choose_among_matches(screen: ReceptionScreen, qtbot, club: Club) -> None:
    qtbot.keyClicks(screen.search, "le")  # Léa, Léon, Lefèvre...
    assert screen.results_model.rowCount() >= 3
    first = screen.results_model.row_at(0).first_name
    qtbot.keyClick(screen.search, Qt.Key.Key_Down)
    second = screen.highlighted().first_name
    assert second != first
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert present_names(club) == [second]


def test_checking_in_twice_does_nothing_and_says_so(screen, qtbot, club: Club) -> None:
    for _ in range(2):
        qtbot.keyClicks(screen.search, "loic")
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert present_names(club) == ["Loïc"]
    assert "Loïc est déjà là depuis" in screen.message.text()  # calmly: nothing went wrong
    assert not screen.message.property("problem")
    assert screen.search.hasFocus()


def test_remote_toggle_and_afternoon(screen: ReceptionScreen, qtbot, club: Club) -> None:
    screen.afternoon.setChecked(True)
    screen.remote.setChecked(True)
    qtbot.keyClicks(screen.search, "lea")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    (p,) = club.attendance.present(TODAY, "pm")
    assert (p.first_name, p.mode, p.half_day) == ("Léa", "remote", "pm")
    assert "après-midi" in screen.present_title.text()


def test_undo_a_check_in(screen: ReceptionScreen, qtbot, club: Club) -> None:
    qtbot.keyClicks(screen.search, "leon")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert not screen.undo_button.isEnabled()
    screen.present.setCurrentIndex(screen.present_model.index(0))
    assert screen.undo_button.isEnabled()
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert present_names(club) == []
    assert "annulé" in screen.message.text()


def test_first_visit_with_a_first_name_only(screen: ReceptionScreen, qtbot, club: Club) -> None:
    qtbot.keyClicks(screen.search, "nadia")
    assert screen.results_model.rowCount() == 0
    assert screen.first_visit_button.isVisibleTo(screen)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)  # first Enter: focus on the button
    assert present_names(club) == [] and screen.first_visit_button.hasFocus()
    qtbot.keyClick(screen.first_visit_button, Qt.Key.Key_Return)  # second Enter: welcome
    assert present_names(club) == ["Nadia"]
    (row,) = club.members.search("nadia", on=TODAY)
    assert row.status == "visitor" and row.last_name == ""
    assert "Première visite" in screen.message.text()


def test_former_member_asks_before_re_entry(screen: ReceptionScreen, qtbot, club: Club) -> None:
    former = club.members.create("Zoé", joined_on=date(2024, 1, 1), today=TODAY)
    club.members.leave(former.id, date(2025, 1, 1), today=TODAY)
    qtbot.keyClicks(screen.search, "zoe")
    assert "ancien membre" in screen.results_model.index(0).data()
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert present_names(club) == [] and screen.reentry_yes.isVisibleTo(screen)
    qtbot.mouseClick(screen.reentry_no, Qt.MouseButton.LeftButton)
    assert present_names(club) == [] and club.members.status(former.id, on=TODAY) == "former"
    qtbot.keyClicks(screen.search, "zoe")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtbot.mouseClick(screen.reentry_yes, Qt.MouseButton.LeftButton)
    assert present_names(club) == ["Zoé"]
    assert club.members.status(former.id, on=TODAY) == "current"


def test_tab_order_starts_at_the_search_field(screen: ReceptionScreen, qtbot) -> None:
    assert screen.search.hasFocus()
    order = []
    for _ in range(3):
        qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Tab)
        order.append(screen.focusWidget().objectName())
    assert order == ["checkin_button", "half_day_am", "remote_toggle"]


def test_month_at_a_glance_is_in_words(screen: ReceptionScreen, qtbot, club: Club) -> None:
    assert "Ce mois-ci : personne n'est encore venu." in screen.glance.text()  # not « 0 membres »
    qtbot.keyClicks(screen.search, "em")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert "Ce mois-ci : 1 membre est venu au moins une fois." in screen.glance.text()
    assert "ratio ne peut pas être calculé" in screen.glance.text()


def test_reception_models_pass_qtmodeltester(qtmodeltester, screen: ReceptionScreen,
                                             qtbot, club: Club) -> None:
    qtbot.keyClicks(screen.search, "le")
    qtmodeltester.check(screen.results_model)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    qtmodeltester.check(screen.present_model)
    assert isinstance(screen.results_model, CheckinResultsModel)
    assert isinstance(screen.present_model, PresentListModel)
    assert screen.present_model.rowCount() == 1


def test_reception_is_the_first_screen(qtbot, demo_target: str) -> None:
    from clubdesk.app import build_main_window

    window = build_main_window(demo_target, actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    assert isinstance(window.stack.currentWidget(), ReceptionScreen)
    assert window.nav.item(0).text() == "Accueil"
