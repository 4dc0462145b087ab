"""The pre-insertion admissions in the exchange format: applications, their dated states,
the admission commissions and the partners present (keys local to the export)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model.tables import (
    AdmissionCommission,
    Application,
    ApplicationEvent,
    CommissionPartner,
)


def admission_files(session: Session, out: dict[str, Iterable[list[Any]]],
                    member: dict[int, str], partner: dict[int, str],
                    only: int | None) -> set[int]:
    """Writes the four files into ``out``; for one member (``only``), their applications,
    their events and the commissions that decided them. Returns the partners named."""
    stmt = select(Application).order_by(col(Application.id))
    if only is not None:
        stmt = stmt.where(col(Application.member_id) == only)
    apps = list(session.scalars(stmt))
    app_key = {a.id or 0: str(n) for n, a in enumerate(apps, 1)}
    events = list(session.scalars(select(ApplicationEvent).where(
        col(ApplicationEvent.application_id).in_(list(app_key)))
        .order_by(col(ApplicationEvent.application_id), col(ApplicationEvent.dated_on),
                  col(ApplicationEvent.id))))
    cstmt = select(AdmissionCommission).order_by(col(AdmissionCommission.held_on),
                                                 col(AdmissionCommission.id))
    if only is not None:
        cstmt = cstmt.where(col(AdmissionCommission.id).in_(
            {e.commission_id for e in events if e.commission_id is not None}))
    commissions = list(session.scalars(cstmt))
    com_key = {c.id or 0: str(n) for n, c in enumerate(commissions, 1)}
    present = list(session.scalars(select(CommissionPartner).where(
        col(CommissionPartner.commission_id).in_(list(com_key)))
        .order_by(col(CommissionPartner.commission_id), col(CommissionPartner.id))))
    p = partner
    out["commissions.csv"] = [[com_key[c.id or 0], c.held_on, c.notes] for c in commissions]
    out["commission_partners.csv"] = [[com_key[x.commission_id], p[x.partner_id]]
                                      for x in present]
    out["applications.csv"] = [
        [app_key[a.id or 0], member[a.member_id],
         p[a.referred_by_partner_id] if a.referred_by_partner_id else None,
         a.received_on, a.interview_on, a.notes] for a in apps]
    out["application_events.csv"] = [
        [app_key[e.application_id], e.dated_on, e.state,
         com_key[e.commission_id] if e.commission_id else None, e.reason, e.told,
         p[e.partner_id] if e.partner_id else None, e.recorded_by] for e in events]
    used = {a.referred_by_partner_id for a in apps if a.referred_by_partner_id}
    used |= {e.partner_id for e in events if e.partner_id}
    used |= {x.partner_id for x in present}
    return {u for u in used if u is not None}
