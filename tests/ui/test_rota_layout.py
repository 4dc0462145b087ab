"""The rota at 1366×768 (issue #18): at a large text size the grid keeps both half-days in
view and the side panel goes under it, instead of both being cut at the window's edge and
scrolled sideways; at 100 % they stand side by side."""

from __future__ import annotations

from pathlib import Path

import pytest
from fit import open_window
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QScrollArea

from clubdesk.ui.rota.rota_screen import RotaScreen

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("usual_appearance")]


def settle() -> None:
    for _ in range(6):
        QCoreApplication.processEvents()


@pytest.mark.parametrize(("scale", "stacked"), [(100, False), (200, True)])
def test_the_grid_shows_both_half_days_and_the_panel_goes_under_it(
        qtbot, demo_db: Path, scale: int, stacked: bool) -> None:
    window = open_window(str(demo_db), "equipe", scale)
    qtbot.addWidget(window)
    screen = window.screen_named("rota_screen")
    assert isinstance(screen, RotaScreen)
    window.show_screen(screen)
    settle()
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    settle()
    grid = screen.grid
    assert screen.body.is_column() is stacked
    # every half-day column is in view: nothing to scroll sideways, no header cut
    assert grid.horizontalScrollBar().maximum() == 0
    header = grid.horizontalHeader()
    last = grid.model().columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) \
        <= grid.viewport().width()
    side = screen.body.findChild(QScrollArea, "rota_side")
    assert side is not None
    grid_box, side_box = grid.geometry(), side.geometry()
    if stacked:
        # under the grid, and the grid as tall as its rows: no task behind a scroll bar
        assert side_box.top() >= grid_box.bottom()
        assert grid.verticalScrollBar().maximum() == 0
        assert grid.height() >= grid.whole_height()
    else:
        assert side_box.left() >= grid_box.right() and side_box.top() < grid_box.bottom()
    window.close()
