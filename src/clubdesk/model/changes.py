"""What other desks changed: read from the audit trail, which records every write.

A desk remembers the last audit entry it has seen and asks which kinds of records were
written since, as topics (clubdesk.model.topics, the same mapping the operation layer
uses for this desk's own changes). This works on both back ends and across processes (two
desks on one SQLite file, or on a PostgreSQL server, where notifications only make it
faster). Read entries (consultations, exports, sign-ins) are not changes, and the entries
this desk wrote itself (``skip``) were announced by its operation already.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import col

from clubdesk.model.storage import dialect
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import AuditEntry
from clubdesk.model.topics import QUIET_ACTIONS, Topic, topics_for


@dataclass(frozen=True)
class Changes:
    last_seq: int
    entries: frozenset[tuple[str, str]]  # (action, record type)

    @property
    def record_types(self) -> frozenset[str]:
        return frozenset(kind for _, kind in self.entries)

    @property
    def topics(self) -> frozenset[Topic]:
        return topics_for(self.entries)


class ChangeFeed:
    def __init__(self, db: Database) -> None:
        self.db = db

    def mark(self) -> int:
        """The newest entry now: changes are counted from here."""
        with self.db.session(write=False) as session:
            return int(session.execute(select(func.coalesce(func.max(AuditEntry.seq), 0)))
                       .scalar_one())

    def since(self, seq: int, skip: Iterable[int] = ()) -> Changes:
        """What was written after entry ``seq``, but for the entries ``skip``: one cheap
        query when nothing was."""
        with self.db.session(write=False) as session:
            newest = int(session.execute(
                select(func.coalesce(func.max(AuditEntry.seq), 0))).scalar_one())
            if newest <= seq:
                return Changes(seq, frozenset())
            query = (select(col(AuditEntry.action), col(AuditEntry.record_type)).distinct()
                     .where(col(AuditEntry.seq) > seq, col(AuditEntry.seq) <= newest,
                            col(AuditEntry.action).notin_(QUIET_ACTIONS)))
            mine = sorted(s for s in skip if seq < s <= newest)
            if mine:
                query = query.where(col(AuditEntry.seq).notin_(mine))
            kinds = session.execute(query).all()
        return Changes(newest, frozenset((str(a), str(k)) for a, k in kinds))

    def listener(self) -> dialect.ChangeListener | None:
        return dialect.change_listener(self.db.engine)
