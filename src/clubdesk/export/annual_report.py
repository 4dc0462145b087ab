"""The annual report to the ARS as three files: a spreadsheet, a PDF, and the JSON.

Nothing is half-written: the three documents are rendered in memory, written under
temporary names in the destination folder, then renamed into place.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import secrets
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from clubdesk.model import clock
from clubdesk.model.calendar_fr import MONTHS, date_in_words
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.indicators import DEFINITIONS, KEYS, Indicators, describe_hours
from clubdesk.model.partners import CATEGORY_LABELS
from clubdesk.model.paths import CATEGORY_LABELS as EMPLOYMENT_LABELS
from clubdesk.model.structure import INFO_FIELDS
from clubdesk.model.tables import FundingLine

Progress = Callable[[int, str], None]

NBSP = "\u00a0"
MONTH_ABBR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
              "oct.", "nov.", "déc.")
SHARE_KEYS = frozenset({"professional_trajectory_share", "complementary_funding_share"})
EURO_KEYS = frozenset({"funding_total", "funding_complementary"})
FUNDING_KIND_LABELS = {"fir": "FIR de l'ARS", "complementary": "complémentaire"}
ACTIVITY_STATUS_LABELS = {"done": "réalisée", "planned": "prévue"}
PREMISES_LABELS = {f.key: f.label for f in INFO_FIELDS}
PREMISES_KINDS = {f.key: f.kind for f in INFO_FIELDS}

# The PDF's sections, in the order of §11 of the specification (every key exactly once).
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Les membres et leur venue au club",
     ("caseload_start", "caseload_dec31", "entries", "exits", "members_during_year",
      "seen_during_year", "active_by_month", "active_monthly_average")),
    ("Trajectoires professionnelles et formation",
     ("professional_trajectory", "professional_trajectory_started",
      "professional_trajectory_share", "training", "employment_by_category")),
    ("L'équipe salariée", ("staff", "staff_fte_dec31", "staff_fte_average", "members_per_fte")),
    ("Ouverture et locaux", ("opening_hours", "premises")),
    ("Partenariats", ("partnerships",)),
    ("Activités", ("activities_done", "activities_planned")),
    ("Financement", ("funding_total", "funding_complementary", "complementary_funding_share")),
    ("Points d'attention", ("compliance",)),
)
assert tuple(k for _title, keys in SECTIONS for k in keys) == KEYS

# Sheets that hold the list and dict values; the first sheet points to them.
SHEET_OF = {
    "active_by_month": "Activité mensuelle",
    "staff": "Salariés",
    "opening_hours": "Horaires",
    "premises": "Locaux",
    "partnerships": "Partenariats",
    "activities_done": "Activités",
    "activities_planned": "Activités",
    "compliance": "Constats",
}


# -- French formatting (also used by the report screen) ---------------------------------


def fr_number(value: float, decimals: int | None = None) -> str:
    """12.5 -> '12,5'; 250000 -> '250 000' (no-break space between thousands)."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 3
        text = f"{value:,.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    else:
        text = f"{value:,.{decimals}f}"
    return text.replace(",", NBSP).replace(".", ",")


def fr_euros(value: float) -> str:
    """250000 -> '250 000 €'; 1234.5 -> '1 234,50 €'."""
    return fr_number(value, 0 if float(value).is_integer() else 2) + NBSP + "€"


def fr_percent(share: float) -> str:
    """0.152 -> '15,2 %'."""
    return fr_number(share * 100, 1) + NBSP + "%"


def fr_date(value: date | str | None) -> str:
    if value is None or value == "":
        return ""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return day.strftime("%d/%m/%Y")


def format_scalar(key: str, value: Any) -> str:
    """One number or share of the indicators, written the French way."""
    if value is None:
        return "non calculable"
    if key in SHARE_KEYS:
        return fr_percent(float(value))
    if key in EURO_KEYS:
        return fr_euros(float(value))
    if isinstance(value, int | float):
        return fr_number(value)
    return str(value)


def plural(count: int, singular: str, plural_form: str, none: str) -> str:
    if count == 0:
        return none
    return f"{fr_number(count)} {singular if count == 1 else plural_form}"


