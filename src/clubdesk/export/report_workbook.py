"""The annual report as a workbook: a first sheet with every indicator of the registry (label,
value, definition, code), one sheet per list, and the annexes (attendance day by day, the
funding lines). Every sheet comes from the registry: no indicator is named here."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from clubdesk.model.annual.indicators import Indicators
from clubdesk.model.annual.registry import (
    CLUBHOUSE,
    Cell,
    Indicator,
    Kind,
    Section,
    entries,
    sections,
)
from clubdesk.model.annual.year_data import round_half_up
from clubdesk.model.calendar_fr import DAYS, MONTHS
from clubdesk.model.tables import FundingLine

FUNDING_KIND_LABELS = {"fir": "FIR de l'ARS", "complementary": "complémentaire"}
EUROS_FORMAT = '#,##0.00 "€"'


def number_format(indicator: Indicator) -> str | None:
    if indicator.kind is Kind.SHARE:
        return "0.0%"
    if indicator.kind is Kind.EUROS:
        return EUROS_FORMAT
    if indicator.kind is Kind.DECIMAL:
        return "0." + "0" * indicator.decimals if indicator.decimals else "0"
    return None


def raw_cell(cell: Cell, value: Any, labels: Any = None) -> Any:
    """A cell of a list as the workbook holds it: numbers as numbers, dates as dates."""
    if value is None or value == "":
        return value
    if cell in (Cell.NUMBER, Cell.FTE):
        number = float(value)
        return int(number) if number.is_integer() and cell is Cell.NUMBER else number
    if cell is Cell.DATE:
        return value if isinstance(value, date) else date.fromisoformat(str(value))
    if cell is Cell.YES_NO:
        return "oui" if value else "non"
    if cell is Cell.WEEKDAY:
        return DAYS[int(value) - 1]
    if cell is Cell.LABEL:
        return (labels or {}).get(value, value)
    return value


def first_sheet_rows(indicators: Indicators) -> tuple[list[list[Any]], dict[int, str]]:
    """(rows of the sheet « Indicateurs », number formats by row number from 1)."""
    rows: list[list[Any]] = []
    formats: dict[int, str] = {}
    for ind in entries(indicators.table):
        value = indicators.values[ind.key]
        if ind.kind is Kind.BREAKDOWN:
            rows.append([ind.label, "voir les lignes suivantes", ind.definition, ind.key])
            for part, count in value.items():
                rows.append([f"{ind.label} : {ind.parts.get(part, part)}", count, "",
                             f"{ind.key}.{part}"])
            continue
        if not ind.is_scalar:
            rows.append([ind.label, f"voir l'onglet « {ind.sheet} »", ind.definition, ind.key])
            continue
        rows.append([ind.label, value, ind.definition, ind.key])
        found = number_format(ind)
        if found:
            formats[len(rows)] = found
    return rows, formats


def render_xlsx(indicators: Indicators, *, club_name: str = "",
                funding: Sequence[FundingLine] = (),
                daily_attendance: Sequence[tuple[date, int]] = ()) -> bytes:
    from openpyxl import Workbook

    values = indicators.values
    wb = Workbook()
    wb.properties.creator = "clubdesk"
    wb.properties.title = (f"Indicateurs {indicators.year} pour l'ARS"
                           if indicators.table == CLUBHOUSE
                           else f"Tableau annuel du GEM {indicators.year}") + (
        f" — {club_name}" if club_name else "")
    ws = wb.active
    ws.title = "Indicateurs"
    rows, formats = first_sheet_rows(indicators)
    # « Repère »: the indicator's key, the same every year (to find a line again, to compare)
    _fill(ws, ["Indicateur", "Valeur", "Définition", "Repère"], rows, wrap={2})
    for row, found in formats.items():
        ws.cell(row=row + 1, column=2).number_format = found
    ws.column_dimensions["C"].width = 70

    listed = [i for i in entries(indicators.table)
              if not i.is_scalar and i.kind is not Kind.BREAKDOWN]
    for section in sections(indicators.table):
        for ind in listed:
            if ind.section is section:
                _list_sheet(wb.create_sheet(ind.sheet), ind, values)
        # the annexes: data of the section that is no indicator
        if section is Section.MEMBERS and daily_attendance:
            _fill(wb.create_sheet("Présences par jour"), ["Jour", "Personnes présentes"],
                  [[day, count] for day, count in daily_attendance], date_columns={0})
        if section is Section.FUNDING:
            _funding_sheet(wb.create_sheet("Financements"), funding)

    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _list_sheet(ws: Any, ind: Indicator, values: dict[str, Any]) -> None:
    value = values[ind.key]
    if ind.kind is Kind.RECORD:
        rows: list[list[Any]] = [[f.label, raw_cell(f.cell, value.get(f.key, ""))]
                                 for f in ind.fields]
        _fill(ws, ["Information", "Valeur"], rows)
        for n, f in enumerate(ind.fields):
            if f.cell is Cell.DATE and rows[n][1]:
                ws.cell(row=n + 2, column=2).number_format = "DD/MM/YYYY"
        return
    if ind.kind is Kind.MONTHS:
        header = [c.header for c in ind.columns] or ["Mois", ind.label]
        rows = [[MONTHS[m], v] for m, v in enumerate(value)]
        columns = [Cell.TEXT, Cell.NUMBER]
    elif ind.kind is Kind.FINDINGS:
        header = [c.header for c in ind.columns] or [ind.label]
        rows = [[finding] for finding in value] or [[ind.empty]]
        columns = [Cell.TEXT]
    else:
        header = [c.header for c in ind.columns]
        rows = [[raw_cell(c.cell, row.get(c.key), c.labels) for c in ind.columns]
                for row in value]
        columns = [c.cell for c in ind.columns]
    footers = [f for f in entries() if f.footer_of == ind.key]
    for footer in footers:
        rows.append([footer.footer_label or footer.label, values[footer.key]]
                    + [None] * (len(header) - 2))
    dates = {n for n, cell in enumerate(columns) if cell is Cell.DATE}
    wrap = {0} if ind.kind is Kind.FINDINGS else set()
    _fill(ws, header, rows, date_columns=dates, wrap=wrap)
    for n, cell in enumerate(columns):
        if cell is Cell.FTE:
            for row in range(2, len(rows) + 2):
                ws.cell(row=row, column=n + 1).number_format = "0.00"
    for number, footer in enumerate(footers):
        row = len(rows) + 2 - len(footers) + number
        for column in (1, 2):
            ws.cell(row=row, column=column).font = _bold()
        found = number_format(footer)
        if found:
            ws.cell(row=row, column=2).number_format = found
    if ind.kind is Kind.FINDINGS:
        ws.column_dimensions["A"].width = 100


def _funding_sheet(ws: Any, funding: Sequence[FundingLine]) -> None:
    """The funding lines of the year and their total (an annex of the section Financement)."""
    rows: list[list[Any]] = [
        [f.funder, FUNDING_KIND_LABELS.get(f.kind, f.kind), "oui" if f.in_kind else "non",
         f.amount_eur] for f in funding]
    _fill(ws, ["Financeur", "Type", "En nature", "Montant (euros)"], rows)
    total_row = len(rows) + 2
    ws.cell(row=total_row, column=1, value="Total").font = _bold()
    total = ws.cell(row=total_row, column=4,
                    value=round_half_up(sum(f.amount_eur for f in funding), 2))
    total.font = _bold()
    for row in range(2, total_row + 1):
        ws.cell(row=row, column=4).number_format = EUROS_FORMAT
    ws.column_dimensions["D"].width = 18


def _bold() -> Any:
    from openpyxl.styles import Font

    return Font(bold=True)


def _fill(ws: Any, header: Sequence[str], rows: Iterable[Sequence[Any]], *,
          wrap: set[int] | frozenset[int] = frozenset(),
          date_columns: set[int] | frozenset[int] = frozenset()) -> None:
    """Header in bold (frozen), the rows, column widths fitted to the text."""
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.utils import get_column_letter

    ws.append(list(header))
    fill = PatternFill("solid", fgColor="DFE8F2")
    for cell in ws[1]:
        cell.font = _bold()
        cell.fill = fill
    widths = [len(h) + 2 for h in header]
    for row in rows:
        ws.append(list(row))
        excel_row = ws.max_row
        for column, value in enumerate(row):
            cell = ws.cell(row=excel_row, column=column + 1)
            if isinstance(value, str) and cell.data_type in ("f", "e"):
                cell.data_type = "s"  # typed text (a funder named "=…"): never a formula
                cell.quotePrefix = True
            if column in date_columns and value is not None:
                cell.number_format = "DD/MM/YYYY"
            if column in wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            else:
                cell.alignment = Alignment(vertical="top")
            shown = 10 if isinstance(value, date) else len(str(value)) if value is not None else 0
            widths[column] = max(widths[column], shown + 2)
    for column, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(column + 1)].width = min(max(width, 10), 60)
    ws.freeze_panes = "A2"
