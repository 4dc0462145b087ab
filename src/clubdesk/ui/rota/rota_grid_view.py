"""The day's grid of tasks and half-days, and how the rota screen lays it out beside its side
panel: side by side when both show whole, else the panel under the grid."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QScrollArea, QTableView, QWidget

from clubdesk.ui.widgets import keep_words_whole
from clubdesk.ui.widgets.reflow import ReflowRow


class RotaGridView(QTableView):
    """A grid of cells, not a list of rows (so not make_table). Under the side panel it is
    as tall as all its rows: the screen scrolls, not the grid, so no task hides behind a
    second scroll bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.whole = False
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.sectionResized.connect(lambda *_: self.updateGeometry())
        # large text: the columns keep their words whole and the grid scrolls sideways
        keep_words_whole(self)

    def set_whole(self, whole: bool) -> None:
        if whole != self.whole:
            self.whole = whole
            self.updateGeometry()

    def wanted_width(self) -> int:
        """The width that shows every column with its words whole."""
        model = self.model()
        columns = model.columnCount() if model is not None else 0
        header = self.horizontalHeader()
        return (2 * self.frameWidth() + self.verticalHeader().sizeHint().width()
                + columns * header.minimumSectionSize()
                + self.verticalScrollBar().sizeHint().width())

    def whole_height(self) -> int:
        scroll = self.horizontalScrollBar()
        return (2 * self.frameWidth() + self.horizontalHeader().sizeHint().height()
                + self.verticalHeader().length()
                + (scroll.sizeHint().height() if scroll.isVisible() else 0))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.whole_height()) if self.whole else hint


def grid_beside_panel(grid: RotaGridView, panel: QScrollArea) -> ReflowRow:
    """The grid and the side panel side by side (3 to 2) when both show whole; on a small
    screen or at a large text size the panel goes under the grid, and each is as tall as
    what it holds."""
    row = ReflowRow()
    row.add(grid, 3, wants=grid.wanted_width)

    def panel_width() -> int:
        inside = panel.widget()
        held = inside.sizeHint().width() if inside is not None else 0
        return held + 2 * panel.frameWidth() + panel.verticalScrollBar().sizeHint().width()

    row.add(panel, 2, wants=panel_width)

    def flowed(column: bool) -> None:
        grid.set_whole(column)
        inside = panel.widget()
        held = inside.sizeHint().height() + 2 * panel.frameWidth() if inside else 0
        panel.setMinimumHeight(held if column else 0)

    row.flowed.connect(flowed)
    return row
