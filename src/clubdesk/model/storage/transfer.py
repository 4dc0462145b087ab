"""Moving a club from one database to another (`clubdesk db copy --to`), and the local copy
of a server club that BackupService makes on each desk.

The target must be empty (a new SQLite file, an empty PostgreSQL database, or one with only
clubdesk's schema). Every table is copied verbatim, ids included, audit trail included (so
its hash chain still verifies), in batches streamed from one consistent view of the source,
in ONE transaction on the target: a failure leaves the target without a single row. The copy
is checked before it is committed: row counts per table, and the exchange-format export of
both sides, file by file. Nothing is ever written to the source.
"""

from __future__ import annotations

import filecmp
import itertools
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, DateTime, Table, delete, func, inspect, literal, select
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from sqlmodel import Session, SQLModel

from clubdesk.model.access import Actor, require
from clubdesk.model.audit.chain import append, outside_trail
from clubdesk.model.audit.trail import AuditService
from clubdesk.model.errors import ClubdeskError, DatabaseError
from clubdesk.model.exchange.exporter import collect
from clubdesk.model.exchange.writing import write_files
from clubdesk.model.storage import dialect
from clubdesk.model.storage.db import (
    WRITE_OPTIONS,
    Database,
    describe_failure,
    head_revision,
    to_url,
)

Progress = Callable[[int, str], None]
BATCH = 5000
# Reads the trail to check the copy's chain (AuditService.verify records nothing).
_CHECKER = Actor(name="vérification de copie", role="direction")


def tables() -> list[Table]:
    """Every clubdesk table, parents before children (alembic_version is not one)."""
    return [t for t in SQLModel.metadata.sorted_tables if t.name != "alembic_version"]


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    rows: dict[str, int]  # rows copied, per table (in copy order)
    seconds: float
    audit_entries: int  # in the copy's trail, its "copie depuis" entry included
    audit_broken_at: int | None = None  # the source's trail was already altered there

    @property
    def tables(self) -> list[str]:
        return list(self.rows)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    def sentence(self) -> str:
        seconds = f"{self.seconds:.1f}".replace(".", ",")
        trail = (f"journal intact ({self.audit_entries} entrées)"
                 if self.audit_broken_at is None else
                 f"journal recopié tel quel, déjà altéré dans la source à l'entrée n° "
                 f"{self.audit_broken_at}")
        return (f"Club copié de {self.source} vers {self.target} en {seconds} s : "
                f"{len(self.rows)} tables, {self.total_rows} lignes, export identique et "
                f"{trail} sur la copie.")


def copy_club(source: Database, target: str, actor: Actor, progress: Progress | None = None,
              *, passphrase: str | None = None) -> CopyReport:
    """Copy the club of ``source`` into the empty database ``target`` (a path or a URL).

    Direction only (the local administrator of a club without accounts is direction).
    ``passphrase``: for a new SQLite target, encrypted with it (else CLUBDESK_PASSPHRASE)."""
    require(actor, "direction")
    return copy_database(source, target, actor, progress, passphrase=passphrase)


def copy_database(source: Database, target: str, actor: Actor,
                  progress: Progress | None = None, *,
                  passphrase: str | None = None) -> CopyReport:
    """:func:`copy_club` without the role check: the caller checked it (a desk's backup)."""
    started = time.monotonic()
    url = to_url(target)
    if url == source.url:
        raise ClubdeskError("La base cible est la base ouverte : choisissez une autre base, "
                            "vide, pour la copie.")
    if source.current_revision() != head_revision():
        raise DatabaseError("La base « {database} » n'est pas à jour : lancez d'abord "
                            "clubdesk db upgrade.", database=source.display_name)
    dest = Database.open(target, upgrade=False, passphrase=passphrase)
    try:
        busy = _first_table_with_rows(dest)
        if busy is not None:
            raise ClubdeskError("La base « {database} » contient déjà des données clubdesk "
                                "(table {table}) : la copie se fait vers une base vide, rien "
                                "n'y a été écrit.", database=dest.display_name, table=busy)
        dest.upgrade()
        rows = _copy_in_one_transaction(source, dest, actor, progress)
        check = AuditService(dest, _CHECKER).verify()
        if not check.ok:  # faithful only when the source's trail breaks at the same entry
            origin = AuditService(source, _CHECKER).verify()
            if origin.ok or origin.broken_at != check.broken_at:
                _clear(dest)
                raise ClubdeskError("La copie vers « {target} » est annulée : son journal ne "
                                    "se vérifie pas ({reason}).",
                                    target=dest.display_name, reason=check.reason)
        return CopyReport(source.display_name, dest.display_name, rows,
                          time.monotonic() - started, check.entries, check.broken_at)
    finally:
        dest.close()


