"""The window offers the screens of the kinds of structure on (issue 20, item 2)."""

from __future__ import annotations

from clubdesk.app import build_main_window
from clubdesk.model.access import Actor
from clubdesk.model.club import Club
from clubdesk.model.tables import Setting
from clubdesk.ui.main_window import MainWindow
from clubdesk.ui.screens import screens_for

TODAY_DIRECTION = [  # the direction's screens before the kinds existed (issue 20)
    "reception_screen", "rota_screen", "members_screen", "followups_screen", "partners_screen",
    "dashboard_screen", "reach_out_screen", "tasks_screen", "workshops_screen", "report_screen",
    "structure_screen", "exchange_screen", "staff_screen", "users_screen", "audit_screen",
    "backup_screen", "retention_screen", "preferences_screen"]


def _open(qtbot, target: str, role: str = "direction", kinds: list[str] | None = None
          ) -> MainWindow:
    if kinds is not None:
        club = Club.open(target)
        try:
            club.kinds.set(kinds)
        finally:
            club.close()
    window = build_main_window(target, actor=Actor(role, role))
    qtbot.addWidget(window)
    return window


def test_a_club_without_the_setting_sees_exactly_todays_screens(qtbot, tmp_path) -> None:
    target = str(tmp_path / "new.sqlite3")
    window = _open(qtbot, target)
    club = Club.open(target)
    try:
        with club.db.session(write=False) as session:
            assert session.get(Setting, "structure_kinds") is None
    finally:
        club.close()
    assert window.screen_names() == TODAY_DIRECTION
    assert [e.name for e in screens_for("direction")] == TODAY_DIRECTION
    assert window.nav.count() == window.stack.count() == len(TODAY_DIRECTION)


def test_a_gem_direction_sees_no_rota_nor_tasks_and_every_other_screen(
        qtbot, demo_target: str) -> None:
    window = _open(qtbot, demo_target, kinds=["gem"])
    names = window.screen_names()
    assert "rota_screen" not in names and "tasks_screen" not in names
    assert "volunteers_screen" in names  # a GEM's own screen
    assert [n for n in names if n in TODAY_DIRECTION] == \
        [n for n in TODAY_DIRECTION if n not in ("rota_screen", "tasks_screen")]
    assert window.goto_menu.actions()[1].shortcut().toString() == "Ctrl+2"  # members, second
    assert window.nav.item(1).text() == "Adhérents"  # a GEM's word for its members


def test_a_work_insertion_service_has_no_annual_report_screen(qtbot, demo_target: str) -> None:
    window = _open(qtbot, demo_target, kinds=["work_insertion"])
    names = window.screen_names()
    assert "report_screen" not in names and "rota_screen" in names
    assert [e.name for e in screens_for("direction", ["work_insertion"])] == names


def test_changing_the_kinds_updates_the_navigation_and_keeps_the_screen_shown(
        qtbot, demo_target: str) -> None:
    window = _open(qtbot, demo_target)
    structure = window.screen_named("structure_screen")
    window.open_screen("structure_screen")
    ops = window.ops
    assert ops.run(ops.club.kinds.set, ["gem"]).ok
    assert "rota_screen" not in window.screen_names()
    assert window.nav.count() == window.stack.count() == len(screens_for("direction", ["gem"]))
    assert window.stack.currentWidget() is structure  # the same screen, not built again
    assert window.nav.currentItem().text() == "Structure"
    assert ops.run(ops.club.kinds.set, ["gem", "clubhouse"]).ok
    both = screens_for("direction", ["gem", "clubhouse"])
    assert window.screen_names() == [e.name for e in both]
    assert set(TODAY_DIRECTION) < set(window.screen_names())
    assert window.stack.currentWidget() is structure
    window.open_screen("rota_screen")  # offered again, built when shown
    assert window.stack.currentWidget().objectName() == "rota_screen"
    assert [a.text() for a in window.goto_menu.actions()] == [
        e.translated_title() for e in both]


def test_the_reception_of_a_gem_has_no_rota(qtbot, demo_target: str) -> None:
    window = _open(qtbot, demo_target, role="accueil", kinds=["gem"])
    assert window.screen_names() == [e.name for e in screens_for("accueil", ["gem"])]
    assert "rota_screen" not in window.screen_names()
