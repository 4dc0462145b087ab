"""The operation layer: every change made from the UI goes through here.

An operation calls one service method, then announces *what changed* (a set of topics such
as ``{"members", "attendance"}``); screens refresh from that signal instead of calling each
other. Refusals (ClubdeskError) are returned to the caller, who shows the sentence in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError

T = TypeVar("T")

MEMBERS = "members"
ATTENDANCE = "attendance"
STAFF = "staff"
ALL = frozenset({MEMBERS, ATTENDANCE, STAFF})


class Outcome:
    """What an operation gave: a value, or the user-facing reason it was refused."""

    def __init__(self, value: Any = None, error: ClubdeskError | None = None) -> None:
        self.value = value
        self.error = error

    @property
    def ok(self) -> bool:
        return self.error is None


class Operations(QObject):
    changed = Signal(object)  # frozenset[str] of topics

    def __init__(self, club: Club, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.club = club

    def run(self, call: Callable[..., T], *args: Any, changes: frozenset[str] | set[str],
            **kwargs: Any) -> Outcome:
        try:
            value = call(*args, **kwargs)
        except ClubdeskError as exc:
            return Outcome(error=exc)
        self.changed.emit(frozenset(changes))
        return Outcome(value)
