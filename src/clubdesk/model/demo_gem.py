"""The GEM part of the demo: three volunteer animators, a sponsor (a partner of the demo,
else a name) and a managing association, kept from dates relative to ``today``."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model.tables import Partner, StructureInfo, Volunteer

VOLUNTEERS = (
    ("Hélène Caron", "atelier d'écriture", "professeure de lettres retraitée"),
    ("Marc Lefèvre", "sorties et randonnées", "BAFA"),
    ("Inès Haddad", "atelier cuisine", "CAP cuisine"),
)
MANAGING_ASSOCIATION = "Association Entraide Normandie (démonstration)"


def add_demo(session: Session, rng: random.Random, today: date) -> None:
    for n, (name, functions, qualifications) in enumerate(VOLUNTEERS):
        started = today - timedelta(days=rng.randint(200, 900))
        ended = today - timedelta(days=rng.randint(10, 150)) if n == 1 else None
        session.add(Volunteer(name=name, functions=functions, qualifications=qualifications,
                              started_on=started, ended_on=ended))
    sponsor = session.scalars(select(Partner).order_by(col(Partner.id))).first()
    signed = date(today.year - 3, 1, 15)
    values = {"sponsor_name": sponsor.name if sponsor else "UNAFAM (démonstration)",
              "sponsor_partner_id": str(sponsor.id) if sponsor else "",
              "sponsorship_signed_on": signed.isoformat(),
              "sponsorship_ends_on": date(today.year + 2, 1, 14).isoformat(),
              "managing_association": MANAGING_ASSOCIATION}
    for key, value in values.items():
        if value:
            session.add(StructureInfo(key=key, value=value, valid_from=signed))
