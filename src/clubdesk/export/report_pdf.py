"""The annual report as a PDF (A4 portrait): a cover with the main figures, then one section
per section of the registry in the order of §11, each indicator drawn by its kind (figures,
a chart of the months, a table, a record, the findings) with its definition as a numbered
note. No indicator is named here: the registry says what to draw."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from clubdesk.export.report_charts import MONTH_ABBR, daily_chart, month_chart
from clubdesk.export.report_workbook import FUNDING_KIND_LABELS
from clubdesk.model import clock
from clubdesk.model.annual.indicators import Indicators
from clubdesk.model.annual.registry import CLUBHOUSE, Cell, Indicator, Kind, Section, entries
from clubdesk.model.annual.wording import scalar_text, table_rows
from clubdesk.model.annual.year_data import round_half_up
from clubdesk.model.calendar_fr import date_in_words
from clubdesk.model.french_numbers import fr_euros, fr_number
from clubdesk.model.tables import FundingLine


def render_pdf(indicators: Indicators, *, club_name: str = "",
               funding: Sequence[FundingLine] = (),
               daily_attendance: Sequence[tuple[date, int]] = (),
               produced_on: date | None = None) -> bytes:
    """A4 portrait; built twice so that every page can say « page N sur M »."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from clubdesk.export.fonts import register

    regular, bold = register()
    produced_on = produced_on or clock.today()
    title = _title(indicators)
    margin = 18 * mm
    total = 0
    content = b""
    for _attempt in range(2):
        pages: list[int] = []

        def footer(canvas: Any, doc: Any, total: int = total, pages: list[int] = pages) -> None:
            number = canvas.getPageNumber()
            pages.append(number)
            canvas.saveState()
            canvas.setFont(regular, 8)
            canvas.setFillGray(0.35)
            left = f"{club_name} — {title}" if club_name else title
            canvas.drawString(margin, 10 * mm, left)
            canvas.drawRightString(A4[0] - margin, 10 * mm,
                                   f"page {number} sur {total or '…'}")
            canvas.restoreState()

        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin,
                                topMargin=margin, bottomMargin=margin + 4 * mm,
                                title=title, author="clubdesk",
                                subject="Tableau des indicateurs pour l'ARS")
        story = _story(indicators, club_name=club_name, funding=funding,
                       daily_attendance=daily_attendance, produced_on=produced_on,
                       width=A4[0] - 2 * margin, regular=regular, bold=bold)
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
        content = buffer.getvalue()
        if total == len(pages):
            break
        total = len(pages)
    return content


class _Styles:
    def __init__(self, regular: str, bold: str) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        self.regular, self.bold = regular, bold
        self.body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=9.5, leading=12)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold)
        self.head_right = ParagraphStyle("head_right", parent=self.head, alignment=TA_RIGHT)
        self.note = ParagraphStyle("note", parent=self.body, fontSize=8, leading=10,
                                   textColor=colors.HexColor("#444444"), leftIndent=10,
                                   firstLineIndent=-10)
        self.h1 = ParagraphStyle("h1", fontName=bold, fontSize=15, leading=19, spaceBefore=10,
                                 spaceAfter=6, textColor=colors.HexColor("#1f3b5c"),
                                 keepWithNext=1)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=15,
                                 spaceBefore=8, spaceAfter=4, keepWithNext=1)
        self.small = ParagraphStyle("small", parent=self.cell, fontSize=8.5, leading=10.5)
        self.small_right = ParagraphStyle("small_right", parent=self.small, alignment=TA_RIGHT)
        self.small_head = ParagraphStyle("small_head", parent=self.small, fontName=bold)
        self.caption = ParagraphStyle("caption", parent=self.body, fontSize=8.5, leading=11,
                                      textColor=colors.HexColor("#444444"))
        self.cover_club = ParagraphStyle("cover_club", fontName=bold, fontSize=18, leading=24,
                                         alignment=TA_CENTER,
                                         textColor=colors.HexColor("#1f3b5c"))
        self.cover_title = ParagraphStyle("cover_title", fontName=bold, fontSize=26,
                                          leading=32, alignment=TA_CENTER)
        self.cover_sub = ParagraphStyle("cover_sub", fontName=regular, fontSize=15,
                                        leading=20, alignment=TA_CENTER)
        self.cover_small = ParagraphStyle("cover_small", fontName=regular, fontSize=11,
                                          leading=15, alignment=TA_CENTER,
                                          textColor=colors.HexColor("#444444"))


class _Notes:
    """Numbered definitions, placed under the table that uses them."""

    def __init__(self) -> None:
        self.number = 0
        self.pending: list[tuple[int, str, str]] = []

    def mark(self, indicator: Indicator) -> str:
        """The label of ``indicator`` with its note number as a superscript (markup)."""
        self.number += 1
        self.pending.append((self.number, indicator.label, indicator.definition))
        return f"{escape(indicator.label)}<super>{self.number}</super>"

    def flush(self, styles: _Styles) -> list[Any]:
        from reportlab.platypus import Paragraph

        notes = [Paragraph(f"{n}. {escape(definition)}", styles.note)
                 for n, _label, definition in self.pending]
        self.pending = []
        return notes


