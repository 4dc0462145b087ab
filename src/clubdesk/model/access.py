"""Who is acting: every service is built for one actor, and checks its role itself.

Roles (issue 8 adds accounts and passwords on top of this):
- ``accueil``: reception: check-in, rota, member directory (names and contact);
- ``equipe``: staff: everything about members, follow-ups and paths included;
- ``direction``: staff rights plus the annual report, settings, users, backups.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from clubdesk.model.errors import AccessDenied, Term

RECEPTION = "accueil"
TEAM = "equipe"
DIRECTION = "direction"
ROLES = (RECEPTION, TEAM, DIRECTION)
ROLE_LABELS = {RECEPTION: Term("accueil"), TEAM: Term("équipe"),
               DIRECTION: Term("direction")}


@dataclass(frozen=True)
class Actor:
    name: str
    role: str
    user_id: int | None = None

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}")


LOCAL_ADMIN = Actor(name="administrateur local", role=DIRECTION)


def require(actor: Actor, *roles: str) -> None:
    """Refuse the operation unless the actor holds one of ``roles``."""
    if actor.role not in roles:
        raise AccessDenied("Votre rôle ({role}) ne permet pas cette action.",
                           role=ROLE_LABELS[actor.role])


STAFF_ROLES = (TEAM, DIRECTION)
ALL_ROLES = ROLES


# What reception must not read: staff data about members (follow-ups, paths, their notes,
# the reasons someone left, partners' notes, health-related and social details). One
# definition for the services (``redact``), the reads' fitness test and the PostgreSQL
# server's privileges (clubdesk.model.storage.server_roles).
STAFF_ONLY_COLUMNS: dict[str, frozenset[str]] = {
    # the member record: names and contact are reception's, the rest is staff data
    "member": frozenset({"rqth", "referent_partner", "other_peer_places",
                         "referent_partner_id", "referent_contact_id"}),
    "membership_period": frozenset({"leave_reason"}),
    "reach_out": frozenset({"note"}),
    "partner_interaction": frozenset({"note"}),
    "followup": frozenset({"note", "next_step"}),
    "path_step": frozenset({"title"}),
    "transitional_cover": frozenset({"covered_by"}),
    "workshop_session": frozenset({"notes"}),
    "application": frozenset({"notes"}),
    "application_event": frozenset({"reason", "told"}),
    "admission_commission": frozenset({"notes"}),
    "contract_period": frozenset({"end_reason"}),
    "exit_contact": frozenset({"note"}),
    "work_order": frozenset({"notes"}),
}
# Tables reception never reads at all (whatever their columns): the one-to-one follow-up
# and the professional path of members, who met which partner and who came to which
# collective workshop (a collective support, as personal as a follow-up).
STAFF_ONLY_TABLES = frozenset({"followup", "path_step", "transitional_cover",
                               "supported_employment", "interaction_member",
                               "workshop_attendee", "volunteer",
                               # the objectives grid of pre-insertion (issue 20): all of it
                               "objective", "objective_review", "objective_level",
                               # who applied to the pre-insertion programme, and its decisions
                               "application", "application_event",
                               # who worked how long in the work-insertion workshops
                               "production_worker"})
# Tables only the direction reads in full (the audit trail, the accounts and their hashes,
# the annual tables as sent to the ARS).
DIRECTION_ONLY_TABLES = frozenset({"audit_entry", "user_account", "sign_in_throttle",
                                   "sent_report"})
# Columns only the direction reads (the rest of their table every role reads): the bytes
# of the lease and the état des lieux, opened from the direction's « Structure » screen.
DIRECTION_ONLY_COLUMNS: dict[str, frozenset[str]] = {
    "structure_document": frozenset({"content"}),
}

M = TypeVar("M")


def may_read_staff_data(actor: Actor) -> bool:
    return actor.role in STAFF_ROLES


def redact(actor: Actor, row: M) -> M:
    """``row`` as ``actor`` may read it: for reception, a copy of a table row with its
    staff-only columns blanked (None where the column may be empty, "" otherwise); the row
    itself for staff, and anything that is not a table row unchanged."""
    table = getattr(row, "__tablename__", None)
    hidden = STAFF_ONLY_COLUMNS.get(table) if isinstance(table, str) else None
    if not hidden or may_read_staff_data(actor):
        return row
    columns = row.__table__.c  # type: ignore[attr-defined]
    blank: dict[str, Any] = {name: None if columns[name].nullable else "" for name in hidden}
    return row.model_copy(update=blank)  # type: ignore[attr-defined,no-any-return]


def redact_all(actor: Actor, rows: list[M]) -> list[M]:
    return [redact(actor, r) for r in rows]
