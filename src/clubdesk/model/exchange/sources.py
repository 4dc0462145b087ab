"""Opening what is to be imported (a folder, a .zip, an .xlsx workbook), within bounds.

Nothing is trusted before it is measured: an archive's declared sizes and compression ratios
are checked before anything is unpacked, and every file is then read as a stream that stops
at the limit (a declared size can lie). A refusal is one sentence, given before much is read.
Each exchange file may come only once: two ``members.csv`` in different folders of an archive
are refused, naming both, rather than one being silently left out.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from clubdesk.model.errors import ClubdeskError

MIB = 1024 * 1024
MAX_FILE_BYTES = 256 * MIB  # one CSV file, or one part of a workbook, once unpacked
MAX_TOTAL_BYTES = 512 * MIB  # all of them together
MAX_RATIO = 200  # unpacked size / packed size; a real export packs about 14 times
RATIO_FROM_BYTES = MIB  # small files may pack much better: their ratio is not looked at
MAX_ENTRIES = 2000  # files in a folder or an archive, sheets in a workbook
MAX_ROWS = 2_000_000  # lines of one file (half a million presences is a large club)
MAX_CELLS = 30_000_000  # cells of a whole workbook
MAX_COLUMNS = 64  # columns read from a sheet (the widest file has 13)
_CHUNK = MIB


@dataclass
class RawFile:
    name: str  # the exchange file name, e.g. "members.csv"
    origin: str  # where it came from, for messages
    data: bytes | None = None  # CSV bytes
    rows: list[list[Any]] | None = None  # or sheet rows (header first)


class _Budget:
    """What has been read so far from one source."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.total = 0

    def take(self, count: int) -> None:
        self.total += count
        if self.total > MAX_TOTAL_BYTES:
            raise ClubdeskError("Import refusé : les fichiers de « {source} » font plus de "
                                "{limit} Mo en tout ; rien n'a été enregistré.",
                                source=self.source, limit=MAX_TOTAL_BYTES // MIB)


def _too_big(name: str, source: Path) -> ClubdeskError:
    return ClubdeskError("Import refusé : {file} dans « {source} » fait plus de {limit} Mo "
                         "une fois décompressé ; rien n'a été enregistré.",
                         file=name, source=source, limit=MAX_FILE_BYTES // MIB)


def read_capped(stream: IO[bytes], name: str, budget: _Budget) -> bytes:
    """The whole stream, read in chunks; refused as soon as it passes the limits."""
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
        if size > MAX_FILE_BYTES:
            raise _too_big(name, budget.source)
        budget.take(len(chunk))
        chunks.append(chunk)
    return b"".join(chunks)


def check_archive(archive: zipfile.ZipFile, source: Path) -> None:
    """Declared sizes and ratios of every entry, before anything is unpacked."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ClubdeskError("Import refusé : « {source} » contient plus de {limit} fichiers.",
                            source=source, limit=MAX_ENTRIES)
    declared = 0
    for info in infos:
        if info.file_size > MAX_FILE_BYTES:
            raise _too_big(info.filename, source)
        if (info.file_size > RATIO_FROM_BYTES
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
            raise ClubdeskError("Import refusé : {file} dans « {source} » se décompresse plus "
                                "de {ratio} fois plus gros qu'il n'est compressé (archive "
                                "piégée ?) ; rien n'a été enregistré.",
                                file=info.filename, source=source, ratio=MAX_RATIO)
        declared += info.file_size
    if declared > MAX_TOTAL_BYTES:
        raise ClubdeskError("Import refusé : les fichiers de « {source} » font plus de "
                            "{limit} Mo en tout ; rien n'a été enregistré.",
                            source=source, limit=MAX_TOTAL_BYTES // MIB)


def open_source(source: Path) -> list[RawFile]:
    """The files of a folder, a .zip, or the sheets of an .xlsx workbook."""
    if not source.exists():
        raise ClubdeskError("« {source} » n'existe pas.", source=source)
    budget = _Budget(source)
    files: list[RawFile] = []
    if source.is_dir():
        paths = [p for p in sorted(source.iterdir())
                 if p.suffix.lower() == ".csv" and p.is_file()]
        if len(paths) > MAX_ENTRIES:
            raise ClubdeskError("Import refusé : « {source} » contient plus de {limit} "
                                "fichiers.", source=source, limit=MAX_ENTRIES)
        for path in paths:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise _too_big(path.name, source)
        for path in paths:
            with path.open("rb") as fh:
                files.append(RawFile(path.name.lower(), str(path),
                                     data=read_capped(fh, path.name, budget)))
    elif source.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(source) as archive:
                check_archive(archive, source)
                for info in archive.infolist():
                    base = Path(info.filename).name
                    if base.lower().endswith(".csv") and not info.is_dir():
                        with archive.open(info) as member:
                            data = read_capped(member, info.filename, budget)
                        files.append(RawFile(base.lower(), f"{source}:{info.filename}",
                                             data=data))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError):
            raise ClubdeskError("« {source} » n'est pas une archive .zip lisible.",
                                source=source) from None
    elif source.suffix.lower() == ".xlsx":
        files = _xlsx_sheets(source)
    else:
        raise ClubdeskError("« {source} » : donnez un dossier, un fichier .zip ou un "
                            "classeur .xlsx.", source=source)
    _refuse_duplicates(files, source)
    return files


def _refuse_duplicates(files: list[RawFile], source: Path) -> None:
    seen: dict[str, RawFile] = {}
    for raw in files:
        first = seen.setdefault(raw.name, raw)
        if first is not raw:
            raise ClubdeskError("Import refusé : « {source} » contient deux fois {file} "
                                "(« {first} » et « {second} ») ; gardez-en un seul.",
                                source=source, file=raw.name, first=_inner(first, source),
                                second=_inner(raw, source))


def _inner(raw: RawFile, source: Path) -> str:
    prefix = f"{source}:"
    return raw.origin[len(prefix):] if raw.origin.startswith(prefix) else Path(raw.origin).name


def _xlsx_sheets(source: Path) -> list[RawFile]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(source) as archive:
            check_archive(archive, source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError):
        raise ClubdeskError("« {source} » n'est pas un classeur .xlsx lisible.",
                            source=source) from None
    try:
        book = load_workbook(source, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a bad file
        raise ClubdeskError("« {source} » n'est pas un classeur .xlsx lisible.",
                            source=source) from exc
    files = []
    cells = 0
    try:
        for sheet in book.worksheets:
            name = sheet.title.strip().lower()
            name = name if name.endswith(".csv") else f"{name}.csv"
            rows: list[list[Any]] = []
            width = min(sheet.max_column or MAX_COLUMNS, MAX_COLUMNS)
            for values in sheet.iter_rows(values_only=True, max_col=width):
                row = list(values)
                while row and row[-1] is None:  # a sheet's declared width costs nothing
                    row.pop()
                rows.append(row)
                cells += len(row) + 1
                if len(rows) > MAX_ROWS:
                    raise too_many_rows(name)
                if cells > MAX_CELLS:
                    raise ClubdeskError("Import refusé : le classeur « {source} » a plus de "
                                        "{limit} cellules ; rien n'a été enregistré.",
                                        source=source, limit=MAX_CELLS)
            files.append(RawFile(name, f"{source}:{sheet.title}", rows=rows))
    finally:
        book.close()
    return files


def too_many_rows(name: str) -> ClubdeskError:
    return ClubdeskError("Import refusé : {file} a plus de {limit} lignes ; rien n'a été "
                         "enregistré.", file=name, limit=MAX_ROWS)  # read when raised
