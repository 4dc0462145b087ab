"""The window's sign-in screen after a one-time code (issue 16): it asks for a new password,
checks it, signs in with it, and the code stops working."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from test_session import STAFF, open_window, sign_in, titles

from clubdesk.model.accounts.users import authenticate
from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError
from clubdesk.ui.members.members_screen import MembersScreen

NEW = "Mon-secret-2026"
LATER = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def one_time_code_for(db: str, username: str) -> str:
    club = Club.open(db)
    try:
        me = authenticate(club.db, "direction", "Direction-demo-2026")
        users = Club(club.db, me).users
        target = next(u for u in users.list_users() if u.username == username)
        return users.one_time_code(target.id)
    finally:
        club.close()


def test_sign_in_with_a_one_time_code_asks_for_a_new_password(qtbot, demo_target: str) -> None:
    code = one_time_code_for(demo_target, "equipe")
    window, shell = open_window(qtbot, demo_target)
    login = shell.login
    with pytest.raises(ClubdeskError, match="incorrect"):  # the old password is gone
        authenticate(window.ops.club.db, "equipe", "Equipe-demo-2026")

    sign_in(qtbot, shell, "equipe", code)
    panel = login.new_password
    assert panel.isVisible() and not login.username.isEnabled()
    assert not login.password.isEnabled() and login.password.text() == ""
    assert shell.pages.currentWidget() is login  # nothing opened yet
    assert window.stack.count() == 0 and window.findChild(MembersScreen) is None

    # the rules first, then twice the same
    qtbot.keyClicks(panel.password, "faible")
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert "trop faible" in panel.rule.text() and shell.pages.currentWidget() is login
    panel.password.clear()
    qtbot.keyClicks(panel.password, NEW)
    qtbot.keyClicks(panel.password_again, NEW + "x")
    qtbot.keyClick(panel.password_again, Qt.Key.Key_Return)
    assert "pas les mêmes" in panel.rule.text() and shell.pages.currentWidget() is login
    panel.password_again.clear()
    qtbot.keyClicks(panel.password_again, NEW)
    qtbot.keyClick(panel.password_again, Qt.Key.Key_Return)

    assert shell.pages.currentWidget() is shell.app_page
    assert shell.actor is not None and shell.actor.name == "equipe"
    assert titles(window) == STAFF
    assert not panel.isVisible() and login._code is None  # the code is not kept
    assert authenticate(window.ops.club.db, "equipe", NEW, now=LATER).role == "equipe"
    with pytest.raises(ClubdeskError, match="incorrect"):  # consumed
        authenticate(window.ops.club.db, "equipe", code, now=LATER)


def test_a_one_time_code_can_be_given_up(qtbot, demo_target: str) -> None:
    code = one_time_code_for(demo_target, "accueil")
    _window, shell = open_window(qtbot, demo_target)
    sign_in(qtbot, shell, "accueil", code)
    assert shell.login.new_password.isVisible()
    qtbot.mouseClick(shell.login.new_password.cancel, Qt.MouseButton.LeftButton)
    assert not shell.login.new_password.isVisible() and shell.login.username.isEnabled()
    assert shell.login.username.text() == "" and shell.login._code is None


def test_the_accounts_screen_shows_a_one_time_code_once(qtbot, demo_target: str) -> None:
    from clubdesk.ui.operations import Operations
    from clubdesk.ui.users.users_screen import UsersScreen

    club = Club.open(demo_target)
    try:
        me = authenticate(club.db, "direction", "Direction-demo-2026")
        screen = UsersScreen(Operations(Club(club.db, me)))
        qtbot.addWidget(screen)
        screen.show()
        screen.select_user("accueil")
        assert not screen.code_label.isVisible()
        qtbot.mouseClick(screen.code_button, Qt.MouseButton.LeftButton)
        assert screen.code_label.isVisible()
        code = screen.code_label.text().split("\n")[-1]
        assert len(code) == 24 and "« accueil »" in screen.code_label.text()
        assert "7 jours" in screen.message.text()
        row = next(screen.model.row_at(r) for r in range(screen.model.rowCount())
                   if screen.model.row_at(r).username == "accueil")
        assert row.password == "code"
        assert screen.model.data(screen.model.index(
            screen.model.row_of(row.id), 3)) == "code à usage unique en attente"
        # the code works (a new password first) and is not shown again
        with pytest.raises(ClubdeskError, match="choisissez"):
            authenticate(club.db, "accueil", code)
        screen.select_user("equipe")
        assert screen.code_label.text() == "" and not screen.code_label.isVisible()
        screen.select_user("accueil")
        assert screen.code_label.text() == ""
        qtbot.mouseClick(screen.code_button, Qt.MouseButton.LeftButton)
        assert screen.code_label.isVisible()
        screen.hide()  # leaving the screen forgets it
        assert screen.code_label.text() == ""
    finally:
        club.close()
