"""Partner firms and organisations, their contacts, partnerships and interactions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlmodel import col

from clubdesk.model.access import ALL_ROLES, STAFF_ROLES, Actor, redact_all, require
from clubdesk.model.audit.trail import record
from clubdesk.model.errors import ClubdeskError, NotFoundError, Term, ValidationError
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import (
    INTERACTION_KINDS,
    PARTNER_CATEGORIES,
    Followup,
    InteractionMember,
    Member,
    Partner,
    PartnerContact,
    PartnerInteraction,
    Partnership,
    PathStep,
)
from clubdesk.model.validation import (
    check_choice,
    check_date,
    check_email,
    check_order,
    check_phone,
)

CATEGORY_LABELS = {
    "firm": Term("entreprise partenaire"),
    "spie": Term("service public de l'emploi"),
    "supported_employment_platform": Term("plateforme emploi accompagné"),
    "peer_structure": Term("GEM ou structure de pairs"),
    "health": Term("santé"),
    "medico_social": Term("médico-social"),
    "local_authority": Term("collectivité"),
    "ptsm_clsm": Term("PTSM / CLSM"),
    "training_body": Term("organisme de formation"),
    "other": Term("autre"),
    "client": Term("client"),
}
CATEGORY_HINTS = {
    "spie": Term("France Travail, Cap emploi, mission locale"),
    "health": Term("CMP, CATTP, hôpital, centre de réhabilitation"),
    "medico_social": Term("SAMSAH, SAVS, ESAT"),
}
INTERACTION_LABELS = {
    "visit": Term("visite au club"), "awareness": Term("sensibilisation dans l'entreprise"),
    "recruitment": Term("recrutement"), "internship_hosted": Term("stage accueilli"),
    "meeting": Term("réunion"),
}


@dataclass(frozen=True)
class HostedMember:
    member_id: int
    first_name: str
    last_name: str
    how: str  # "emploi", "stage"... or the interaction kind


class PartnerService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def create(self, name: str, category: str, *, address: str = "", city: str = "") -> Partner:
        require(self.actor, *STAFF_ROLES)
        if not name.strip():
            raise ValidationError("name", "Le nom du partenaire est obligatoire.")
        check_choice(category, PARTNER_CATEGORIES, "category", Term("Catégorie"))
        partner = Partner(name=name.strip(), category=category, address=address.strip(),
                          city=city.strip())
        with self.db.session(actor=self.actor) as session:
            session.add(partner)
        return partner

    def list_partners(self, category: str | None = None, *,
                      include_archived: bool = False) -> list[Partner]:
        require(self.actor, *ALL_ROLES)
        stmt = select(Partner).order_by(col(Partner.name))
        if category is not None:
            check_choice(category, PARTNER_CATEGORIES, "category", Term("Catégorie"))
            stmt = stmt.where(col(Partner.category) == category)
        if not include_archived:
            stmt = stmt.where(col(Partner.archived).is_(False))
        with self.db.session(write=False) as session:
            return list(session.scalars(stmt))

    def get(self, partner_id: int) -> Partner:
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            partner = session.get(Partner, partner_id)
        if partner is None:
            raise NotFoundError("Aucun partenaire n'a le numéro {partner_id}.",
                                partner_id=partner_id)
        return partner

    def set_archived(self, partner_id: int, archived: bool = True) -> None:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(actor=self.actor) as session:
            partner = session.get(Partner, partner_id)
            if partner is None:
                raise NotFoundError("Aucun partenaire n'a le numéro {partner_id}.",
                                    partner_id=partner_id)
            partner.archived = archived
            session.add(partner)

    def delete(self, partner_id: int) -> None:
        """Refused while follow-ups or path steps refer to the partner (archive instead)."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(actor=self.actor) as session:
            partner = session.get(Partner, partner_id)
            if partner is None:
                raise NotFoundError("Aucun partenaire n'a le numéro {partner_id}.",
                                    partner_id=partner_id)
            refs = int(session.execute(select(func.count()).select_from(Followup).where(
                col(Followup.partner_id) == partner_id)).scalar_one())
            refs += int(session.execute(select(func.count()).select_from(PathStep).where(
                col(PathStep.partner_id) == partner_id)).scalar_one())
            if refs == 1:
                raise ClubdeskError(
                    "« {name} » est cité dans un suivi ou une étape de parcours : il ne peut "
                    "pas être supprimé. Archivez-le plutôt.", name=partner.name)
            if refs:
                raise ClubdeskError(
                    "« {name} » est cité dans {refs} suivis ou étapes de parcours : "
                    "il ne peut pas être supprimé. Archivez-le plutôt.",
                    name=partner.name, refs=refs,
                )
            session.delete(partner)

    def add_contact(self, partner_id: int, name: str, *, role: str = "", phone: str = "",
                    email: str = "") -> PartnerContact:
        require(self.actor, *STAFF_ROLES)
        if not name.strip():
            raise ValidationError("name", "Le nom du contact est obligatoire.")
        contact = PartnerContact(partner_id=partner_id, name=name.strip(), role=role.strip(),
                                 phone=check_phone(phone), email=check_email(email))
        with self.db.session(actor=self.actor) as session:
            self._exists(session, partner_id)
            session.add(contact)
        return contact

    def contacts(self, partner_id: int) -> list[PartnerContact]:
        require(self.actor, *ALL_ROLES)
        with self.db.session(write=False) as session:
            return list(session.scalars(select(PartnerContact).where(
                col(PartnerContact.partner_id) == partner_id).order_by(col(PartnerContact.name))))

    def add_partnership(self, partner_id: int, kind: str, started_on: date,
                        ended_on: date | None = None, *, agreement_signed: bool = False,
                        agreement_signed_on: date | None = None) -> Partnership:
        require(self.actor, *STAFF_ROLES)
        if not kind.strip():
            raise ValidationError("kind", "Dites de quel partenariat il s'agit.")
        check_order(started_on, ended_on, "ended_on", Term("Partenariat"))
        row = Partnership(partner_id=partner_id, kind=kind.strip(), started_on=started_on,
                          ended_on=ended_on, agreement_signed=agreement_signed,
                          agreement_signed_on=agreement_signed_on if agreement_signed else None)
        with self.db.session(actor=self.actor) as session:
            self._exists(session, partner_id)
            session.add(row)
        return row

    def partnerships(self, partner_id: int | None = None) -> list[Partnership]:
        require(self.actor, *ALL_ROLES)
        stmt = select(Partnership).order_by(col(Partnership.started_on))
        if partner_id is not None:
            stmt = stmt.where(col(Partnership.partner_id) == partner_id)
        with self.db.session(write=False) as session:
            return list(session.scalars(stmt))

    def add_interaction(self, partner_id: int, on: date, kind: str, *, note: str = "",
                        member_ids: tuple[int, ...] = ()) -> PartnerInteraction:
        require(self.actor, *STAFF_ROLES)
        check_choice(kind, INTERACTION_KINDS, "kind", Term("Type d'échange"))
        check_date(on)
        row = PartnerInteraction(partner_id=partner_id, date=on, kind=kind, note=note.strip())
        with self.db.session(actor=self.actor) as session:
            self._exists(session, partner_id)
            session.add(row)
            session.flush()
            for member_id in sorted(set(member_ids)):
                if session.get(Member, member_id) is None:
                    raise NotFoundError("Aucun membre n'a le numéro {member_id}.",
                                        member_id=member_id)
                session.add(InteractionMember(interaction_id=row.id or 0, member_id=member_id))
        return row

    def interactions(self, partner_id: int) -> list[PartnerInteraction]:
        """The partner's history; its notes can be about members: staff data (reception
        reads the dates and kinds, with the notes blank)."""
        require(self.actor, *ALL_ROLES)
        record(self.db, self.actor, "read", "partner_interaction", f"partner {partner_id}")
        with self.db.session(write=False) as session:
            return redact_all(self.actor, list(session.scalars(select(PartnerInteraction).where(
                col(PartnerInteraction.partner_id) == partner_id)
                .order_by(col(PartnerInteraction.date).desc()))))

    def hosted_members(self, partner_id: int) -> list[HostedMember]:
        """Members the partner has employed, hosted or met (staff only: it tells paths)."""
        require(self.actor, *STAFF_ROLES)
        record(self.db, self.actor, "read", "path_step", f"partner {partner_id}")
        out: dict[tuple[int, str], HostedMember] = {}
        with self.db.session(write=False) as session:
            for step, member in session.execute(
                select(PathStep, Member).join(Member, col(Member.id) == col(PathStep.member_id))
                .where(col(PathStep.partner_id) == partner_id)
            ):
                out[(member.id, step.kind)] = HostedMember(member.id, member.first_name,
                                                           member.last_name, step.kind)
            for inter, member in session.execute(
                select(PartnerInteraction, Member)
                .join(InteractionMember,
                      col(InteractionMember.interaction_id) == col(PartnerInteraction.id))
                .join(Member, col(Member.id) == col(InteractionMember.member_id))
                .where(col(PartnerInteraction.partner_id) == partner_id)
            ):
                out.setdefault((member.id, inter.kind), HostedMember(
                    member.id, member.first_name, member.last_name, inter.kind))
        return sorted(out.values(), key=lambda h: (h.last_name, h.first_name, h.how))

    @staticmethod
    def _exists(session: Any, partner_id: int) -> None:
        if session.get(Partner, partner_id) is None:
            raise NotFoundError("Aucun partenaire n'a le numéro {partner_id}.",
                                partner_id=partner_id)
