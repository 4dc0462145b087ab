"""The one registry of the annual indicators for the ARS (§11 of instruction
DGCS/SD3B/2022/195): per indicator its key, French label and definition (Terms, translated
by the windows), kind, section and position in the order of §11, how it reads on a page,
and its computation (a function of the year's data, :class:`YearData`).

The PDF, the workbook, the JSON and the « Rapport annuel » screen all read this registry:
adding an indicator is one :func:`register` call (an entry and its computation).
Built-in entries live in clubdesk.model.annual.indicators.

Two tables, one registry (issue 20, item 4): the club-house's table of §11 (``CLUBHOUSE``)
and the GEM's yearly table for the ARS (arrêté of 27 June 2019, ``GEM``). Each section
belongs to one table (``Section.table``) and holds its own order there; an indicator
belongs to the table of its section. A figure both tables show is two entries (a GEM entry
whose computation reads the club-house one, ``d.value("premises")``), so each table keeps
its own sections, order and wording. ``entries(table)`` (club-house by default) is what
the writers read; no second mechanism. The GEM entries live in
clubdesk.model.annual.gem_table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Any

from clubdesk.model.errors import Term

if TYPE_CHECKING:
    from clubdesk.model.annual.year_data import YearData

Translate = Callable[[str], str]


class Kind(StrEnum):
    COUNT = "count"  # a whole number (persons are kept with People)
    DECIMAL = "decimal"  # a number rounded to ``decimals`` places; None: not computable
    SHARE = "share"  # 0..1, written as a percentage
    EUROS = "euros"  # a sum of money
    MONTHS = "months"  # twelve counts, January to December
    BREAKDOWN = "breakdown"  # {part: count}, each part labelled (``parts``)
    TABLE = "table"  # a list of rows (dicts), described by ``columns``
    RECORD = "record"  # {field: text}, described by ``fields``
    FINDINGS = "findings"  # a list of sentences


CLUBHOUSE, GEM = "clubhouse", "gem"  # the tables (``Section.table``)
TABLES = (CLUBHOUSE, GEM)

SCALAR_KINDS = frozenset({Kind.COUNT, Kind.DECIMAL, Kind.SHARE, Kind.EUROS})


class Section(Enum):
    """The sections of the annual table, in the order of §11: file active, trajectory
    share, premises, staff, opening days and hours, partnerships, complementary funding,
    activities; then the findings. The PDF, the workbook, the JSON and the screen follow
    this order (``order``), and nothing else."""

    MEMBERS = (1, Term("Les membres et leur venue au club"))
    TRAJECTORIES = (2, Term("Trajectoires professionnelles et formation"))
    PREMISES = (3, Term("Locaux"))
    STAFF = (4, Term("L'équipe salariée"))
    HOURS = (5, Term("Jours et heures d'ouverture"))
    PARTNERSHIPS = (6, Term("Partenariats"))
    FUNDING = (7, Term("Financement"))
    ACTIVITIES = (8, Term("Activités"))
    FINDINGS = (9, Term("Points d'attention"))
    # The GEM's yearly table (arrêté of 27 June 2019), in the order the specification lists
    GEM_IDENTITY = (1, Term("Le GEM : nom et lieu"), GEM)
    GEM_MEMBERS = (2, Term("Les adhérents"), GEM)
    GEM_PREMISES = (3, Term("Locaux"), GEM)
    GEM_SALARIED = (4, Term("Animateurs salariés"), GEM)
    GEM_VOLUNTEERS = (5, Term("Animateurs bénévoles"), GEM)
    GEM_HOURS = (6, Term("Jours et heures d'ouverture"), GEM)
    GEM_ACTIVITIES = (7, Term("Activités"), GEM)

    def __init__(self, order: int, title: str, table: str = CLUBHOUSE) -> None:
        self.order = order
        self.title = title
        self.table = table


class Cell(StrEnum):
    """How a cell of a TABLE or RECORD is written."""

    TEXT = "text"
    NUMBER = "number"
    FTE = "fte"  # two decimals
    DATE = "date"  # ISO text or a date, written dd/mm/yyyy
    YES_NO = "yes_no"
    WEEKDAY = "weekday"  # 1 = lundi
    LABEL = "label"  # a code shown through ``labels``


@dataclass(frozen=True)
class Column:
    key: str  # the field of a row
    header: str  # a Term
    cell: Cell = Cell.TEXT
    width: float = 0.2  # share of the page's width in the PDF
    labels: Mapping[str, str] = field(default_factory=dict)  # Cell.LABEL: code -> Term
    blank: str = ""  # a Term written for an empty cell ("en cours")
    in_line: bool = True  # part of the one-line description on the screen


@dataclass(frozen=True)
class RecordField:
    key: str
    label: str  # a Term
    cell: Cell = Cell.TEXT


@dataclass(frozen=True)
class Counting:
    """How a list is counted in one line: Term("1 salarié"), Term("{count} salariés"),
    Term("aucun salarié")."""

    one: str
    many: str
    none: str


@dataclass(frozen=True)
class People:
    """A computation's result that counts persons: the figure is ``len(ids)``, the ids are
    kept for the « why » of the report screen."""

    ids: frozenset[int]


@dataclass(frozen=True)
class PeopleByPart:
    """A BREAKDOWN of persons: {part: ids}; the figure is {part: len(ids)}."""

    parts: Mapping[str, frozenset[int]]


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str  # a Term
    definition: str  # a Term, one sentence
    kind: Kind
    section: Section
    position: int  # order inside the section
    compute: Callable[[YearData], Any]
    decimals: int = 0  # DECIMAL: places shown (and the workbook's number format)
    parts: Mapping[str, str] = field(default_factory=dict)  # BREAKDOWN: part -> Term
    columns: tuple[Column, ...] = ()  # TABLE
    fields: tuple[RecordField, ...] = ()  # RECORD
    sheet: str = ""  # a Term: the workbook's sheet of a non-scalar value
    counting: Counting | None = None  # how a TABLE/FINDINGS reads in one line
    empty: str = ""  # a Term: written when there is nothing (an empty list, None)
    cover: bool = False  # one of the big figures of the PDF's cover
    footer_of: str = ""  # also the last row of that indicator's sheet (a total, an average)
    footer_label: str = ""  # a Term: the label of that row
    # Optional wording of its own (else the kind's): one line, and the lines of the « why ».
    summarise: Callable[[Any, Translate], str] | None = None
    describe: Callable[[Any, Translate], list[str]] | None = None

    @property
    def is_scalar(self) -> bool:
        return self.kind in SCALAR_KINDS


_REGISTRY: dict[str, Indicator] = {}


def register(indicator: Indicator) -> Indicator:
    if indicator.key in _REGISTRY:
        raise ValueError(f"indicator {indicator.key!r} is already registered")
    if indicator.kind in (Kind.TABLE, Kind.MONTHS, Kind.RECORD, Kind.FINDINGS) \
            and not indicator.sheet:
        raise ValueError(f"indicator {indicator.key!r} needs a sheet")
    _REGISTRY[indicator.key] = indicator
    return indicator


def unregister(key: str) -> None:
    del _REGISTRY[key]


@contextmanager
def registered(indicator: Indicator) -> Iterator[Indicator]:
    """``indicator`` in the registry for the time of a ``with`` block (tests, extensions)."""
    register(indicator)
    try:
        yield indicator
    finally:
        unregister(indicator.key)


def entries(table: str = CLUBHOUSE) -> list[Indicator]:
    """Every indicator of ``table``, in its order (section, then position)."""
    _load_builtins()
    return sorted((i for i in _REGISTRY.values() if i.section.table == table),
                  key=lambda i: (i.section.order, i.position))


def indicator_keys(table: str = CLUBHOUSE) -> tuple[str, ...]:
    return tuple(i.key for i in entries(table))


def sections(table: str = CLUBHOUSE) -> list[Section]:
    return sorted((s for s in Section if s.table == table), key=lambda s: s.order)


def entry(key: str) -> Indicator:
    _load_builtins()
    return _REGISTRY[key]


def in_section(section: Section) -> list[Indicator]:
    return [i for i in entries(section.table) if i.section is section]


_LOADED: list[bool] = []


def _load_builtins() -> None:
    import clubdesk.model.annual.indicators  # noqa: F401  (registers the built-in entries)

    if not _LOADED:  # the GEM's entries, some copied from the club-house's
        _LOADED.append(True)
        from clubdesk.model.annual import gem_table

        gem_table._load()
