"""The day's rota on one A4 landscape page, readable from two metres: task, half-day,
one binôme per line, in large type. A task that does not run that half-day says « pas ce
jour-là »; a task that runs but that nobody holds says « personne »."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from clubdesk.export.fonts import register
from clubdesk.model.calendar_fr import date_in_words

NOT_RUNNING = "pas ce jour-là"
NOBODY = "personne"


@dataclass(frozen=True)
class RotaRow:
    task: str
    morning: Sequence[str]  # one line per binôme (« Loïc + Camille »); empty: nobody
    afternoon: Sequence[str]
    morning_runs: bool = True  # False: the task does not run that half-day
    afternoon_runs: bool = True

    def cell(self, half_day: str) -> list[str]:
        """The lines of one cell, with the words for an empty one."""
        lines, runs = ((self.morning, self.morning_runs) if half_day == "am"
                       else (self.afternoon, self.afternoon_runs))
        if not runs:
            return [NOT_RUNNING]
        return list(lines) or [NOBODY]


def _table(rows: Sequence[RotaRow], width: float, size: float, regular: str,
           bold: str) -> Table:
    cell = ParagraphStyle("cell", fontName=regular, fontSize=size, leading=size * 1.2)
    head = ParagraphStyle("head", parent=cell, fontName=bold)
    quiet = ParagraphStyle("quiet", parent=cell, textColor=colors.HexColor("#666666"))
    alarm = ParagraphStyle("alarm", parent=head, textColor=colors.HexColor("#9c1c1c"))

    def names(row: RotaRow, half_day: str) -> Paragraph:
        lines = row.cell(half_day)
        style = quiet if lines == [NOT_RUNNING] else alarm if lines == [NOBODY] else cell
        return Paragraph("<br/>".join(escape(line) for line in lines), style)

    data = [[Paragraph("Tâche", head), Paragraph("Matin", head), Paragraph("Après-midi", head)]]
    for r in rows:
        data.append([Paragraph(escape(r.task), head), names(r, "am"), names(r, "pm")])
    table = Table(data, colWidths=[width * 0.30, width * 0.35, width * 0.35])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 1.2, colors.HexColor("#555555")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8f2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def write_rota_pdf(path: Path, day: date, rows: Sequence[RotaRow], club_name: str = "") -> Path:
    """One page, whatever the number of tasks: the type shrinks only as far as it must."""
    regular, bold = register()
    page = landscape(A4)
    margin = 12 * mm
    width = page[0] - 2 * margin
    title = ParagraphStyle("title", fontName=bold, fontSize=28, leading=34)
    small = ParagraphStyle("small", fontName=regular, fontSize=14, leading=18)
    heading = f"Planning du {date_in_words(day)}"
    top = [Paragraph(escape(club_name), small)] if club_name else []
    top += [Paragraph(heading, title), Spacer(1, 4 * mm)]
    room = page[1] - 2 * margin - sum(f.wrap(width, page[1])[1] for f in top) - 6
    size = 28.0
    table = _table(rows, width, size, regular, bold)
    words = [w for r in rows for w in r.task.split()]
    lines = [line for r in rows for line in (*r.cell("am"), *r.cell("pm"))]

    def fits(size: float) -> bool:
        # No word may be cut: the longest one fits its column (task column is the narrowest);
        # a binôme stays on its line.
        widest = max((stringWidth(w + ",", bold, size) for w in words), default=0)
        longest = max((stringWidth(line, regular, size) for line in lines), default=0)
        return bool(widest <= width * 0.30 - 12 and longest <= width * 0.35 - 12
                    and table.wrap(width, room)[1] <= room)

    while size > 8 and not fits(size):
        size -= 1
        table = _table(rows, width, size, regular, bold)
    doc = SimpleDocTemplate(str(path), pagesize=page, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin, title=heading,
                            author="clubdesk")
    doc.build([*top, table])
    return path
