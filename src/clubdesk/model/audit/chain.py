"""The hash chain of the audit trail and the hooks that record every write.

Imported by clubdesk.model.storage.db, so that no writing session can escape the trail: ORM flushes
are recorded after the flush, and Core ``insert``/``update``/``delete`` statements executed
through a session are recorded where the session executes them (one entry per row they
touch, found before the statement runs, or from RETURNING for an insert). Services never
write with a bare Connection: the only writes outside the trail are the trail itself, the
sign-in throttle and whole-database copies (``outside_trail``), which a test enforces.

While ``recording()`` is active (the operation layer), the (action, record type) and the
sequence number of every entry appended in this thread are collected: what a transaction
changed is read from there, never declared by the caller.
"""

from __future__ import annotations

import contextvars
import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, event, insert, select
from sqlalchemy.orm import ORMExecuteState
from sqlmodel import Session

from clubdesk.model import clock
from clubdesk.model.audit import seal as audit_seal
from clubdesk.model.storage import dialect
from clubdesk.model.tables import AuditEntry

GENESIS = "0" * 64
NOT_AUDITED = {"audit_entry"}
# tables written without entries: the trail itself, and the sign-in throttle (counts under
# a hash of a typed name, not a club record; failed sign-ins are in the trail already)
UNRECORDED_TABLES = frozenset({"audit_entry", "sign_in_throttle"})


@dataclass
class Written:
    """What the entries appended while recording say: (action, record type) pairs and
    their sequence numbers, also added to ``sink`` (a set the live refresh reads)."""

    entries: list[tuple[str, str]] = field(default_factory=list)
    seqs: set[int] = field(default_factory=set)
    sink: set[int] = field(default_factory=set)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(record_type for _, record_type in self.entries)


_recording: contextvars.ContextVar[Written | None] = contextvars.ContextVar(
    "clubdesk_recording", default=None)
_audited: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "clubdesk_audited", default=None)


@contextmanager
def recording(seqs: set[int] | None = None) -> Iterator[Written]:
    """Collect what every entry appended in this block says (the operation layer)."""
    written = Written(sink=set() if seqs is None else seqs)
    token = _recording.set(written)
    try:
        yield written
    finally:
        _recording.reset(token)


def _note(action: str, record_type: str, seq: int) -> None:
    written = _recording.get()
    if written is not None:
        written.entries.append((action, record_type))
        written.seqs.add(seq)
        written.sink.add(seq)


@contextmanager
def _scope(reason: str) -> Iterator[None]:
    token = _audited.set(reason)
    try:
        yield
    finally:
        _audited.reset(token)


@contextmanager
def outside_trail(reason: str) -> Iterator[None]:
    """Writes that are no change of a club record: a whole database copied or restored
    (its trail comes with it), the schema migrated, the club's identity stamped."""
    with _scope("outside: " + reason):
        yield


def audited_path() -> str | None:
    """Why the DML statement being executed now is accounted for (None: it is not)."""
    reason = _audited.get()
    if reason is not None:
        return reason
    flushing = _flushing.get()
    if flushing is not None and flushing._flushing:  # noqa: SLF001 - the ORM's own flag
        return "flush"
    return None


_flushing: contextvars.ContextVar[Session | None] = contextvars.ContextVar(
    "clubdesk_flushing", default=None)


def entry_hash(prev: str, seq: int, at: datetime, username: str, action: str,
               record_type: str, record_id: str) -> str:
    text = "\x1f".join((prev, str(seq), _stamp(at), username, action, record_type, record_id))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stamp(at: datetime) -> str:
    return _stamp(at)


