"""A review (« bilan ») of a person's objectives on one A4 page, to be signed by the person
and the coordinator: the structure, the person, the date, the grid (domain, objective, the
level at this review and at the previous one), the person's own words beside the staff's
comment, two signature boxes. Long texts make the type smaller, never a second page.

Written safely: a temporary file in the target's folder, then renamed; nothing is left
behind when writing fails (a full disk, a folder that cannot be written)."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from clubdesk.export.fonts import register
from clubdesk.model.calendar_fr import date_in_words
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.objectives import DOMAIN_LABELS, LEVEL_LABELS, Grid

PERSON_BOX = "La personne"
COORDINATOR_BOX = "Le coordinateur / la coordinatrice"


@dataclass(frozen=True)
class ReviewSheet:
    """What the page shows, already chosen from the person's grid."""

    structure: str
    person: str
    held_on: date
    coordinator: str
    rows: list[tuple[str, str, str, str]]  # domain, objective, level now, level before
    own_words: str
    comment: str


def sheet_for(grid: Grid, review_id: int, structure: str) -> ReviewSheet:
    """The sheet of one review of ``grid``: the objectives it gives a level to, with the
    level at the person's review before it (« — » when there was none)."""
    index = next((i for i, r in enumerate(grid.reviews) if r.id == review_id), None)
    if index is None:
        raise ClubdeskError("Ce bilan n'existe plus.")
    review = grid.reviews[index]
    before = grid.reviews[index - 1].levels if index > 0 else {}
    rows: list[tuple[str, str, str, str]] = [
        (DOMAIN_LABELS[o.domain], o.text, LEVEL_LABELS[review.levels[o.id]],
         LEVEL_LABELS[before[o.id]] if o.id in before else "—")
        for o in grid.objectives if o.id in review.levels]
    return ReviewSheet(structure, grid.person, review.held_on, review.coordinator, rows,
                       review.own_words, review.comment)


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def render_review_pdf(sheet: ReviewSheet) -> bytes:
    regular, bold = register()
    margin = 15 * mm
    width = A4[0] - 2 * margin
    height = A4[1] - 2 * margin
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=12.5)
    head = ParagraphStyle("head", parent=body, fontName=bold)
    title = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20)
    small = ParagraphStyle("small", fontName=regular, fontSize=9, leading=11,
                           textColor=colors.HexColor("#444444"))
    heading = f"Bilan des objectifs du {date_in_words(sheet.held_on)}"
    grid = [[Paragraph(h, head) for h in ("Domaine", "Objectif", "Ce bilan", "Bilan précédent")]]
    for domain, text, now, before in sheet.rows:
        grid.append([Paragraph(_text(domain), body), Paragraph(_text(text), body),
                     Paragraph(_text(now), head), Paragraph(_text(before), body)])
    table = Table(grid, colWidths=[width * 0.16, width * 0.52, width * 0.15, width * 0.17],
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#777777")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8f2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    words = Table([[Paragraph("Les mots de la personne", head),
                    Paragraph("Le commentaire de l'équipe", head)],
                   [Paragraph(_text(sheet.own_words) or "—", body),
                    Paragraph(_text(sheet.comment) or "—", body)]],
                  colWidths=[width / 2, width / 2])
    words.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#777777")),
                               ("INNERGRID", (0, 0), (-1, -1), 0.6,
                                colors.HexColor("#777777")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    content: list[Flowable] = [
        Paragraph(_text(sheet.structure), small),
        Paragraph(heading, title),
        Paragraph(f"Personne : <b>{_text(sheet.person)}</b>", body),
        Paragraph(f"Coordination : {_text(sheet.coordinator) or '—'}", body),
        Spacer(1, 4 * mm), table, Spacer(1, 4 * mm), words]
    signatures = Table([[Paragraph(PERSON_BOX, head), Paragraph(COORDINATOR_BOX, head)],
                        [Paragraph("Date et signature", small),
                         Paragraph("Date et signature", small)]],
                       colWidths=[width / 2 - 3 * mm, width / 2 - 3 * mm],
                       rowHeights=[None, 28 * mm], spaceBefore=6 * mm)
    signatures.setStyle(TableStyle([("BOX", (0, 0), (0, -1), 0.8, colors.black),
                                    ("BOX", (1, 0), (1, -1), 0.8, colors.black),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    # the frame's padding (6 pt on each side) and the space before the signatures
    room = height - 12 - signatures.wrap(width - 12, height)[1] - 6 * mm - 4
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin, title=heading,
                            author="clubdesk")
    # the grid and texts shrink as far as they must to leave room for the signatures
    doc.build([KeepInFrame(width - 12, room, content, mode="shrink"), signatures])
    return buffer.getvalue()


def write_review_pdf(path: Path, sheet: ReviewSheet) -> Path:
    """Render, then write to ``path`` through a temporary file renamed in place."""
    content = render_review_pdf(sheet)
    folder = path.parent
    temporary = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise _refusal(path, exc) from exc
    return path


def _refusal(path: Path, exc: OSError) -> ClubdeskError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ClubdeskError("Le disque est plein : le bilan n'a pas été écrit dans "
                             "« {path} ».", path=path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ClubdeskError("Le dossier de « {path} » n'est pas accessible en écriture : le "
                             "bilan n'a pas été écrit.", path=path)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return ClubdeskError("Le dossier de « {path} » n'existe pas : le bilan n'a pas été "
                             "écrit.", path=path)
    if exc.errno == errno.EISDIR:
        return ClubdeskError("« {path} » est un dossier : le bilan n'a pas été écrit.",
                             path=path)
    return ClubdeskError("Le bilan n'a pas pu être écrit dans « {path} » ({reason}).",
                         path=path, reason=exc.strerror or str(exc))
