from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QLineEdit, QWidget

from clubdesk.app import build_main_window
from clubdesk.model.access import Actor
from clubdesk.model.accounts.users import has_accounts, password_problem
from clubdesk.model.club import Club
from clubdesk.ui.main_window import MainWindow
from clubdesk.ui.members.member_form import MemberForm
from clubdesk.ui.members.members_screen import MembersScreen
from clubdesk.ui.operations import Operations
from clubdesk.ui.screens import screens_for
from clubdesk.ui.session.shell import SessionShell, session_of


# What each role sees comes from the screen registry (ui/screens.py), the one list the
# window reads: a new screen there needs no change here.
def expected_titles(role: str) -> list[str]:
    return [entry.title for entry in screens_for(role)]  # French, as these tests run


# The reception desk must not see the health follow-ups, the partners, the staff or the
# club's administration: its list is written out, so that a registry mistake shows here.
DESK = ["Accueil", "Planning du jour", "Membres", "À recontacter", "Affichage"]
STAFF = expected_titles("equipe")
DIRECTION = expected_titles("direction")
ACCOUNTS = {
    "accueil": ("Accueil-demo-2026", DESK, "Accueil (démo), rôle accueil"),
    "equipe": ("Equipe-demo-2026", STAFF, "Équipe (démo), rôle équipe"),
    "direction": ("Direction-demo-2026", DIRECTION, "Direction (démo), rôle direction"),
}
MEMBER_NAME = "N'Diaye"  # Loïc N'Diaye, a member of the demo club


def tallest(button: QWidget) -> int:
    """The least height a button gets: its own minimum, or the style sheet's (kit buttons
    take their height from the application sheet, which grows with the text size)."""
    return max(button.minimumHeight(), button.minimumSizeHint().height())


def titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def open_window(qtbot, db: str | Path, **kwargs) -> tuple[MainWindow, SessionShell]:
    window = build_main_window(str(db), **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window, session_of(window)


def sign_in(qtbot, shell: SessionShell, username: str, password: str) -> None:
    login = shell.login
    qtbot.keyClicks(login.username, username)
    qtbot.keyClick(login.username, Qt.Key.Key_Return)  # Enter goes on to the password
    assert login.password.hasFocus() or not login.isActiveWindow()
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)


def flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def texts_in(root: QWidget) -> list[str]:
    """Every piece of text the widget tree holds: labels, fields, lists, tables, combos."""
    out: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QLineEdit):
            out.append(widget.text())
        out.append(widget.windowTitle())
        out.append(widget.accessibleName())
        if isinstance(widget, QComboBox):
            out += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                column = 0
                while (index := model.index(row, column)).isValid():
                    value = index.data()
                    if isinstance(value, str):
                        out.append(value)
                    column += 1
    return out


def test_nobody_sees_screens_before_signing_in(qtbot, demo_target: str) -> None:
    window, shell = open_window(qtbot, demo_target)
    assert shell.pages.currentWidget() is shell.login
    assert window.stack.count() == 0 and window.nav.count() == 0
    assert window.findChild(MembersScreen) is None
    assert not any(MEMBER_NAME in text for text in texts_in(window))
    assert shell.login.objectName() == "login_screen"
    assert shell.login.password.echoMode() == QLineEdit.EchoMode.Password
    assert "verrouille" in shell.login.lock_line.text()
    assert not shell.switch_button.isVisible()


@pytest.mark.parametrize("username", ["accueil", "equipe", "direction"])
def test_each_role_gets_its_screens(qtbot, demo_target: str, username: str) -> None:
    password, expected, who = ACCOUNTS[username]
    window, shell = open_window(qtbot, demo_target)
    sign_in(qtbot, shell, username, password)
    assert shell.pages.currentWidget() is shell.app_page
    assert titles(window) == expected
    assert shell.actor is not None and shell.actor.role == username
    assert window.ops.club.actor == shell.actor
    assert who in shell.who.text()
    assert shell.switch_button.isVisible()


def test_a_wrong_password_is_refused_in_place(qtbot, demo_target: str) -> None:
    window, shell = open_window(qtbot, demo_target)
    sign_in(qtbot, shell, "equipe", "Pas-le-bon-2026")
    assert shell.login.message.isVisible()
    assert shell.login.message.text() == "Identifiant ou mot de passe incorrect."
    assert shell.login.password.text() == ""
    assert shell.pages.currentWidget() is shell.login
    assert window.stack.count() == 0 and window.findChild(MembersScreen) is None