def _stamp(at: datetime) -> str:
    """The moment as text, the same before and after a round trip through the database."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def append(connection: Connection, username: str, action: str, record_type: str,
           record_id: Any = "", at: datetime | None = None) -> int:
    """Add one entry at the end of the chain (inside the caller's transaction)."""
    dialect.lock_audit_chain(connection)  # one chain even when several desks write at once
    table = AuditEntry.__table__  # type: ignore[attr-defined]
    last = connection.execute(select(table.c.seq, table.c.hash, table.c.seal)
                              .order_by(table.c.seq.desc()).limit(1)).first()
    seq, prev, prev_seal = (last[0] + 1, last[1], last[2] or "") if last else (1, GENESIS, "")
    moment = (at or clock.now(UTC)).astimezone(UTC)
    rid = "" if record_id is None else str(record_id)
    seal = audit_seal.seal_new_entry(connection, seq, _stamp(moment), username, action,
                                     record_type, rid, prev, prev_seal)
    connection.execute(insert(table).values(
        seq=seq, at=moment, username=username, action=action, record_type=record_type,
        record_id=rid, prev_hash=prev,
        hash=entry_hash(prev, seq, moment, username, action, record_type, rid), seal=seal))
    _note(action, record_type, int(seq))
    return int(seq)


def append_many(connection: Connection, username: str,
                entries: Sequence[tuple[str, str, str]], at: datetime | None = None) -> None:
    """Add one entry per (action, record_type, record_id), in order, in one statement (a
    bulk statement may touch thousands of rows)."""
    if not entries:
        return
    dialect.lock_audit_chain(connection)
    table = AuditEntry.__table__  # type: ignore[attr-defined]
    last = connection.execute(select(table.c.seq, table.c.hash, table.c.seal)
                              .order_by(table.c.seq.desc()).limit(1)).first()
    seq, prev, prev_seal = (int(last[0]), str(last[1]), last[2] or "") if last \
        else (0, GENESIS, "")
    moment = (at or clock.now(UTC)).astimezone(UTC)
    rows: list[dict[str, Any]] = []
    for action, record_type, rid in entries:
        seq += 1
        digest = entry_hash(prev, seq, moment, username, action, record_type, rid)
        rows.append({"seq": seq, "at": moment, "username": username, "action": action,
                     "record_type": record_type, "record_id": rid, "prev_hash": prev,
                     "hash": digest})
        prev = digest
    audit_seal.seal_new_entries(connection, rows, _stamp(moment), prev_seal)
    for chunk in range(0, len(rows), 10_000):
        connection.execute(insert(table), rows[chunk:chunk + 10_000])
    for row, (action, record_type, _rid) in zip(rows, entries, strict=True):
        _note(action, record_type, int(row["seq"]))


def _after_flush(session: Session, _context: Any) -> None:
    """Every change made through the ORM is recorded, in the same transaction."""
    name = session.info.get("actor_name")
    if name is None:
        return
    changes: list[tuple[str, Any]] = []
    for action, objects in (("create", session.new), ("update", session.dirty),
                            ("delete", session.deleted)):
        for obj in objects:
            table = getattr(obj, "__tablename__", None)
            if table is None or table in NOT_AUDITED:
                continue
            if action == "update" and not session.is_modified(obj):
                continue
            changes.append((action, obj))
    if not changes:
        return
    connection = session.connection()
    for action, obj in changes:
        identity = session.identity_key(instance=obj)[1] if obj not in session.new else None
        key = identity or tuple(getattr(obj, c.key) for c in obj.__table__.primary_key)
        record_id = ",".join(str(k) for k in key)
        append(connection, name, action, obj.__tablename__, record_id)
    dialect.notify_change(connection, (obj.__tablename__ for _, obj in changes))


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    _flushing.set(session)  # the flush's own statements are recorded by _after_flush


def _key_text(values: Sequence[Any]) -> str:
    return ",".join(str(v) for v in values)


def _bulk_statement(state: ORMExecuteState) -> Any:
    """A Core/ORM insert, update or delete executed through a session: one entry per row."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    statement: Any = state.statement
    table = statement.table
    name = state.session.info.get("actor_name")
    if name is None or table.name in NOT_AUDITED:
        if table.name in UNRECORDED_TABLES:
            with _scope("unrecorded table"):
                return state.invoke_statement()
        return None  # no actor: left to the fitness test to find
    connection = state.session.connection()
    pk = list(table.primary_key.columns)
    if state.is_insert:
        return _audited_insert(state, connection, name, table, pk)
    action = "update" if state.is_update else "delete"
    params = state.parameters
    if isinstance(params, list) and statement.whereclause is None:  # bulk update by key
        keys = [_key_text([p[c.key] for c in pk]) for p in params]
    else:
        query = select(*pk).select_from(table)
        if statement.whereclause is not None:
            query = query.where(statement.whereclause)
        keys = [_key_text(row) for row in connection.execute(query)]
    with _scope(action):
        result = state.invoke_statement()
    append_many(connection, name, [(action, table.name, k) for k in keys])
    if keys:
        dialect.notify_change(connection, [table.name])
    return result


def _audited_insert(state: ORMExecuteState, connection: Connection, name: str, table: Any,
                    pk: list[Any]) -> Any:
    statement: Any = state.statement
    returning = list(getattr(statement, "_returning", ()) or ())
    names = [getattr(c, "key", None) for c in returning]
    if not returning:
        statement = statement.returning(*pk)
        names = [c.key for c in pk]
    with _scope("create"):
        frozen = state.invoke_statement(statement=statement).freeze()
    keys: list[str] = []
    if all(c.key in names for c in pk):
        at = [names.index(c.key) for c in pk]
        keys = [_key_text([row[i] for i in at]) for row in frozen().all()]
    else:  # a RETURNING without the key: the rows are known by count only
        keys = ["" for _ in frozen().all()]
    append_many(connection, name, [("create", table.name, k) for k in keys])
    if keys:
        dialect.notify_change(connection, [table.name])
    return frozen()


event.listen(Session, "after_flush", _after_flush)
event.listen(Session, "before_flush", _before_flush)
event.listen(Session, "do_orm_execute", _bulk_statement)


