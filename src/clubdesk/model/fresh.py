"""Optimistic locking: a record saved from a stale screen is refused, never overwritten.

A screen keeps the ``version`` of the record it shows and passes it back when saving; the
service reads the row locked for update (PostgreSQL: SELECT … FOR UPDATE; SQLite: the write
lock is already held), compares, then stamps the new version, who and when.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from clubdesk.model.access import Actor
from clubdesk.model.errors import ClubdeskError


class StaleRecord(ClubdeskError):
    """Someone else saved this record after it was loaded: reload before saving."""


def check_fresh(record: Any, expected_version: int | None, what: str) -> None:
    """Refuse when the stored version moved on since ``expected_version`` was read."""
    if expected_version is None or record.version == expected_version:
        return
    who = record.updated_by or "un autre poste"
    when = record.updated_at
    if when is not None:
        when = when.replace(tzinfo=when.tzinfo or UTC).astimezone()
        stamp = f" à {when:%H:%M}"
    else:
        stamp = ""
    raise StaleRecord(f"{what} a été modifié(e) par {who}{stamp} : rechargez avant "
                      "d'enregistrer (vos changements sont encore à l'écran).")


def stamp(record: Any, actor: Actor) -> None:
    record.version = (record.version or 0) + 1
    record.updated_at = datetime.now(UTC)
    record.updated_by = actor.name