def _table(rows: list[list[Any]], widths: Sequence[float], *, header: bool = True,
           right: Sequence[int] = (), extra: Sequence[tuple[Any, ...]] = ()) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#c9d3de")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8f2")),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#7f98b5"))]
    style += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right]
    table.setStyle(TableStyle(style + list(extra)))
    return table



def _story(indicators: Indicators, *, club_name: str, funding: Sequence[FundingLine],
           daily_attendance: Sequence[tuple[date, int]], produced_on: date, width: float,
           regular: str, bold: str) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

    s = _Styles(regular, bold)
    values = indicators.values
    year = indicators.year
    notes = _Notes()

    def p(text: str, style: Any = None) -> Any:
        return Paragraph(escape(text), style or s.cell)

    story: list[Any] = [Spacer(1, 55 * mm)]
    if club_name:
        story += [Paragraph(escape(club_name), s.cover_club), Spacer(1, 14 * mm)]
    story += [
        Paragraph(escape(_title(indicators)), s.cover_title),
        Spacer(1, 6 * mm),
        Paragraph("Tableau des indicateurs pour l'ARS" if indicators.table == CLUBHOUSE
                  else "Bilan annuel du GEM pour l'ARS (arrêté du 27 juin 2019)",
                  s.cover_sub),
        Spacer(1, 4 * mm),
        Paragraph(escape(f"Année civile du 1er janvier au 31 décembre {year}"),
                  s.cover_small),
        Spacer(1, 24 * mm),
        _cover_figures(values, s, width, indicators.table),
        Spacer(1, 24 * mm),
        Paragraph(escape(f"Document produit le {date_in_words(produced_on)}"), s.cover_small),
        PageBreak(),
    ]

    def figures(shown: Sequence[Indicator]) -> list[Any]:
        """A two-column table of scalar figures (and breakdowns), with their notes under it."""
        rows: list[list[Any]] = [[Paragraph("Indicateur", s.head),
                                  Paragraph("Valeur", s.head_right)]]
        for ind in shown:
            value = values[ind.key]
            if ind.kind is Kind.BREAKDOWN:
                rows.append([Paragraph(notes.mark(ind), s.cell), ""])
                for part, count in value.items():
                    label = ind.parts.get(part, part)
                    rows.append([Paragraph("&nbsp;" * 6 + escape(label), s.cell),
                                 p(fr_number(count), s.cell_right)])
                continue
            rows.append([Paragraph(notes.mark(ind), s.cell),
                         p(scalar_text(ind, value), s.cell_right)])
        return [_table(rows, [width * 0.72, width * 0.28]), Spacer(1, 2 * mm),
                *notes.flush(s)]

    def detail(top: list[Any], header: Sequence[str], rows: list[list[str]],
               widths: Sequence[float], empty: str, right: Sequence[int] = (), *,
               small: bool = False, bold_last: bool = False) -> list[Any]:
        """A table of a list, under ``top`` (its heading, if any)."""
        cell, cell_right = (s.small, s.small_right) if small else (s.cell, s.cell_right)
        head = s.small_head if small else s.head
        head_right = s.small_head.clone("small_head_right", alignment=2) if small \
            else s.head_right
        if rows:
            body = [[Paragraph(escape(h), head_right if i in right else head)
                     for i, h in enumerate(header)]]
            body += [[p(text, cell_right if i in right else cell)
                      for i, text in enumerate(row)] for row in rows]
            if bold_last:
                body[-1] = [p(text, head_right if i in right else head)
                            for i, text in enumerate(rows[-1])]
            table = _table(body, [width * w for w in widths], right=right)
        else:
            table = p(empty, s.body)
        return [*top, table, Spacer(1, 2 * mm), *notes.flush(s)]

    def listing(ind: Indicator, headed: bool) -> list[Any]:
        """A non-scalar indicator: its chart, table or findings."""
        top = [Paragraph(notes.mark(ind), s.h2)] if headed else []
        value = values[ind.key]
        if ind.kind is Kind.MONTHS:
            return [*top, month_chart(value, width, regular), _month_table(value, width, s),
                    Spacer(1, 2 * mm), *notes.flush(s)]
        if ind.kind is Kind.FINDINGS:
            return [*top, _findings_box(value, ind.empty, width, s), Spacer(1, 2 * mm),
                    *notes.flush(s)]
        if ind.kind is Kind.RECORD:
            return detail(top, ("Information", "Valeur"), table_rows(ind, value),
                          (0.42, 0.58), ind.empty)
        numeric = (Cell.NUMBER, Cell.FTE)
        return detail(top, [c.header for c in ind.columns], table_rows(ind, value),
                      [c.width for c in ind.columns], ind.empty,
                      right=[n for n, c in enumerate(ind.columns) if c.cell in numeric],
                      small=len(ind.columns) > 4)

    shown = entries(indicators.table)
    sections = sorted({ind.section for ind in shown}, key=lambda section: section.order)
    for number, section in enumerate(sections, start=1):
        inside = [ind for ind in shown if ind.section is section]
        single = len(inside) == 1 and inside[0].label == section.title
        if single:  # the section is one indicator: its title carries the note number
            title = Paragraph(f"{number}. {notes.mark(inside[0])}", s.h1)
        else:
            title = Paragraph(escape(f"{number}. {section.title}"), s.h1)
        blocks: list[list[Any]] = []
        run: list[Indicator] = []  # figures side by side in one table
        for ind in inside:
            if ind.is_scalar or ind.kind is Kind.BREAKDOWN:
                run.append(ind)
                continue
            if run:
                blocks.append(figures(run))
                run = []
            blocks.append(listing(ind, headed=not single))
        if run:
            blocks.append(figures(run))
        blocks += _annexes(section, funding, daily_attendance, year, width, regular, s,
                           detail)
        # The section title stays with its first block; each block stays on one page when
        # it can.
        story.append(KeepTogether([title, *blocks[0]]))
        story.append(Spacer(1, 4 * mm))
        for block in blocks[1:]:
            story += [KeepTogether(block), Spacer(1, 4 * mm)]
    return story


