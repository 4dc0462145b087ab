"""What differs between SQLite and PostgreSQL, in one place (with clubdesk.model.storage.db).

Services call these functions and never test the back end themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, Table, text

# Any constant shared by every clubdesk desk: the key of the transaction-level advisory
# lock that keeps the audit trail a single chain when several desks write at once.
AUDIT_LOCK_KEY = 0x636C7562  # "club"
NOTIFY_CHANNEL = "clubdesk_changes"


def is_postgresql(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def lock_audit_chain(connection: Connection) -> None:
    """Serialise appends to the audit chain until the transaction ends.

    SQLite needs nothing: writers already hold the database's write lock (BEGIN IMMEDIATE).
    """
    if is_postgresql(connection):
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})


def notify_change(connection: Connection, tables: Iterable[str]) -> None:
    """Tell the other desks which tables changed (delivered when the transaction commits)."""
    if is_postgresql(connection):
        payload = ",".join(sorted(set(tables)))
        connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                           {"channel": NOTIFY_CHANNEL, "payload": payload[:7900]})


def read_snapshot(connection: Connection) -> Connection:
    """Make ``connection``'s next transaction one consistent, read-only view of every table
    (a copy or a backup while other desks write). Call it before the transaction begins.

    SQLite needs nothing: a read transaction in WAL mode sees one snapshot until it ends.
    """
    if is_postgresql(connection):
        connection.execution_options(isolation_level="REPEATABLE READ",
                                     postgresql_readonly=True)
    return connection


def reset_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """After rows were written with explicit ids (import, copy), the next id follows them.

    SQLite's INTEGER PRIMARY KEY needs nothing; PostgreSQL's sequences must be moved.
    """
    if not is_postgresql(connection):
        return
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        name, column = table.name, pk[0].name
        sequence = connection.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                      {"t": name, "c": column}).scalar()
        if sequence is None:
            continue
        connection.execute(text(
            f'SELECT setval(:seq, COALESCE((SELECT MAX("{column}") FROM "{name}"), 0) + 1, '
            "false)"), {"seq": sequence})


def foreign_key_problems(connection: Connection) -> list[Any]:
    """Rows whose references are broken. PostgreSQL enforces them at every write."""
    if is_postgresql(connection):
        return []
    return list(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())


def integrity_problems(connection: Connection) -> list[str]:
    """['ok'] when the store is sound (SQLite's integrity_check; PostgreSQL answers a query)."""
    if is_postgresql(connection):
        connection.execute(text("SELECT 1")).scalar()
        return ["ok"]
    return [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check")]


class ChangeListener:
    """PostgreSQL LISTEN on the clubdesk channel, on one dedicated connection."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw  # the pool's connection wrapper: closing it gives it back
        self._conn = raw.driver_connection
        self._conn.autocommit = True
        self._conn.execute(f"LISTEN {NOTIFY_CHANNEL}")

    def wait(self, timeout: float) -> set[str]:
        """Tables named by notifications received within ``timeout`` seconds."""
        tables: set[str] = set()
        for note in self._conn.notifies(timeout=timeout, stop_after=1):
            tables.update(t for t in note.payload.split(",") if t)
        return tables

    def close(self) -> None:
        try:
            self._conn.execute(f"UNLISTEN {NOTIFY_CHANNEL}")
            self._conn.autocommit = False
        except Exception:  # noqa: BLE001 - the connection may already be gone
            self._raw.invalidate()
        self._raw.close()


def change_listener(engine: Engine) -> ChangeListener | None:
    """A listener on PostgreSQL; None where notifications do not exist (SQLite: poll)."""
    if engine.dialect.name != "postgresql":
        return None
    return ChangeListener(engine.raw_connection())
