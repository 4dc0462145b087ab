"""Tables and lists: a table whose columns fit its width, the list of one column, and a
list with a search line above it.

``make_table`` is the one way to show rows: single selection of whole rows, no editing, Tab
leaves the table, the arrows move in it, one row height everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clubdesk.model.search_folding import fold
from clubdesk.ui.widgets.fields import make_line

ROW_HEIGHT = 34
FEWEST_ROWS = 3  # a table shows at least this many rows (a list of one person is no list)
WORD_ROWS = 200  # the rows read to find a column's longest word


def text_padding(view: QAbstractItemView) -> int:
    """The width an item's padding (the style sheet's) and margins take from its text."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(0, 0, 1000, 100)
    option.text = "x"
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    text = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return 1000 - text.width() + 2 * margin


class WrappingDelegate(QStyledItemDelegate):
    """Rows as high as their text wrapped where it is painted: Qt's own size hint wraps the
    text on the whole cell's width, padding included, and the last line is then elided."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        if not option.rect.isValid() \
                or not option.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            return super().sizeHint(option, index)
        narrowed = QStyleOptionViewItem(option)
        view = option.widget
        padding = text_padding(view) if isinstance(view, QAbstractItemView) else 0
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                              view) + 1) if view is not None else 0
        narrowed.rect = option.rect.adjusted(0, 0, -max(padding - margin, 0), 0)
        hint = super().sizeHint(narrowed, index)
        return QSize(hint.width(), hint.height())


def word_room(view: QTableView, column: int) -> int:
    """The width ``column`` of ``view`` needs so that none of its words is cut: its longest
    word (over the first WORD_ROWS rows) and the item's margins, or its header's width."""
    model = view.model()
    if model is None:
        return 0
    metrics = view.fontMetrics()
    longest = 0
    for row in range(min(model.rowCount(), WORD_ROWS)):
        text = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
        if text is None:
            continue
        for word in str(text).split():
            longest = max(longest, metrics.horizontalAdvance(word))
    cell = longest + text_padding(view) + 2 if longest else 0  # + the grid line and rounding
    return max(cell, view.horizontalHeader().sectionSizeHint(column) + 2)


def keep_words_whole(view: QTableView, *, snug: bool = False) -> None:
    """Columns never narrower than their header and their longest word (a word or a
    header cut in the middle is unreadable): the table scrolls sideways instead. For tables
    not made by make_table (grids, editable tables): call once, it follows the model and the
    text size. ``snug``: the table is no wider than its columns."""
    if type(view.itemDelegate()) is QStyledItemDelegate:
        view.setItemDelegate(WrappingDelegate(view))
    keeper = _WordKeeper(view, snug)
    keeper.apply()


class _WordKeeper(QObject):
    def __init__(self, view: QTableView, snug: bool) -> None:
        super().__init__(view)
        self.view = view
        self.snug = snug
        self._pending = False
        self._model: QAbstractItemModel | None = None
        view.installEventFilter(self)
        self._follow_model()

    def _follow_model(self) -> None:
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged, model.headerDataChanged):
            signal.connect(lambda *_: self.later())

    def later(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.apply)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.Show):
            self.later()
        return False

    def apply(self) -> None:
        self._pending = False
        self._follow_model()
        view, model = self.view, self.view.model()
        if model is None:
            return
        header = view.horizontalHeader()
        needs = {c: word_room(view, c) for c in range(model.columnCount())
                 if not view.isColumnHidden(c)}
        stretched = [c for c in needs
                     if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch]
        if stretched:
            header.setMinimumSectionSize(max(needs[c] for c in stretched))
        for c, need in needs.items():
            if c not in stretched and header.sectionSize(c) < need:
                header.resizeSection(c, need)
        if self.snug:
            view.setMaximumWidth(header.length() + 2 * view.frameWidth()
                                 + view.verticalScrollBar().sizeHint().width())
        view.resizeRowsToContents()


def rows_height(view: QTableView, rows: int = FEWEST_ROWS) -> int:
    """The height ``view`` needs to show its header and any ``rows`` rows whole, wherever
    it is scrolled to (the tallest ``rows`` of its first rows: a wrapped row is taller)."""
    model = view.model()
    count = model.rowCount() if model is not None else 0
    default = view.verticalHeader().defaultSectionSize()
    heights = sorted((view.rowHeight(r) for r in range(min(count, 200))), reverse=True)
    shown = sum(heights[:rows]) + default * max(0, rows - len(heights))
    header = view.horizontalHeader()
    scroll = view.horizontalScrollBar()
    return (2 * view.frameWidth() + (header.sizeHint().height() if header.isVisible() else 0)
            + shown + (scroll.sizeHint().height() if scroll.isVisible() else 0))


class FittingTableView(QTableView):
    """A table whose columns fit its width: the ``fixed`` columns (dates, short values) take
    the width of their content, the others share the rest by ``weights`` and wrap their text
    on several lines (never narrower than their header or their longest word). A horizontal
    scroll bar appears only when even these cannot fit. It shows at least FEWEST_ROWS rows."""

    MINIMUM = 70
    LAZY_ROWS = 200  # above this many rows, the rows are fitted as they come into view

    def __init__(self, fixed: Sequence[int] = (), weights: Mapping[int, int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fixed = tuple(fixed)
        self.weights = dict(weights or {})
        self.setWordWrap(True)
        self.setItemDelegate(WrappingDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        # Rows grow when they wrap: the scroll bar may come or go, the columns follow.
        self.verticalScrollBar().rangeChanged.connect(lambda *_: self._refit_later())
        self.verticalScrollBar().valueChanged.connect(lambda *_: self._fit_visible_rows())
        self._refit_pending = False
        self._fitted_rows: set[int] = set()
        self._rows_height = 0  # the FEWEST_ROWS rows' height the layout was last told of

    def _refit_later(self) -> None:
        if not self._refit_pending:
            self._refit_pending = True
            # with the table as context: never delivered once the table is deleted
            QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        self._refit_pending = False
        self.fit_columns()

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                           model.rowsRemoved, model.dataChanged):
                signal.connect(lambda *_: self.fit_columns())
        self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Never fewer than FEWEST_ROWS rows in sight."""
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), rows_height(self)))

    def fit_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        columns = [c for c in range(model.columnCount()) if not self.isColumnHidden(c)]
        available = self.width() - 2 * self.frameWidth()
        if self.verticalScrollBar().isVisible():
            available -= self.verticalScrollBar().width()
        widths = {c: max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) + 2
                  for c in columns if c in self.fixed}
        shared = [c for c in columns if c not in self.fixed]
        # Each shared column at least shows its header and a long word; the rest of the
        # width is shared by weight.
        minimum = {c: max(self.MINIMUM, word_room(self, c)) for c in shared}
        extra = available - sum(widths.values()) - sum(minimum.values())
        total = sum(self.weights.get(c, 1) for c in shared) or 1
        for c in shared:
            widths[c] = minimum[c] + max(extra, 0) * self.weights.get(c, 1) // total
        for c, width in widths.items():
            header.resizeSection(c, width)
        self._fitted_rows = set()
        if model.rowCount() <= self.LAZY_ROWS:
            self.resizeRowsToContents()
        else:
            self._fit_visible_rows()
        # Narrower columns wrap onto more lines: the first rows grow, and so must the room
        # the layout keeps for them (minimumSizeHint), which it caches until told.
        needed = rows_height(self)
        if needed != self._rows_height:
            self._rows_height = needed
            self.updateGeometry()

    def _fit_visible_rows(self) -> None:
        """Long lists (years of presences): only the rows in view, and a few beyond."""
        model = self.model()
        if model is None or model.rowCount() <= self.LAZY_ROWS:
            return
        top = max(self.rowAt(0), 0)
        end = min(model.rowCount(),
                  top + self.viewport().height() // self.verticalHeader().minimumSectionSize()
                  + 10)
        for row in range(top, end):
            if row not in self._fitted_rows:
                self._fitted_rows.add(row)
                self.resizeRowToContents(row)


