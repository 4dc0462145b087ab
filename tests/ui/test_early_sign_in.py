"""The sign-in window painted before the club opens (issue 21): what is typed there goes to
the real sign-in page, « Entrer » pressed meanwhile signs in once the club is open, and no
copy of the password stays behind."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt

from clubdesk.app import build_main_window, hand_over
from clubdesk.ui.session.early import EarlySignIn
from clubdesk.ui.session.shell import session_of


def early_window(qtbot) -> EarlySignIn:
    early = EarlySignIn()
    qtbot.addWidget(early)
    early.show()
    return early


def test_what_is_typed_early_goes_to_the_sign_in_page(qtbot, demo_target: str) -> None:
    early = early_window(qtbot)
    qtbot.keyClicks(early.username, "accueil")
    early.username.returnPressed.emit()  # Enter goes on to the password, as on the page
    assert early.password.hasFocus() or not early.isActiveWindow()
    qtbot.keyClicks(early.password, "Accueil-dem")
    early.move(40, 30)
    window = build_main_window(demo_target)  # the club has accounts: the sign-in page
    qtbot.addWidget(window)
    hand_over(early, window)
    login = session_of(window).login
    assert window.isVisible() and not early.isVisible()
    assert window.geometry() == early.geometry()
    assert (login.username.text(), login.password.text()) == ("accueil", "Accueil-dem")
    assert early.password.text() == ""  # nothing left in the hidden window
    assert session_of(window).actor is None  # « Entrer » was not pressed: nobody signed in
    qtbot.waitUntil(lambda: not shiboken6.isValid(early))


def test_enter_pressed_early_signs_in_once_the_club_is_open(qtbot, demo_target: str) -> None:
    early = early_window(qtbot)
    qtbot.keyClicks(early.username, "accueil")
    qtbot.keyClicks(early.password, "Accueil-demo-2026")
    qtbot.keyClick(early.password, Qt.Key.Key_Return)
    assert early.entered and not early.button.isEnabled()
    window = build_main_window(demo_target)
    qtbot.addWidget(window)
    hand_over(early, window)
    shell = session_of(window)
    assert shell.actor is not None and shell.actor.role == "accueil"
    assert window.stack.currentWidget().objectName() == "reception_screen"


def test_enter_with_an_empty_field_waits_for_the_page(qtbot, demo_target: str) -> None:
    early = early_window(qtbot)
    qtbot.keyClicks(early.username, "accueil")
    early.button.click()
    window = build_main_window(demo_target)
    qtbot.addWidget(window)
    hand_over(early, window)
    shell = session_of(window)
    assert shell.actor is None and shell.pages.currentWidget() is shell.login
    assert shell.login.username.text() == "accueil"


def test_a_club_without_accounts_keeps_nothing_typed(qtbot, new_db) -> None:
    early = early_window(qtbot)
    qtbot.keyClicks(early.username, "anne")
    qtbot.keyClicks(early.password, "secret")
    window = build_main_window(new_db("empty"), create_parent=True)
    qtbot.addWidget(window)
    hand_over(early, window)
    shell = session_of(window)
    assert shell.pages.currentWidget() is not shell.login
    assert early.password.text() == "" and window.isVisible()
