"""The club's identity: a random UUID stored once in the ``setting`` table.

Backups are named, listed and rotated by it (clubdesk.model.storage.backup_manifest), and the audit
trail's sealing key is found by it (clubdesk.model.audit.seal). It is written the first time
one of them needs it, not at every open: a new empty database stays empty (a `db copy`
target). Writing it changes no club record, so it is outside the audit trail."""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError

from clubdesk.model.errors import ClubdeskError

if TYPE_CHECKING:
    from clubdesk.model.storage.db import Database

IDENTITY_KEY = "club_identity"
log = logging.getLogger(__name__)


def identity_on(connection: Connection, *, create: bool) -> str | None:
    """The club's identity read on ``connection`` (created in its transaction when asked)."""
    from clubdesk.model.audit.chain import outside_trail
    from clubdesk.model.tables import Setting

    table = Setting.__table__  # type: ignore[attr-defined]
    found = connection.execute(select(table.c.value).where(table.c.key == IDENTITY_KEY)).scalar()
    if found or not create:
        return str(found) if found else None
    value = str(uuid.uuid4())
    with outside_trail("the club's identity stamped"):
        connection.execute(table.insert().values(key=IDENTITY_KEY, value=value))
    return value


def read_identity(db: Database) -> str | None:
    """The club's identity, or None when it has none yet or cannot be read (damaged)."""
    try:
        with db.engine.connect() as conn:
            return identity_on(conn, create=False)
    except Exception:  # noqa: BLE001 - a damaged file: the caller falls back on names
        return None


def ensure_identity(db: Database) -> None:
    """Give the club its identity when it has none yet (a file that cannot be written, such
    as a read-only copy, keeps none: its backups fall back on its name)."""
    try:
        with db.engine.begin() as conn:
            identity_on(conn, create=True)
    except (OperationalError, SQLAlchemyDatabaseError) as exc:
        log.info("club identity not written: %s", type(exc).__name__)


def club_identity(db: Database) -> str:
    """The club's identity, created (once) when it has none."""
    found = read_identity(db)
    if found:
        return found
    ensure_identity(db)
    found = read_identity(db)
    if not found:
        raise ClubdeskError("L'identité du club n'a pas pu être enregistrée dans la base « "
                            "{database} » : aucune sauvegarde n'a été faite.",
                            database=db.display_name)
    return found
