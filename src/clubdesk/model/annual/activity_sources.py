"""Where the activities of a yearly table come from, registered in one place.

The built-in sources (clubdesk.model.annual.indicators): the structure's typed activities
and the collective workshop sessions, both already in :class:`YearData`. A module with
activities of its own adds one :class:`ActivitySource` with :func:`register_source`, beside
the built-in ones: ``read`` takes the database session and the year and returns what
``done`` and ``planned`` turn into rows (``YearData.extra[name]``); ``tables`` says which
yearly tables it feeds. The GEM's outings (model/outings.py ``yearly_activities``) feed the
GEM's table only: a club-house's §11 table counts the club-house's own activities.

Rows use the columns of the activities tables (DONE_COLUMNS, PLANNED_COLUMNS of
clubdesk.model.annual.indicators): title, kind, sessions, participants, description; and
for planned ones year, held_on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from clubdesk.model.annual.year_data import YearData

Rows = list[dict[str, Any]]


def _nothing(_session: Session, _year: int) -> Any:
    return None


@dataclass(frozen=True)
class ActivitySource:
    name: str
    done: Callable[[YearData], Rows]  # activities done in the year
    planned: Callable[[YearData], Rows]  # activities planned (the year or the next)
    read: Callable[[Session, int], Any] = _nothing  # what it needs, read with the year
    # the yearly tables it feeds (the GEM's outings: the GEM's table only)
    tables: frozenset[str] = frozenset({"clubhouse", "gem"})


_SOURCES: dict[str, ActivitySource] = {}


def register_source(source: ActivitySource) -> ActivitySource:
    if source.name in _SOURCES:
        raise ValueError(f"activity source {source.name!r} is already registered")
    _SOURCES[source.name] = source
    return source


def unregister_source(name: str) -> None:
    del _SOURCES[name]


def sources() -> tuple[ActivitySource, ...]:
    """The registered sources, in the order they were registered (the built-in first)."""
    import clubdesk.model.annual.indicators  # noqa: F401  (registers the built-in sources)

    return tuple(_SOURCES.values())


def read_sources(session: Session, year: int) -> dict[str, Any]:
    return {s.name: s.read(session, year) for s in sources()}


def activities_done(d: YearData, found: Sequence[ActivitySource] | None = None,
                    table: str = "clubhouse") -> Rows:
    """The rows of every source of ``table`` (all registered ones by default), source after
    source."""
    return [row for s in (sources() if found is None else found) if table in s.tables
            for row in s.done(d)]


def activities_planned(d: YearData, found: Sequence[ActivitySource] | None = None,
                       table: str = "clubhouse") -> Rows:
    return [row for s in (sources() if found is None else found) if table in s.tables
            for row in s.planned(d)]