def summarise(key: str, value: Any) -> str:
    """A one-line French summary of any indicator (lists and dicts included)."""
    if key == "active_by_month":
        return " · ".join(fr_number(v) for v in value)
    if key == "employment_by_category":
        return " ; ".join(f"{EMPLOYMENT_LABELS.get(k, k)} : {fr_number(v)}"
                          for k, v in value.items())
    if key == "staff":
        return plural(len(value), "salarié", "salariés", "aucun salarié")
    if key == "opening_hours":
        days = len({h["weekday"] for h in value})
        if not value:
            return "non renseignés"
        return (plural(len(value), "plage", "plages", "") + " sur "
                + plural(days, "jour", "jours", ""))
    if key == "premises":
        parts = [value.get("premises_address", "")]
        if value.get("premises_surface_m2"):
            parts.append(f"{fr_number(float(value['premises_surface_m2']))}{NBSP}m²")
        return ", ".join(p for p in parts if p) or "non renseignés"
    if key == "partnerships":
        return plural(len(value), "partenariat", "partenariats", "aucun partenariat")
    if key in ("activities_done", "activities_planned"):
        return plural(len(value), "activité", "activités", "aucune activité")
    if key == "compliance":
        return plural(len(value), "point d'attention", "points d'attention",
                      "aucun point d'attention")
    return format_scalar(key, value)


def is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, int | float | str)


# -- writing -----------------------------------------------------------------------------


def write_report_files(out_dir: Path, indicators: Indicators, *, club_name: str = "",
                       funding: Sequence[FundingLine] = (),
                       daily_attendance: Sequence[tuple[date, int]] = (),
                       progress: Progress | None = None,
                       produced_on: date | None = None) -> list[Path]:
    """Write indicateurs-Y.xlsx, rapport-annuel-Y.pdf and indicateurs-Y.json into
    ``out_dir`` (created if missing); returns their paths in that order.

    Raises ClubdeskError (one French sentence) when the folder cannot be written; then no
    file of the report is left behind, complete or partial.
    """

    def step(percent: int, text: str) -> None:
        if progress is not None:
            progress(percent, text)

    year = indicators.year
    step(10, "Préparation des indicateurs")
    data = indicators.as_json()
    json_bytes = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    step(40, "Écriture du tableur")
    xlsx_bytes = render_xlsx(indicators, club_name=club_name, funding=funding,
                             daily_attendance=daily_attendance)
    step(70, "Écriture du PDF")
    pdf_bytes = render_pdf(indicators, club_name=club_name, funding=funding,
                           daily_attendance=daily_attendance,
                           produced_on=produced_on or clock.today())
    step(90, "Enregistrement des fichiers")
    paths = _write_atomically(out_dir, [
        (f"indicateurs-{year}.xlsx", xlsx_bytes),
        (f"rapport-annuel-{year}.pdf", pdf_bytes),
        (f"indicateurs-{year}.json", json_bytes),
    ])
    step(100, "Terminé")
    return paths


def _refusal(folder: Path, exc: OSError) -> ClubdeskError:
    code = exc.errno
    if code == errno.ENOSPC or code == errno.EDQUOT:
        return ClubdeskError("Le disque est plein : le rapport n'a pas été écrit dans "
                             "« {folder} ».", folder=folder)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ClubdeskError("Le dossier « {folder} » n'est pas accessible en écriture : le "
                             "rapport n'a pas été écrit.", folder=folder)
    if code in (errno.ENOTDIR, errno.EEXIST):
        return ClubdeskError("« {folder} » n'est pas un dossier : le rapport n'a pas été "
                             "écrit.", folder=folder)
    if code == errno.EISDIR:
        return ClubdeskError("Un dossier porte déjà le nom d'un des fichiers du rapport dans "
                             "« {folder} » : le rapport n'a pas été écrit.", folder=folder)
    reason = exc.strerror or str(exc)
    return ClubdeskError("Le rapport n'a pas pu être écrit dans « {folder} » ({reason}).",
                         folder=folder, reason=reason)


