"""Reading what French offices actually produce: CSV with ',' ';' or tab, UTF-8 (with or
without BOM) or Windows-1252, dd/mm/yyyy dates, decimal commas, oui/non, stray spaces, empty
trailing rows and columns, French header names; a folder, a .zip, or an .xlsx workbook."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from clubdesk.model.errors import Term, say
from clubdesk.model.exchange import sources
from clubdesk.model.exchange.cells import forbidden_character, unprotect
from clubdesk.model.exchange.sources import RawFile as RawFile
from clubdesk.model.exchange.sources import open_source as open_source
from clubdesk.model.exchange.spec import BY_NAME, FileSpec
from clubdesk.model.search_folding import fold

DELIMITER_NAMES = {",": Term("virgule"), ";": Term("point-virgule"), "\t": Term("tabulation")}
ENCODING_NAMES = {"utf-8-sig": Term("UTF-8 avec BOM"), "utf-8": Term("UTF-8"),
                  "cp1252": Term("Windows-1252")}
_FR_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ZERO = timedelta(0)
YES = {"yes", "oui", "o", "y", "true", "vrai", "1", "x"}
NO = {"no", "non", "n", "false", "faux", "0"}


class CellError(ValueError):
    """A cell that cannot be read; the message is a sentence in the language of the moment
    (``say``), without its final full stop."""


@dataclass
class Table:
    """A file read into text cells, with what was detected."""

    name: str
    header: dict[str, int]  # column name -> index
    rows: Iterator[tuple[int, list[str]]]  # (line number, cells), read as they are used
    written: dict[str, str] = field(default_factory=dict)  # column name -> its header cell
    dialect: list[str] = field(default_factory=list)  # each part already in the language
    dates_seen: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)

    def describe(self) -> str:
        parts = list(self.dialect)
        if "fr" in self.dates_seen:
            parts.append(say("dates jj/mm/aaaa"))
        elif "iso" in self.dates_seen:
            parts.append(say("dates AAAA-MM-JJ"))
        return say("{file} lu comme : {parts}", file=self.name, parts=", ".join(parts))


def _cell_text(value: Any) -> str:
    """A workbook cell as the text a CSV would hold."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def detect_encoding(data: bytes) -> str:
    """The encoding's codec name; refuses binary files."""
    head = data[:8192]
    if head.count(b"\x00") > max(1, len(head) // 64):  # a stray NUL is told with its line
        raise CellError(say("ce n'est pas un fichier texte (fichier binaire ?)"))
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        data.decode("utf-8")  # a check only: the text is read again as a stream
        return "utf-8"
    except UnicodeDecodeError:
        undefined = sum(data.count(bytes([b])) for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
        if undefined > max(3, len(data) // 100):
            raise CellError(say("ce n'est pas un fichier texte lisible")) from None
        return "cp1252"


def sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", "\t", ",")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_table(raw: RawFile) -> Table:
    """Header mapped to the spec's columns (names, French aliases); rows come lazily, cells
    stripped, blank rows skipped. Errors found while reading rows join ``table.errors``."""
    spec = BY_NAME[raw.name]
    table = Table(raw.name, {}, iter(()))
    try:
        lines = _lines(raw, table)
        header_line, header = next(
            ((n, cells) for n, cells in lines if any(c.strip() for c in cells)), (0, []))
    except CellError as exc:
        table.errors.append(f"{raw.name}:1: {exc}.")
        return table
    if not header:
        table.errors.append(f"{raw.name}:1: " + say(
            "le fichier est vide (il faut au moins la ligne des noms de colonnes)") + ".")
        return table
    names = [h.strip() for h in header]
    while names and not names[-1]:
        names.pop()
    aliases = _aliases(spec)
    for index, name in enumerate(names):
        column = aliases.get(fold(name).replace("_", " "))
        if column is None:
            if name:
                table.dialect.append(say("colonne « {name} » ignorée", name=name))
            continue
        if column in table.header:
            table.errors.append(f"{raw.name}:{header_line}: {name}: " + say(
                "la colonne {column} apparaît deux fois", column=column) + ".")
        table.header[column] = index
        table.written[column] = name
    for col in spec.cols:
        if col.required and col.name not in table.header and col.kind != "local":
            table.errors.append(f"{raw.name}:{header_line}: {col.name}: "
                                + say("colonne obligatoire absente") + ".")
    table.rows = _body(table, lines, len(names))
    return table


def _body(table: Table, lines: Iterator[tuple[int, list[str]]],
          width: int) -> Iterator[tuple[int, list[str]]]:
    """Cells stripped, a formula's protecting quote taken off (see ``cells``); a row holding
    a control or direction character in a column that is read is refused with its place."""
    columns = sorted((i, name) for name, i in table.header.items())
    try:
        for count, (line, raw_cells) in enumerate(lines, 1):
            if count > sources.MAX_ROWS:
                raise sources.too_many_rows(table.name)
            cells = [c.strip() for c in raw_cells]
            if not any(cells):
                continue
            if "'" in "".join(c[:1] for c in cells):
                cells = [unprotect(c) for c in cells]
            bad = None
            if forbidden_character("".join(cells)) is not None:  # rare: then find the cell
                bad = next(((name, code) for i, name in columns if i < len(cells)
                            if (code := forbidden_character(cells[i])) is not None), None)
            if bad is not None:
                table.errors.append(f"{table.name}:{line}: {bad[0]}: " + say(
                    "caractère invisible interdit ({code}) : caractère de contrôle ou "
                    "d'inversion du sens d'écriture", code=bad[1]) + ".")
                continue
            while len(cells) > width and not cells[-1]:
                cells.pop()
            if len(cells) > width:
                table.errors.append(f"{table.name}:{line}: " + say(
                    "trop de champs ({count} au lieu de {width})", count=len(cells),
                    width=width) + ".")
                continue
            if len(cells) < width:
                cells += [""] * (width - len(cells))
            yield line, cells
    except CellError as exc:
        table.errors.append(f"{table.name}: {exc}.")


def _lines(raw: RawFile, table: Table) -> Iterator[tuple[int, list[str]]]:
    if raw.rows is not None:
        table.dialect.append(say("classeur Excel"))
        return ((n, [_cell_text(v) for v in row]) for n, row in enumerate(raw.rows, 1))
    data = raw.data or b""
    encoding = detect_encoding(data)
    head = data[:65536].decode(encoding, errors="replace")
    first = next((ln for ln in head.splitlines() if ln.strip()), "")
    delimiter = sniff_delimiter(first)
    table.dialect += [say(DELIMITER_NAMES[delimiter]), say(ENCODING_NAMES[encoding])]
    stream = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, errors="replace",
                              newline="")
    return _csv_lines(stream, delimiter)


def _csv_lines(stream: io.TextIOWrapper, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Rows read from the stream as they are needed (half a million rows stay cheap)."""
    reader = csv.reader(stream, delimiter=delimiter)
    try:
        for cells in reader:
            yield reader.line_num, cells
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):  # the csv module's words, in English
            raise CellError(say("ligne {line} illisible (une cellule trop longue : "
                                "{limit} caractères au plus)", line=reader.line_num,
                                limit=csv.field_size_limit())) from None
        raise CellError(say("ligne {line} illisible ({reason})", line=reader.line_num,
                            reason=exc)) from None


def _aliases(spec: FileSpec) -> dict[str, str]:
    out: dict[str, str] = {}
    for col in spec.cols:
        for name in (col.name, col.name.replace("_", " "), *col.aliases):
            out[fold(name).replace("_", " ")] = col.name
    return out


# -- cells -------------------------------------------------------------------------------


def parse_date(text: str, seen: set[str]) -> date:
    if len(text) == 10 and text[4] == "-":
        try:  # the common case first, in C
            value = date.fromisoformat(text)
            seen.add("iso")
            return value
        except ValueError:
            pass
    if _ISO_DATE.match(text):
        try:
            value = date.fromisoformat(text)
        except ValueError:
            raise CellError(say("« {text} » n'est pas une date qui existe", text=text)) from None
        seen.add("iso")
        return value
    m = _FR_DATE.match(text)
    if m:
        try:
            value = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            raise CellError(say("« {text} » n'est pas une date qui existe", text=text)) from None
        seen.add("fr")
        return value
    raise CellError(say("« {text} » n'est pas une date (AAAA-MM-JJ ou jj/mm/aaaa)", text=text))


def parse_datetime(text: str, seen: set[str]) -> datetime:
    try:
        value = datetime.fromisoformat(text)
        if value.tzinfo is UTC or value.utcoffset() == _ZERO:
            return value.replace(tzinfo=UTC)
    except ValueError:
        parts = text.split()
        if len(parts) == 2 and re.match(r"^\d{1,2}:\d{2}$", parts[1]):
            day = parse_date(parts[0], seen)
            hour, minute = (int(x) for x in parts[1].split(":"))
            value = datetime(day.year, day.month, day.day, hour, minute).astimezone()
        else:
            raise CellError(say("« {text} » n'est pas une date et une heure", text=text)) from None
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC)


def parse_number(text: str) -> float:
    clean = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("€", "")
    clean = clean.replace(",", ".")
    try:
        return float(clean)
    except ValueError:
        raise CellError(say("« {text} » n'est pas un nombre", text=text)) from None


def parse_int(text: str) -> int:
    number = parse_number(text)
    if not number.is_integer():
        raise CellError(say("« {text} » n'est pas un nombre entier", text=text))
    return int(number)


def parse_bool(text: str) -> bool:
    value = fold(text)
    if value in YES:
        return True
    if value in NO:
        return False
    raise CellError(say("« {text} » : répondez oui ou non", text=text))


def iter_cells(table: Table) -> Iterator[tuple[int, dict[str, str]]]:
    for line, cells in table.rows:
        yield line, {name: cells[i] for name, i in table.header.items()}
