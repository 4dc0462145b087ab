"""Text size and contrast changes re-style the open window in place (issue 21): every visible
widget takes the new size or colours, no screen is rebuilt, nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from clubdesk.app import build_main_window
from clubdesk.model.access import Actor
from clubdesk.ui import appearance
from clubdesk.ui.display.preferences_screen import PreferencesScreen
from clubdesk.ui.main_window import MainWindow
from clubdesk.ui.members.members_screen import MembersScreen
from clubdesk.ui.preferences import Preferences

pytestmark = pytest.mark.usefixtures("usual_appearance")


def _open(qtbot, demo_db: Path) -> MainWindow:
    window = build_main_window(str(demo_db), actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    window.resize(QSize(1366, 768))
    window.show()
    QCoreApplication.processEvents()
    return window


def _visible(window: QWidget) -> list[QWidget]:
    shown = [w for w in window.findChildren(QWidget) if w.isVisible()]
    return [window, *shown]


def _point_sizes(widgets: list[QWidget]) -> dict[int, float]:
    return {id(w): w.font().pointSizeF() for w in widgets}


def _screens(window: MainWindow) -> list[QWidget]:
    return window.screens()


def _choose(window: MainWindow, qtbot, scale: int) -> None:
    """« Affichage », then a click on the text size, as a person would."""
    display = window.screen_named("preferences_screen")
    assert display is not None
    window.show_screen(display)
    qtbot.mouseClick(display.size_buttons[scale], Qt.MouseButton.LeftButton)
    QCoreApplication.processEvents()


def test_a_text_size_change_keeps_the_screens_and_what_was_typed(qtbot, demo_db: Path) -> None:
    window = _open(qtbot, demo_db)
    screens = _screens(window)
    members = window.screen_named("members_screen")
    assert members is not None
    window.show_screen(members)
    form = members.new_member()
    qtbot.keyClicks(form.first_name, "Zoe")
    typed_font = form.first_name.font().pointSizeF()

    _choose(window, qtbot, 200)

    assert _screens(window) == screens  # the very same objects: nothing rebuilt
    assert members.form is form and form.isVisible()
    assert form.first_name.text() == "Zoe"
    assert form.first_name.font().pointSizeF() == pytest.approx(2 * typed_font)


@pytest.mark.parametrize("screen_type", [MembersScreen, PreferencesScreen])
def test_every_visible_widget_takes_the_new_text_size(qtbot, demo_db: Path,
                                                      screen_type: type[QWidget]) -> None:
    window = _open(qtbot, demo_db)
    screen = next(s for s in window.screens() if isinstance(s, screen_type))
    window.show_screen(screen)
    QCoreApplication.processEvents()
    widgets = _visible(window)
    assert len(widgets) > 30
    before = _point_sizes(widgets)

    appearance.apply(QApplication.instance(), Preferences(text_scale=150))
    QCoreApplication.processEvents()

    after = _point_sizes(widgets)
    wrong = [f"{type(w).__name__} {w.objectName()}: {before[id(w)]} → {after[id(w)]}"
             for w in widgets if before[id(w)] > 0
             and after[id(w)] != pytest.approx(1.5 * before[id(w)], abs=0.06)]
    assert not wrong, wrong
    assert window.stack.currentWidget() is screen


def test_a_contrast_change_changes_the_palette_in_place(qtbot, demo_db: Path) -> None:
    window = _open(qtbot, demo_db)
    screens = _screens(window)
    display = window.screen_named("preferences_screen")
    assert display is not None
    window.show_screen(display)
    role = QPalette.ColorRole
    assert window.palette().color(role.Window).name() == appearance.NORMAL.window

    display.high_contrast.click()
    QCoreApplication.processEvents()

    assert _screens(window) == screens
    assert window.palette().color(role.Window).name() == "#000000"
    field = display.language  # a visible field, drawn with the theme's colours
    assert field.palette().color(role.WindowText).name() == "#ffffff"
    assert "#ffff00" in display.styleSheet()  # the yellow keyboard focus of the theme
    assert "#ffff00" in window.nav.styleSheet()
    members = window.screen_named("members_screen")
    assert members is not None
    window.show_screen(members)  # a screen out of sight is re-styled when shown
    assert "#ffff00" in members.styleSheet()
    display.high_contrast.click()
    QCoreApplication.processEvents()
    assert window.palette().color(role.Window).name() == appearance.NORMAL.window
    assert "#ffff00" not in members.styleSheet()  # the screen in sight: at once
    window.show_screen(display)
    assert "#ffff00" not in display.styleSheet()