def test_the_first_account_of_an_empty_club(qtbot, tmp_path: Path) -> None:
    window, shell = open_window(qtbot, tmp_path / "new.sqlite3")
    # No account yet: the local administrator's screens, the demo offer, and the first account.
    assert window.banner is not None and window.banner.isVisible()
    assert shell.who.text() == "Sans compte, rôle direction"
    assert shell.first_account_button.isVisible() and not shell.switch_button.isVisible()
    qtbot.mouseClick(shell.first_account_button, Qt.MouseButton.LeftButton)
    page = shell.first_account
    assert shell.pages.currentWidget() is page
    assert page.objectName() == "first_account_screen"

    qtbot.keyClicks(page.username, "marie.dupont")
    qtbot.keyClicks(page.display_name, "Marie Dupont")
    qtbot.keyClicks(page.password, "faible")
    rule = password_problem("faible")
    assert rule is not None and page.rule.text() == rule  # shown while typing
    qtbot.keyClicks(page.password_again, "faible")
    qtbot.keyClick(page.password_again, Qt.Key.Key_Return)
    assert page.message.isVisible() and page.message.text() == rule
    assert not has_accounts(window.ops.club.db)

    page.password.clear()
    page.password_again.clear()
    qtbot.keyClicks(page.password, "Club-maison-2026")
    qtbot.keyClicks(page.password_again, "Club-maison-2026")
    assert page.rule.text() == "Ce mot de passe est assez solide."
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    # the club's recovery code, once, with the advice to keep it on paper
    assert shell.pages.currentWidget() is shell.recovery
    code = shell.recovery.code.text()
    assert re.fullmatch(r"([A-Z2-9]{4}-){4}[A-Z2-9]{4}", code)
    assert "papier" in " ".join(texts_in(shell.recovery))
    assert window.stack.count() == 0  # no screen before the code is noted
    qtbot.mouseClick(shell.recovery.button, Qt.MouseButton.LeftButton)
    assert shell.recovery.code.text() == ""  # shown once
    assert not any(code in text for text in texts_in(window))
    assert shell.pages.currentWidget() is shell.app_page
    assert shell.actor is not None and shell.actor.role == "direction"
    assert shell.actor.name == "marie.dupont" and shell.actor.user_id is not None
    assert titles(window) == DIRECTION
    assert "Marie Dupont, rôle direction" in shell.who.text()
    assert shell.switch_button.isVisible() and not shell.first_account_button.isVisible()

    # From now on the club has an account: « Changer d'utilisateur » asks who is there.
    qtbot.mouseClick(shell.switch_button, Qt.MouseButton.LeftButton)
    assert shell.pages.currentWidget() is shell.login


def test_a_club_may_go_on_without_accounts(qtbot, tmp_path: Path) -> None:
    window, shell = open_window(qtbot, tmp_path / "new.sqlite3")
    shell.show_first_account()
    qtbot.mouseClick(shell.first_account.skip_button, Qt.MouseButton.LeftButton)
    assert shell.pages.currentWidget() is shell.app_page
    assert titles(window) == DIRECTION
    assert not has_accounts(window.ops.club.db)


def test_switching_user_tears_the_screens_down(qtbot, demo_target: str) -> None:
    window, shell = open_window(qtbot, demo_target)
    sign_in(qtbot, shell, "equipe", "Equipe-demo-2026")
    members = window.screen_named("members_screen")
    assert members is not None
    window.show_screen(members)
    assert any(MEMBER_NAME in text for text in texts_in(window))

    qtbot.mouseClick(shell.switch_button, Qt.MouseButton.LeftButton)
    flush_deletions()
    assert shell.pages.currentWidget() is shell.login
    assert window.stack.count() == 0 and window.nav.count() == 0
    assert window.findChild(MembersScreen) is None
    assert not any(MEMBER_NAME in text for text in texts_in(window))
    assert shell.actor is None and shell.ops is None
    assert shell.login.username.text() == "" and shell.login.password.text() == ""

    sign_in(qtbot, shell, "accueil", "Accueil-demo-2026")
    assert titles(window) == DESK


def test_the_screen_locks_after_some_time_without_use(qtbot, demo_target: str) -> None:
    window, shell = open_window(qtbot, demo_target)
    sign_in(qtbot, shell, "direction", "Direction-demo-2026")
    assert shell.idle_timer.interval() == 10 * 60_000  # the club's setting by default
    shell.set_idle_ms(1_500)
    for step in range(14):  # 2.1 s of use, key after key: longer than the delay, no lock
        qtbot.wait(150)
        qtbot.keyClick(window.nav, Qt.Key.Key_Down if step % 2 else Qt.Key.Key_Up)
    assert shell.pages.currentWidget() is shell.app_page

    shell.set_idle_ms(150)
    qtbot.waitUntil(lambda: shell.pages.currentWidget() is shell.login, timeout=5_000)
    flush_deletions()
    assert window.stack.count() == 0
    assert "verrouillé" in shell.login.message.text()
    assert not any(MEMBER_NAME in text for text in texts_in(window))


