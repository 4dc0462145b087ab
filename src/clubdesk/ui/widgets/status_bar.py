"""The window's status bar: its texts share the width; one that does not fit is cut with
« … », whole in its tooltip, so nothing is pushed out of the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from clubdesk.ui.appearance import ElidedLabel

STATUS_SHORT_TEXT = 32  # characters: a status text this short is never cut
_MANAGED = "status_cut"  # property of the labels whose minimum width is kept here


class _CutWhenNarrow(QObject):
    """For a status bar label: a short text (the version, a role) keeps its whole width; a
    longer one may be squeezed down to STATUS_SHORT_TEXT characters, and is then painted cut
    with « … », its whole text in its tooltip (unless the tooltip already holds it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QLabel):
            return False
        metrics = watched.fontMetrics()
        if watched.property(_MANAGED):  # follows the text and the text size
            wanted = min(watched.sizeHint().width(),
                         metrics.averageCharWidth() * STATUS_SHORT_TEXT)
            if watched.minimumWidth() != wanted:
                watched.setMinimumWidth(wanted)
        text = watched.text()
        room = watched.contentsRect()
        if not text or metrics.horizontalAdvance(text) <= room.width():
            return False
        if text not in watched.toolTip():
            watched.setToolTip(text)
        painter = QPainter(watched)
        painter.setFont(watched.font())
        painter.setPen(watched.palette().color(watched.foregroundRole()))
        painter.drawText(room, int(watched.alignment() | Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width()))
        painter.end()
        return True


class StatusBar(QStatusBar):
    """The window's status bar: what is added to it (the database, the user, the backups'
    line, the version) shares the width; a text that does not fit is cut with « … » and
    whole in its tooltip, so nothing is pushed out of the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_bar")
        self._cutter = _CutWhenNarrow(self)

    def _fit(self, widget: QWidget) -> None:
        labels = [widget] if isinstance(widget, QLabel) else []
        labels += widget.findChildren(QLabel)
        for label in labels:
            if isinstance(label, ElidedLabel):
                continue  # cuts itself (in the middle: a path)
            if label.minimumWidth() == 0:  # else its own minimum (the backups' line)
                label.setProperty(_MANAGED, True)
            label.installEventFilter(self._cutter)
            label.update()

    def addWidget(self, widget: QWidget, stretch: int | None = 0) -> None:  # noqa: N802
        self._fit(widget)
        super().addWidget(widget, stretch or 0)

    def addPermanentWidget(self, widget: QWidget, stretch: int | None = 0) -> None:  # noqa: N802
        self._fit(widget)
        super().addPermanentWidget(widget, stretch or 0)
