"""The audit trail: who read or changed which record, and when; never the content.

Entries form a hash chain: each hash covers the entry's fields and the previous hash, so an
edited, inserted, deleted or reordered entry breaks the chain at the first place it touches,
and ``verify`` names that place. Each entry is also sealed with a key the database does not
hold, and the newest position is anchored outside the table (clubdesk.model.audit.seal), so
that a recomputed chain, a cut tail or an emptied trail are found too
(clubdesk.model.audit.verify). Old entries are purged by a *recorded* purge: the purge entry
keeps the hash of the last entry it removed (the anchor), so the rest still verifies.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import Actor, require
from clubdesk.model.audit import seal
from clubdesk.model.audit.chain import append
from clubdesk.model.audit.verify import Verification, verify_rows
from clubdesk.model.errors import ValidationError
from clubdesk.model.storage.club_identity import identity_on
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import AuditEntry

__all__ = ["AuditService", "Filter", "Verification", "record", "record_members"]
DEFAULT_MONTHS = 12
RECORD_ID_LENGTH = 200  # audit_entry.record_id


def record(db: Database, actor: Actor, action: str, record_type: str,
           record_id: Any = "") -> None:
    """Record a read (or an export) in the trail, in a transaction of its own.

    A copy opened read-only cannot record: consulting it is not traced (the copy is the
    desk's own backup, opened only while the club's server is unreachable)."""
    if db.read_only:
        return
    with db.session(actor=actor) as session:
        append(session.connection(), actor.name, action, record_type, record_id)


def record_members(db: Database, actor: Actor, record_type: str,
                   member_ids: Iterable[int], action: str = "read") -> None:
    """Record a read of several members' staff-only data: one entry per call listing the
    members' numbers (« member 3,5,9 »), never the content; when the list does not fit one
    entry (200 characters), several entries in the same transaction. Nothing is recorded when
    nothing was read."""
    ids = sorted(set(member_ids))
    if not ids or db.read_only:
        return
    chunks: list[str] = []
    for mid in map(str, ids):
        if chunks and len(chunks[-1]) + 1 + len(mid) <= RECORD_ID_LENGTH:
            chunks[-1] += "," + mid
        else:
            chunks.append("member " + mid)
    with db.session(actor=actor) as session:
        for chunk in chunks:
            append(session.connection(), actor.name, action, record_type, chunk)


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
        """The chain, the seals and the anchors outside the table (clubdesk.model.audit.verify);
        the sentence names what the trail was compared with."""
        require(self.actor, "direction")
        with self.db.session(write=False) as session:
            rows = list(session.execute(select(
                col(AuditEntry.seq), col(AuditEntry.at), col(AuditEntry.username),
                col(AuditEntry.action), col(AuditEntry.record_type), col(AuditEntry.record_id),
                col(AuditEntry.prev_hash), col(AuditEntry.hash), col(AuditEntry.seal))
                .order_by(col(AuditEntry.seq))))
            identity = identity_on(session.connection(), create=False)
        record_ = seal.load_keys(identity) if identity else seal.KeyRecord()
        keys = record_.by_id()
        if identity and self.db.passphrase is not None:
            derived = seal.derived_key(self.db.passphrase, identity)
            keys[seal.key_id(derived)] = derived
        place = seal.describe_place(record_, identity, self.db.passphrase is not None)
        return verify_rows(rows, keys, anchors=self._anchors(identity, rows), since=record_.since,
                           key_place=place)

    def _anchors(self, identity: str | None, rows: list[Any]) -> list[seal.Anchor]:
        """The anchor file beside the database, and the newest backup of this club whose
        manifest holds a position (one taken before the club's last restore is not
        compared: the restore rightly went back to an older trail)."""
        found: list[seal.Anchor] = []
        anchor = seal.read_anchor(self.db.url)
        if anchor is not None and (anchor.club is None or anchor.club == identity):
            found.append(anchor)
        if identity is None:
            return found
        from clubdesk.model.storage.backup import newest_manifest_anchor

        restored = [r.at for r in rows if r.action == "restore" and r.seal is not None]
        manifest = newest_manifest_anchor(self.db.url, identity,
                                          after=max(restored) if restored else None)
        if manifest is not None:
            found.append(manifest)
        return found

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
                   f"{count} {'entrée supprimée' if count == 1 else 'entrées supprimées'} "
                   f"jusqu'au n° {last_seq} ; ancre {anchor}",
                   at=now)
            session.execute(delete(AuditEntry).where(col(AuditEntry.seq) <= last_seq))
            return count
