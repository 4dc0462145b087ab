"""The audit trail: who read or changed which record, and when; never the content.

Entries form a hash chain: each hash covers the entry's fields and the previous hash, so an
edited, inserted, deleted or reordered entry breaks the chain at the first place it touches,
and ``verify`` names that place. Old entries are purged by a *recorded* purge: the purge entry
keeps the hash of the last entry it removed (the anchor), so the rest still verifies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import Actor, require
from clubdesk.model.audit_chain import GENESIS, append, entry_hash
from clubdesk.model.db import Database
from clubdesk.model.errors import Term, ValidationError, say
from clubdesk.model.tables import AuditEntry

_ANCHOR = re.compile(r"jusqu'au n° (\d+) ; ancre ([0-9a-f]{64})")
DEFAULT_MONTHS = 12


def record(db: Database, actor: Actor, action: str, record_type: str,
           record_id: Any = "") -> None:
    """Record a read (or an export) in the trail, in a transaction of its own.

    A copy opened read-only cannot record: consulting it is not traced (the copy is the
    desk's own backup, opened only while the club's server is unreachable)."""
    if db.read_only:
        return
    with db.session(actor=actor) as session:
        append(session.connection(), actor.name, action, record_type, record_id)


@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    broken_at: int | None = None  # seq of the first entry that does not verify
    reason: str = ""

    def sentence(self) -> str:
        if self.ok:
            return say("Journal intact : {entries} entrée(s) vérifiée(s).", entries=self.entries)
        return say("Journal altéré : la chaîne est rompue à l'entrée n° {seq} ({reason}).",
                   seq=self.broken_at, reason=self.reason)


@dataclass(frozen=True)
class Filter:
    member_id: int | None = None
    username: str | None = None
    since: date | None = None
    until: date | None = None


class AuditService:
    """Reading, verifying and purging the trail: direction only."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def entries(self, flt: Filter | None = None, *, limit: int = 1000) -> list[AuditEntry]:
        require(self.actor, "direction")
        flt = flt or Filter()
        stmt = select(AuditEntry).order_by(col(AuditEntry.seq).desc()).limit(limit)
        if flt.member_id is not None:
            stmt = stmt.where(col(AuditEntry.record_type) == "member",
                              col(AuditEntry.record_id) == str(flt.member_id))
        if flt.username:
            stmt = stmt.where(col(AuditEntry.username) == flt.username)
        if flt.since:
            stmt = stmt.where(col(AuditEntry.at) >= datetime.combine(flt.since,
                                                                     datetime.min.time(), UTC))
        if flt.until:
            stmt = stmt.where(col(AuditEntry.at) < datetime.combine(
                flt.until + timedelta(days=1), datetime.min.time(), UTC))
        with self.db.session(write=False) as session:
            rows = list(session.scalars(stmt))
        self._record_read("audit_entry", "")
        return rows

    def _record_read(self, record_type: str, record_id: Any) -> None:
        with self.db.session(actor=self.actor) as session:
            append(session.connection(), self.actor.name, "read", record_type, record_id)

    def verify(self) -> Verification:
        require(self.actor, "direction")
        with self.db.session(write=False) as session:
            rows = session.execute(select(
                col(AuditEntry.seq), col(AuditEntry.at), col(AuditEntry.username),
                col(AuditEntry.action), col(AuditEntry.record_type), col(AuditEntry.record_id),
                col(AuditEntry.prev_hash), col(AuditEntry.hash)).order_by(col(AuditEntry.seq)))
            return _verify(list(rows))

    def purge(self, *, months: int = DEFAULT_MONTHS, now: datetime | None = None) -> int:
        """Remove entries older than ``months`` (6 to 36), keeping the chain verifiable."""
        require(self.actor, "direction")
        if not 6 <= months <= 36:
            raise ValidationError("months", "La durée de conservation du journal va de 6 à "
                                            "36 mois.")
        now = now or clock.now(UTC)
        cutoff = now - timedelta(days=round(months * 30.44))
        with self.db.session(actor=self.actor) as session:
            old = session.execute(select(func.count(), func.max(AuditEntry.seq)).where(
                col(AuditEntry.at) < cutoff)).one()
            count, last_seq = int(old[0]), old[1]
            if not count:
                return 0
            anchor = session.execute(select(col(AuditEntry.hash)).where(
                col(AuditEntry.seq) == last_seq)).scalar_one()
            # The purge is recorded first (chained as usual), naming the last removed entry
            # and its hash: the entry after it must link to that anchor.
            append(session.connection(), self.actor.name, "purge", "audit_entry",
                   f"{count} entrée(s) supprimée(s) jusqu'au n° {last_seq} ; ancre {anchor}",
                   at=now)
            session.execute(delete(AuditEntry).where(col(AuditEntry.seq) <= last_seq))
            return count


def _verify(rows: list[Any]) -> Verification:
    if not rows:
        return Verification(True, 0)
    anchors = [(int(m.group(1)), m.group(2)) for r in rows if r.action == "purge"
               for m in [_ANCHOR.search(r.record_id)] if m]
    expected_prev = GENESIS
    expected_seq = 1
    if anchors:
        last_seq, anchor = anchors[-1]
        expected_prev, expected_seq = anchor, last_seq + 1
    for r in rows:
        if r.seq != expected_seq:
            return Verification(False, len(rows), r.seq,
                                Term("une entrée manque ou a été déplacée"))
        if r.prev_hash != expected_prev:
            return Verification(False, len(rows), r.seq,
                                Term("le lien avec l'entrée précédente ne correspond pas"))
        if entry_hash(r.prev_hash, r.seq, r.at, r.username, r.action, r.record_type,
                      r.record_id) != r.hash:
            return Verification(False, len(rows), r.seq, Term("son contenu a été modifié"))
        expected_prev, expected_seq = r.hash, r.seq + 1
    return Verification(True, len(rows))
