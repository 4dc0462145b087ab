from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from clubdesk.app import build_main_window
from clubdesk.model.access import Actor
from clubdesk.ui.members.member_table_model import MemberTableModel
from clubdesk.ui.members.members_screen import MembersScreen


def names_in(screen: MembersScreen) -> set[str]:
    model = screen.model
    return {
        f"{model.index(r, 0).data()} {model.index(r, 1).data()}" for r in range(model.rowCount())
    }


def test_main_window_lists_the_demo_club(qtbot, demo_target: str) -> None:
    window = build_main_window(demo_target, actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().startswith("clubdesk")
    screen = window.screen_named("members_screen")
    assert screen is not None
    assert "Loïc N'Diaye" in names_in(screen)
    assert window.banner is None  # not an empty database: no demo offer


def test_members_screen_search_and_filter(qtbot, demo_target: str) -> None:
    window = build_main_window(demo_target, actor=Actor("direction", "direction"))
    qtbot.addWidget(window)
    screen = window.screen_named("members_screen")
    qtbot.keyClicks(screen.search, "ndiaye")
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 1, timeout=2000)
    assert "Loïc N'Diaye" in names_in(screen)
    screen.search.clear()
    screen.filter.setCurrentIndex(screen.filter.findData("visitors"))
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 1, timeout=2000)
    statuses = {screen.model.index(r, 3).data() for r in range(screen.model.rowCount())}
    assert statuses == {"Visiteur"}


def test_empty_database_offers_the_demo(qtbot, tmp_path: Path) -> None:
    window = build_main_window(str(tmp_path / "new.sqlite3"))
    qtbot.addWidget(window)
    window.show()
    assert window.banner is not None and window.banner.isVisible()
    screen = window.screen_named("members_screen")
    assert screen.model.rowCount() == 0
    qtbot.mouseClick(window.banner.demo_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    assert screen.model.rowCount() > 50


def test_empty_database_can_start_empty(qtbot, tmp_path: Path) -> None:
    window = build_main_window(str(tmp_path / "new.sqlite3"))
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.banner.empty_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    assert window.ops.club.members.count() == 0


def test_member_table_model_passes_qtmodeltester(qtmodeltester, demo_target: str) -> None:
    from clubdesk.model.club import Club

    club = Club.open(demo_target)
    model = MemberTableModel()
    model.set_rows(club.members.list_members())
    club.close()
    qtmodeltester.check(model)
    assert model.rowCount() > 50
