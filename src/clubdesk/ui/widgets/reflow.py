"""Layouts that give way on a small screen at a big text size, so that nothing is pushed out
of the window: a row of boxes that becomes a column, a stack of pages as big as the page
shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSplitter, QStackedWidget, QWidget

LEFT_TO_RIGHT = QBoxLayout.Direction.LeftToRight
TOP_TO_BOTTOM = QBoxLayout.Direction.TopToBottom


def _least_width(widget: QWidget) -> int:
    """The narrowest a layout makes ``widget``: its set minimum, else its hint's."""
    return widget.minimumWidth() or widget.minimumSizeHint().width()


class ReflowRow(QWidget):
    """``add(widget, stretch)`` side by side when they fit at their minimum widths, else one
    under the other. Its minimum width is that of the widest box (the column)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(LEFT_TO_RIGHT, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self._widgets: list[QWidget] = []
        self._least: dict[QWidget, Callable[[], int]] = {}

    def add(self, widget: QWidget, stretch: int = 0,
            least: Callable[[], int] | None = None) -> QWidget:
        """``least``: the width ``widget`` needs to show its content uncut, when its own
        minimum says less (a table or a scroll area can be squeezed, and then cuts)."""
        self._widgets.append(widget)
        if least is not None:
            self._least[widget] = least
        self.box.addWidget(widget, stretch)
        return widget

    def _least_width(self, widget: QWidget) -> int:
        least = self._least.get(widget)
        return least() if least is not None else _least_width(widget)

    def _row_width(self) -> int:
        shown = [w for w in self._widgets if not w.isHidden()]
        spacing = max(self.box.spacing(), 0) * max(len(shown) - 1, 0)
        return sum(self._least_width(w) for w in shown) + spacing

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = self.box.minimumSize()
        widest = max((_least_width(w) for w in self._widgets if not w.isHidden()), default=0)
        return QSize(widest, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        wanted = LEFT_TO_RIGHT if self._row_width() <= self.width() else TOP_TO_BOTTOM
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()


class CurrentPageStack(QStackedWidget):
    """Pages as big as the page shown, not as the biggest page (a hidden page at a big text
    size must not make the window bigger than the screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class ReflowSplitter(QSplitter):
    """A splitter side by side when its parts fit at their minimum widths, else one above
    the other (the user still moves the handle between them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def _parts(self) -> list[QWidget]:
        parts = (self.widget(i) for i in range(self.count()))
        return [w for w in parts if w is not None and not w.isHidden()]

    def _row_width(self) -> int:
        shown = self._parts()
        return sum(_least_width(w) for w in shown) + self.handleWidth() * max(len(shown) - 1, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        widest = max((_least_width(w) for w in self._parts()), default=0)
        return QSize(min(hint.width(), widest), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        wanted = Qt.Orientation.Horizontal if self._row_width() <= event.size().width() \
            else Qt.Orientation.Vertical
        if self.orientation() != wanted:
            self.setOrientation(wanted)
            self.updateGeometry()
        super().resizeEvent(event)
