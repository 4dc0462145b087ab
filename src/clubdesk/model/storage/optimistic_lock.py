"""Optimistic locking: a record saved from a stale screen is refused, never overwritten.

A screen keeps the ``version`` of the record it shows and passes it back when saving; the
service reads the row locked for update (PostgreSQL: SELECT … FOR UPDATE; SQLite: the write
lock is already held), compares, then stamps the new version, who and when.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from clubdesk.model import clock
from clubdesk.model.access import Actor
from clubdesk.model.errors import ClubdeskError, Term, render


class StaleRecord(ClubdeskError):
    """Someone else saved this record after it was loaded: reload before saving."""


class _Phrase:
    """A phrase of the code with its own values (``Term("La tâche « {name} »")``, name=…),
    put in the language of the interface when the message is shown."""

    def __init__(self, template: str, values: dict[str, Any]) -> None:
        self.template, self.values = template, values

    def __format__(self, spec: str) -> str:
        return format(render(self.template, self.values), spec)

    def __str__(self) -> str:
        return render(self.template, self.values)


def check_fresh(record: Any, expected_version: int | None, what: str, /,
                **values: Any) -> None:
    """Refuse when the stored version moved on since ``expected_version`` was read.

    ``what`` names the record: a ``Term`` to be translated, whose fields (if any) are filled
    from ``values``: ``check_fresh(task, version, Term("La tâche « {name} »"), name=…)``."""
    if expected_version is None or record.version == expected_version:
        return
    subject: Any = _Phrase(what, values) if values else what
    who = record.updated_by or Term("un autre poste")
    when = record.updated_at
    if when is None:
        raise StaleRecord("{what} a changé entre-temps ({who}) : rechargez avant "
                          "d'enregistrer (vos changements sont encore à l'écran).",
                          what=subject, who=who)
    when = when.replace(tzinfo=when.tzinfo or UTC).astimezone()
    raise StaleRecord("{what} a changé entre-temps ({who}, à {when:%H:%M}) : rechargez "
                      "avant d'enregistrer (vos changements sont encore à l'écran).",
                      what=subject, who=who, when=when)


def stamp(record: Any, actor: Actor) -> None:
    record.version = (record.version or 0) + 1
    record.updated_at = clock.now(UTC)
    record.updated_by = actor.name
