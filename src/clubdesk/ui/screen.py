"""The base of every screen: a title, an optional introduction, a message line, the refusal
shown to a role that may not use it, and a refresh when what it shows has changed.

A screen says which topics it shows (``topics``, from clubdesk.model.topics); when an
operation or another desk changes one of them (``Operations.changed``), the base calls
:meth:`Screen.refresh`. A screen never calls another screen: it changes the club through
``ops.run`` and every screen concerned refreshes itself. To show a member on another screen
(« Voir ses suivis » on the member record), a screen emits :attr:`Screen.member_requested`
with the other screen's registry name: the window shows that screen and calls its public
``show_member(member_id, tab)`` (MainWindow.open_member_in); screens never import each other.

    class ReachOutScreen(Screen):
        screen_name = "reach_out_screen"
        topics = frozenset({Topic.MEMBERS, Topic.ATTENDANCE})

        def __init__(self, ops: Operations) -> None:
            super().__init__(ops, self.tr("À recontacter"), intro=self.tr("…"))
            ...                       # build with clubdesk.ui.widgets, add to self.outer
            self.refresh()

        def refresh(self) -> None:
            ...                       # read through the club's services, never SQL

Screens are listed once, in clubdesk.ui.screens (title, roles, shortcut).
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clubdesk.model.access import DIRECTION, STAFF_ROLES, Actor, require
from clubdesk.model.errors import AccessDenied, ClubdeskError
from clubdesk.model.topics import Topic
from clubdesk.ui.operations import Operations
from clubdesk.ui.widgets.messages import make_hint, make_message, make_refusal, set_message


class Screen(QWidget):
    screen_name: ClassVar[str] = ""  # the object name tests and the registry find it by
    topics: ClassVar[frozenset[Topic]] = frozenset()  # refresh() when one of them changed
    # (screen name in clubdesk.ui.screens, member id, tab): « show this member there »
    member_requested = Signal(str, int, str)
    # (screen name in clubdesk.ui.screens): « show that screen » (a button to another screen)
    screen_requested = Signal(str)

    def __init__(self, ops: Operations | None, title: str, *, intro: str = "",
                 message_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert self.screen_name, f"{type(self).__name__} has no screen_name"
        self.ops = ops
        self.setObjectName(self.screen_name)
        self.outer = QVBoxLayout(self)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("screen_title")
        self.title_label.setWordWrap(True)
        self.outer.addWidget(self.title_label)
        self.intro_label = make_hint(intro, f"{self.screen_name}_intro")
        self.intro_label.setVisible(bool(intro))
        self.outer.addWidget(self.intro_label)
        # placed by the screen where it belongs (usually under its buttons)
        self.message = make_message(message_name or f"{self.screen_name}_message")
        self.message.setParent(self)
        self.refusal: QLabel | None = None
        if ops is not None and self.topics:
            ops.changed.connect(self._on_topics)

    # -- what the person is told ------------------------------------------------------------

    def say(self, text: str, *, problem: bool = False, good: bool = False) -> None:
        """Show ``text`` on the message line (empty: hide it)."""
        set_message(self.message, text, problem=problem, good=good)

    def refuse(self, reason: str) -> None:
        """Show only ``reason`` (a role that may not use this screen): the title stays, the
        rest of the screen is never built."""
        self.intro_label.hide()
        self.refusal = make_refusal(reason, f"{self.screen_name}_refusal")
        self.outer.addWidget(self.refusal)
        self.outer.addStretch(1)

    # -- keeping up to date -----------------------------------------------------------------

    def refresh(self) -> None:
        """Read again what the screen shows (the club changed one of ``topics``)."""

    def topics_changed(self, topics: frozenset[Topic]) -> None:
        """What changed concerns this screen; by default, read everything again."""
        self.refresh()

    def _on_topics(self, topics: frozenset[Topic]) -> None:
        if self.refusal is None and topics & self.topics:
            self.topics_changed(topics)


def access_refusal(actor: Actor) -> str | None:
    """The sentence the staff-only services give to this actor, or None if allowed."""
    try:
        require(actor, *STAFF_ROLES)
    except AccessDenied as exc:
        return str(exc)
    return None


def direction_refusal(ops: Operations, who_may: str) -> str:
    """The service's sentence and who may use the screen, or "" for the direction."""
    try:
        require(ops.club.actor, DIRECTION)
    except ClubdeskError as exc:
        return str(exc) + "\n" + who_may
    return ""
