"""The demo's pre-insertion admissions (issue 20, item 2): fourteen applications across
every state, three quarterly admission commissions with the partners present and their
decisions, and a waiting list of three.

The applicants are new people of the register (visitors, as an application from outside
makes them); those admitted get a membership period from the commission's day. Dates are
relative to ``today`` and everything is deterministic from ``rng``."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model.search_folding import search_key
from clubdesk.model.storage import dialect
from clubdesk.model.tables import (
    AdmissionCommission,
    Application,
    ApplicationEvent,
    CommissionPartner,
    Member,
    MembershipPeriod,
    Partner,
    Staff,
)

NAMES = (("Karim", "Benali"), ("Julie", "Roussel"), ("Mehdi", "Charef"), ("Sandra", "Vasseur"),
         ("Thomas", "Delattre"), ("Nadia", "Boukhris"), ("Kevin", "Dufour"),
         ("Amandine", "Leclercq"), ("Yanis", "Hadj"), ("Laetitia", "Caron"),
         ("Jérémy", "Wallart"), ("Océane", "Pruvost"), ("Franck", "Lemaire"),
         ("Sabrina", "Nowak"))
NOTES = ("Orienté par sa conseillère, motivé pour le maraîchage.",
         "Souhaite reprendre un rythme avant une formation.", "",
         "Premier contact par téléphone.", "")

# (commission index or None, decision) per application; None: no decision yet
PLAN: tuple[tuple[tuple[int, str], ...], ...] = (
    ((0, "admitted"),), ((0, "refused"),), ((0, "reoriented"),),
    ((0, "postponed"), (1, "admitted")), ((1, "refused"),), ((1, "admitted"),),
    ((2, "reoriented"),), ((2, "postponed"),), ((2, "admitted"),),
    (), (), (), (), (),
)
WAITING = (9, 10, 11)  # the waiting list, in this order
INTERVIEWED_ONLY = 12  # « entretien fait »; the last one is only « reçue »


def add_demo(session: Session, rng: random.Random, today: date) -> None:
    partners = [int(p or 0) for p in session.scalars(select(col(Partner.id))
                                                     .order_by(col(Partner.id)))]
    staff = [f"{s.first_name} {s.last_name}".strip()
             for s in session.scalars(select(Staff).order_by(col(Staff.id)))]
    recorder = staff[0] if staff else "démo"
    days = [today - timedelta(days=d) for d in (270, 180, 90)]
    commissions = []
    for n, held_on in enumerate(days):
        row = AdmissionCommission(held_on=held_on,
                                  notes="Commission trimestrielle." if n else "")
        session.add(row)
        session.flush()
        commissions.append(row)
        for pid in rng.sample(partners, min(3, len(partners))):
            session.add(CommissionPartner(commission_id=row.id or 0, partner_id=pid))
    next_id = int(session.execute(select(func.max(Member.id))).scalar() or 0) + 1
    for i, (first, last) in enumerate(NAMES):
        decisions = PLAN[i]
        if decisions:
            before = days[decisions[0][0]]
            received = before - timedelta(days=rng.randint(20, 60))
        else:
            received = today - timedelta(days=80 - 12 * (i - 9))
        member = Member(id=next_id + i, first_name=first, last_name=last,
                        search_key=search_key(first, last))
        session.add(member)
        session.flush()
        referred = rng.choice(partners) if partners and i % 3 else None
        interview = received + timedelta(days=rng.randint(5, 12))
        app = Application(member_id=member.id or 0, referred_by_partner_id=referred,
                          received_on=received,
                          interview_on=interview if i != len(NAMES) - 1 else None,
                          notes=NOTES[i % len(NOTES)])
        session.add(app)
        session.flush()
        events: list[tuple[date, str, dict[str, object]]] = [(received, "received", {})]
        if app.interview_on is not None:
            events.append((interview, "interviewed", {}))
        if i in WAITING:
            events.append((interview + timedelta(days=1 + WAITING.index(i)), "waiting", {}))
        for which, decision in decisions:
            extra: dict[str, object] = {"commission_id": commissions[which].id}
            if decision == "refused":
                extra.update(reason=rng.choice(("no_place", "project_not_ready",
                                                "not_target")), told=bool(i % 2))
            if decision == "reoriented" and partners:
                extra["partner_id"] = rng.choice(partners)
            events.append((days[which], decision, extra))
            if decision == "admitted":
                session.add(MembershipPeriod(member_id=member.id or 0, joined_on=days[which]))
        for on, state, extra in events:
            session.add(ApplicationEvent(application_id=app.id or 0, dated_on=on, state=state,
                                         recorded_by=recorder, **extra))  # type: ignore[arg-type]
    session.flush()
    tables = [Member.__table__, MembershipPeriod.__table__]  # type: ignore[attr-defined]
    dialect.reset_sequences(session.connection(), tables)
