"""One-time codes: how an account without a password (an imported one, or one whose password
was forgotten) gets back in.

The direction issues a code for an account (`clubdesk users reset`, or the Comptes screen);
it is shown once and kept only as an argon2 hash, in the account's ``password_hash`` column,
with its expiry: ``once:<expiry, seconds since 1970 UTC>:<argon2 hash of the code>``. So the
account's old password (if any) stops working, and no other table or migration is needed.

Signing in with the code (in place of the password) does not open a session: it answers
NewPasswordNeeded, and ``choose_password`` then sets the new password and consumes the code.
Wrong codes are throttled and recorded exactly like wrong passwords (same key, same delays).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from clubdesk.model import clock
from clubdesk.model.access import Actor, require
from clubdesk.model.accounts.recovery import new_code, normal_code
from clubdesk.model.accounts.users import (
    UNKNOWN,
    _aware,
    _find,
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
from clubdesk.model.errors import ClubdeskError, NotFoundError
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import UserAccount

PREFIX = "once:"
VALID_DAYS = 7


class NewPasswordNeeded(ClubdeskError):
    """The one-time code is right: the account must now choose its password."""

    def __init__(self, username: str) -> None:
        super().__init__("Code à usage unique accepté : choisissez maintenant votre mot de "
                         "passe.")
        self.username = username


@dataclass(frozen=True)
class Pending:
    expires_at: datetime
    code_hash: str

    def expired(self, now: datetime) -> bool:
        return now >= self.expires_at


def pending(stored: str | None) -> Pending | None:
    """The one-time code an account waits for, or None (a password, or nothing)."""
    if not stored or not stored.startswith(PREFIX):
        return None
    stamp, _, code_hash = stored[len(PREFIX):].partition(":")
    try:
        expires = datetime.fromtimestamp(int(stamp), UTC)
    except (ValueError, OverflowError, OSError):
        return None
    return Pending(expires, code_hash)


def stored_form(code_hash: str, expires_at: datetime) -> str:
    return f"{PREFIX}{int(expires_at.timestamp())}:{code_hash}"


def issue(db: Database, actor: Actor, user_id: int, now: datetime | None = None) -> str:
    """A new one-time code for account ``user_id`` (direction only), shown once; valid
    VALID_DAYS days. The account's password, or previous code, stops working."""
    require(actor, "direction")
    now = now or clock.now(UTC)
    code = new_code()
    form = stored_form(hash_secret(normal_code(code)), now + timedelta(days=VALID_DAYS))
    with db.session(actor=actor) as session:
        user = session.get(UserAccount, user_id)
        if user is None:
            raise NotFoundError("Aucun compte n'a le numéro {user_id}.", user_id=user_id)
        user.password_hash = form
        user.failed_attempts, user.locked, user.last_failed_at = 0, False, None
        session.add(user)
        session.flush()
        clear_failures(session.connection(), throttle_key(user.username))
    return code


def check_code(user: UserAccount | None, typed: str) -> bool | None:
    """For sign-in: None when the account waits for no code (check the password), else
    whether ``typed`` is its code (one argon2 verification either way)."""
    waiting = pending(user.password_hash if user else None)
    if waiting is None:
        return None
    return secret_matches(waiting.code_hash, normal_code(typed))


def expired_refusal() -> ClubdeskError:
    return ClubdeskError("Ce code à usage unique a expiré : demandez-en un nouveau à la "
                         "direction.")


def choose_password(db: Database, username: str, code: str, new_password: str,
                    now: datetime | None = None) -> Actor:
    """Set the password of ``username`` with its one-time code (which is then consumed) and
    sign in. The new password is checked by the rules before anything else."""
    now = _aware(now or clock.now(UTC))
    problem = password_error(new_password)
    if problem is not None:
        raise problem
    refused = ClubdeskError("Identifiant ou code incorrect.")
    password_hash = _hasher.hash(new_password)
    key = throttle_key(username)
    with db.session(actor=Actor("connexion", "accueil")) as session:
        connection = session.connection()
        serialise_sign_in(connection)
        check_wait(connection, key, now)
        user = _find(session, normal_username(username))
        waiting = pending(user.password_hash if user else None)
        matches = secret_matches(waiting.code_hash if waiting else None, normal_code(code))
        if user is None or waiting is None or user.disabled or not matches:
            record_failure(connection, key, now)
            append(connection, user.username if user else UNKNOWN, "login_failed",
                   "user_account", user.id if user else "")
            session.commit()
            raise refused
        if waiting.expired(now):
            raise expired_refusal()
        session.info["actor_name"] = user.username
        user.password_hash = password_hash
        user.failed_attempts, user.locked, user.last_failed_at = 0, False, None
        session.add(user)
        session.flush()
        clear_failures(connection, key)
        append(connection, user.username, "login", "user_account", user.id)
        return Actor(name=user.username, role=user.role, user_id=user.id)
