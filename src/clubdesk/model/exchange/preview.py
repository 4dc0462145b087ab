"""What the import assistant shows before checking: the recognised files of an import source
with their detected dialect and first rows (no Qt here; the screen reads it off the UI thread).
Format: docs/exchange-format.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from clubdesk.model.exchange.reading import (
    CellError,
    open_source,
    parse_date,
    parse_datetime,
    read_table,
)
from clubdesk.model.exchange.spec import BY_NAME, FILES

PREVIEW_ROWS = 5
DATE_SAMPLE_ROWS = 200  # rows looked at to tell which date style a file uses


@dataclass(frozen=True)
class FilePreview:
    """One recognised file: how it was read and its first rows."""

    name: str
    dialect: str  # "members.csv lu comme : point-virgule, Windows-1252, dates jj/mm/aaaa"
    columns: list[str]  # the format's column names, in the file's order
    rows: list[tuple[int, list[str]]]  # (line number in the file, cells)
    problems: list[str] = field(default_factory=list)  # header problems, as "file:line: …"


@dataclass(frozen=True)
class SourcePreview:
    source: Path
    files: list[FilePreview]
    ignored: list[str]  # files (or sheets) unknown to the format


def _short_origin(source: Path, origin: str) -> str:
    """"notes.csv" rather than the full path, the archive's path or the workbook's path."""
    prefix = f"{source}:"
    inner = origin[len(prefix):] if origin.startswith(prefix) else origin
    return Path(inner).name or inner


def read_preview(source: Path) -> SourcePreview:
    """The recognised files of ``source`` with their detected dialect and first rows.

    Raises ClubdeskError when the source cannot be read at all."""
    raws = open_source(source)
    by_name: dict[str, FilePreview] = {}
    ignored: list[str] = []
    for raw in raws:
        if raw.name not in BY_NAME:
            ignored.append(_short_origin(source, raw.origin))
            continue
        if raw.name in by_name:  # the importer uses the first one too
            continue
        table = read_table(raw)
        spec = BY_NAME[raw.name]
        kinds = {c.name: c.kind for c in spec.cols}
        ordered = sorted(table.header.items(), key=lambda item: item[1])
        dated = [(i, kinds[name]) for name, i in ordered if kinds[name] in ("date", "datetime")]
        rows: list[tuple[int, list[str]]] = []
        for n, (line, cells) in enumerate(table.rows):
            if n < PREVIEW_ROWS:
                rows.append((line, [cells[i] for _name, i in ordered]))
            for i, kind in dated:  # only to tell AAAA-MM-JJ from jj/mm/aaaa
                if cells[i]:
                    try:
                        if kind == "date":
                            parse_date(cells[i], table.dates_seen)
                        else:
                            parse_datetime(cells[i], table.dates_seen)
                    except CellError:
                        pass  # « Vérifier » lists it with its line
            if n + 1 >= max(PREVIEW_ROWS, DATE_SAMPLE_ROWS):
                break
        by_name[raw.name] = FilePreview(raw.name, table.describe(),
                                        [name for name, _i in ordered], rows,
                                        list(table.errors))
    files = [by_name[spec.name] for spec in FILES if spec.name in by_name]
    return SourcePreview(source, files, ignored)