def _first_table_with_rows(db: Database) -> str | None:
    """The first clubdesk table of ``db`` holding a row (its schema may be old or absent)."""
    with db.engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        for table in tables():
            if table.name in present and conn.execute(
                    select(literal(1)).select_from(table).limit(1)).first() is not None:
                return table.name
    return None


def _copy_in_one_transaction(source: Database, dest: Database, actor: Actor,
                             progress: Progress | None) -> dict[str, int]:
    with source.engine.connect() as src, dest.engine.connect() as dst:
        dialect.read_snapshot(src)
        # a writing transaction: SQLite takes its write lock up front (see
        # clubdesk.model.storage.db)
        dst.execution_options(**WRITE_OPTIONS)
        with src.begin(), dst.begin(), _said(source, dest) as side, \
                outside_trail("a whole club copied, its trail with it"):
            expected = {t.name: _count(src, t) for t in tables()}
            rows = _copy_rows(src, dst, expected, side, progress)
            side.writing()
            dialect.reset_sequences(dst, tables())
            _compare(src, dst, expected, rows, dest.display_name, progress)
            append(dst, actor.name, "copy", "club", f"copie depuis {source.display_name}"[:200])
    return rows


class _Side:
    """Which database a driver error comes from (reading the source, or writing the target)."""

    def __init__(self, source: str, target: str) -> None:
        self.source, self.target = source, target
        self.at = source

    def reading(self) -> None:
        self.at = self.source

    def writing(self) -> None:
        self.at = self.target


@contextmanager
def _said(source: Database, dest: Database) -> Iterator[_Side]:
    """Driver errors in words; the target's transaction is rolled back by the caller."""
    side = _Side(source.display_name, dest.display_name)
    target = dest.display_name
    try:
        yield side
    except IntegrityError as exc:
        table = _table_of(exc)
        if table:
            raise DatabaseError("La copie vers « {target} » est annulée (table {table}) : une "
                                "ligne de la source ne respecte pas les règles de la base "
                                "(référence cassée ou doublon), aucune ligne n'a été écrite.",
                                target=target, table=table) from exc
        raise DatabaseError("La copie vers « {target} » est annulée : une ligne de la source ne "
                            "respecte pas les règles de la base (référence cassée ou doublon), "
                            "aucune ligne n'a été écrite.", target=target) from exc
    except DataError as exc:
        table = _table_of(exc)
        if table:
            raise DatabaseError("La copie vers « {target} » est annulée (table {table}) : une "
                                "valeur de la source est refusée par la base cible (texte trop "
                                "long ou format), aucune ligne n'a été écrite.",
                                target=target, table=table) from exc
        raise DatabaseError("La copie vers « {target} » est annulée : une valeur de la source "
                            "est refusée par la base cible (texte trop long ou format), aucune "
                            "ligne n'a été écrite.", target=target) from exc
    except DBAPIError as exc:
        raise describe_failure(exc, side.at) from exc


