"""The demo's work insertion (issue 20 item 3): three client partners, about ten orders in
every status, production sessions over the last three months with about eight members and
their hours, and referent partners (with their contact person) for some members.

Reads the members and partners the demo already wrote; dates are relative to ``today`` and
everything follows ``rng`` (the same demo every time)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model.production import WORKSHOPS
from clubdesk.model.tables import (
    Member,
    MembershipPeriod,
    Partner,
    PartnerContact,
    ProductionSession,
    ProductionWorker,
    WorkOrder,
)

CLIENTS = ("Brasserie du Vieux Pont", "Mairie de quartier Sainte-Marguerite",
           "Imprimerie Lambert")
ORDERS = (  # (client, what, quantity, received days ago, due in days, status)
    (0, "Buffet pour 40 personnes", 40, 80, -60, "delivered"),
    (1, "Rénovation de la salle d'attente", None, 75, -20, "delivered"),
    (2, "Cartes de visite", 500, 70, -45, "delivered"),
    (0, "Plateaux-repas du conseil", 25, 50, -30, "cancelled"),
    (2, "Affiches de la fête de quartier", 60, 40, -5, "in_progress"),
    (1, "Peinture du couloir de la mairie annexe", None, 35, 12, "in_progress"),
    (0, "Buffet de fin d'année", 80, 20, 25, "todo"),
    (2, "Flyers du marché de Noël", 1000, 10, 9, "todo"),
    (1, "Repas des aînés", 120, 6, 30, "todo"),
    (0, "Traiteur pour un mariage", 60, 3, -1, "todo"),
)
CONTACTS = ("M. Lefèvre", "Mme Benali", "Mme Garnier")


def add_demo(session: Session, rng: random.Random, today: date) -> None:
    clients = []
    for n, name in enumerate(CLIENTS):
        client = Partner(name=name, category="client", city="Lille")
        session.add(client)
        session.flush()
        session.add(PartnerContact(partner_id=client.id or 0, name=CONTACTS[n],
                                   role="Responsable des commandes"))
        clients.append(client)
    orders = []
    for which, what, quantity, received, due, status in ORDERS:
        order = WorkOrder(client_id=clients[which].id or 0, what=what, quantity=quantity,
                          received_on=today - timedelta(days=received),
                          due_on=today + timedelta(days=due), status=status,
                          notes="Livraison avant midi" if which == 0 else "")
        session.add(order)
        orders.append(order)
    session.flush()
    current = sorted(set(session.scalars(
        select(col(MembershipPeriod.member_id)).where(col(MembershipPeriod.left_on).is_(None)))))
    if not current:
        return
    workers = rng.sample(current, min(8, len(current)))
    workshop_of = {m: WORKSHOPS[n % len(WORKSHOPS)] for n, m in enumerate(workers)}
    start = today - timedelta(days=90)
    day = start
    while day <= today:
        if day.weekday() in (1, 3):  # Tuesdays and Thursdays
            for workshop in WORKSHOPS:
                team = [m for m in workers if workshop_of[m] == workshop
                        and rng.random() < 0.8]
                if not team:
                    continue
                held = [o for o in orders if o.received_on <= day
                        and (o.status in ("todo", "in_progress") or o.due_on >= day)
                        and o.status != "cancelled"]
                chosen = rng.choice(held) if held and rng.random() < 0.7 else None
                row = ProductionSession(held_on=day, workshop=workshop,
                                        order_id=chosen.id if chosen else None)
                session.add(row)
                session.flush()
                for member_id in team:
                    session.add(ProductionWorker(session_id=row.id or 0, member_id=member_id,
                                                 minutes=rng.choice((120, 150, 180, 210, 240))))
        day += timedelta(days=1)
    _referents(session, rng, current)
    session.flush()


def _referents(session: Session, rng: random.Random, current: list[int]) -> None:
    """Some members' referent partner (a care or social partner) and its contact."""
    referents = list(session.scalars(select(Partner).where(
        col(Partner.category).in_(("health", "medico_social")))
        .order_by(col(Partner.id))))
    if not referents:
        return
    contacts: dict[int, list[int]] = {}
    for contact in session.scalars(select(PartnerContact).order_by(col(PartnerContact.id))):
        contacts.setdefault(contact.partner_id, []).append(contact.id or 0)
    for member_id in rng.sample(current, min(12, len(current))):
        member = session.get(Member, member_id)
        if member is None:
            continue
        partner = rng.choice(referents)
        member.referent_partner_id = partner.id
        member.referent_partner = ""
        known = contacts.get(partner.id or 0, [])
        member.referent_contact_id = rng.choice(known) if known else None
        session.add(member)
