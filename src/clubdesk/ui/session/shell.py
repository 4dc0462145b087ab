"""The session around the main window: sign in → build the screens → lock → switch user.

Nobody sees member data before signing in when the club has accounts: the screens are only
built for a signed-in actor (with a Club and an Operations of their own) and are torn down
when the session ends, by « Changer d'utilisateur » or after some minutes without use.
A club without any account runs as the local administrator, as before accounts existed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from clubdesk.model import demo
from clubdesk.model.access import DIRECTION, LOCAL_ADMIN, Actor
from clubdesk.model.accounts.users import (
    FirstAccount,
    accountless_actor,
    display_name_of,
    has_accounts,
)
from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.storage.db import Database
from clubdesk.ui.main_window import MainWindow
from clubdesk.ui.operations import Operations
from clubdesk.ui.session.login_screen import FirstAccountScreen, LoginScreen
from clubdesk.ui.session.recovery_panel import RecoveryCodeScreen
from clubdesk.ui.widgets import make_button
from clubdesk.ui.widgets.reflow import CurrentPageStack
from clubdesk.ui.widgets.words import minutes_text

# The least-privileged actor: it only signs people in and creates the very first account.
GATE_ACTOR = Actor(name="connexion", role="accueil")
IDLE_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10

ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.HoverMove, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
})


def role_words(role: str) -> str:
    def tr(text: str) -> str:  # lupdate files these under the empty context
        return QCoreApplication.translate("session", text)

    return {"accueil": tr("accueil"), "equipe": tr("équipe"),
            "direction": tr("direction")}.get(role, role)



class SessionShell(QObject):
    """Owns what the window shows: the login, the first account, or one actor's screens."""

    def __init__(self, window: MainWindow, db: Database, *,
                 idle_ms: int | None = None) -> None:
        super().__init__(window)
        self.setObjectName("session_shell")
        self.db = db
        self.actor: Actor | None = None
        self.ops: Operations | None = None
        self.gate = Operations(Club(db, GATE_ACTOR), self)
        self._idle_ms = idle_ms
        self.idle_minutes = DEFAULT_IDLE_MINUTES

        # The window's usual content (navigation and screens) becomes one page among three.
        app_page = window.takeCentralWidget()
        assert app_page is not None
        self.app_page = app_page
        self.login = LoginScreen(self.gate)
        self.first_account = FirstAccountScreen(self.gate)
        self.recovery = RecoveryCodeScreen()
        self.pages = CurrentPageStack()
        self.pages.setObjectName("session_pages")
        for page in (self.login, self.first_account, self.recovery, self.app_page):
            self.pages.addWidget(page)
        window.setCentralWidget(self.pages)
        self.login.signed_in.connect(self._on_signed_in)
        self.first_account.created.connect(self._on_first_account_created)
        self.recovery.done.connect(self._on_signed_in)
        self.first_account.skipped.connect(self._on_first_account_skipped)
        if window.banner is not None:
            window.banner.demo_loaded.connect(self._on_demo_loaded)

        self.who = QLabel()
        self.who.setObjectName("session_user_label")
        self.who.setAccessibleName(self.tr("Personne connectée"))
        self.first_account_button = make_button(
            self.tr("Créer le premier compte"), "first_account_button",
            self.tr("Créer le premier compte, celui de la direction"))
        self.switch_button = make_button(
            self.tr("Changer d'utilisateur"), "switch_user_button",
            self.tr("Changer d'utilisateur : revenir à l'écran d'entrée"))
        self.first_account_button.clicked.connect(self.show_first_account)
        self.switch_button.clicked.connect(self.switch_user)
        # After the database name, on the left of the status bar.
        status = QWidget()
        status.setObjectName("session_status")
        row = QHBoxLayout(status)
        row.setContentsMargins(16, 0, 12, 0)
        row.setSpacing(10)
        row.addWidget(self.who)
        row.addWidget(self.first_account_button)
        row.addWidget(self.switch_button)
        window.statusBar().addWidget(status)

        self.idle_timer = QTimer(self)
        self.idle_timer.setObjectName("idle_timer")
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)

    @property
    def window(self) -> MainWindow:
        # Read through the parent, not kept in an attribute: a reference from this child to
        # its window would be a cycle that keeps a closed window (and its screens) alive.
        window = self.parent()
        assert isinstance(window, MainWindow)
        return window

    # -- starting and ending a session ----------------------------------------------------

    def start(self, actor: Actor | None, ops: Operations | None = None) -> None:
        """The first thing the window shows: ``actor``'s screens, or the login."""
        if actor is None:
            try:
                actor = accountless_actor(self.db)
            except ClubdeskError:  # the club has accounts: everyone signs in
                if self.window.banner is not None:
                    self.window.banner.hide()
                self.window.ops = self.gate
                self.show_login()
                return
        self.begin(actor, ops)

    def begin(self, actor: Actor, ops: Operations | None = None) -> None:
        """Build the screens for ``actor`` (their own Club and Operations)."""
        if self.actor is not None:
            self.end_session()
        ops = ops or Operations(Club(self.db, actor))
        ops.setParent(self.window)
        self.actor, self.ops = actor, ops
        self.window.ops = ops
        self._store_chosen_kinds(ops)
        self.window.show_screens_of(ops)  # the registry: clubdesk.ui.screens
        ops.changed.connect(self._on_changed)
        self.pages.setCurrentWidget(self.app_page)
        self._read_idle_minutes()
        self._watch_activity(True)
        self.idle_timer.start()
        self._refresh_status()

    def end_session(self) -> None:
        """Tear the screens down: no widget keeps any member data."""
        self._watch_activity(False)
        self.idle_timer.stop()
        self._close_dialogs()
        self._dispose(self.window.clear_screens())
        if self.window.banner is not None:
            self.window.banner.hide()
        if self.ops is not None:
            self.ops.changed.disconnect(self._on_changed)
            self.ops.deleteLater()
        self.actor, self.ops = None, None
        self.window.ops = self.gate
        self.db.use_role(GATE_ACTOR.role)  # nobody signed in: the sign-in desk's rights
        self._refresh_status()

    @staticmethod
    def _dispose(screens: list[QWidget]) -> None:
        """Delete the screens once nothing of theirs is still under way: a computation or an
        import in a thread pool ends first (never cut short), and the results and zero-delay
        timers already queued for them are delivered while they still exist."""
        for screen in screens:
            for pool in screen.findChildren(QThreadPool):
                pool.waitForDone()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        for screen in screens:
            screen.deleteLater()

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and self._belongs(widget):
                widget.reject()

    def _belongs(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self.window:
                return True
            parent = parent.parentWidget()
        return widget.parentWidget() is None

    # -- the pages ------------------------------------------------------------------------

    def show_login(self, message: str = "") -> None:
        self.login.set_lock_minutes(self._stored_idle_minutes())
        self.pages.setCurrentWidget(self.login)
        self.login.reset(message)
        self._refresh_status()

    def show_first_account(self) -> None:
        if has_accounts(self.db):
            self.switch_user()
            return
        self.idle_timer.stop()
        self.pages.setCurrentWidget(self.first_account)
        self.first_account.reset()
        self._refresh_status()

    def switch_user(self) -> None:
        self.end_session()
        if has_accounts(self.db):
            self.show_login()
        else:
            self.show_first_account()

    def lock(self) -> None:
        """No activity for a while: back to the login (when the club has accounts)."""
        if self.actor is None:
            return
        if not has_accounts(self.db):
            self.idle_timer.start()  # nobody to sign in again: nothing to lock
            return
        minutes = self.idle_minutes
        self.end_session()
        self.show_login(self.tr(
            "L'écran s'est verrouillé après %1 sans utilisation. "
            "Entrez à nouveau pour continuer.").replace("%1", minutes_text(minutes)))

    def _on_signed_in(self, actor: Actor) -> None:
        try:
            self.begin(actor)
        except ClubdeskError as exc:  # e.g. a staff account on the reception's server login
            self.show_login(str(exc))

    def _on_first_account_created(self, first: FirstAccount) -> None:
        """The recovery code first (once), then the new account's screens."""
        self.end_session()
        self.pages.setCurrentWidget(self.recovery)
        self.recovery.show_code(first)
        self._refresh_status()

    def _on_demo_loaded(self) -> None:
        """The demo club has accounts now: the session without account ends, and the login
        lists the demo's accounts (public passwords, demo only)."""
        self.end_session()
        self.login.show_demo_accounts([(username, password) for username, password, _role,
                                       _name in demo.DEMO_ACCOUNTS])
        self.show_login()

    def _on_first_account_skipped(self) -> None:
        if self.actor is None:
            try:
                actor = accountless_actor(self.db)
            except ClubdeskError:  # another desk created an account meanwhile
                self.show_login()
                return
            self.begin(actor)
        else:
            if self.ops is not None:
                self._store_chosen_kinds(self.ops)
            self.pages.setCurrentWidget(self.app_page)
            self.idle_timer.start()
            self._refresh_status()

    def _store_chosen_kinds(self, ops: Operations) -> None:
        """The kinds of structure ticked at first start, kept by the direction (the first
        account, or the local administrator while the club has none)."""
        kinds = self.first_account.take_kinds()
        if kinds and ops.club.actor.role == DIRECTION:
            outcome = ops.run(ops.club.kinds.set, kinds)
            if not outcome.ok:  # checked on the screen: not expected; « Structure » later
                self.window.statusBar().showMessage(str(outcome.error))

    # -- idle lock ----------------------------------------------------------------------

    def set_idle_ms(self, ms: int | None) -> None:
        """Lock after ``ms`` milliseconds instead of the club's setting (tests)."""
        self._idle_ms = ms
        self._read_idle_minutes()
        if self.actor is not None:
            self.idle_timer.start()

    def _stored_idle_minutes(self) -> int:
        ops = self.ops or self.gate
        try:
            return ops.club.settings.get_int(IDLE_SETTING)
        except (ClubdeskError, KeyError):
            return DEFAULT_IDLE_MINUTES

    def _read_idle_minutes(self) -> None:
        self.idle_minutes = self._stored_idle_minutes()
        self.idle_timer.setInterval(self._idle_ms or self.idle_minutes * 60_000)

    def _watch_activity(self, on: bool) -> None:
        """The application-wide filter runs only during a session (it sees every event)."""
        app = QApplication.instance()
        if app is None:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY and self.idle_timer.isActive():
            self.idle_timer.start()
        return False

    # -- the status bar -----------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        interval = self.idle_timer.interval()
        self._read_idle_minutes()
        if self.idle_timer.isActive() and interval != self.idle_timer.interval():
            self.idle_timer.start()
        self._refresh_status()

    def _refresh_status(self) -> None:
        accounts = has_accounts(self.db)
        working = self.actor is not None and self.pages.currentWidget() is self.app_page
        if self.actor is None:
            self.who.setText("")
        elif self.actor == LOCAL_ADMIN:
            self.who.setText(self.tr("Sans compte, rôle direction"))
        else:
            self.who.setText(self.tr("%1, rôle %2").replace(
                "%1", self._display_name(self.actor)).replace(
                "%2", role_words(self.actor.role)))
        self.who.setToolTip(self.tr("Utilisé par : %1").replace("%1", self.who.text()))
        self.who.setVisible(self.pages.currentWidget() is not self.login)
        self.switch_button.setVisible(working and accounts)
        self.first_account_button.setVisible(working and not accounts)

    def _display_name(self, actor: Actor) -> str:
        try:
            return display_name_of(self.db, actor)
        except ClubdeskError:
            return actor.name


def session_of(window: MainWindow) -> SessionShell:
    shell = window.findChild(QObject, "session_shell")
    assert isinstance(shell, SessionShell)
    return shell


def open_session_window(db: Database, *, actor: Actor | None = None,
                        idle_ms: int | None = None) -> MainWindow:
    """The main window on ``db``: ``actor``'s screens at once when given (tests), the login
    when the club has accounts, otherwise the local administrator's screens."""
    first = actor
    if first is None:
        try:
            first = accountless_actor(db)
        except ClubdeskError:
            first = None  # the club has accounts: the login first
    ops = Operations(Club(db, first or GATE_ACTOR))
    window = MainWindow(ops)
    ops.setParent(window)
    shell = SessionShell(window, db, idle_ms=idle_ms)
    shell.start(first, ops if first is not None else None)
    if first is None:
        ops.deleteLater()
    return window