def _write_atomically(folder: Path, files: Sequence[tuple[str, bytes]]) -> list[Path]:
    if folder.exists() and not folder.is_dir():
        raise ClubdeskError("« {folder} » n'est pas un dossier : le rapport n'a pas été "
                            "écrit.", folder=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _refusal(folder, exc) from exc
    written: list[tuple[Path, Path]] = []
    created: list[Path] = []  # final files that did not exist before this call
    try:
        for name, content in files:
            temporary = folder / f".{name}.{secrets.token_hex(6)}.tmp"
            # O_EXCL: never follow or reuse an existing file; 0o666 lets the umask decide.
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            written.append((temporary, folder / name))
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
        for temporary, final in written:
            existed = final.exists()
            os.replace(temporary, final)
            if not existed:
                created.append(final)
    except OSError as exc:
        # Leave the folder as it was: no temporary file, no new file of an incomplete set.
        for path in [t for t, _f in written] + created:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        raise _refusal(folder, exc) from exc
    return [final for _temporary, final in written]


# -- the spreadsheet ---------------------------------------------------------------------


def render_xlsx(indicators: Indicators, *, club_name: str = "",
                funding: Sequence[FundingLine] = (),
                daily_attendance: Sequence[tuple[date, int]] = ()) -> bytes:
    from openpyxl import Workbook

    values = indicators.values
    year = indicators.year
    wb = Workbook()
    wb.properties.creator = "clubdesk"
    wb.properties.title = f"Indicateurs {year} pour l'ARS" + (f" — {club_name}"
                                                              if club_name else "")
    ws = wb.active
    ws.title = "Indicateurs"
    rows: list[list[Any]] = []
    formats: dict[int, str] = {}
    for key in KEYS:
        label, definition = DEFINITIONS[key]
        value = values[key]
        if key == "employment_by_category":
            rows.append([label, "voir les trois lignes suivantes", definition, key])
            for category, count in value.items():
                rows.append([f"{label} : {EMPLOYMENT_LABELS.get(category, category)}", count,
                             "", f"{key}.{category}"])
            continue
        if not is_scalar(value):
            rows.append([label, f"voir l'onglet « {SHEET_OF[key]} »", definition, key])
            continue
        rows.append([label, value, definition, key])
        if key in SHARE_KEYS:
            formats[len(rows)] = "0.0%"
        elif key in EURO_KEYS:
            formats[len(rows)] = '#,##0.00 "€"'
        elif key.startswith("staff_fte"):
            formats[len(rows)] = "0.00"
        elif isinstance(value, float):
            formats[len(rows)] = "0.0"
    _fill(ws, ["Indicateur", "Valeur", "Définition", "Code"], rows, wrap={2})
    for row, number_format in formats.items():
        ws.cell(row=row + 1, column=2).number_format = number_format
    ws.column_dimensions["C"].width = 70

    # Monthly activity, with the average of the twelve months.
    ws = wb.create_sheet("Activité mensuelle")
    month_rows: list[list[Any]] = [[MONTHS[m], v]
                                   for m, v in enumerate(values["active_by_month"])]
    month_rows.append(["Moyenne mensuelle", values["active_monthly_average"]])
    _fill(ws, ["Mois", "Personnes actives"], month_rows)
    last = ws.cell(row=len(month_rows) + 1, column=1)
    last.font = _bold()
    ws.cell(row=len(month_rows) + 1, column=2).number_format = "0.0"
    ws.cell(row=len(month_rows) + 1, column=2).font = _bold()

    if daily_attendance:
        ws = wb.create_sheet("Présences par jour")
        _fill(ws, ["Jour", "Personnes présentes"],
              [[day, count] for day, count in daily_attendance], date_columns={0})

    ws = wb.create_sheet("Salariés")
    staff_rows: list[list[Any]] = [[s["function"], s["qualification"], s["fte"]]
                                   for s in values["staff"]]
    _fill(ws, ["Fonction", "Qualification", "ETP"], staff_rows)
    for row in range(2, len(staff_rows) + 2):
        ws.cell(row=row, column=3).number_format = "0.00"

    ws = wb.create_sheet("Horaires")
    weekdays = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    _fill(ws, ["Jour", "Ouverture", "Fermeture"],
          [[weekdays[h["weekday"] - 1], h["opens"], h["closes"]]
           for h in values["opening_hours"]])

    ws = wb.create_sheet("Locaux")
    premises_rows: list[list[Any]] = []
    date_cells: set[int] = set()
    for field_key, text in values["premises"].items():
        kind = PREMISES_KINDS.get(field_key, "text")
        cell: Any = text
        if text and kind == "number":
            number = float(text)
            cell = int(number) if number.is_integer() else number
        elif text and kind == "date":
            cell = date.fromisoformat(text)
            date_cells.add(len(premises_rows) + 2)
        premises_rows.append([PREMISES_LABELS.get(field_key, field_key), cell])
    _fill(ws, ["Information", "Valeur"], premises_rows)
    for row in date_cells:
        ws.cell(row=row, column=2).number_format = "DD/MM/YYYY"

    ws = wb.create_sheet("Partenariats")
    _fill(ws, ["Partenaire", "Catégorie", "Type de partenariat", "Début", "Fin",
               "Convention signée"],
          [[p["partner"], CATEGORY_LABELS.get(p["category"], p["category"]), p["kind"],
            date.fromisoformat(p["started_on"]),
            date.fromisoformat(p["ended_on"]) if p["ended_on"] else None,
            "oui" if p["agreement_signed"] else "non"] for p in values["partnerships"]],
          date_columns={3, 4})

    ws = wb.create_sheet("Activités")
    _fill(ws, ["Activité", "Type", "État", "Description"],
          [[a["title"], a["kind"], ACTIVITY_STATUS_LABELS[status], a["description"]]
           for status in ("done", "planned") for a in values[f"activities_{status}"]],
          wrap={3})

    ws = wb.create_sheet("Financements")
    funding_rows: list[list[Any]] = [
        [f.funder, FUNDING_KIND_LABELS.get(f.kind, f.kind), "oui" if f.in_kind else "non",
         f.amount_eur] for f in funding]
    _fill(ws, ["Financeur", "Type", "En nature", "Montant (euros)"], funding_rows)
    total_row = len(funding_rows) + 2
    ws.cell(row=total_row, column=1, value="Total").font = _bold()
    total = ws.cell(row=total_row, column=4, value=values["funding_total"])
    total.font = _bold()
    for row in range(2, total_row + 1):
        ws.cell(row=row, column=4).number_format = '#,##0.00 "€"'
    ws.column_dimensions["D"].width = 18

    ws = wb.create_sheet("Constats")
    findings = values["compliance"] or ["Aucun point d'attention au regard du cahier des "
                                        "charges."]
    _fill(ws, ["Constat"], [[finding] for finding in findings], wrap={0})
    ws.column_dimensions["A"].width = 100

    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


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


# -- the PDF -----------------------------------------------------------------------------


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
    title = f"Rapport annuel d'activité {indicators.year}"
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

    def mark(self, key: str) -> str:
        """The label of ``key`` with its note number as a superscript (Paragraph markup)."""
        self.number += 1
        label, definition = DEFINITIONS[key]
        self.pending.append((self.number, label, definition))
        return f"{escape(label)}<super>{self.number}</super>"

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
        Paragraph(escape(f"Rapport annuel d'activité {year}"), s.cover_title),
        Spacer(1, 6 * mm),
        Paragraph("Tableau des indicateurs pour l'ARS", s.cover_sub),
        Spacer(1, 4 * mm),
        Paragraph(escape(f"Année civile du 1er janvier au 31 décembre {year}"),
                  s.cover_small),
        Spacer(1, 24 * mm),
        _cover_figures(values, s, width),
        Spacer(1, 24 * mm),
        Paragraph(escape(f"Document produit le {date_in_words(produced_on)}"), s.cover_small),
        PageBreak(),
    ]

    def figures(keys: Sequence[str]) -> list[Any]:
        """A two-column table of scalar figures, with their notes under it."""
        rows: list[list[Any]] = [[Paragraph("Indicateur", s.head),
                                  Paragraph("Valeur", s.head_right)]]
        for key in keys:
            value = values[key]
            if key == "employment_by_category":
                rows.append([Paragraph(notes.mark(key), s.cell), ""])
                for category, count in value.items():
                    label = EMPLOYMENT_LABELS.get(category, category)
                    rows.append([Paragraph("&nbsp;" * 6 + escape(label), s.cell),
                                 p(fr_number(count), s.cell_right)])
                continue
            rows.append([Paragraph(notes.mark(key), s.cell),
                         p(format_scalar(key, value), s.cell_right)])
        return [_table(rows, [width * 0.72, width * 0.28]), Spacer(1, 2 * mm),
                *notes.flush(s)]

    def heading(key: str) -> Any:
        return Paragraph(notes.mark(key), s.h2)

    def detail(key: str | None, header: Sequence[str], rows: list[list[str]],
               widths: Sequence[float], empty: str, right: Sequence[int] = (), *,
               small: bool = False, title: str = "", bold_last: bool = False) -> list[Any]:
        """A table of a list indicator (its label as a heading unless ``key`` is None)."""
        top = [heading(key)] if key else [Paragraph(escape(title), s.h2)] if title else []
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

    for number, (section, keys) in enumerate(SECTIONS, start=1):
        blocks: list[list[Any]] = []
        if len(keys) == 1 and DEFINITIONS[keys[0]][0] == section:
            # The section is one indicator: its title carries the note number.
            title = Paragraph(f"{number}. {notes.mark(keys[0])}", s.h1)
        else:
            title = Paragraph(escape(f"{number}. {section}"), s.h1)
        if section.startswith("Les membres"):
            blocks.append(figures(keys[:6]))
            blocks.append([
                heading("active_by_month"),
                _month_chart(values["active_by_month"], width, regular),
                _month_table(values["active_by_month"], width, s),
                Spacer(1, 2 * mm),
                *notes.flush(s),
            ])
            blocks.append(figures(("active_monthly_average",)))
            if daily_attendance:
                blocks.append([
                    Paragraph("Personnes présentes chaque jour d'ouverture", s.h2),
                    _daily_chart(daily_attendance, year, width, regular),
                    Paragraph("Nombre de personnes distinctes venues chaque jour où au moins "
                              "une présence est notée (matin et après-midi comptent une "
                              "fois).", s.caption),
                ])
        elif section.startswith("Trajectoires"):
            blocks.append(figures(keys))
        elif section.startswith("L'équipe"):
            blocks.append(figures(keys[1:]))
            blocks.append(detail(
                "staff", ("Fonction", "Qualification", "ETP"),
                [[st["function"], st["qualification"], fr_number(st["fte"], 2)]
                 for st in values["staff"]],
                (0.38, 0.47, 0.15), "Aucun salarié au 31 décembre.", right=(2,)))
        elif section.startswith("Ouverture"):
            hours = describe_hours(values["opening_hours"])
            blocks.append(detail(
                "opening_hours", ("Jour", "Plages d'ouverture"),
                [line.split(" : ", 1) for line in hours], (0.25, 0.75),
                "Les horaires d'ouverture ne sont pas renseignés."))
            blocks.append(detail(
                "premises", ("Information", "Valeur"),
                [[PREMISES_LABELS.get(k, k), _premises_text(k, v)]
                 for k, v in values["premises"].items()], (0.42, 0.58),
                "Aucune information sur les locaux."))
        elif section == "Partenariats":
            blocks.append(detail(
                None, ("Partenaire", "Catégorie", "Type", "Début", "Fin", "Convention"),
                [[pp["partner"], CATEGORY_LABELS.get(pp["category"], pp["category"]),
                  pp["kind"], fr_date(pp["started_on"]), fr_date(pp["ended_on"]) or "en cours",
                  "signée" if pp["agreement_signed"] else "non signée"]
                 for pp in values["partnerships"]],
                (0.22, 0.2, 0.19, 0.125, 0.125, 0.14),
                "Aucun partenariat en cours pendant l'année.", small=True))
        elif section == "Activités":
            for key in keys:
                blocks.append(detail(
                    key, ("Activité", "Type", "Description"),
                    [[a["title"], a["kind"], a["description"]] for a in values[key]],
                    (0.38, 0.17, 0.45), "Aucune activité."))
        elif section == "Financement":
            blocks.append(figures(keys))
            lines = [[f.funder, FUNDING_KIND_LABELS.get(f.kind, f.kind),
                      "oui" if f.in_kind else "non", fr_euros(f.amount_eur)] for f in funding]
            if lines:
                lines.append(["Total", "", "", fr_euros(values["funding_total"])])
            block = detail(None, ("Financeur", "Type", "En nature", "Montant"), lines,
                           (0.44, 0.2, 0.14, 0.22), "Aucune ligne de financement.",
                           right=(3,), title="Lignes de financement", bold_last=True)
            blocks.append(block)
        else:  # compliance
            blocks.append([_findings_box(values["compliance"], width, s), Spacer(1, 2 * mm),
                           *notes.flush(s)])
        # The section title stays with its first block; each block stays on one page when
        # it can.
        story.append(KeepTogether([title, *blocks[0]]))
        story.append(Spacer(1, 4 * mm))
        for block in blocks[1:]:
            story += [KeepTogether(block), Spacer(1, 4 * mm)]
    return story