def make_table(name: str, accessible: str, model: Any, *, fixed: Sequence[int] = (),
               weights: Mapping[int, int] | None = None,
               stretch: int | None = None) -> FittingTableView:
    """The one table of the application. ``fixed`` columns take their content's width, the
    others share the rest by ``weights``; ``stretch``: only that column takes the rest."""
    if stretch is not None:
        fixed = [c for c in range(model.columnCount()) if c != stretch]
    table = FittingTableView(fixed, weights)
    table.setObjectName(name)
    table.setModel(model)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
    table.horizontalHeader().setHighlightSections(False)
    return table


def make_list(name: str, accessible: str, model: Any) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    return view


def selected_row(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


class SearchList(QWidget):
    """A search line above a list: typing keeps the rows whose text holds every word typed,
    accents and case aside (« emilie » finds « Émilie »)."""

    def __init__(self, name: str, accessible: str, model: QAbstractItemModel, *,
                 placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.search = make_line(f"{name}_search", placeholder or accessible, 200, placeholder)
        self.search.setClearButtonEnabled(True)
        self.proxy = _FoldingFilter(self)
        self.proxy.setSourceModel(model)
        self.view = make_list(f"{name}_list", accessible, self.proxy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        self.search.textChanged.connect(self.proxy.set_words)

    def current_source_row(self) -> int | None:
        index = self.view.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else None


class _FoldingFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:  # noqa: N802
        if not self._words:
            return True
        source = self.sourceModel()
        text = fold(str(source.data(source.index(row, 0, parent)) or ""))
        return all(word in text for word in self._words)
