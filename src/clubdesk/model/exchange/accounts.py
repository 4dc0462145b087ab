"""What an import may write, by the importer's role, and the accounts it leaves behind.

- Roles: the files that only the direction may write through the services (accounts, the
  structure's information, opening hours, funding, activities, governance, surveys) are
  direction-only in an import too, ``merge`` included; the reception imports nothing. All
  checked on the list of files before anything is read into the club.
- No club is locked out: imported accounts come without their password (hashes never leave
  a club). ``admin`` names the account that will be the club's way in: it gets the password
  given (checked by the rules before anything is written) and the direction role. When the
  file does not hold it, it is created; when it holds it with another role, or disabled, it
  becomes an active direction account (the importer is the direction: it may do so through
  the Comptes screen anyway). An import after which the club would have accounts but none
  of the direction able to sign in is refused, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import ROLE_LABELS, STAFF_ROLES, Actor
from clubdesk.model.accounts.users import normal_username, password_error, password_state
from clubdesk.model.errors import AccessDenied, ClubdeskError, ValidationError
from clubdesk.model.tables import UserAccount

DIRECTION_FILES = frozenset({
    "users.csv", "structure.csv", "opening_hours.csv", "funding.csv", "activities.csv",
    "governance.csv", "surveys.csv", "volunteers.csv",
})


def refused_files(role: str, names: Iterable[str]) -> list[str]:
    """The files among ``names`` that ``role`` may not import, in order."""
    if role == "direction":
        return []
    if role not in STAFF_ROLES:
        return sorted(set(names))
    return sorted(set(names) & DIRECTION_FILES)


def check_role(actor: Actor, names: Iterable[str], admin: NewAdmin | None) -> None:
    """Refuse, before anything is written, the files the importer's role may not write
    (the reception is refused before, by the importer: it imports nothing)."""
    refused = refused_files(actor.role, names)
    if refused:
        raise AccessDenied("Votre rôle ({role}) ne permet pas d'importer : {files}. Rien n'a "
                           "été enregistré ; retirez ces fichiers ou demandez à la direction "
                           "de faire l'import.", role=ROLE_LABELS[actor.role],
                           files=", ".join(refused))
    if admin is not None and actor.role != "direction":
        raise AccessDenied("Votre rôle ({role}) ne permet pas de choisir le compte de la "
                           "direction d'un import.", role=ROLE_LABELS[actor.role])


@dataclass(frozen=True)
class NewAdmin:
    """The account that will sign in after the import, with its new password."""

    username: str
    password: str

    def checked(self) -> tuple[str, str]:
        """(stored username, argon2 hash), after the rules; nothing is written yet."""
        from clubdesk.model.accounts.users import hash_secret

        name = normal_username(self.username)
        if name is None:
            raise ValidationError("username", "Identifiant : 2 à 60 lettres sans accent, "
                                              "chiffres, point, tiret ou souligné.")
        problem = password_error(self.password)
        if problem is not None:
            raise problem
        return name, hash_secret(self.password)


class NoUsableDirection(ClubdeskError):
    """After the import nobody of the direction could sign in; ``example`` is an account of
    the file to suggest."""

    def __init__(self, example: str) -> None:
        super().__init__("Après cet import, aucun compte de la direction ne pourrait entrer "
                         "(les comptes arrivent sans mot de passe). Relancez avec --admin "
                         "IDENTIFIANT (par exemple « {example} ») : ce compte sera celui de "
                         "la direction, avec le mot de passe de CLUBDESK_NEW_PASSWORD (ou "
                         "demandé). Rien n'a été enregistré.", example=example)
        self.example = example


@dataclass(frozen=True)
class AccountsOutcome:
    admin: str | None = None
    admin_change: str = ""  # "created", "promoted" (role or enabled), "password"
    without_password: tuple[str, ...] = ()  # accounts that wait for a one-time code
    first_accounts: bool = False  # the club had no account before this import


def settle(session: Any, admin: tuple[str, str] | None, had_accounts: bool) -> AccountsOutcome:
    """Give the admin account its password and role, then refuse (NoUsableDirection) a club
    left with accounts and no direction account able to sign in. In the import's
    transaction: a refusal rolls everything back."""
    users = {u.username: u for u in session.scalars(select(UserAccount).order_by(
        col(UserAccount.username)))}
    change = ""
    if admin is not None:
        name, password_hash = admin
        user = users.get(name)
        if user is None:
            user = UserAccount(username=name, display_name=name, role="direction",
                               password_hash=password_hash, created_at=clock.now().astimezone())
            change = "created"
        else:
            change = "promoted" if user.role != "direction" or user.disabled else "password"
            user.role, user.disabled, user.password_hash = "direction", False, password_hash
            user.failed_attempts, user.locked, user.last_failed_at = 0, False, None
        session.add(user)
        session.flush()
        users[name] = user
    states = {n: password_state(u.password_hash) for n, u in users.items()}
    usable = [n for n, u in users.items()
              if u.role == "direction" and not u.disabled and states[n] in ("password", "code")]
    if users and not usable:
        directions = [n for n, u in users.items() if u.role == "direction"]
        raise NoUsableDirection((directions or list(users))[0])
    return AccountsOutcome(admin[0] if admin else None, change,
                           tuple(n for n, s in states.items() if s == "none"),
                           bool(users) and not had_accounts)