def _premises_text(key: str, value: str) -> str:
    if not value:
        return "non renseigné"
    kind = PREMISES_KINDS.get(key, "text")
    if kind == "date":
        return fr_date(value)
    if kind == "number":
        number = float(value)
        if key == "rent_eur":
            return fr_euros(number) + " par mois"
        if key == "premises_surface_m2":
            return f"{fr_number(number)}{NBSP}m²"
        return fr_number(number)
    return value


def _cover_figures(values: dict[str, Any], s: _Styles, width: float) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    keys = ("caseload_dec31", "members_during_year", "active_monthly_average",
            "staff_fte_average")
    big = s.cover_sub.clone("big", fontName=s.bold, fontSize=20, leading=24)
    small = s.cover_small.clone("small_label", fontSize=8.5, leading=11)
    cells = [[Paragraph(escape(format_scalar(k, values[k])), big) for k in keys],
             [Paragraph(escape(DEFINITIONS[k][0]), small) for k in keys]]
    table = Table(cells, colWidths=[width / 4] * 4)
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#9db8d9")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef4fb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, 0), 10),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
    ]))
    return table


def _findings_box(findings: Sequence[str], width: float, s: _Styles) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    if findings:
        lines = [[Paragraph("• " + escape(f), s.body)] for f in findings]
        background, border = "#fff6e6", "#e3b873"
    else:
        lines = [[Paragraph("Aucun point d'attention au regard du cahier des charges.",
                            s.body)]]
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


