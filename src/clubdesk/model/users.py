"""Accounts, passwords and signing in.

Passwords: argon2id (argon2-cffi defaults; rehashed when the parameters change), never stored
or logged in clear. Rules from the CNIL's 2022 recommendation; since sign-in attempts are
throttled (a growing delay, then a lock after 10 failures until a direction user unlocks),
8 characters with three kinds are enough (the 50-bit rule); 12 characters with four kinds or
a passphrase of 7 words are accepted too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import ROLES, Actor, require
from clubdesk.model.audit_chain import append
from clubdesk.model.db import Database
from clubdesk.model.errors import AccessDenied, ClubdeskError, NotFoundError, ValidationError
from clubdesk.model.tables import UserAccount

MAX_FAILURES = 10
_hasher = PasswordHasher()
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")
UNUSABLE_HASH = "!"  # an imported account has no password until one is set


def password_error(password: str) -> ValidationError | None:
    """Why a password is refused (an error for the field ``password``), or None when it is
    good enough."""
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


def retry_delay(failures: int) -> timedelta:
    """Waiting time before the next attempt: none for the first 3 failures, then doubling."""
    if failures < 3:
        return timedelta(0)
    return timedelta(seconds=min(300, 2 ** (failures - 3)))


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    locked: bool
    disabled: bool
    failed_attempts: int


def _row(u: UserAccount) -> UserRow:
    return UserRow(u.id or 0, u.username, u.display_name, u.role, u.locked, u.disabled,
                   u.failed_attempts)


def has_accounts(db: Database) -> bool:
    with db.session(write=False) as session:
        return bool(session.execute(select(func.count()).select_from(UserAccount)).scalar_one())


def authenticate(db: Database, username: str, password: str,
                 now: datetime | None = None) -> Actor:
    """The actor behind a username and password, or a refusal in one calm sentence."""
    now = now or clock.now(UTC)
    refused = ClubdeskError("Identifiant ou mot de passe incorrect.")
    if db.read_only:
        return _authenticate_read_only(db, username, password, refused)
    with db.session(actor=Actor(username or "inconnu", "accueil")) as session:
        user = session.scalars(select(UserAccount).where(
            col(UserAccount.username) == username.strip().lower())).first()
        if user is None or user.disabled:
            append(session.connection(), username or "inconnu", "login_failed",
                   "user_account", "")
            session.commit()
            raise refused
        if user.locked:
            raise AccessDenied("Ce compte est bloqué après trop d'essais : une personne de la "
                               "direction doit le débloquer.")
        if user.last_failed_at is not None:
            last = user.last_failed_at.replace(tzinfo=user.last_failed_at.tzinfo or UTC)
            wait = last + retry_delay(user.failed_attempts) - now
            if wait > timedelta(0):
                raise AccessDenied("Trop d'essais : attendez {seconds} seconde(s) avant de "
                                   "réessayer.", seconds=int(wait.total_seconds()) + 1)
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            user.failed_attempts += 1
            user.last_failed_at = now
            user.locked = user.failed_attempts >= MAX_FAILURES
            session.add(user)
            session.flush()
            append(session.connection(), user.username, "login_failed", "user_account",
                   user.id)
            session.commit()
            raise refused from None
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        user.failed_attempts = 0
        user.last_failed_at = None
        session.add(user)
        append(session.connection(), user.username, "login", "user_account", user.id)
        return Actor(name=user.username, role=user.role, user_id=user.id)


def _authenticate_read_only(db: Database, username: str, password: str,
                            refused: ClubdeskError) -> Actor:
    """Signing in to a read-only copy: the same accounts and passwords, nothing recorded."""
    with db.session(write=False) as session:
        user = session.scalars(select(UserAccount).where(
            col(UserAccount.username) == username.strip().lower())).first()
    if user is None or user.disabled or user.locked:
        raise refused
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise refused from None
    return Actor(name=user.username, role=user.role, user_id=user.id)


class UserService:
    """Managing accounts: direction only (the first account may be created by anyone when
    the club has none yet: that is the first start)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def list_users(self) -> list[UserRow]:
        require(self.actor, "direction")
        with self.db.session(write=False) as session:
            return [_row(u) for u in session.scalars(select(UserAccount)
                                                     .order_by(col(UserAccount.username)))]

    def create(self, username: str, password: str, role: str, display_name: str = "") -> UserRow:
        first = not has_accounts(self.db)
        if first and role != "direction":
            raise ValidationError("role", "Le premier compte est celui de la direction.")
        if not first:
            require(self.actor, "direction")
        username = username.strip().lower()
        if not _USERNAME.match(username):
            raise ValidationError("username", "Identifiant : 2 à 60 lettres sans accent, "
                                              "chiffres, point, tiret ou souligné.")
        if role not in ROLES:
            raise ValidationError("role", "Rôle inconnu : {role}.", role=role)
        problem = password_error(password)
        if problem is not None:
            raise problem
        user = UserAccount(username=username, display_name=display_name.strip() or username,
                           role=role, password_hash=_hasher.hash(password))
        with self.db.session(actor=self.actor) as session:
            if session.scalars(select(UserAccount).where(
                    col(UserAccount.username) == username)).first():
                raise ValidationError("username", "L'identifiant « {username} » est déjà pris.",
                                      username=username)
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
            user.locked, user.failed_attempts, user.last_failed_at = False, 0, None
            session.add(user)

    @staticmethod
    def _keep_one_direction(session: object, user_id: int) -> None:
        others = session.execute(  # type: ignore[attr-defined]
            select(func.count()).select_from(UserAccount).where(
                col(UserAccount.role) == "direction", col(UserAccount.id) != user_id,
                col(UserAccount.disabled).is_(False))).scalar_one()
        if not others:
            raise ValidationError("role", "C'est le dernier compte de la direction : il doit "
                                          "en rester au moins un.")
