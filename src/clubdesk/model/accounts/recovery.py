"""The club's recovery code: a way back in when the direction's password is lost.

One code per club, printed once when the first direction account is created (and whenever
the direction asks for a new one); kept only as an argon2 hash in the settings. Using it
resets one direction account's password, clears that account's delays, and replaces the
code by a new one (shown once). Wrong codes are throttled like sign-ins (key "recovery");
every use, issue or failure is in the audit trail, never the code itself.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import Actor, require
from clubdesk.model.accounts.users import (
    UNKNOWN,
    _hasher,
    check_wait,
    clear_failures,
    hash_secret,
    normal_username,
    password_error,
    record_failure,
    secret_matches,
    serialise_sign_in,
    throttle_key,
)
from clubdesk.model.audit.chain import append
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import Setting, UserAccount

SETTING_KEY = "recovery_code_hash"
THROTTLE_KEY = "recovery"  # not a SHA-256: never the key of a name tried
# No 0/O, 1/I/L, U: read back from paper without doubt. 5 groups of 4: about 98 bits.
ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
GROUPS, GROUP = 5, 4


def new_code() -> str:
    """A fresh code, « ABCD-EFGH-JKMN-PQRS-TVWX »."""
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(GROUP))
                    for _ in range(GROUPS))


def normal_code(typed: str) -> str:
    """The code as hashed: capitals, without spaces or dashes (bounded)."""
    return "".join(c for c in typed[:200].upper() if c.isalnum())


def store_hash(session: Any, code_hash: str) -> None:
    """Keep ``code_hash`` as the club's code (the previous code stops working)."""
    row = session.get(Setting, SETTING_KEY) or Setting(key=SETTING_KEY)
    row.value = code_hash
    session.add(row)


def issue_code(db: Database, actor: Actor) -> str:
    """A new recovery code (direction only), shown once; the old one stops working."""
    require(actor, "direction")
    code = new_code()
    code_hash = hash_secret(normal_code(code))
    with db.session(actor=actor) as session:
        store_hash(session, code_hash)
        session.flush()
        append(session.connection(), actor.name, "recovery_new", "setting", "")
    return code


def recover(db: Database, username: str, code: str, new_password: str,
            now: datetime | None = None) -> str:
    """Give the direction account ``username`` the password ``new_password`` with the
    club's recovery code; returns the next code (the one used stops working). A wrong code,
    a name that is no direction account or a club without code: one and the same refusal."""
    now = now or clock.now(UTC)
    problem = password_error(new_password)
    if problem is not None:
        raise problem
    refused = ClubdeskError("Code de secours ou identifiant incorrect.")
    name = normal_username(username)
    password_hash = _hasher.hash(new_password)
    next_code = new_code()
    next_hash = hash_secret(normal_code(next_code))
    with db.session(actor=Actor("code de secours", "accueil")) as session:
        connection = session.connection()
        serialise_sign_in(connection)
        check_wait(connection, THROTTLE_KEY, now)
        stored = session.get(Setting, SETTING_KEY)
        user = None if name is None else session.scalars(select(UserAccount).where(
            col(UserAccount.username) == name)).first()
        matches = secret_matches(stored.value if stored else None, normal_code(code))
        if not matches or user is None or user.role != "direction" or user.disabled:
            record_failure(connection, THROTTLE_KEY, now)
            append(connection, user.username if user else UNKNOWN, "recovery_failed",
                   "user_account", user.id if user else "")
            session.commit()
            raise refused
        session.info["actor_name"] = user.username
        user.password_hash = password_hash
        user.failed_attempts, user.locked, user.last_failed_at = 0, False, None
        session.add(user)
        store_hash(session, next_hash)
        session.flush()
        clear_failures(connection, THROTTLE_KEY, throttle_key(user.username))
        append(connection, user.username, "recovery_used", "user_account", user.id)
    return next_code