def _annexes(section: Section, funding: Sequence[FundingLine],
             daily_attendance: Sequence[tuple[date, int]], year: int, width: float,
             regular: str, s: _Styles, detail: Any) -> list[list[Any]]:
    """What a section shows besides its indicators: the persons present each day, the
    funding lines."""
    from reportlab.platypus import Paragraph

    if section is Section.MEMBERS and daily_attendance:
        return [[
            Paragraph("Personnes présentes chaque jour d'ouverture", s.h2),
            daily_chart(daily_attendance, year, width, regular),
            Paragraph("Nombre de personnes distinctes venues chaque jour où au moins "
                      "une présence est notée (matin et après-midi comptent une "
                      "fois).", s.caption),
        ]]
    if section is Section.FUNDING:
        lines = [[f.funder, FUNDING_KIND_LABELS.get(f.kind, f.kind),
                  "oui" if f.in_kind else "non", fr_euros(f.amount_eur)] for f in funding]
        if lines:
            total = round_half_up(sum(f.amount_eur for f in funding), 2)
            lines.append(["Total", "", "", fr_euros(total)])
        title = [Paragraph("Lignes de financement", s.h2)]
        return [detail(title, ("Financeur", "Type", "En nature", "Montant"), lines,
                       (0.44, 0.2, 0.14, 0.22), "Aucune ligne de financement.",
                       right=(3,), bold_last=True)]
    return []


def _title(indicators: Indicators) -> str:
    if indicators.table == CLUBHOUSE:
        return f"Rapport annuel d'activité {indicators.year}"
    return f"Tableau annuel du GEM {indicators.year}"


def _cover_figures(values: dict[str, Any], s: _Styles, width: float,
                   kind: str = CLUBHOUSE) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    shown = [ind for ind in entries(kind) if ind.cover]
    big = s.cover_sub.clone("big", fontName=s.bold, fontSize=20, leading=24)
    small = s.cover_small.clone("small_label", fontSize=8.5, leading=11)
    cells = [[Paragraph(escape(scalar_text(ind, values[ind.key])), big) for ind in shown],
             [Paragraph(escape(ind.label), small) for ind in shown]]
    table = Table(cells, colWidths=[width / len(shown)] * len(shown))
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#9db8d9")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef4fb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, 0), 10),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
    ]))
    return table


def _findings_box(findings: Sequence[str], empty: str, width: float, s: _Styles) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    if findings:
        lines = [[Paragraph("• " + escape(f), s.body)] for f in findings]
        background, border = "#fff6e6", "#e3b873"
    else:
        lines = [[Paragraph(escape(empty), s.body)]]
        background, border = "#eef7ea", "#9cc28b"
    box = Table(lines, colWidths=[width])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(border)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(background)),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, 0), 9),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
    ]))
    return box


def _month_table(months: Sequence[int], width: float, s: _Styles) -> Any:
    from reportlab.platypus import Paragraph

    small = s.cell.clone("month_cell", fontSize=8, leading=10, alignment=1)
    small_head = small.clone("month_head", fontName=s.bold)
    rows = [[Paragraph(m, small_head) for m in MONTH_ABBR],
            [Paragraph(fr_number(v), small) for v in months]]
    return _table(rows, [width / 12] * 12)


