"""Layouts that give way on a small screen at a big text size, so that nothing is pushed out
of the window: a row of boxes that becomes a column, a stack of pages as big as the page
shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSplitter, QStackedWidget, QWidget

LEFT_TO_RIGHT = QBoxLayout.Direction.LeftToRight
TOP_TO_BOTTOM = QBoxLayout.Direction.TopToBottom


def _least_width(widget: QWidget) -> int:
    """The narrowest a layout makes ``widget``: its set minimum, else its hint's."""
    return widget.minimumWidth() or widget.minimumSizeHint().width()


class ReflowRow(QWidget):
    """``add(widget, stretch)`` side by side when they fit at their minimum widths, else one
    under the other. Its minimum width is that of the widest box (the column).

    A part that scrolls is never too narrow for Qt, yet it hides what it holds when it is:
    ``add(..., wants=f)`` gives the width it needs to show everything, and the row goes
    one under the other when the parts' wanted widths do not fit side by side."""

    flowed = Signal(bool)  # True: now one under the other

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(LEFT_TO_RIGHT, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self._widgets: list[QWidget] = []
        self._wants: dict[int, Callable[[], int]] = {}

    def add(self, widget: QWidget, stretch: int = 0,
            wants: Callable[[], int] | None = None) -> QWidget:
        self._widgets.append(widget)
        if wants is not None:
            self._wants[id(widget)] = wants
        self.box.addWidget(widget, stretch)
        return widget

    def _wanted(self, widget: QWidget) -> int:
        wants = self._wants.get(id(widget))
        return max(wants(), _least_width(widget)) if wants else _least_width(widget)

    def is_column(self) -> bool:
        return self.box.direction() == TOP_TO_BOTTOM

    def _row_width(self) -> int:
        shown = [w for w in self._widgets if not w.isHidden()]
        spacing = max(self.box.spacing(), 0) * max(len(shown) - 1, 0)
        return sum(self._wanted(w) for w in shown) + spacing

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = self.box.minimumSize()
        widest = max((_least_width(w) for w in self._widgets if not w.isHidden()), default=0)
        return QSize(widest, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.reflow()

    def event(self, event: QEvent) -> bool:
        # a new text size changes what the parts want without resizing the row
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutRequest):
            self.reflow()
        return super().event(event)

    def reflow(self) -> None:
        wanted = LEFT_TO_RIGHT if self._row_width() <= self.width() else TOP_TO_BOTTOM
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()
            self.flowed.emit(wanted == TOP_TO_BOTTOM)


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
