"""The operation layer: every change made from the UI goes through here.

An operation calls one service method; what it changed is learnt from the transaction
itself (the audit trail's entries it appended, collected by clubdesk.model.audit.chain's
``recording``), mapped to topics (clubdesk.model.topics) and announced on ``changed``;
screens refresh from that signal instead of calling each other, and never declare what
they changed. Refusals (ClubdeskError) are returned to the caller, who shows the sentence
in place. The sequence numbers of the entries written here are kept in the database's
``own_seqs``: live refresh skips them (this desk already refreshed for them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QObject, Signal

from clubdesk.model.audit.chain import recording
from clubdesk.model.club import Club
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.topics import Topic, topics_for

T = TypeVar("T")


class Outcome(Generic[T]):
    """What an operation gave: a value, or the user-facing reason it was refused."""

    def __init__(self, value: T | None = None, error: ClubdeskError | None = None) -> None:
        self._value = value
        self.error = error

    @property
    def value(self) -> T:
        """What the call returned (read it once ``ok`` said so: a refusal is raised)."""
        if self.error is not None:
            raise self.error
        return cast(T, self._value)

    @property
    def ok(self) -> bool:
        return self.error is None


class Operations(QObject):
    changed = Signal(object)  # frozenset[Topic]

    def __init__(self, club: Club, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.club = club

    def run(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> Outcome[T]:
        own = self.club.db.own_seqs
        with recording(own) as written:
            try:
                value = call(*args, **kwargs)
            except BaseException as exc:
                own.difference_update(written.seqs)  # rolled back: never in the trail
                if isinstance(exc, ClubdeskError):
                    return Outcome(error=exc)
                raise
        self.announce(topics_for(written.entries))
        return Outcome(value)

    def announce(self, topics: frozenset[Topic]) -> None:
        """Tell the screens what changed (from an operation, or from another desk)."""
        if topics:
            self.changed.emit(topics)
