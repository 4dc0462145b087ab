"""The annual report to the ARS as three files: a spreadsheet, a PDF, and the JSON.

Nothing is half-written: the three documents are rendered in memory, written under
temporary names in the destination folder, then renamed into place. What each document
holds comes from the indicator registry (clubdesk.model.annual.registry), drawn by
report_workbook and report_pdf.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from clubdesk.export.report_pdf import render_pdf
from clubdesk.export.report_workbook import render_xlsx
from clubdesk.model import clock
from clubdesk.model.annual.indicators import Indicators
from clubdesk.model.annual.registry import CLUBHOUSE
from clubdesk.model.annual.sent import SentReportService, SentSummary
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.french_numbers import NBSP, fr_date, fr_euros, fr_number, fr_percent
from clubdesk.model.tables import FundingLine

__all__ = ["NBSP", "fr_date", "fr_euros", "fr_number", "fr_percent", "render_pdf",
           "render_report_files", "render_xlsx", "write_named_files",
           "write_report_files"]

Progress = Callable[[int, str], None]


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

    files = render_report_files(indicators, club_name=club_name, funding=funding,
                                daily_attendance=daily_attendance, progress=step,
                                produced_on=produced_on)
    step(90, "Enregistrement des fichiers")
    paths = _write_atomically(out_dir, files)
    step(100, "Terminé")
    return paths


def render_report_files(indicators: Indicators, *, club_name: str = "",
                        funding: Sequence[FundingLine] = (),
                        daily_attendance: Sequence[tuple[date, int]] = (),
                        progress: Progress | None = None,
                        produced_on: date | None = None) -> list[tuple[str, bytes]]:
    """The three documents of the report in memory, as (file name, content): the
    workbook, the PDF and the JSON, in that order (also what a sent report keeps)."""

    def step(percent: int, text: str) -> None:
        if progress is not None:
            progress(percent, text)

    year = indicators.year
    step(10, "Préparation des indicateurs")
    data = indicators.as_document(club_name)
    json_bytes = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    step(40, "Écriture du tableur")
    xlsx_bytes = render_xlsx(indicators, club_name=club_name, funding=funding,
                             daily_attendance=daily_attendance)
    step(70, "Écriture du PDF")
    pdf_bytes = render_pdf(indicators, club_name=club_name, funding=funding,
                           daily_attendance=daily_attendance,
                           produced_on=produced_on or clock.today())
    return [(name, content) for name, content in zip(
        report_file_names(year, indicators.table), (xlsx_bytes, pdf_bytes, json_bytes),
        strict=True)]


def report_file_names(year: int, table: str = CLUBHOUSE) -> tuple[str, str, str]:
    """The workbook's, the PDF's and the JSON's names for the table of ``year``."""
    if table == CLUBHOUSE:
        return (f"indicateurs-{year}.xlsx", f"rapport-annuel-{year}.pdf",
                f"indicateurs-{year}.json")
    return (f"tableau-gem-{year}.xlsx", f"tableau-gem-{year}.pdf",
            f"tableau-gem-{year}.json")


def write_named_files(out_dir: Path, files: Sequence[tuple[str, bytes]]) -> list[Path]:
    """Write already rendered files (a sent report's) into ``out_dir`` the same safe way:
    all or none, refusals in one French sentence."""
    return _write_atomically(out_dir, files)


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


def freeze_report(service: SentReportService, year: int) -> SentSummary:
    """« Marquer comme transmis »: the year's three files drawn here, kept by the core."""
    return service.freeze(year, render_report_files)


def save_sent_files(service: SentReportService, year: int, folder: Path) -> list[Path]:
    """Write the three files of a sent report again into ``folder`` (all or none)."""
    return write_named_files(folder, service.files(year))
