"""The hash chain of the audit trail and the hook that records every ORM change.

Imported by clubdesk.model.db, so that no writing session can escape the trail.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, event, insert, select
from sqlmodel import Session

from clubdesk.model import audit_seal, clock, dialect
from clubdesk.model.tables import AuditEntry

GENESIS = "0" * 64
NOT_AUDITED = {"audit_entry"}


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
    return int(seq)


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


event.listen(Session, "after_flush", _after_flush)


