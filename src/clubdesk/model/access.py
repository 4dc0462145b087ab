"""Who is acting: every service is built for one actor, and checks its role itself.

Roles (issue 8 adds accounts and passwords on top of this):
- ``accueil``: reception: check-in, rota, member directory (names and contact);
- ``equipe``: staff: everything about members, follow-ups and paths included;
- ``direction``: staff rights plus the annual report, settings, users, backups.
"""

from __future__ import annotations

from dataclasses import dataclass

from clubdesk.model.errors import AccessDenied, Term

ROLES = ("accueil", "equipe", "direction")
ROLE_LABELS = {"accueil": Term("accueil"), "equipe": Term("équipe"),
               "direction": Term("direction")}


@dataclass(frozen=True)
class Actor:
    name: str
    role: str
    user_id: int | None = None

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}")


LOCAL_ADMIN = Actor(name="administrateur local", role="direction")


def require(actor: Actor, *roles: str) -> None:
    """Refuse the operation unless the actor holds one of ``roles``."""
    if actor.role not in roles:
        raise AccessDenied("Votre rôle ({role}) ne permet pas cette action.",
                           role=ROLE_LABELS[actor.role])


STAFF_ROLES = ("equipe", "direction")
ALL_ROLES = ROLES