def _table_of(exc: DBAPIError) -> str:
    statement = (exc.statement or "").split()
    upper = [w.upper() for w in statement]
    if "INTO" in upper and upper.index("INTO") + 1 < len(statement):
        return statement[upper.index("INTO") + 1].strip('"')
    return ""


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _utc(value: Any) -> Any:
    """A moment as an aware UTC datetime, whatever the back end handed back (SQLite: naive
    UTC), so that the target stores the same instant."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value


def _copy_rows(src: Connection, dst: Connection, expected: dict[str, int], side: _Side,
               progress: Progress | None) -> dict[str, int]:
    """Every table in batches of BATCH rows, streamed (a server-side cursor on PostgreSQL)."""
    total = max(sum(expected.values()), 1)
    done = 0
    rows: dict[str, int] = {}
    for table in tables():
        moments = [c.name for c in table.columns if isinstance(c.type, DateTime)]
        stmt = select(table).order_by(*table.primary_key.columns)
        side.reading()
        copied = 0
        # closed even when a write or the progress callback fails (a server-side cursor)
        with src.execute(stmt, execution_options={"yield_per": BATCH}) as result:
            batches = result.mappings().partitions()
            while (batch := next(batches, None)) is not None:
                values = [dict(r) for r in batch]
                for row in values:
                    for name in moments:
                        row[name] = _utc(row[name])
                side.writing()
                dst.execute(table.insert(), values)
                side.reading()
                copied += len(values)
                done += len(values)
                if progress is not None:
                    progress(min(90, 90 * done // total), table.name)
        rows[table.name] = copied
    return rows


def _compare(src: Connection, dst: Connection, expected: dict[str, int],
             copied: dict[str, int], target: str, progress: Progress | None) -> None:
    """Row counts per table, then the exchange export of both sides, file by file."""
    for table in tables():
        got = _count(dst, table)
        if got != expected[table.name] or copied[table.name] != expected[table.name]:
            raise ClubdeskError("La copie vers « {target} » est annulée : la table {table} a "
                                "{got} lignes au lieu de {expected}.", target=target,
                                table=table.name, got=got, expected=expected[table.name])
    if progress is not None:
        progress(92, "vérification")
    with tempfile.TemporaryDirectory(prefix="clubdesk-copie-") as tmp:
        a, b = Path(tmp) / "source", Path(tmp) / "cible"
        for conn, folder in ((src, a), (dst, b)):
            with Session(bind=conn) as session:  # inside each side's transaction
                write_files(folder, collect(session))
        difference = _first_difference(a, b)
    if difference is not None:
        name, line = difference
        if line is None:
            raise ClubdeskError("La copie vers « {target} » est annulée : son export diffère "
                                "de celui de la source (le fichier {file} n'existe que d'un "
                                "côté).", target=target, file=name)
        raise ClubdeskError("La copie vers « {target} » est annulée : son export diffère de "
                            "celui de la source ({file}, ligne {line}).",
                            target=target, file=name, line=line)
    if progress is not None:
        progress(100, "vérifiée")


def first_difference(a: Path, b: Path) -> str | None:
    """Where two exports first differ ('members.csv, ligne 12'), or None when identical."""
    difference = _first_difference(a, b)
    if difference is None:
        return None
    name, line = difference
    return f"le fichier {name} n'existe que d'un côté" if line is None else f"{name}, ligne {line}"


def _first_difference(a: Path, b: Path) -> tuple[str, int | None] | None:
    """(file name, first differing line) of two exports; line None when the file is on one
    side only; None when identical."""
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    for name in names:
        fa, fb = a / name, b / name
        if not fa.is_file() or not fb.is_file():
            return name, None
        if filecmp.cmp(fa, fb, shallow=False):
            continue
        with fa.open(encoding="utf-8") as x, fb.open(encoding="utf-8") as y:
            for n, (left, right) in enumerate(itertools.zip_longest(x, y), 1):
                if left != right:
                    return name, n
    return None


def _clear(db: Database) -> None:
    """Empty a target this copy filled (children first), in one transaction."""
    with db.engine.connect() as conn:
        conn.execution_options(**WRITE_OPTIONS)
        with conn.begin(), outside_trail("a copy's target emptied"):
            for table in reversed(tables()):
                conn.execute(delete(table))
