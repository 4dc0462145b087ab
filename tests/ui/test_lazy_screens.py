"""Signing in builds the first screen only; each other screen is built the first time it is
shown, from the registry (issue 21: startup speed)."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QApplication, QWidget

from clubdesk.app import build_main_window
from clubdesk.model.access import ROLES, Actor
from clubdesk.ui import appearance
from clubdesk.ui.main_window import MainWindow
from clubdesk.ui.preferences import Preferences
from clubdesk.ui.screen import Screen
from clubdesk.ui.screens import screens_for
from clubdesk.ui.session.shell import session_of


def built(window: MainWindow) -> list[str]:
    return sorted(s.objectName() for s in window.findChildren(Screen))


def open_as(qtbot, demo_target: str, role: str) -> MainWindow:
    window = build_main_window(demo_target, actor=Actor(role, role))
    qtbot.addWidget(window)
    return window


def test_signing_in_builds_the_first_screen_only(qtbot, demo_target: str) -> None:
    window = open_as(qtbot, demo_target, "direction")
    assert built(window) == ["reception_screen"]
    assert window.stack.currentWidget().objectName() == "reception_screen"
    assert window.stack.count() == window.nav.count() == len(screens_for("direction"))
    assert window.screen_names() == [entry.name for entry in screens_for("direction")]
    assert built(window) == ["reception_screen"]  # listing the names builds nothing


def test_a_screen_is_built_once_the_first_time_it_is_shown(qtbot, demo_target: str) -> None:
    window = open_as(qtbot, demo_target, "equipe")
    window.nav.setCurrentRow(2)  # « Membres », by the navigation
    members = window.stack.currentWidget()
    assert isinstance(members, Screen) and members.objectName() == "members_screen"
    assert built(window) == ["members_screen", "reception_screen"]
    window.nav.setCurrentRow(0)
    window.nav.setCurrentRow(2)
    assert window.screen_named("members_screen") is members
    window.findChild(type(window.goto_menu.actions()[0]), "goto_members_screen").trigger()
    assert window.stack.currentWidget() is members
    assert built(window) == ["members_screen", "reception_screen"]
    # « Aller à » builds the screen it opens, and a screen asking for another too
    window.findChild(type(window.goto_menu.actions()[0]), "goto_tasks_screen").trigger()
    assert window.stack.currentWidget().objectName() == "tasks_screen"
    assert window.open_screen("partners_screen")
    assert window.stack.currentWidget().objectName() == "partners_screen"
    assert window.stack.indexOf(window.stack.currentWidget()) == 4
    assert built(window) == ["members_screen", "partners_screen", "reception_screen",
                             "tasks_screen"]
    assert window.findChildren(QWidget, "placeholder_members_screen") == []


def test_opening_a_member_builds_the_screen_that_shows_it(qtbot, demo_target: str) -> None:
    window = open_as(qtbot, demo_target, "equipe")
    member = window.ops.club.members.list_members()[0]
    assert window.open_member_in("followups_screen", member.id)
    assert window.stack.currentWidget().objectName() == "followups_screen"
    assert not window.open_member_in("users_screen", member.id)  # not the team's
    assert "users_screen" not in built(window)


@pytest.mark.parametrize("role", ROLES)
def test_every_screen_of_each_role_opens(qtbot, demo_target: str, role: str) -> None:
    window = open_as(qtbot, demo_target, role)
    for row, entry in enumerate(screens_for(role)):
        window.findChild(type(window.goto_menu.actions()[0]), f"goto_{entry.name}").trigger()
        screen = window.stack.currentWidget()
        assert isinstance(screen, Screen), entry.name
        assert screen.objectName() == entry.name
        assert window.nav.currentRow() == row
    assert built(window) == sorted(entry.name for entry in screens_for(role))


@pytest.mark.usefixtures("usual_appearance")
def test_a_screen_built_after_a_text_size_change_has_the_new_size(qtbot,
                                                                 demo_target: str) -> None:
    window = open_as(qtbot, demo_target, "accueil")
    window.resize(QSize(1366, 768))
    window.show()
    QCoreApplication.processEvents()
    before = window.stack.currentWidget().styleSheet()
    appearance.apply(QApplication.instance(), Preferences(text_scale=150))
    QCoreApplication.processEvents()
    now = window.stack.currentWidget().styleSheet()
    assert now != before
    members = window.screen_named("members_screen")
    window.show_screen(members)
    QCoreApplication.processEvents()
    assert members.styleSheet() == now


def test_the_session_end_disposes_placeholders_and_screens(qtbot, demo_target: str) -> None:
    window = build_main_window(demo_target)  # the demo has accounts: the sign-in first
    qtbot.addWidget(window)
    shell = session_of(window)
    shell.begin(Actor("equipe", "equipe"))
    window.screen_named("members_screen")
    pages = [window.stack.widget(i) for i in range(window.stack.count())]
    assert len(pages) == len(screens_for("equipe"))
    assert sum(isinstance(page, Screen) for page in pages) == 2
    shell.end_session()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    assert window.stack.count() == 0
    assert not any(shiboken6.isValid(page) for page in pages)
    assert window.findChildren(Screen) == []
    shell.begin(Actor("accueil", "accueil"))  # the next one starts from its first screen
    assert built(window) == ["reception_screen"]
    assert window.screen_names() == [entry.name for entry in screens_for("accueil")]
