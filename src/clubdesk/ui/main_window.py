"""The main window: a thin shell that places the screens and nothing else.

Its menu bar: « Fichier » (Quitter, Ctrl+Q: the same close as the window's cross, with the
closing backup), « Aller à » (the role's screens from the registry, Ctrl+1 … 9 by position)
and « Aide » (F1: the current screen's short help; « À propos »).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QThreadPool,
)
from PySide6.QtGui import QAction, QCloseEvent, QHelpEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from clubdesk import __version__
from clubdesk.model.topics import Topic
from clubdesk.ui.appearance import ElidedLabel
from clubdesk.ui.help.help_dialog import HelpDialog
from clubdesk.ui.help.texts import about_text, help_for
from clubdesk.ui.operations import Operations
from clubdesk.ui.restyle import hold_pages, restyle_window
from clubdesk.ui.screen import Screen
from clubdesk.ui.screens import ScreenEntry, entry_named, numbered_shortcuts, screens_for
from clubdesk.ui.welcome_banner import WelcomeBanner
from clubdesk.ui.widgets.nav_icons import nav_icon
from clubdesk.ui.widgets.people_words import capitalised, other_words
from clubdesk.ui.widgets.reflow import CurrentPageStack
from clubdesk.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from clubdesk.ui.backup.scheduler import BackupScheduler
    from clubdesk.ui.live_refresh import LiveRefresh
    from clubdesk.ui.session.server_dialogs import ConnectionBanner


NAV_SHARE = 0.22  # the navigation narrows to its icons when its titles need more of the width


class _NavDelegate(QStyledItemDelegate):
    """Draws the navigation's entries with their titles, or their icons only (``compact``):
    then the title (and its shortcut) is in the entry's tooltip. The items keep their text."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.compact = False

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if self.compact:
            option.text = ""
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDisplay
            option.decorationAlignment = Qt.AlignmentFlag.AlignCenter

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,  # noqa: N802
                  option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.compact or event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        keys = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        QToolTip.showText(event.globalPos(), f"{title} ({keys})" if keys else title, view)
        return True


