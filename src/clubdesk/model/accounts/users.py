"""Accounts, passwords and signing in.

Passwords: argon2id (argon2-cffi defaults; rehashed when the parameters change), never stored
or logged in clear. Rules from the CNIL's 2022 recommendation; since sign-in attempts are
throttled (a growing delay after 3 failures, capped at 5 minutes), 8 characters with three
kinds are enough (the 50-bit rule); 12 characters with four kinds or a passphrase of 7 words
are accepted too.

Signing in neither tells nor locks: failures are counted per *name tried* (sign_in_throttle,
keyed by a hash of the bounded name), for unknown names exactly as for accounts, and an
unknown name costs the same argon2 verification as a known one. So the answers and their
timing are the same whatever the username, and failures only ever slow down, never lock an
account for good (the only direction account included).
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, func, insert, select, update
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import LOCAL_ADMIN, ROLES, Actor, require
from clubdesk.model.audit.chain import append
from clubdesk.model.errors import AccessDenied, ClubdeskError, NotFoundError, ValidationError
from clubdesk.model.storage import dialect
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import SignInThrottle, UserAccount

FREE_FAILURES = 3  # failures answered at once; then the delay doubles from 1 s
MAX_DELAY_SECONDS = 300
MAX_USERNAME = 60
MAX_TYPED = 200  # longer typed text is never looked at beyond this
MAX_PASSWORD = 1024
UNKNOWN = "inconnu"  # the trail's name for a sign-in under a name that is no account
_hasher = PasswordHasher()
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")
UNUSABLE_HASH = "!"  # an imported account has no password until one is set
# Verified when the name is no account (or has no usable hash), so that the answer takes as
# long as a real verification: a hash of a random text made with argon2-cffi's defaults.
# When those defaults change, a new one is made once (same cost as the real hashes).
_dummy = ("$argon2id$v=19$m=65536,t=3,p=4$JsrzRnAuGCXj1zMnDssLmg$"
          "29qrRX6XUSOcqsjgchS4L0gYRFEc54av+YC1QD+A27I")
_THROTTLE = SignInThrottle.__table__  # type: ignore[attr-defined]
# Core statements on the throttle (no ORM object): its counts are not club records.


def password_error(password: str) -> ValidationError | None:
    """Why a password is refused (an error for the field ``password``), or None when it is
    good enough."""
    if len(password) > MAX_PASSWORD:
        return ValidationError("password", "Mot de passe trop long : {limit} caractères au "
                                           "plus.", limit=MAX_PASSWORD)
    kinds = sum((any(c.islower() for c in password), any(c.isupper() for c in password),
                 any(c.isdigit() for c in password), any(not c.isalnum() for c in password)))
    words = [w for w in re.split(r"[\s\-_.,;:]+", password) if len(w) >= 2]
    if len(password) >= 12 and kinds == 4:
        return None
    if len(words) >= 7:
        return None
    if len(password) >= 8 and kinds >= 3:
        return None
    return ValidationError("password", "Mot de passe trop faible : au moins 8 caractères avec "
                           "trois sortes parmi minuscules, majuscules, chiffres et symboles, "
                           "ou une phrase de 7 mots.")


def password_problem(password: str) -> str | None:
    """Why a password is refused, in the language of the interface, or None when it is good
    enough."""
    error = password_error(password)
    return None if error is None else str(error)


def hash_secret(secret: str) -> str:
    """An argon2id hash of a password or a recovery code (the only form ever stored)."""
    return _hasher.hash(secret)


def secret_matches(stored: str | None, secret: str) -> bool:
    """Whether ``secret`` matches the argon2 hash ``stored``. Always costs one argon2
    verification, also when there is no usable hash (then against a dummy one)."""
    global _dummy
    usable = bool(stored) and str(stored).startswith("$argon2") and len(secret) <= MAX_PASSWORD
    if not usable and _hasher.check_needs_rehash(_dummy):
        _dummy = _hasher.hash(secrets.token_urlsafe(16))
    try:
        _hasher.verify(str(stored) if usable else _dummy, secret[:MAX_PASSWORD])
    except (VerificationError, InvalidHashError):
        return False
    return usable


def retry_delay(failures: int) -> timedelta:
    """Waiting time before the next attempt: none for the first 3 failures, then doubling
    from 1 second, never more than 5 minutes."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    return timedelta(seconds=min(MAX_DELAY_SECONDS, 2 ** min(failures - FREE_FAILURES, 16)))


