"""Work insertion (issue 20 item 3, Article 23): orders of client partners, and the
production sessions of the workshops with who worked and how long.

Decisions
- A client is a partner of category « client » (model.partners); an order names one. An
  order of another partner is refused (a CMP does not order a catering).
- An order: what (text), a quantity (optional, a whole number above 0), received on, due
  on (never before received), a status « à faire », « en cours », « livrée », « annulée »,
  notes (staff only: model.access). An order still « à faire » or « en cours » after its
  due date is late.
- The workshop of a session is free text (a club names its own workshops), offered from
  WORKSHOPS (Article 23's three: restaurant and catering, construction, graphic design) and
  from the names already used.
- A session is dated up to today (hours worked are facts, not plans); for an order or not
  (maintenance, training...). Never on an order « livrée » or « annulée ».
- Hours are typed as a decimal (« 3,5 ») above 0 and at most 10, and stored as whole
  minutes (integers: sums never drift): a value that is not a whole number of minutes
  (« 1,333 ») is refused, not rounded. Each person once per session.
- Rights: staff (équipe, direction) read and write; the reception reads nothing of it
  (who worked when is as personal as a follow-up: model.access).
- Erasure: the erased person's worker rows are deleted (their hours leave the totals);
  orders and sessions stay. Retention: a production session counts as a contact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import STAFF_ROLES, Actor, require
from clubdesk.model.errors import NotFoundError, Term, ValidationError
from clubdesk.model.search_folding import fold
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import (
    ORDER_STATUSES,
    Member,
    Partner,
    ProductionSession,
    ProductionWorker,
    WorkOrder,
)
from clubdesk.model.validation import check_choice, check_date, check_year

STATUS_LABELS = {"todo": Term("à faire"), "in_progress": Term("en cours"),
                 "delivered": Term("livrée"), "cancelled": Term("annulée")}
OPEN_STATUSES = ("todo", "in_progress")
WORKSHOPS = ("Restaurant et traiteur", "Travaux de construction", "Infographie")
WHAT_MAX, NOTES_MAX, WORKSHOP_MAX = 300, 500, 100
MAX_MINUTES = 600
QUANTITY_MAX = 1_000_000


@dataclass(frozen=True)
class OrderRow:
    id: int
    client_id: int
    client: str
    what: str
    quantity: int | None
    received_on: date
    due_on: date
    status: str
    notes: str
    late: bool


@dataclass(frozen=True)
class WorkerRow:
    member_id: int
    name: str
    minutes: int


@dataclass(frozen=True)
class SessionRow:
    id: int
    held_on: date
    workshop: str
    order_id: int | None
    order: str  # « what » of the order and its client, or ""
    workers: tuple[WorkerRow, ...]


@dataclass(frozen=True)
class PersonHours:
    member_id: int
    name: str
    minutes: int


def status_code(word: str) -> str:
    """An order status typed as its code or its French word, accents and hyphens folded
    (« livree », « à-faire », « en cours »)."""
    folded = fold(word)
    for code, label in STATUS_LABELS.items():
        if folded in (fold(code), fold(label)):
            return code
    raise ValidationError("status", "« {value} » n'est pas un état de commande : à faire, "
                                    "en cours, livrée ou annulée.", value=word)


def to_minutes(hours: Decimal | str | int, name: str = "") -> int:
    """« 3,5 » -> 210. Above 0, at most 10 hours, a whole number of minutes."""
    try:
        value = Decimal(str(hours).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError("hours", "« {value} » n'est pas un nombre d'heures.",
                              value=str(hours)) from None
    if not value.is_finite() or not Decimal(0) < value <= Decimal(10):
        raise ValidationError("hours", "Les heures de {name} doivent être plus de 0 et au "
                                       "plus 10 (ici {value}).", name=name or "?",
                              value=str(hours))
    minutes = value * 60
    if minutes != minutes.to_integral_value():
        raise ValidationError("hours", "Les heures de {name} se comptent à la minute près "
                                       "(« {value} » n'en fait pas un nombre entier).",
                              name=name or "?", value=str(hours))
    return int(minutes)


def hours_text(minutes: int) -> str:
    """210 -> « 3,5 »; 200 -> « 3,33 » (shown rounded, stored exact)."""
    value = (Decimal(minutes) / 60).quantize(Decimal("0.01")).normalize()
    return format(value, "f").replace(".", ",")


def check_order_fields(what: str, quantity: int | None, received_on: date, due_on: date,
                       status: str, notes: str) -> None:
    if not what.strip():
        raise ValidationError("what", "Dites ce qui est commandé.")
    if len(what.strip()) > WHAT_MAX:
        raise ValidationError("what", "Le contenu de la commande dépasse {limit} caractères.",
                              limit=WHAT_MAX)
    if quantity is not None and not 0 < quantity <= QUANTITY_MAX:
        raise ValidationError("quantity", "La quantité doit être un nombre entier au-dessus "
                                          "de 0 et d'au plus {limit} (ou laissée vide).",
                              limit=QUANTITY_MAX)
    check_date(received_on, "received_on")
    check_date(due_on, "due_on")
    if due_on < received_on:
        raise ValidationError("due_on", "La date de livraison prévue ({due}) ne peut pas "
                                        "précéder la réception de la commande ({received}).",
                              due=due_on.strftime("%d/%m/%Y"),
                              received=received_on.strftime("%d/%m/%Y"))
    check_choice(status, ORDER_STATUSES, "status", Term("État de la commande"))
    if len(notes.strip()) > NOTES_MAX:
        raise ValidationError("notes", "Les notes de la commande dépassent {limit} "
                                       "caractères.", limit=NOTES_MAX)


def check_client(session: Session, client_id: int) -> Partner:
    partner = session.get(Partner, client_id)
    if partner is None:
        raise NotFoundError("Aucun partenaire n'a le numéro {partner_id}.",
                            partner_id=client_id)
    if partner.category != "client":
        raise ValidationError("client_id", "« {name} » n'est pas un client : seul un "
                                           "partenaire de catégorie « client » passe "
                                           "commande.", name=partner.name)
    return partner


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first day of the month and the first day of the next (exclusive)."""
    check_year(year)
    if not 1 <= month <= 12:
        raise ValidationError("month", "Le mois {month} n'existe pas (1 à 12).", month=month)
    return date(year, month, 1), (date(year + 1, 1, 1) if month == 12
                                  else date(year, month + 1, 1))


