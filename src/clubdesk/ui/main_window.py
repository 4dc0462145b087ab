"""The main window: a thin shell that places the screens and nothing else."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from clubdesk import __version__
from clubdesk.ui.appearance import ElidedLabel
from clubdesk.ui.operations import Operations
from clubdesk.ui.screens import ScreenEntry, screens_for
from clubdesk.ui.welcome_banner import WelcomeBanner

if TYPE_CHECKING:
    from clubdesk.ui.backup.scheduler import BackupScheduler
    from clubdesk.ui.live_refresh import LiveRefresh
    from clubdesk.ui.session.server_dialogs import ConnectionBanner


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


class MainWindow(QMainWindow):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.backup_scheduler: BackupScheduler | None = None  # set by ui.backup.attach
        self.live_refresh: LiveRefresh | None = None  # set by clubdesk.ui.session.live
        self.connection_banner: ConnectionBanner | None = None  # idem
        self._shortcuts: list[QShortcut] = []
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("clubdesk — la journée du club"))
        self.resize(1100, 720)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Écrans"))
        self.nav.setFixedWidth(210)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.installEventFilter(self)  # as wide as the longest title, at any text size
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        outer = QVBoxLayout(central)
        self.banner: WelcomeBanner | None = None
        if ops.club.members.count() == 0:
            self.banner = WelcomeBanner(ops)
            outer.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        outer.addLayout(row, 1)
        self.setCentralWidget(central)

        self.setStatusBar(StatusBar(self))
        # a long path is cut in the middle, whole in the tooltip
        where = ElidedLabel(self.tr("Base : %1").replace("%1", ops.club.db.display_name))
        where.setObjectName("database_label")
        self.statusBar().addPermanentWidget(QLabel(f"clubdesk {__version__}"))
        self.statusBar().addWidget(where)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.nav and event.type() in (QEvent.Type.FontChange,
                                                    QEvent.Type.StyleChange):
            self._fit_nav()
        return super().eventFilter(watched, event)

    def _fit_nav(self) -> None:
        self.nav.ensurePolished()
        widest = max((self.nav.sizeHintForColumn(0), 0))
        scroll = self.nav.verticalScrollBar().sizeHint().width()
        self.nav.setFixedWidth(max(210, widest + 2 * self.nav.frameWidth() + scroll + 8))

    def show_screens_of(self, ops: Operations) -> None:
        """Build and list the screens of ``ops``' role, from the registry."""
        for entry in screens_for(ops.club.actor.role):
            self.add_entry(entry, entry.build(ops, self))
        self.nav.setCurrentRow(0)

    def add_entry(self, entry: ScreenEntry, screen: QWidget) -> None:
        self.add_screen(entry.translated_title(), screen)
        if entry.shortcut:
            key = QKeySequence(entry.shortcut)
            item = self.nav.item(self.nav.count() - 1)
            item.setToolTip(key.toString(QKeySequence.SequenceFormat.NativeText))
            shortcut = QShortcut(key, self)
            shortcut.activated.connect(lambda s=screen: self.show_screen(s))
            self._shortcuts.append(shortcut)

    def clear_screens(self) -> list[QWidget]:
        """Take every screen out of the window (the session ended); returns them."""
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts = []
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        screens: list[QWidget] = []
        while (screen := self.stack.widget(0)) is not None:
            self.stack.removeWidget(screen)
            screen.hide()
            screens.append(screen)
        return screens

    def add_screen(self, title: str, screen: QWidget) -> None:
        self.nav.addItem(title)
        self._fit_nav()
        self.stack.addWidget(screen)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def show_screen(self, screen: QWidget) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(screen))

    def screen_named(self, object_name: str) -> QWidget:
        found = self.stack.findChild(QWidget, object_name)
        if found is None:
            raise KeyError(object_name)
        return found
