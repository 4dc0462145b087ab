"""« À recontacter » on a controlled clock, on a real SQLite file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.ui.operations import Operations
from clubdesk.ui.reach_out.reach_out_model import ReachOutTableModel
from clubdesk.ui.reach_out.reach_out_screen import ReachOutScreen
from clubdesk.ui.widgets import (
    WheelSafeComboBox,
    WheelSafeDateEdit,
    WheelSafeDoubleSpinBox,
    WheelSafeSpinBox,
)

TODAY = date(2025, 6, 16)  # a Monday
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def absent(club: Club, make_member):
    """A member who last came 20 days ago, preferring the phone."""
    member = make_member("Rémi", last_name="Absent", phone="06 11 22 33 44",
                         contact_preference="phone")
    club.attendance.check_in(member.id, TODAY - timedelta(days=20), "am")
    return member


@pytest.fixture
def regular(club: Club, make_member):
    """A member who came yesterday: never on the list."""
    member = make_member("Régine", last_name="Présente")
    club.attendance.check_in(member.id, TODAY - timedelta(days=1), "day")
    return member


def make_screen(qtbot, ops: Operations) -> ReachOutScreen:
    screen = ReachOutScreen(ops, today=lambda: TODAY)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def listed_ids(screen: ReachOutScreen) -> list[int]:
    return [screen.model.row_at(r).member_id for r in range(screen.model.rowCount())]


def row_texts(screen: ReachOutScreen, member_id: int) -> list[str]:
    row = listed_ids(screen).index(member_id)
    return [screen.model.index(row, c).data() for c in range(screen.model.columnCount())]


def test_a_member_away_for_20_days_is_listed_at_14_not_at_30(qtbot, ops, club, absent,
                                                             regular) -> None:
    screen = make_screen(qtbot, ops)
    assert screen.days.value() == 14
    assert "14 jours" in screen.explanation.text()
    assert listed_ids(screen) == [absent.id]
    assert row_texts(screen, absent.id) == [
        "Rémi Absent", "27/05/2025", "20", "Téléphone : 06 11 22 33 44", "aucun"]

    screen.days.setValue(30)
    assert club.settings.get_int("reach_out_days") == 30  # saved for every desk
    assert "30 jours" in screen.explanation.text()
    assert listed_ids(screen) == []

    # Typed then confirmed with Enter (not saved keystroke by keystroke).
    screen.days.setFocus()
    screen.days.selectAll()
    qtbot.keyClicks(screen.days, "14")
    assert club.settings.get_int("reach_out_days") == 30
    qtbot.keyClick(screen.days, Qt.Key.Key_Return)
    assert club.settings.get_int("reach_out_days") == 14
    assert listed_ids(screen) == [absent.id]


def test_recording_a_contact_takes_the_member_off_the_list(qtbot, ops, club, absent) -> None:
    screen = make_screen(qtbot, ops)
    assert not screen.record_button.isEnabled()
    rect = screen.table.visualRect(screen.model.index(0, 0))
    qtbot.mouseClick(screen.table.viewport(), LEFT, pos=rect.center())
    assert screen.person_label.text() == "Rémi Absent"
    assert screen.channel.currentData() == "phone"  # suggested from the preference
    assert screen.date_edit.date() == QDate(2025, 6, 16)

    screen.channel.setCurrentIndex(screen.channel.findData("sms"))
    qtbot.keyClicks(screen.done_by, "Nadia")
    qtbot.keyClicks(screen.note, "Va bien, revient jeudi")
    qtbot.mouseClick(screen.record_button, LEFT)

    assert listed_ids(screen) == []
    assert screen.message.isVisible()
    assert screen.message.text() == "Contact noté pour Rémi Absent."
    [contact] = club.reach_out.history(absent.id)
    assert (contact.date, contact.channel, contact.done_by, contact.note) == (
        TODAY, "sms", "Nadia", "Va bien, revient jeudi")
    assert screen.note.text() == ""
    assert not screen.record_button.isEnabled()


def test_a_contact_dated_earlier_counts_from_that_date(qtbot, ops, club, absent) -> None:
    screen = make_screen(qtbot, ops)
    screen.table.selectRow(0)
    screen.date_edit.setDate(QDate(2025, 5, 30))  # 17 days ago: due again at 14 days
    qtbot.mouseClick(screen.record_button, LEFT)
    assert listed_ids(screen) == [absent.id]
    assert row_texts(screen, absent.id)[2] == "17"
    assert row_texts(screen, absent.id)[4] == "30/05/2025"


def test_a_member_who_never_came_is_shown_as_such(qtbot, ops, club, make_member) -> None:
    never = make_member("Noé", last_name="Jamais", joined_on=TODAY - timedelta(days=40),
                        contact_preference="email", email="noe@exemple.fr")
    screen = make_screen(qtbot, ops)
    assert row_texts(screen, never.id) == [
        "Noé Jamais", "aucune venue", "40", "E-mail : noe@exemple.fr", "aucun"]


def test_oldest_first_and_the_list_follows_check_ins(qtbot, ops, club, make_member,
                                                     absent) -> None:
    older = make_member("Odile", last_name="Ancienne")
    club.attendance.check_in(older.id, TODAY - timedelta(days=50), "pm")
    screen = make_screen(qtbot, ops)
    assert listed_ids(screen) == [older.id, absent.id]
    assert screen.count_label.text().startswith("2 ")

    ops.run(ops.club.attendance.check_in, older.id, TODAY, "am")
    assert listed_ids(screen) == [absent.id]


def test_reach_out_table_model_passes_qtmodeltester(qtmodeltester, club, absent,
                                                    make_member) -> None:
    never = make_member("Noé", last_name="Jamais", joined_on=TODAY - timedelta(days=40))
    model = ReachOutTableModel()
    model.set_rows(club.reach_out.due(TODAY, 14))
    assert model.rowCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Dernière venue"
    ids = [model.index(r, 0).data(ReachOutTableModel.ID_ROLE) for r in range(2)]
    assert ids == [never.id, absent.id]  # the longest absence first
    qtmodeltester.check(model)


def test_the_main_window_has_the_reach_out_screen(qtbot, demo_target: str) -> None:
    from clubdesk.app import build_main_window

    window = build_main_window(demo_target, actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "À recontacter" in titles
    screen = window.screen_named("reach_out_screen")
    assert isinstance(screen, ReachOutScreen)


def test_no_field_changes_under_the_mouse_wheel(qtbot, ops) -> None:
    """Every drop-down, number and date of the screen comes from the kit (wheel-safe)."""
    screen = make_screen(qtbot, ops)
    fields = screen.findChildren(QComboBox) + screen.findChildren(QAbstractSpinBox)
    assert len(fields) >= 3
    safe = (WheelSafeComboBox, WheelSafeSpinBox, WheelSafeDoubleSpinBox, WheelSafeDateEdit)
    unsafe = [f.objectName() for f in fields if not isinstance(f, safe)]
    assert not unsafe


def test_counts_and_headers_are_in_plain_words(qtbot, ops, club, make_member,
                                               absent) -> None:
    """« 2 personnes à recontacter. », never « personne(s) »; the days column says what it
    counts (« Jours sans nouvelles »), not just « Jours »."""
    other = make_member("Odile", last_name="Ancienne")
    club.attendance.check_in(other.id, TODAY - timedelta(days=50), "pm")
    screen = make_screen(qtbot, ops)
    assert screen.count_label.text() == "2 personnes à recontacter."
    headers = [screen.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(screen.model.columnCount())]
    assert headers[2] == "Jours sans nouvelles"
    assert not any("(" in h for h in headers)
    club.reach_out.record(other.id, TODAY, "phone")
    screen.refresh()
    assert screen.count_label.text() == "1 personne à recontacter."