def normal_username(typed: str) -> str | None:
    """The username as accounts store it, or None when ``typed`` cannot be one (too long,
    other characters). Nothing longer than MAX_TYPED is ever looked at."""
    if len(typed) > MAX_TYPED:
        return None
    name = typed.strip().lower()
    return name if _USERNAME.match(name) else None


def throttle_key(typed: str) -> str:
    """The throttle's key for a name tried: SHA-256 of its bounded, normalised form."""
    return hashlib.sha256(typed[:MAX_TYPED].strip().lower().encode("utf-8")).hexdigest()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def check_wait(connection: Connection, key: str, now: datetime) -> None:
    """Refuse while the delay after the last failure under ``key`` has not passed."""
    row = connection.execute(select(_THROTTLE.c.failures, _THROTTLE.c.last_failed_at).where(
        _THROTTLE.c.name_key == key)).first()
    if row is None or row.last_failed_at is None:
        return
    delay = retry_delay(row.failures)
    # never longer than the delay itself: a failure recorded by a desk whose clock is ahead
    # (or by a process whose clock was set, as tests do) must not lengthen the wait
    wait = min(_aware(row.last_failed_at) + delay - now, delay)
    if wait > timedelta(0):
        seconds = max(1, math.ceil(wait.total_seconds()))
        if seconds == 1:
            raise AccessDenied("Trop d'essais : attendez {seconds} seconde avant de "
                               "réessayer.", seconds=seconds)
        raise AccessDenied("Trop d'essais : attendez {seconds} secondes avant de "
                           "réessayer.", seconds=seconds)


def record_failure(connection: Connection, key: str, now: datetime) -> None:
    """One more failure under ``key`` (the caller holds the club's write lock)."""
    moment = now.astimezone(UTC)
    # rows nobody has used for a day go: a name typed by mistake is not kept
    connection.execute(delete(_THROTTLE).where(
        _THROTTLE.c.last_failed_at < moment - timedelta(days=1), _THROTTLE.c.name_key != key))
    done = connection.execute(update(_THROTTLE).where(_THROTTLE.c.name_key == key).values(
        failures=_THROTTLE.c.failures + 1, last_failed_at=moment))
    if not done.rowcount:
        connection.execute(insert(_THROTTLE).values(name_key=key, failures=1,
                                                    last_failed_at=moment))


def clear_failures(connection: Connection, *keys: str) -> None:
    connection.execute(delete(_THROTTLE).where(_THROTTLE.c.name_key.in_(keys)))


def serialise_sign_in(connection: Connection) -> None:
    """One sign-in (or first account) at a time per club, also across desks: counts and
    checks stay exact. SQLite's writers already hold the write lock (BEGIN IMMEDIATE); on
    PostgreSQL this is the audit chain's transaction lock, taken first."""
    dialect.lock_audit_chain(connection)


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    locked: bool  # slowed down by recent failures (« Débloquer » clears them)
    disabled: bool
    failed_attempts: int
    # "password", "none" (imported: no password yet), "code" (waits for its one-time
    # code), "expired" (its code has expired: the direction gives a new one)
    password: str = "password"


def password_state(stored: str, now: datetime | None = None) -> str:
    from clubdesk.model.accounts import one_time

    waiting = one_time.pending(stored)
    if waiting is not None:
        return "expired" if waiting.expired(_aware(now or clock.now(UTC))) else "code"
    return "password" if stored.startswith("$argon2") else "none"


def _row(u: UserAccount, failures: int = 0) -> UserRow:
    return UserRow(u.id or 0, u.username, u.display_name, u.role,
                   u.locked or failures >= FREE_FAILURES, u.disabled, failures,
                   password_state(u.password_hash))


def has_accounts(db: Database) -> bool:
    with db.session(write=False) as session:
        return bool(session.execute(select(func.count()).select_from(UserAccount)).scalar_one())


def _count_accounts(session: Any) -> int:
    return int(session.execute(select(func.count()).select_from(UserAccount)).scalar_one())


def _find(session: Any, name: str | None) -> UserAccount | None:
    if name is None:
        return None
    return session.scalars(select(UserAccount).where(  # type: ignore[no-any-return]
        col(UserAccount.username) == name)).first()


