"""How an indicator of the registry reads: its value in one line, a cell of its table, the
lines behind it. Shared by the documents (French, ``translate`` left as is) and the report
screen (``translate`` = clubdesk.ui.i18n.translate_core, the Terms in the interface's
language)."""

from __future__ import annotations

from datetime import date
from typing import Any

from clubdesk.model.annual.registry import Cell, Indicator, Kind, Translate
from clubdesk.model.calendar_fr import DAYS, MONTHS
from clubdesk.model.errors import Term
from clubdesk.model.french_numbers import fr_date, fr_euros, fr_number, fr_percent


def as_is(text: str) -> str:
    return text


def not_computable(indicator: Indicator, translate: Translate = as_is) -> str:
    return translate(indicator.empty or Term("non calculable"))


def scalar_text(indicator: Indicator, value: Any, translate: Translate = as_is) -> str:
    """A number, share or sum of money of the indicators, written the French way."""
    if value is None:
        return not_computable(indicator, translate)
    if indicator.kind is Kind.SHARE:
        return fr_percent(float(value))
    if indicator.kind is Kind.EUROS:
        return fr_euros(float(value))
    if isinstance(value, int | float):
        return fr_number(value)
    return str(value)


def counted(indicator: Indicator, count: int, translate: Translate = as_is) -> str:
    """« 1 salarié », « 4 salariés », « aucun salarié » (the entry's Counting)."""
    c = indicator.counting
    if c is None:
        return fr_number(count)
    if count == 0:
        return translate(c.none)
    if count == 1:
        return translate(c.one)
    return translate(c.many).format(count=fr_number(count))


def summary(indicator: Indicator, value: Any, translate: Translate = as_is) -> str:
    """The value of an indicator as one line (lists counted, details elsewhere)."""
    if indicator.summarise is not None:
        return indicator.summarise(value, translate)
    kind = indicator.kind
    if kind is Kind.MONTHS:
        return " · ".join(fr_number(v) for v in value)
    if kind is Kind.BREAKDOWN:
        return translate(Term("détail ci-dessous"))
    if kind in (Kind.TABLE, Kind.FINDINGS):
        return counted(indicator, len(value), translate)
    if kind is Kind.RECORD:
        filled = sum(1 for v in value.values() if v)
        return translate(Term("{filled} informations sur {total}")).format(
            filled=filled, total=len(value))
    return scalar_text(indicator, value, translate)


def cell_text(cell: Cell, value: Any, translate: Translate = as_is, *,
              labels: dict[str, str] | None = None, blank: str = "") -> str:
    """One cell of a TABLE or RECORD as text (PDF, screen)."""
    if value is None or value == "":
        return translate(blank) if blank else ""
    if cell is Cell.DATE:
        return fr_date(value if isinstance(value, date | str) else str(value))
    if cell is Cell.FTE:
        return fr_number(float(value), 2)
    if cell is Cell.NUMBER:
        return fr_number(float(value))
    if cell is Cell.YES_NO:
        return translate(Term("oui") if value else Term("non"))
    if cell is Cell.WEEKDAY:
        return DAYS[int(value) - 1]
    if cell is Cell.LABEL:
        return translate((labels or {}).get(str(value), str(value)))
    return str(value)


def table_rows(indicator: Indicator, value: Any,
               translate: Translate = as_is) -> list[list[str]]:
    """The rows of a TABLE, RECORD, MONTHS or FINDINGS value, cell by cell, as text."""
    kind = indicator.kind
    if kind is Kind.MONTHS:
        return [[MONTHS[m], fr_number(v)] for m, v in enumerate(value)]
    if kind is Kind.FINDINGS:
        return [[str(finding)] for finding in value]
    if kind is Kind.RECORD:
        return [[translate(f.label),
                 cell_text(f.cell, value.get(f.key, ""), translate) or
                 translate(Term("non renseigné"))] for f in indicator.fields]
    if kind is Kind.TABLE:
        return [[cell_text(c.cell, row.get(c.key), translate, labels=dict(c.labels),
                           blank=c.blank) for c in indicator.columns] for row in value]
    return []


def detail_lines(indicator: Indicator, value: Any, translate: Translate = as_is) -> list[str]:
    """What a list, a record or a breakdown holds, one line each (the screen's « why »)."""
    if indicator.describe is not None:
        return indicator.describe(value, translate)
    kind = indicator.kind
    if kind is Kind.BREAKDOWN:
        return [" : ".join((translate(indicator.parts.get(part, part)), fr_number(count)))
                for part, count in value.items()]
    if kind is Kind.TABLE:
        shown = [n for n, c in enumerate(indicator.columns) if c.in_line]
        return [" — ".join(row[n] for n in shown if row[n])
                for row in table_rows(indicator, value, translate)]
    if kind in (Kind.MONTHS, Kind.RECORD):
        return [" : ".join(row) for row in table_rows(indicator, value, translate)]
    if kind is Kind.FINDINGS:
        return [str(finding) for finding in value]
    return []