class MainWindow(QMainWindow):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.backup_scheduler: BackupScheduler | None = None  # set by ui.backup.attach
        self.live_refresh: LiveRefresh | None = None  # set by clubdesk.ui.session.live
        self.connection_banner: ConnectionBanner | None = None  # idem
        self._goto_actions: list[QAction] = []
        self.help_dialog: HelpDialog | None = None
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("clubdesk — la journée du club"))
        self.resize(1100, 720)
        self._build_menus()

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Écrans"))
        self.nav_delegate = _NavDelegate(self.nav)
        self.nav.setItemDelegate(self.nav_delegate)
        self.nav.setFixedWidth(210)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.installEventFilter(self)  # as wide as the longest title, at any text size
        self.stack = CurrentPageStack()  # as big as the screen shown, not as the biggest
        self.nav.currentRowChanged.connect(self._show_row)
        # the screens not shown yet: their entry, operations and placeholder page, by name
        self._pending: dict[str, tuple[ScreenEntry, Operations, QWidget]] = {}
        self._kinds_ops: Operations | None = None  # whose changes of the kinds are followed
        self._people: tuple[str, str] | None = None  # the word for the people, if not membre

        central = QWidget()
        outer = QVBoxLayout(central)
        self.banner: WelcomeBanner | None = None
        if ops.club.members.count() == 0:
            self.banner = WelcomeBanner(ops)
            outer.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        # a screen taller or wider than the room left (big text, small screen) scrolls
        # instead of making the window bigger than the screen
        self.stack_scroll = QScrollArea()
        self.stack_scroll.setObjectName("screens_scroll")
        self.stack_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stack_scroll.setWidgetResizable(True)
        self.stack_scroll.setWidget(self.stack)
        row.addWidget(self.stack_scroll, 1)
        outer.addLayout(row, 1)
        self.setCentralWidget(central)

        self.setStatusBar(StatusBar(self))
        # a long path is cut in the middle, whole in the tooltip
        where = ElidedLabel(self.tr("Base : %1").replace("%1", ops.club.db.display_name))
        where.setObjectName("database_label")
        self.statusBar().addPermanentWidget(QLabel(f"clubdesk {__version__}"))
        self.statusBar().addWidget(where)
        # the style sheet on each page and on what is beside them, not on the window: a text
        # size change re-styles the screen in sight, the others when shown (issue 21)
        hold_pages(self.stack)
        restyle_window(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.nav and event.type() in (QEvent.Type.FontChange,
                                                    QEvent.Type.StyleChange):
            self._fit_nav()
            if event.type() == QEvent.Type.StyleChange:
                self._paint_icons()  # the theme may have changed (high contrast)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_nav()

    def _fit_nav(self) -> None:
        """As wide as the longest title; only as wide as the icons when the titles would
        take more than NAV_SHARE of the window (a big text size on a small screen)."""
        self.nav.ensurePolished()
        side = max(16, round(self.nav.fontMetrics().height() * 1.2))
        self.nav.setIconSize(QSize(side, side))
        delegate = self.nav_delegate
        around = 2 * self.nav.frameWidth() + self.nav.verticalScrollBar().sizeHint().width() + 8
        was = delegate.compact
        delegate.compact = False
        full = max(210, max((self.nav.sizeHintForColumn(0), 0)) + around)
        delegate.compact = full > NAV_SHARE * self.width()
        width = max((self.nav.sizeHintForColumn(0), 0)) + around if delegate.compact else full
        if delegate.compact != was:
            self.nav.doItemsLayout()
        if self.nav.width() != width or self.nav.minimumWidth() != width:
            self.nav.setFixedWidth(width)

    # -- menus ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Fichier"))
        self.file_menu.setObjectName("file_menu")
        self.quit_action = self._action(self.file_menu, self.tr("&Quitter"), "quit_action",
                                        "Ctrl+Q")
        self.quit_action.setStatusTip(self.tr("Fermer clubdesk, après une dernière sauvegarde"))
        self.quit_action.triggered.connect(self.close)  # the same path as the window's cross
        self.goto_menu = bar.addMenu(self.tr("&Aller à"))
        self.goto_menu.setObjectName("goto_menu")
        self.help_menu = bar.addMenu(self.tr("A&ide"))
        self.help_menu.setObjectName("help_menu")
        self.help_action = self._action(self.help_menu, self.tr("&Aide sur cet écran"),
                                        "help_action", "F1")
        self.help_action.triggered.connect(self.show_help)
        self.help_action.setEnabled(False)  # until a screen is shown
        self.about_action = self._action(self.help_menu, self.tr("À &propos de clubdesk"),
                                         "about_action")
        self.about_action.triggered.connect(self.show_about)

    def _action(self, menu: QWidget, text: str, name: str, keys: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        menu.addAction(action)
        self.addAction(action)  # the key works wherever the focus is in the window
        return action

    def show_help(self) -> HelpDialog | None:
        """The current screen's short help, in a calm dialog (F1)."""
        screen = self.stack.currentWidget()
        row = self.nav.currentRow()
        if screen is None or row < 0:
            return None
        try:
            text = help_for(screen.objectName())
        except KeyError:
            return None
        return self._open_help(self.nav.item(row).text(), text)

    def show_about(self) -> HelpDialog:
        return self._open_help(self.tr("À propos de clubdesk"), about_text(__version__))

    def _open_help(self, title: str, text: str) -> HelpDialog:
        if self.help_dialog is not None:
            self.help_dialog.close()
            self.help_dialog.deleteLater()
        self.help_dialog = HelpDialog(title, text, self)
        self.help_dialog.show()
        return self.help_dialog

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Closing the window (its cross, Ctrl+Q, « Quitter ») quits clubdesk: a last backup
        first, when automatic backups are running (the application started them)."""
        scheduler = self.backup_scheduler
        if scheduler is not None and scheduler.timer.isActive():
            app = QApplication.instance()
            if app is not None:  # made here, so not a second time when the application quits
                with contextlib.suppress(RuntimeError, TypeError):
                    app.aboutToQuit.disconnect(scheduler.on_quit)
            scheduler.on_quit()
        super().closeEvent(event)

    # -- screens ----------------------------------------------------------------------

    def show_screens_of(self, ops: Operations) -> None:
        """List the screens of ``ops``' role, from the registry: the first one built at once,
        the others when they are first shown (issue 21: signing in builds one screen)."""
        entries = screens_for(ops.club.actor.role, self._kinds_of(ops))
        self._people = other_words(ops)
        for row, (entry, keys) in enumerate(zip(entries, numbered_shortcuts(entries),
                                                strict=True)):
            if row == 0:
                self.add_entry(entry, entry.build(ops, self), keys)
            else:
                self.add_entry(entry, self._placeholder(entry, ops), keys)
        self.nav.setCurrentRow(0)
        self._kinds_ops = ops
        ops.changed.connect(self._on_kinds_topics)

    @staticmethod
    def _kinds_of(ops: Operations) -> tuple[str, ...]:
        """The kinds of structure on: their screens only are offered (issue 20)."""
        return ops.club.kinds.current()

    def _on_kinds_topics(self, topics: frozenset[Topic]) -> None:
        if Topic.SETTINGS in topics and self._kinds_ops is not None:
            self.follow_kinds(self._kinds_ops)

    def follow_kinds(self, ops: Operations) -> None:
        """The kinds on changed (here or at another desk): offer their screens, keeping the
        screens already built that stay and the one shown when it stays."""
        entries = screens_for(ops.club.actor.role, self._kinds_of(ops))
        names = [entry.name for entry in entries]
        people, self._people = self._people, other_words(ops)
        if names == self.screen_names():
            if people != self._people:  # the same screens, another word for the people
                for row, action in enumerate(self._goto_actions):
                    title = self.entry_title(entries[row])
                    action.setText(title)
                    if (item := self.nav.item(row)) is not None:
                        item.setText(title)
            return
        shown_row = self.nav.currentRow()
        shown = self.screen_names()[shown_row] if shown_row >= 0 else ""
        pages: dict[str, QWidget] = {}
        for row, name in enumerate(self.screen_names()):
            if (held := self.stack.widget(row)) is not None:
                pages[name] = held
        for action in self._goto_actions:
            self.goto_menu.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        self._goto_actions = []
        self.nav.blockSignals(True)
        self.nav.clear()
        while (page := self.stack.widget(0)) is not None:
            self.stack.removeWidget(page)
        for entry, keys in zip(entries, numbered_shortcuts(entries), strict=True):
            page = pages.pop(entry.name, None)
            if page is None:
                self.add_entry(entry, self._placeholder(entry, ops), keys)
            else:
                self.add_entry(entry, page, keys, connect=False)
        for name, page in pages.items():  # no longer offered
            self._pending.pop(name, None)
            for pool in page.findChildren(QThreadPool):
                pool.waitForDone()
            page.hide()
            page.deleteLater()
        row = names.index(shown) if shown in names else 0
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self._show_row(row)

    def _placeholder(self, entry: ScreenEntry, ops: Operations) -> QWidget:
        """An empty page standing for ``entry``'s screen until it is first shown."""
        page = QWidget()
        page.setObjectName(f"placeholder_{entry.name}")
        self._pending[entry.name] = (entry, ops, page)
        return page

    def add_entry(self, entry: ScreenEntry, screen: QWidget, keys: str = "", *,
                  connect: bool = True) -> None:
        """Place ``screen`` (or its placeholder): its title and icon in the navigation and in
        « Aller à », with ``keys`` (else the entry's fixed shortcut) in both. ``connect``:
        False for a screen placed again (its requests are already connected)."""
        title = self.entry_title(entry)
        self.add_screen(title, screen)
        if connect:
            self._connect(screen)
        icon = nav_icon(entry)
        item = self.nav.item(self.nav.count() - 1)
        item.setIcon(icon)
        action = QAction(icon, title, self)
        action.setData(entry.name)
        action.setObjectName(f"goto_{entry.name}")
        action.triggered.connect(lambda _checked=False, n=entry.name: self.open_screen(n))
        keys = keys or entry.shortcut
        if keys:
            key = QKeySequence(keys)
            action.setShortcut(key)
            item.setToolTip(key.toString(QKeySequence.SequenceFormat.NativeText))
        self.goto_menu.addAction(action)
        self.addAction(action)
        self._goto_actions.append(action)
        self.help_action.setEnabled(True)

    def entry_title(self, entry: ScreenEntry) -> str:
        """``entry``'s title in the navigation: the word for the people for theirs."""
        if entry.people and self._people is not None:
            return capitalised(self._people[1])
        return entry.translated_title()

    def _connect(self, screen: QWidget) -> None:
        if isinstance(screen, Screen):
            screen.member_requested.connect(self.open_member_in)
            screen.screen_requested.connect(self.open_screen)

    def _show_row(self, row: int) -> None:
        """The navigation moved to ``row``: its screen, built first if it is not yet."""
        page = self.stack.widget(row)
        if page is not None:
            self._built(page)
        self.stack.setCurrentIndex(row)

    def _built(self, page: QWidget) -> QWidget:
        """The screen ``page`` stands for: ``page`` itself, or, for a placeholder, the screen
        built now in its place (once; the placeholder is deleted)."""
        name = page.objectName().removeprefix("placeholder_")
        pending = self._pending.get(name)
        if pending is None or pending[2] is not page:
            return page
        entry, ops, _ = self._pending.pop(name)
        screen = entry.build(ops, self)
        row = self.stack.indexOf(page)
        hold_pages(self.stack, screen)  # the current style sheet, whenever it is built
        current = self.stack.currentIndex()
        self.stack.insertWidget(row, screen)
        self._connect(screen)
        if current == row:
            self.stack.setCurrentIndex(row)
        self.stack.removeWidget(page)
        page.setParent(None)  # out of the window at once (its children no longer find it)
        page.deleteLater()
        return screen

    def screen_names(self) -> list[str]:
        """The registry names of the role's screens, in the navigation's order, built or
        not (nothing is built)."""
        return [str(action.data()) for action in self._goto_actions]

    def screens(self) -> list[QWidget]:
        """Every screen of the role, in order, each built if it was not yet (tests, tools:
        the window itself builds a screen only when it is first shown)."""
        return [self.screen_named(name) for name in self.screen_names()]

    def _paint_icons(self) -> None:
        for row, action in enumerate(self._goto_actions):
            icon = nav_icon(entry_named(str(action.data())))
            action.setIcon(icon)
            if (item := self.nav.item(row)) is not None:
                item.setIcon(icon)

    def goto_titles(self) -> list[str]:
        """The entries of « Aller à », in order."""
        return [action.text() for action in self.goto_menu.actions()]

    def clear_screens(self) -> list[QWidget]:
        """Take every screen out of the window (the session ended); returns them."""
        for action in self._goto_actions:
            self.goto_menu.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        self._goto_actions = []
        if self._kinds_ops is not None:
            self._kinds_ops.changed.disconnect(self._on_kinds_topics)
            self._kinds_ops = None
        self._pending.clear()  # the placeholders go with the screens
        self.help_action.setEnabled(False)
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
        hold_pages(self.stack, screen)
        self.stack.addWidget(screen)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def show_screen(self, screen: QWidget) -> None:
        row = self.stack.indexOf(screen)
        if self.nav.currentRow() == row:
            self._show_row(row)  # its placeholder, built now
        self.nav.setCurrentRow(row)

    def open_screen(self, screen_name: str) -> bool:
        """Show the screen ``screen_name`` (its registry name); False when the role has no
        such screen."""
        try:
            self.show_screen(self.screen_named(screen_name))
        except KeyError:
            return False
        return True

    def open_member_in(self, screen_name: str, member_id: int, tab: str = "") -> bool:
        """Show the screen ``screen_name`` (its registry name) on ``member_id``, at ``tab``
        (a name the screen knows, "" for where it is): how one screen opens a member on
        another without importing it. False when the role has no such screen."""
        try:
            screen = self.screen_named(screen_name)
        except KeyError:
            return False
        show_member = getattr(screen, "show_member", None)
        if show_member is None or getattr(screen, "refusal", None) is not None:
            return False
        self.show_screen(screen)
        show_member(member_id, tab)
        return True

    def screen_named(self, object_name: str) -> QWidget:
        """The screen ``object_name`` (its registry name), built now if it was not yet; or
        any other widget of that name in the screens built."""
        if object_name in self._pending:
            return self._built(self._pending[object_name][2])
        found = self.stack.findChild(QWidget, object_name)
        if found is None:
            raise KeyError(object_name)
        return found
