"""Each role sees its own reception: no staffing figures and no merging for the accueil role;
the search marks who is already here this half-day."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.members.members_screen import MembersScreen
from clubdesk.ui.operations import Operations
from clubdesk.ui.reception.reception_screen import ReceptionScreen

MORNING = datetime(2026, 11, 23, 10, 0)
TODAY = MORNING.date()
RECEPTION_DESK = Actor("Accueil du matin", "accueil")
DIRECTION = Actor("Direction", "direction")


def reception(qtbot, ops: Operations) -> ReceptionScreen:
    screen = ReceptionScreen(ops, now=lambda: MORNING)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


@pytest.fixture
def staffed_club(club: Club) -> Club:
    """A club with one full-time employee today and one member who came this month."""
    camille = club.staff.create("Camille", "Roux")
    assert camille.id is not None
    club.staff.add_period(camille.id, date(2025, 1, 1), fte=1.0)
    lea = club.members.create("Léa", last_name="O'Neill", joined_on=date(2025, 1, 6),
                              today=TODAY)
    assert lea.id is not None
    club.attendance.check_in(lea.id, date(2026, 11, 2), "am")
    return club


def test_the_accueil_role_sees_no_staffing_figures(qtbot, staffed_club: Club, db_target: str,
                                                   open_ops) -> None:
    staff_view = reception(qtbot, open_ops(db_target, DIRECTION)).glance.text()
    assert "Salariés aujourd'hui" in staff_view and "pour un salarié" in staff_view
    desk_view = reception(qtbot, open_ops(db_target, RECEPTION_DESK)).glance.text()
    assert desk_view == "Ce mois-ci : 1 membre est venu au moins une fois."
    assert "salarié" not in desk_view.lower() and "repère" not in desk_view


def test_the_accueil_role_sees_no_merge_button(qtbot, club: Club, db_target: str,
                                               open_ops) -> None:
    for actor, merges in ((RECEPTION_DESK, False), (DIRECTION, True)):
        screen = MembersScreen(open_ops(db_target, actor))
        qtbot.addWidget(screen)
        screen.show()
        assert screen.merge_button.isVisible() is merges, actor.role


def test_search_marks_who_is_already_here_and_a_second_choice_is_calm(
        qtbot, club: Club, db_target: str, open_ops) -> None:
    lea = club.members.create("Léa", last_name="O'Neill", joined_on=date(2025, 1, 6),
                              today=TODAY)
    club.members.create("Léon", last_name="Petit", joined_on=date(2025, 1, 6), today=TODAY)
    assert lea.id is not None
    arrived = datetime(2026, 11, 23, 8, 50, tzinfo=UTC)
    club.attendance.check_in(lea.id, TODAY, "am", at=arrived)
    screen = reception(qtbot, open_ops(db_target, RECEPTION_DESK))
    qtbot.keyClicks(screen.search, "le")
    shown = [screen.results_model.index(r).data() for r in range(screen.results_model.rowCount())]
    time = arrived.astimezone().strftime("%H:%M")
    assert f"Léa O'Neill  — déjà là ({time})" in shown
    assert "Léon Petit" in shown  # not here yet: no mark

    row = shown.index(f"Léa O'Neill  — déjà là ({time})")
    screen.results.setCurrentIndex(screen.results_model.index(row))
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.message.text() == (f"Léa est déjà là depuis {time} : son arrivée est bien "
                                     "notée pour ce matin.")
    assert screen.message.property("problem") in (None, False)
    assert len(club.attendance.present(TODAY, "am")) == 1
    assert screen.search.text() == ""

    screen.afternoon.setChecked(True)  # the afternoon: nobody is here yet
    qtbot.keyClicks(screen.search, "lea")
    assert screen.results_model.index(0).data() == "Léa O'Neill"