def authenticate(db: Database, username: str, password: str,
                 now: datetime | None = None) -> Actor:
    """The actor behind a username and password, or a refusal in one calm sentence: the
    same sentences, in the same time, for a name that is an account and one that is not."""
    from clubdesk.model.accounts import one_time

    now = _aware(now or clock.now(UTC))
    refused = ClubdeskError("Identifiant ou mot de passe incorrect.")
    name = normal_username(username)
    if db.read_only:
        return _authenticate_read_only(db, name, password, refused)
    key = throttle_key(username)
    with db.session(actor=Actor("connexion", "accueil")) as session:
        connection = session.connection()
        serialise_sign_in(connection)
        check_wait(connection, key, now)
        user = _find(session, name)
        by_code = one_time.check_code(user, password)  # None: the account has a password
        matches = by_code if by_code is not None else secret_matches(
            user.password_hash if user else None, password)
        if user is None or user.disabled or not matches:
            record_failure(connection, key, now)
            append(connection, user.username if user else UNKNOWN, "login_failed",
                   "user_account", user.id if user else "")
            session.commit()
            raise refused
        if by_code:  # the right one-time code: a new password first (nothing written)
            waiting = one_time.pending(user.password_hash)
            if waiting is not None and waiting.expired(now):
                raise one_time.expired_refusal()
            raise one_time.NewPasswordNeeded(user.username)
        session.info["actor_name"] = user.username
        clear_failures(connection, key)
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        if user.failed_attempts or user.locked or user.last_failed_at is not None:
            user.failed_attempts, user.locked, user.last_failed_at = 0, False, None
        session.add(user)
        append(connection, user.username, "login", "user_account", user.id)
        return Actor(name=user.username, role=user.role, user_id=user.id)


def _authenticate_read_only(db: Database, name: str | None, password: str,
                            refused: ClubdeskError) -> Actor:
    """Signing in to a read-only copy: the same accounts and passwords, nothing recorded."""
    with db.session(write=False) as session:
        user = _find(session, name)
    matches = secret_matches(user.password_hash if user else None, password)
    if user is None or user.disabled or not matches:
        raise refused
    return Actor(name=user.username, role=user.role, user_id=user.id)


def _check_new_account(username: str, password: str, role: str) -> str:
    """The stored username, after every check of a new account (nothing written yet)."""
    name = normal_username(username)
    if name is None:
        raise ValidationError("username", "Identifiant : 2 à 60 lettres sans accent, "
                                          "chiffres, point, tiret ou souligné.")
    if role not in ROLES:
        raise ValidationError("role", "Rôle inconnu : {role}.", role=role)
    problem = password_error(password)
    if problem is not None:
        raise problem
    return name


def _refuse_taken(session: Any, name: str) -> None:
    if _find(session, name) is not None:
        raise ValidationError("username", "L'identifiant « {username} » est déjà pris.",
                              username=name)


@dataclass(frozen=True)
class FirstAccount:
    row: UserRow
    actor: Actor  # signed in as the new account
    recovery_code: str  # shown once: only its hash is kept


def create_first_account(db: Database, username: str, password: str,
                         display_name: str = "") -> FirstAccount:
    """The club's first account (direction), signed in at once, with the club's recovery
    code. Refused when the club has an account: checked in the very transaction that
    creates it, so that two desks cannot both create a first account."""
    from clubdesk.model.accounts import recovery

    name = _check_new_account(username, password, "direction")
    user = UserAccount(username=name, display_name=display_name.strip()[:120] or name,
                       role="direction", password_hash=_hasher.hash(password))
    code = recovery.new_code()
    code_hash = hash_secret(recovery.normal_code(code))
    with db.session(actor=Actor(name, "direction")) as session:
        connection = session.connection()
        serialise_sign_in(connection)
        if _count_accounts(session):
            raise AccessDenied("Le club a déjà un compte : entrez avec votre identifiant.")
        session.add(user)
        session.flush()
        recovery.store_hash(session, code_hash)
        append(connection, name, "login", "user_account", user.id)
    return FirstAccount(_row(user), Actor(name=name, role="direction", user_id=user.id), code)


def accountless_actor(db: Database) -> Actor:
    """Who works in a club that has no account yet (the local administrator, as before
    accounts existed); refused as soon as the club has one: then everyone signs in."""
    if has_accounts(db):
        raise AccessDenied("Le club a déjà un compte : entrez avec votre identifiant.")
    return LOCAL_ADMIN


def display_name_of(db: Database, actor: Actor) -> str:
    """The name shown for a signed-in actor (their own account's display name)."""
    if actor.user_id is None:
        return actor.name
    with db.session(write=False) as session:
        user = session.get(UserAccount, actor.user_id)
    return user.display_name if user is not None and user.display_name else actor.name


