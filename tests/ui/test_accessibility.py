"""Every control of every screen has a name a screen reader can say, takes the keyboard
focus, and is on the Tab chain: for each role of the demo club, on each screen of the
navigation (every tab and page of it), the member form and the login."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pages import pages_of
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QSlider,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from clubdesk.app import build_main_window
from clubdesk.model.access import Actor
from clubdesk.ui.main_window import MainWindow
from clubdesk.ui.members.member_form import MemberForm
from clubdesk.ui.session.shell import session_of

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QTextEdit, QPlainTextEdit, QSlider)
# Parts of a bigger control (a spin box's field, a table's header and corner button,
# a tab bar's arrows, scroll bars): the bigger control is what is named and focused.
PARTS_OF = (*INTERACTIVE, QTabBar, QScrollBar)
ROLES = ("accueil", "equipe", "direction")


def is_part(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, PARTS_OF):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The visible interactive widgets of ``root`` (not the parts of a bigger control)."""
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, INTERACTIVE) and w.isVisible() and not is_part(w, root)]


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__} {widget.objectName() or '(sans nom d’objet)'} « {text} »"


def tab_chain(root: QWidget) -> set[int]:
    """The widgets Tab reaches from ``root``, following Qt's focus chain."""
    reached: set[int] = set()
    widget = root.nextInFocusChain()
    for _ in range(5000):
        if widget is root:
            break
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() \
                and widget.isEnabled():
            reached.add(id(widget))
        widget = widget.nextInFocusChain()
    return reached


def problems_of(root: QWidget, where: str) -> list[str]:
    out = []
    chain = tab_chain(root.window())
    for widget in controls(root):
        what = f"{where} : {describe(widget)}"
        if not widget.accessibleName().strip():
            out.append(f"{what} n'a pas de nom accessible")
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            out.append(f"{what} ne prend pas le focus")
        elif widget.isEnabled() and (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) \
                and id(widget) not in chain:
            out.append(f"{what} n'est pas atteint par Tab")
    return out


def screens_of(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        QCoreApplication.processEvents()
        yield window.nav.item(row).text(), window.stack.currentWidget()


def open_demo(qtbot, demo_target: str, role: str) -> MainWindow:
    window = build_main_window(demo_target, actor=Actor(role, role))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def flush() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.mark.slow
@pytest.mark.parametrize("role", ROLES)
def test_every_control_of_every_screen_is_named_and_reachable(qtbot, demo_target: str,
                                                               role: str) -> None:
    window = open_demo(qtbot, demo_target, role)
    found: list[str] = []
    visited = 0
    for title, screen in screens_of(window):
        for page in pages_of(screen):
            found += problems_of(screen, title + page)
            visited += 1
    # the window around the screens: navigation, status bar
    found += [p for p in problems_of(window, "fenêtre") if p not in found]
    assert visited >= window.nav.count()
    assert not found, "\n" + "\n".join(dict.fromkeys(found))


@pytest.mark.parametrize("role", ["accueil", "equipe"])
def test_the_member_form_is_named_and_reachable(qtbot, demo_target: str, role: str) -> None:
    window = open_demo(qtbot, demo_target, role)
    ops = window.ops
    row = ops.club.members.list_members()[0]
    form = MemberForm(ops, row.id, window)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    found: list[str] = []
    for page in pages_of(form):
        found += problems_of(form, "fiche membre" + page)
    form.reject()
    assert not found, "\n" + "\n".join(dict.fromkeys(found))


def test_the_login_and_first_account_are_named_and_reachable(qtbot, demo_target: str,
                                                              tmp_path: Path) -> None:
    window = build_main_window(demo_target)
    qtbot.addWidget(window)
    window.show()
    shell = session_of(window)
    assert shell.pages.currentWidget() is shell.login
    found = problems_of(shell.login, "connexion")
    empty = build_main_window(str(tmp_path / "new.sqlite3"))
    qtbot.addWidget(empty)
    empty.show()
    shell = session_of(empty)
    shell.show_first_account()
    found += problems_of(shell.first_account, "premier compte")
    assert not found, "\n" + "\n".join(found)


def test_the_check_finds_an_unnamed_control(qtbot) -> None:
    """The walk itself: an unnamed field and a button out of the focus are reported."""
    root = QWidget()
    qtbot.addWidget(root)
    named = QLineEdit(root)
    named.setAccessibleName("Nom")
    QLineEdit(root).setObjectName("unnamed")
    lost = QPushButton("OK", root)
    lost.setAccessibleName("OK")
    lost.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    layout = QVBoxLayout(root)
    for w in root.findChildren(QWidget):
        layout.addWidget(w)
    root.show()
    found = problems_of(root, "essai")
    assert any("unnamed" in p and "nom accessible" in p for p in found)
    assert any("OK" in p and "focus" in p for p in found)
    assert not any("Nom" in p for p in found if "unnamed" not in p)


def test_the_reception_desk_has_large_click_targets(qtbot, demo_target: str) -> None:
    """Every button and every list row of « Accueil » is at least 32 pixels high."""
    window = open_demo(qtbot, demo_target, "accueil")
    screen = window.screen_named("reception_screen")
    assert screen is not None
    window.show_screen(screen)
    qtbot.keyClicks(screen.search, "a")  # some people found
    QCoreApplication.processEvents()
    small = [describe(b) for b in screen.findChildren(QAbstractButton)
             if b.isVisible() and not is_part(b, screen) and b.height() < 32]
    for view in (screen.results, screen.present):
        model = view.model()
        assert model.rowCount() > 0, view.objectName()
        small += [f"{view.objectName()} ligne {row}" for row in range(model.rowCount())
                  if view.visualRect(model.index(row, 0)).height() < 32]
    assert not small, small