class ProductionService:
    """Orders and production sessions. Staff only (équipe, direction)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- orders -------------------------------------------------------------------------

    def add_order(self, client_id: int, what: str, due_on: date, *,
                  received_on: date | None = None, quantity: int | None = None,
                  status: str = "todo", notes: str = "") -> WorkOrder:
        require(self.actor, *STAFF_ROLES)
        received_on = received_on or clock.today()
        check_order_fields(what, quantity, received_on, due_on, status, notes)
        with self.db.session(actor=self.actor) as session:
            check_client(session, client_id)
            row = WorkOrder(client_id=client_id, what=what.strip(), quantity=quantity,
                            received_on=received_on, due_on=due_on, status=status,
                            notes=notes.strip())
            session.add(row)
        return row

    def update_order(self, order_id: int, client_id: int, what: str, received_on: date,
                     due_on: date, *, quantity: int | None = None, status: str = "todo",
                     notes: str = "") -> WorkOrder:
        require(self.actor, *STAFF_ROLES)
        check_order_fields(what, quantity, received_on, due_on, status, notes)
        with self.db.session(actor=self.actor) as session:
            row = _order(session, order_id)
            check_client(session, client_id)
            row.client_id, row.what, row.quantity = client_id, what.strip(), quantity
            row.received_on, row.due_on, row.status = received_on, due_on, status
            row.notes = notes.strip()
            session.add(row)
        return row

    def set_status(self, order_id: int, status: str) -> None:
        require(self.actor, *STAFF_ROLES)
        check_choice(status, ORDER_STATUSES, "status", Term("État de la commande"))
        with self.db.session(actor=self.actor) as session:
            row = _order(session, order_id)
            row.status = status
            session.add(row)

    def get_order(self, order_id: int, today: date | None = None) -> OrderRow:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            return _order_rows(session, [_order(session, order_id)],
                               today or clock.today())[0]

    def orders(self, status: str | None = None, today: date | None = None) -> list[OrderRow]:
        """The orders by due date (the most urgent first), of one status or all."""
        require(self.actor, *STAFF_ROLES)
        stmt = select(WorkOrder).order_by(col(WorkOrder.due_on), col(WorkOrder.id))
        if status is not None:
            check_choice(status, ORDER_STATUSES, "status", Term("État de la commande"))
            stmt = stmt.where(col(WorkOrder.status) == status)
        with self.db.session(write=False) as session:
            return _order_rows(session, list(session.scalars(stmt)), today or clock.today())

    def clients(self) -> list[Partner]:
        """The client partners not archived, by name (for an order's client)."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            return list(session.scalars(select(Partner).where(
                col(Partner.category) == "client", col(Partner.archived).is_(False))
                .order_by(col(Partner.name))))

    # -- production sessions -------------------------------------------------------------

    def add_session(self, held_on: date, workshop: str,
                    workers: Sequence[tuple[int, Decimal | str | int]], *,
                    order_id: int | None = None, today: date | None = None
                    ) -> ProductionSession:
        """``workers``: (member id, hours) pairs; every check before anything is written."""
        require(self.actor, *STAFF_ROLES)
        today = today or clock.today()
        check_date(held_on, "held_on")
        if held_on > today:
            raise ValidationError("held_on", "Une séance de production ne peut pas être "
                                             "datée après aujourd'hui : on note les heures "
                                             "une fois travaillées.")
        if not workshop.strip():
            raise ValidationError("workshop", "Dites dans quel atelier on a travaillé.")
        if len(workshop.strip()) > WORKSHOP_MAX:
            raise ValidationError("workshop", "Le nom de l'atelier dépasse {limit} "
                                              "caractères.", limit=WORKSHOP_MAX)
        if not workers:
            raise ValidationError("workers", "Dites qui a travaillé, avec ses heures.")
        with self.db.session(actor=self.actor) as session:
            if order_id is not None:
                order = _order(session, order_id)
                if order.status not in OPEN_STATUSES:
                    raise ValidationError(
                        "order_id", "La commande « {what} » est {status} : on n'y ajoute "
                                    "plus de séance.", what=order.what,
                        status=STATUS_LABELS[order.status])
            minutes = _check_workers(session, workers)
            row = ProductionSession(held_on=held_on, workshop=workshop.strip(),
                                    order_id=order_id)
            session.add(row)
            session.flush()
            for member_id, spent in minutes:
                session.add(ProductionWorker(session_id=row.id or 0, member_id=member_id,
                                             minutes=spent))
        return row

    def delete_session(self, session_id: int) -> None:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(actor=self.actor) as session:
            row = session.get(ProductionSession, session_id)
            if row is None:
                raise NotFoundError("Aucune séance de production n'a le numéro {number}.",
                                    number=session_id)
            session.execute(delete(ProductionWorker).where(
                col(ProductionWorker.session_id) == session_id))
            session.delete(row)

    def sessions(self, year: int, month: int) -> list[SessionRow]:
        """The month's sessions by date, with who worked and how long."""
        require(self.actor, *STAFF_ROLES)
        start, end = month_bounds(year, month)
        with self.db.session(write=False) as session:
            found = list(session.scalars(select(ProductionSession).where(
                col(ProductionSession.held_on) >= start, col(ProductionSession.held_on) < end)
                .order_by(col(ProductionSession.held_on), col(ProductionSession.id))))
            ids = [s.id for s in found]
            workers: dict[int, list[WorkerRow]] = {}
            for w, m in session.execute(
                    select(ProductionWorker, Member)
                    .join(Member, col(Member.id) == col(ProductionWorker.member_id))
                    .where(col(ProductionWorker.session_id).in_(ids))
                    .order_by(col(ProductionWorker.id))):
                workers.setdefault(w.session_id, []).append(
                    WorkerRow(m.id or 0, _name(m), w.minutes))
            orders = {o.id: f"{o.what} ({p.name})" for o, p in session.execute(
                select(WorkOrder, Partner).join(Partner, col(Partner.id) ==
                                                col(WorkOrder.client_id))
                .where(col(WorkOrder.id).in_([s.order_id for s in found if s.order_id])))}
            return [SessionRow(s.id or 0, s.held_on, s.workshop, s.order_id,
                               orders.get(s.order_id, "") if s.order_id else "",
                               tuple(workers.get(s.id or 0, ()))) for s in found]

    def workshops(self) -> list[str]:
        """The workshops to offer: the usual three, then the names already used."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            used = session.scalars(select(col(ProductionSession.workshop)).distinct()
                                   .order_by(col(ProductionSession.workshop)))
            return list(dict.fromkeys([*WORKSHOPS, *used]))

    def hours_by_person(self, year: int, month: int) -> list[PersonHours]:
        """Each person's minutes worked in the month, by name."""
        require(self.actor, *STAFF_ROLES)
        start, end = month_bounds(year, month)
        with self.db.session(write=False) as session:
            rows = [PersonHours(m.id or 0, _name(m), int(total)) for m, total in session.execute(
                select(Member, func.sum(ProductionWorker.minutes))
                .join(ProductionWorker, col(ProductionWorker.member_id) == col(Member.id))
                .join(ProductionSession,
                      col(ProductionSession.id) == col(ProductionWorker.session_id))
                .where(col(ProductionSession.held_on) >= start,
                       col(ProductionSession.held_on) < end)
                .group_by(col(Member.id)))]
        return sorted(rows, key=lambda r: (fold(r.name), r.member_id))

    def hours_by_month(self, member_id: int, year: int) -> list[int]:
        """The person's minutes worked in each month of the year (12 numbers)."""
        require(self.actor, *STAFF_ROLES)
        check_year(year)
        out = [0] * 12
        with self.db.session(write=False) as session:
            if session.get(Member, member_id) is None:
                raise NotFoundError("Aucune personne n'a le numéro {member_id}.",
                                    member_id=member_id)
            for held_on, minutes in session.execute(
                    select(col(ProductionSession.held_on), col(ProductionWorker.minutes))
                    .join(ProductionWorker,
                          col(ProductionWorker.session_id) == col(ProductionSession.id))
                    .where(col(ProductionWorker.member_id) == member_id,
                           col(ProductionSession.held_on) >= date(year, 1, 1),
                           col(ProductionSession.held_on) <= date(year, 12, 31))):
                out[held_on.month - 1] += minutes
        return out