class UserService:
    """Managing accounts: direction only (the first account may be created by anyone when
    the club has none yet: that is the first start)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def list_users(self) -> list[UserRow]:
        require(self.actor, "direction")
        with self.db.session(write=False) as session:
            users = list(session.scalars(select(UserAccount)
                                         .order_by(col(UserAccount.username))))
            keys = {throttle_key(u.username): u.id for u in users}
            failures = {keys[r.name_key]: int(r.failures) for r in session.execute(
                select(_THROTTLE.c.name_key, _THROTTLE.c.failures).where(
                    _THROTTLE.c.name_key.in_(list(keys))))}
        return [_row(u, failures.get(u.id, 0)) for u in users]

    def create(self, username: str, password: str, role: str, display_name: str = "") -> UserRow:
        """A new account: by the direction, or the club's first account (direction) by
        anyone; both checked in the transaction that writes it. The first account made
        here gets no recovery code (create_first_account does)."""
        if has_accounts(self.db):
            require(self.actor, "direction")
        name = _check_new_account(username, password, role)
        user = UserAccount(username=name, display_name=display_name.strip() or name,
                           role=role, password_hash=_hasher.hash(password))
        with self.db.session(actor=self.actor) as session:
            serialise_sign_in(session.connection())
            if not _count_accounts(session):
                if role != "direction":
                    raise ValidationError("role", "Le premier compte est celui de la "
                                                  "direction.")
            else:
                require(self.actor, "direction")
            _refuse_taken(session, name)
            session.add(user)
        return _row(user)

    def _get(self, session: object, user_id: int) -> UserAccount:
        user = session.get(UserAccount, user_id)  # type: ignore[attr-defined]
        if user is None:
            raise NotFoundError("Aucun compte n'a le numéro {user_id}.", user_id=user_id)
        return user  # type: ignore[no-any-return]

    def set_password(self, user_id: int, password: str) -> None:
        if self.actor.user_id != user_id:
            require(self.actor, "direction")
        problem = password_error(password)
        if problem is not None:
            raise problem
        with self.db.session(actor=self.actor) as session:
            user = self._get(session, user_id)
            user.password_hash = _hasher.hash(password)
            session.add(user)

    def one_time_code(self, user_id: int) -> str:
        """A one-time code for the account (direction only), to be shown once: its holder
        signs in with it and chooses a password. Its password, if any, stops working."""
        from clubdesk.model.accounts import one_time

        return one_time.issue(self.db, self.actor, user_id)

    def set_role(self, user_id: int, role: str) -> None:
        require(self.actor, "direction")
        if role not in ROLES:
            raise ValidationError("role", "Rôle inconnu : {role}.", role=role)
        with self.db.session(actor=self.actor) as session:
            user = self._get(session, user_id)
            if user.role == "direction" and role != "direction":
                self._keep_one_direction(session, user_id)
            user.role = role
            session.add(user)

    def set_disabled(self, user_id: int, disabled: bool) -> None:
        require(self.actor, "direction")
        with self.db.session(actor=self.actor) as session:
            user = self._get(session, user_id)
            if disabled and user.role == "direction":
                self._keep_one_direction(session, user_id)
            user.disabled = disabled
            session.add(user)

    def unlock(self, user_id: int) -> None:
        require(self.actor, "direction")
        with self.db.session(actor=self.actor) as session:
            user = self._get(session, user_id)
            in_row = user.locked or bool(user.failed_attempts) or user.last_failed_at is not None
            user.locked, user.failed_attempts, user.last_failed_at = False, 0, None
            session.add(user)
            clear_failures(session.connection(), throttle_key(user.username))
            if not in_row:  # the slow-down lived in the throttle only (no club record):
                # the unlock is on the trail all the same, as a change of the account
                append(session.connection(), self.actor.name, "update", "user_account",
                       user.id)

    @staticmethod
    def _keep_one_direction(session: object, user_id: int) -> None:
        others = session.execute(  # type: ignore[attr-defined]
            select(func.count()).select_from(UserAccount).where(
                col(UserAccount.role) == "direction", col(UserAccount.id) != user_id,
                col(UserAccount.disabled).is_(False))).scalar_one()
        if not others:
            raise ValidationError("role", "C'est le dernier compte de la direction : il doit "
                                          "en rester au moins un.")
