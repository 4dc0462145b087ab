"""Writing an export to disk: whole or not at all, readable by its owner only.

Everything is written in a private folder (mode 0700) created beside the destination, files
with mode 0600; the result is renamed into place at the end. On any failure (a full disk, a
missing permission, an interrupted export) that folder is removed with all it holds, so
nothing personal is left behind, neither beside the destination nor in the system's temporary
folder (the workbook writer's scratch files are kept in that private folder too).
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from clubdesk.model.errors import ClubdeskError
from clubdesk.model.exchange.cells import (
    FORMULA_STARTS,
    looks_like_formula,
    protect_csv,
    protect_xlsx,
)
from clubdesk.model.exchange.spec import FILES, FileSpec

Progress = Callable[[int, str], None]
_BINARY = getattr(os, "O_BINARY", 0)  # no newline translation on Windows
_RISKY_FIRST = FORMULA_STARTS | {"'"}


def create_private(path: Path) -> IO[bytes]:
    """A new file only its owner can read (never an existing one: O_EXCL)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
    return os.fdopen(fd, "wb")


def _sync(fh: IO[bytes]) -> None:
    fh.flush()
    os.fsync(fh.fileno())


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every system syncs a folder (Windows)
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_csv(stream: IO[bytes], spec: FileSpec, rows: Iterable[Sequence[str]]) -> None:
    """UTF-8, comma separated; a cell that a spreadsheet would run as a formula is
    protected by a leading quote (the importer takes it off)."""
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text, lineterminator="\n")
    # the csv module quotes a line feed but not a lone carriage return, which a reader takes
    # for the end of the line: such a row is written with every cell quoted
    quoted = csv.writer(text, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(spec.columns)
    plain, every = writer.writerow, quoted.writerow
    for row in rows:  # half a million rows: the common case costs a look at one character
        cells = [protect_csv(v) if v[:1] in _RISKY_FIRST else v for v in row]
        (every if "\r" in "\x1f".join(cells) else plain)(cells)
    text.flush()
    text.detach()


def write_files(dest: Path, files: dict[str, Iterable[list[str]]],
                progress: Progress | None = None) -> Path:
    """Folder, .zip or .xlsx by the destination's name; written whole or not at all."""
    specs = [f for f in FILES if f.name in files]
    suffix = dest.suffix.lower()
    parent = dest.parent
    if not parent.is_dir():
        raise ClubdeskError("Le dossier « {folder} » n'existe pas.", folder=parent)
    folder_export = suffix not in (".zip", ".xlsx")
    if folder_export and dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise ClubdeskError("Le dossier « {folder} » n'est pas vide : choisissez un "
                            "dossier vide ou un nom de fichier .zip.", folder=dest)
    work: Path | None = None
    try:
        work = Path(tempfile.mkdtemp(prefix=".clubdesk-export-", dir=parent))  # 0700
        if suffix == ".zip":
            result = work / "export.zip"
            _write_zip(result, dest.stem, specs, files, progress)
        elif suffix == ".xlsx":
            result = work / "export.xlsx"
            _write_xlsx(result, work, specs, files, progress)
        else:
            result = work
            for n, spec in enumerate(specs):
                with create_private(work / spec.name) as fh:
                    write_csv(fh, spec, files[spec.name])
                    _sync(fh)
                _tell(progress, n, len(specs), spec.name)
            _sync_folder(work)
        if folder_export and dest.exists():
            dest.rmdir()
        os.replace(result, dest)
        if folder_export:
            work = None  # it is the export now
        _sync_folder(parent)
    except OSError as exc:
        raise _failure(dest, exc) from exc
    finally:
        for rows in files.values():  # rows still streamed from the database: stop them now
            close = getattr(rows, "close", None)
            if close is not None:
                close()
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
    return dest


def _failure(dest: Path, exc: OSError) -> ClubdeskError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ClubdeskError("L'export vers « {dest} » a échoué : le disque est plein. Rien "
                             "n'a été écrit.", dest=dest)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ClubdeskError("L'export vers « {dest} » a échoué : ce dossier n'est pas "
                             "accessible en écriture. Rien n'a été écrit.", dest=dest)
    return ClubdeskError("L'export vers « {dest} » a échoué ({reason}) : rien n'a été "
                         "écrit.", dest=dest, reason=exc.strerror or str(exc))


def _tell(progress: Progress | None, n: int, total: int, name: str) -> None:
    if progress is not None:
        progress(int(100 * (n + 1) / max(total, 1)), name)


def _write_zip(path: Path, folder: str, specs: list[FileSpec],
               files: dict[str, Iterable[list[str]]], progress: Progress | None) -> None:
    with create_private(path) as fh:
        with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as archive:
            for n, spec in enumerate(specs):
                info = zipfile.ZipInfo(f"{folder}/{spec.name}", (2020, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o600 << 16  # unpacked readable by its owner only
                with archive.open(info, "w") as member:
                    write_csv(member, spec, files[spec.name])
                _tell(progress, n, len(specs), spec.name)
        _sync(fh)


def _write_xlsx(path: Path, work: Path, specs: list[FileSpec],
                files: dict[str, Iterable[list[str]]], progress: Progress | None) -> None:
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError
    from openpyxl.worksheet import _writer as sheet_writer

    book = Workbook(write_only=True)
    scratch: list[tuple[Any, Any]] = []
    try:
        for n, spec in enumerate(specs):
            sheet = book.create_sheet(spec.name.removesuffix(".csv"))
            scratch.append((sheet, _private_sheet_writer(sheet, work / f"sheet{n}.xml",
                                                         sheet_writer)))
            sheet.append(list(spec.columns))
            for row in _xlsx_rows(sheet, files[spec.name]):
                sheet.append(row)
            _tell(progress, n, len(specs), spec.name)
        with create_private(path) as fh:
            book.save(fh)
            _sync(fh)
    except IllegalCharacterError:
        raise ClubdeskError("Un classeur Excel ne peut pas contenir certains caractères de "
                            "contrôle présents dans les données : exportez en .zip. Rien "
                            "n'a été écrit.") from None
    finally:
        for sheet, writer in scratch:  # after a failure: close the scratch files, forget them
            with contextlib.suppress(Exception):
                if sheet._rows is not None:
                    sheet._rows.close()
            with contextlib.suppress(Exception):
                writer.close()
            if writer.out in sheet_writer.ALL_TEMP_FILES:
                sheet_writer.ALL_TEMP_FILES.remove(writer.out)


def _private_sheet_writer(sheet: Any, path: Path, sheet_writer: Any) -> Any:
    """openpyxl streams each sheet to a scratch file in the system's temporary folder and
    leaves it there when saving fails; this one is in the export's private folder."""
    create_private(path).close()
    writer = sheet_writer.WorksheetWriter(sheet, out=str(path))
    sheet_writer.ALL_TEMP_FILES.append(writer.out)  # its cleanup() takes it off the list
    sheet._writer = writer
    writer.write_top()
    return writer


def _xlsx_rows(sheet: Any, rows: Iterable[Sequence[str]]) -> Iterator[list[Any]]:
    """Text cells, never formulas: a value starting like a formula is typed as text and
    shown with Excel's quote prefix, so editing it does not turn it into one."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES

    for row in rows:
        out: list[Any] = []
        for value in row:
            value = protect_xlsx(value)
            if looks_like_formula(value) or value in ERROR_CODES:
                cell = WriteOnlyCell(sheet, value)
                cell.data_type = "s"
                cell.quotePrefix = True
                out.append(cell)
            else:
                out.append(value)
        yield out