def _axis_max(highest: float) -> tuple[float, float]:
    """A round top for a value axis and its step (about five steps)."""
    if highest <= 0:
        return 5, 1
    raw = highest / 5
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    top = step * (int(highest // step) + 1)
    return float(top), float(step)


def _month_chart(months: Sequence[int], width: float, regular: str) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    drawing = Drawing(width, 175)
    chart = VerticalBarChart()
    chart.x, chart.y = 42, 26
    chart.width, chart.height = width - 52, 135
    chart.data = [list(months)]
    chart.bars[0].fillColor = colors.HexColor("#4a78b0")
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 8
    chart.categoryAxis.categoryNames = list(MONTH_ABBR)
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.dy = -4
    top, step = _axis_max(max(months, default=0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = lambda v: fr_number(v)
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.visibleGrid = True
    chart.barLabelFormat = lambda v: fr_number(v)
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _month_table(months: Sequence[int], width: float, s: _Styles) -> Any:
    from reportlab.platypus import Paragraph

    small = s.cell.clone("month_cell", fontSize=8, leading=10, alignment=1)
    small_head = small.clone("month_head", fontName=s.bold)
    rows = [[Paragraph(m, small_head) for m in MONTH_ABBR],
            [Paragraph(fr_number(v), small) for v in months]]
    return _table(rows, [width / 12] * 12)


def _daily_chart(daily: Sequence[tuple[date, int]], year: int, width: float,
                 regular: str) -> Any:
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    first = date(year, 1, 1).toordinal()
    last = date(year, 12, 31).toordinal() - first + 1
    points = [(day.toordinal() - first + 1, count) for day, count in daily]
    drawing = Drawing(width, 160)
    plot = LinePlot()
    plot.x, plot.y = 42, 24
    plot.width, plot.height = width - 52, 122
    plot.data = [points]
    plot.lines[0].strokeColor = colors.HexColor("#2f7d5b")
    plot.lines[0].strokeWidth = 0.9
    plot.joinedLines = 1
    month_starts = [date(year, m, 1).toordinal() - first + 1 for m in range(1, 13)]
    plot.xValueAxis.valueMin = 1
    plot.xValueAxis.valueMax = last
    plot.xValueAxis.valueSteps = month_starts
    plot.xValueAxis.labelTextFormat = (
        lambda v: MONTH_ABBR[month_starts.index(int(v))] if int(v) in month_starts else "")
    plot.xValueAxis.labels.fontName = regular
    plot.xValueAxis.labels.fontSize = 8
    plot.xValueAxis.labels.boxAnchor = "nw"
    plot.xValueAxis.labels.dy = -3
    top, step = _axis_max(max((c for _d, c in daily), default=0))
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = top
    plot.yValueAxis.valueStep = step
    plot.yValueAxis.labels.fontName = regular
    plot.yValueAxis.labels.fontSize = 8
    plot.yValueAxis.labelTextFormat = lambda v: fr_number(v)
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    drawing.add(plot)
    return drawing