def _check_workers(session: Session, workers: Sequence[tuple[int, Decimal | str | int]]
                   ) -> list[tuple[int, int]]:
    ids = [member_id for member_id, _ in workers]
    people = {m.id: m for m in session.scalars(select(Member).where(
        col(Member.id).in_(ids)))}
    missing = [i for i in ids if i not in people]
    if missing:
        raise NotFoundError("Aucune personne n'a le numéro {member_id}.",
                            member_id=missing[0])
    seen: set[int] = set()
    out = []
    for member_id, hours in workers:
        name = _name(people[member_id])
        if member_id in seen:
            raise ValidationError("workers", "{name} figure deux fois dans la séance.",
                                  name=name)
        seen.add(member_id)
        out.append((member_id, to_minutes(hours, name)))
    return out


def _order(session: Session, order_id: int) -> WorkOrder:
    row = session.get(WorkOrder, order_id)
    if row is None:
        raise NotFoundError("Aucune commande n'a le numéro {number}.", number=order_id)
    return row


def _name(member: Member) -> str:
    return f"{member.preferred_name or member.first_name} {member.last_name}".strip()


def _order_rows(session: Session, found: list[WorkOrder], today: date) -> list[OrderRow]:
    names = {p.id: p.name for p in session.scalars(select(Partner).where(
        col(Partner.id).in_({o.client_id for o in found})))}
    return [OrderRow(o.id or 0, o.client_id, names.get(o.client_id, ""), o.what, o.quantity,
                     o.received_on, o.due_on, o.status, o.notes,
                     o.status in OPEN_STATUSES and o.due_on < today) for o in found]
