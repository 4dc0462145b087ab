"""The menu bar (Fichier, Aller à, Aide), the numbered shortcuts of each role's screens, one
help text and one icon per screen of the registry (issue #18)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QKeySequence

from clubdesk.app import build_main_window
from clubdesk.model import clock
from clubdesk.model.access import ROLES, Actor
from clubdesk.ui.help.texts import HELP, help_for
from clubdesk.ui.main_window import MainWindow
from clubdesk.ui.screens import SCREENS, numbered_shortcuts, screens_for

CTRL = Qt.KeyboardModifier.ControlModifier


def window_for(qtbot, target: str, role: str) -> MainWindow:
    window = build_main_window(target, actor=Actor(role, role))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def shortcut_texts(window: MainWindow) -> list[str]:
    return [action.shortcut().toString() for action in window.goto_menu.actions()]


@pytest.mark.parametrize("role", ROLES)
def test_the_goto_menu_lists_exactly_the_roles_screens(qtbot, demo_target: str,
                                                       role: str) -> None:
    window = window_for(qtbot, demo_target, role)
    entries = screens_for(role)
    assert window.goto_titles() == [entry.translated_title() for entry in entries]
    keys = shortcut_texts(window)
    # Ctrl+1 … by position in the role's own list; « Affichage » keeps Ctrl+0
    assert keys[:3] == ["Ctrl+1", "Ctrl+2", "Ctrl+3"] and keys[-1] == "Ctrl+0"
    numbered = [k for k in keys if k and k != "Ctrl+0"]
    assert numbered == [f"Ctrl+{n}" for n in range(1, min(9, len(entries) - 1) + 1)]
    tooltips = [window.nav.item(row).toolTip() for row in range(window.nav.count())]
    assert tooltips == keys


def test_ctrl_4_reaches_the_fourth_screen_of_the_accueil_role(qtbot, demo_target: str) -> None:
    window = window_for(qtbot, demo_target, "accueil")
    assert [e.name for e in screens_for("accueil")][3] == "reach_out_screen"
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    assert window.stack.currentWidget().objectName() == "reach_out_screen"
    assert "Suivis" not in window.goto_titles()  # a staff screen: not in the menu either


def test_numbering_skips_fixed_shortcuts_and_stops_at_nine() -> None:
    keys = numbered_shortcuts(screens_for("direction"))
    assert keys[:9] == [f"Ctrl+{n}" for n in range(1, 10)]
    assert keys[9:-1] == [""] * (len(keys) - 10) and keys[-1] == "Ctrl+0"


def test_f1_opens_the_current_screens_help(qtbot, demo_target: str) -> None:
    window = window_for(qtbot, demo_target, "equipe")
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.stack.currentWidget().objectName() == "members_screen"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading.text() == "Membres"
    assert dialog.text.text() == help_for("members_screen")
    dialog.close_button.click()
    assert not dialog.isVisible()
    window.about_action.trigger()
    assert window.help_dialog is not None and "clubdesk" in window.help_dialog.text.text()


def test_ctrl_q_closes_the_window(qtbot, demo_target: str) -> None:
    window = window_for(qtbot, demo_target, "accueil")
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    assert window.backup_scheduler is not None and window.backup_scheduler.backups_made == 0


def test_ctrl_q_makes_the_closing_backup_when_backups_run(qtbot, demo_db: Path) -> None:
    window = window_for(qtbot, str(demo_db), "direction")
    scheduler = window.backup_scheduler
    assert scheduler is not None
    made: list[str] = []
    scheduler.finished.connect(made.append)
    scheduler.start()  # as the application does: a backup now, then every few hours
    qtbot.waitUntil(lambda: len(made) == 1, timeout=60_000)
    clock.set_now(datetime(2026, 11, 23, 12, 30))  # the end of the morning
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    assert len(made) == 2 and "20261123-1230" in Path(made[1]).name
    assert Path(made[1]).is_file()
    assert not scheduler.timer.isActive()


def test_every_registry_entry_has_an_icon_and_a_help_text() -> None:
    assert set(HELP) == {entry.name for entry in SCREENS}
    for entry in SCREENS:
        assert entry.icon, entry.name
        path = entry.icon_file()
        assert path.is_file(), path
        icon = QIcon(str(path))
        assert not icon.isNull(), path
        assert not icon.pixmap(24, 24).isNull(), path  # the SVG really draws
    licence = SCREENS[0].icon_file().parent / "LICENSE.txt"
    assert "ISC License" in licence.read_text(encoding="utf-8")


def test_no_two_screens_share_an_icon() -> None:
    """In the narrowed navigation the icon is all one sees: each screen has its own."""
    drawings: dict[bytes, str] = {}
    for entry in SCREENS:
        drawing = entry.icon_file().read_bytes()
        assert drawing not in drawings, (entry.name, drawings.get(drawing))
        drawings[drawing] = entry.name


def test_nav_items_carry_their_icon(qtbot, demo_target: str) -> None:
    window = window_for(qtbot, demo_target, "accueil")
    assert all(not window.nav.item(row).icon().isNull() for row in range(window.nav.count()))
    assert QKeySequence("Ctrl+Q") == window.quit_action.shortcut()


def drawn_colours(icon: QIcon) -> set[str]:
    image = icon.pixmap(24, 24).toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width())
            for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255}


def test_in_high_contrast_the_icons_are_drawn_in_the_text_colour(
        qtbot, qapp, demo_target: str, usual_appearance) -> None:
    from clubdesk.ui import appearance
    from clubdesk.ui.preferences import Preferences

    window = window_for(qtbot, demo_target, "accueil")
    assert drawn_colours(window.nav.item(0).icon()) == {"#2f4f6f"}
    appearance.apply(qapp, Preferences(high_contrast=True))
    qtbot.waitUntil(lambda: drawn_colours(window.nav.item(0).icon()) == {"#ffffff"})
    assert drawn_colours(window.goto_menu.actions()[0].icon()) == {"#ffffff"}
