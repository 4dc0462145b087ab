"""What other desks changed: read from the audit trail, which records every write.

A desk remembers the last audit entry it has seen and asks which kinds of records were
written since. This works on both back ends and across processes (two desks on one SQLite
file, or on a PostgreSQL server, where notifications only make it faster). Read entries
(consultations, exports, sign-ins, backups) are not changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import col

from clubdesk.model import dialect
from clubdesk.model.db import Database
from clubdesk.model.tables import AuditEntry

# trail entries that change nothing another desk shows
QUIET_ACTIONS = ("read", "export", "login", "login_failed", "backup")


@dataclass(frozen=True)
class Changes:
    last_seq: int
    record_types: frozenset[str]


class ChangeFeed:
    def __init__(self, db: Database) -> None:
        self.db = db

    def mark(self) -> int:
        """The newest entry now: changes are counted from here."""
        with self.db.session(write=False) as session:
            return int(session.execute(select(func.coalesce(func.max(AuditEntry.seq), 0)))
                       .scalar_one())

    def since(self, seq: int) -> Changes:
        """What was written after entry ``seq``: one cheap query when nothing was."""
        with self.db.session(write=False) as session:
            newest = int(session.execute(
                select(func.coalesce(func.max(AuditEntry.seq), 0))).scalar_one())
            if newest <= seq:
                return Changes(seq, frozenset())
            kinds = session.scalars(
                select(col(AuditEntry.record_type)).distinct()
                .where(col(AuditEntry.seq) > seq, col(AuditEntry.seq) <= newest,
                       col(AuditEntry.action).notin_(QUIET_ACTIONS))).all()
        return Changes(newest, frozenset(str(k) for k in kinds))

    def listener(self) -> dialect.ChangeListener | None:
        return dialect.change_listener(self.db.engine)