def test_the_lock_delay_comes_from_the_settings(demo_target: str, qtbot) -> None:
    club = Club.open(demo_target, Actor("direction", "direction"))
    club.settings.set_int("idle_lock_minutes", 3)
    club.close()
    window, shell = open_window(qtbot, demo_target, actor=Actor("equipe", "equipe"))
    assert shell.idle_timer.isActive() and shell.idle_timer.interval() == 3 * 60_000
    shell.switch_user()
    assert "après 3 minutes sans utilisation" in shell.login.lock_line.text()


def test_an_open_record_is_closed_by_the_lock(qtbot, demo_target: str) -> None:
    window, shell = open_window(qtbot, demo_target, actor=Actor("equipe", "equipe"))
    members = window.screen_named("members_screen")
    assert members is not None
    row = next(r for r in window.ops.club.members.list_members() if MEMBER_NAME in r.last_name)
    form = MemberForm(window.ops, row.id, members)
    form.open()
    assert form.isVisible()
    shell.switch_user()
    assert not form.isVisible()


def test_reception_does_not_see_the_sensitive_part_of_a_record(qtbot, demo_target: str) -> None:
    club = Club.open(demo_target, Actor("accueil", "accueil"))
    ops = Operations(club)
    row = next(r for r in club.members.list_members() if MEMBER_NAME in r.last_name)
    form = MemberForm(ops, row.id)
    qtbot.addWidget(form)
    hidden = [form.sections.item(i).text() for i in range(form.sections.count())
              if form.sections.item(i).isHidden()]
    assert hidden == ["Autres informations"]
    fields = form._fields()
    assert not {"rqth", "referent_partner", "other_peer_places"} & set(fields)
    form.phone.setText("06 12 34 56 78")
    form.save()
    assert not form.error_label.isVisible(), form.error_label.text()
    assert club.members.get(row.id).phone.replace(" ", "") == "0612345678"
    club.close()


def test_staff_still_see_the_sensitive_part(qtbot, demo_target: str) -> None:
    club = Club.open(demo_target, Actor("equipe", "equipe"))
    form = MemberForm(Operations(club), club.members.list_members()[0].id)
    qtbot.addWidget(form)
    assert not any(form.sections.item(i).isHidden() for i in range(form.sections.count()))
    assert "rqth" in form._fields()
    club.close()


def test_login_widgets_are_named_and_reachable(qtbot, tmp_path: Path) -> None:
    window, shell = open_window(qtbot, tmp_path / "new.sqlite3")
    for page in (shell.login, shell.first_account, shell.recovery):
        for widget in page.findChildren(QWidget):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QLabel):
                continue
            assert widget.objectName() and widget.accessibleName(), widget
            if widget.inherits("QPushButton"):
                assert tallest(widget) >= 32, widget.objectName()
        buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
        for edit in page.findChildren(QLineEdit):
            assert edit in buddies, edit.objectName()
    for button in (shell.switch_button, shell.first_account_button):
        assert button.objectName() and button.accessibleName()
        assert tallest(button) >= 32
    assert {shell.login.button.objectName(), shell.login.message.objectName(),
            shell.login.username.objectName(), shell.login.password.objectName()} == {
        "login_button", "login_message", "login_username", "login_password"}


def test_the_demo_from_the_window_ends_the_session_and_lists_its_accounts(
        qtbot, tmp_path: Path) -> None:
    window, shell = open_window(qtbot, tmp_path / "new.sqlite3")
    assert shell.who.text() == "Sans compte, rôle direction"
    banner = window.banner
    assert banner is not None and banner.isVisible()
    qtbot.mouseClick(banner.demo_button, Qt.MouseButton.LeftButton)
    # the demo has accounts: nobody works « sans compte » any more
    assert has_accounts(shell.db)
    assert shell.actor is None and shell.pages.currentWidget() is shell.login
    flush_deletions()
    assert window.stack.count() == 0 and window.findChild(MembersScreen) is None
    assert not banner.isVisible() and not shell.who.isVisible()
    listed = shell.login.demo_accounts
    assert listed.isVisible() and "démonstration" in listed.text()
    for username, (password, _titles, _who) in ACCOUNTS.items():
        assert f"{username} — {password}" in listed.text()
    sign_in(qtbot, shell, "direction", "Direction-demo-2026")
    assert shell.pages.currentWidget() is shell.app_page
    assert "Direction (démo), rôle direction" in shell.who.text()


def test_no_demo_accounts_on_a_real_club_login(qtbot, demo_target: str) -> None:
    window, shell = open_window(qtbot, demo_target)
    assert not shell.login.demo_accounts.isVisible()
