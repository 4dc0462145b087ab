"""Professional paths (job, internship, apprenticeship, volunteering, training), covers of
transitional jobs, and the emploi accompagné modules. Staff data only."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlmodel import col

from clubdesk.model.access import STAFF_ROLES, Actor, require
from clubdesk.model.audit.trail import record
from clubdesk.model.errors import NotFoundError, Term, ValidationError
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import (
    CONTRACTS,
    EMPLOYMENT_CATEGORIES,
    PATH_KINDS,
    SUPPORTED_MODULES,
    Member,
    Partner,
    PathStep,
    SupportedEmployment,
    TransitionalCover,
)
from clubdesk.model.validation import check_choice, check_date, check_order

# Terms, so that a screen can show them in its language (clubdesk.ui.i18n.translate_core);
# plain French strings everywhere else (the annual report, the exchange files).
CATEGORY_LABELS = {"transitional": Term("emploi de transition"),
                   "supported": Term("emploi accompagné"),
                   "independent": Term("emploi indépendant")}
CONTRACT_LABELS = {"cdi": Term("CDI"), "cdd": Term("CDD"), "interim": Term("intérim"),
                   "contrat_aide": Term("contrat aidé"), "other": Term("autre")}
MODULE_LABELS = {"evaluation": Term("évaluation"), "project": Term("projet professionnel"),
                 "job_search": Term("recherche d'emploi"),
                 "job_support": Term("soutien dans l'emploi")}


def validate_step(kind: str, started_on: date, ended_on: date | None,
                  hours_per_week: float | None, category: str | None,
                  contract: str | None) -> None:
    """The rules of a path step (also used by the importer)."""
    check_choice(kind, PATH_KINDS, "kind", Term("Type d'étape"))
    check_order(started_on, ended_on, "ended_on", Term("Étape du parcours"))
    if kind == "employment":
        if category is None:
            raise ValidationError("category", "Pour un emploi, choisissez : emploi de "
                                              "transition, accompagné ou indépendant.")
        check_choice(category, EMPLOYMENT_CATEGORIES, "category", Term("Catégorie d'emploi"))
        if contract is not None:
            check_choice(contract, CONTRACTS, "contract", Term("Contrat"))
    elif category is not None or contract is not None:
        raise ValidationError("category", "La catégorie et le contrat ne concernent "
                                          "que les emplois.")
    if hours_per_week is not None and not 0 < hours_per_week <= 48:
        raise ValidationError("hours_per_week",
                              "Les heures par semaine doivent être entre 0 et 48.")


class PathService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def add_step(self, member_id: int, kind: str, started_on: date,
                 ended_on: date | None = None, *, partner_id: int | None = None,
                 hours_per_week: float | None = None, category: str | None = None,
                 contract: str | None = None, title: str = "") -> PathStep:
        require(self.actor, *STAFF_ROLES)
        validate_step(kind, started_on, ended_on, hours_per_week, category, contract)
        step = PathStep(member_id=member_id, kind=kind, started_on=started_on,
                        ended_on=ended_on, partner_id=partner_id, hours_per_week=hours_per_week,
                        category=category, contract=contract, title=title.strip())
        with self.db.session(actor=self.actor) as session:
            if session.get(Member, member_id) is None:
                raise NotFoundError("Aucun membre n'a le numéro {member_id}.",
                                    member_id=member_id)
            if partner_id is not None and session.get(Partner, partner_id) is None:
                raise NotFoundError("Aucun partenaire n'a le numéro {partner_id}.",
                                    partner_id=partner_id)
            session.add(step)
        return step

    def end_step(self, step_id: int, ended_on: date) -> None:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(actor=self.actor) as session:
            step = session.get(PathStep, step_id)
            if step is None:
                raise NotFoundError("Aucune étape n'a le numéro {step_id}.",
                                    step_id=step_id)
            check_order(step.started_on, ended_on, "ended_on", Term("Étape du parcours"))
            step.ended_on = ended_on
            session.add(step)

    def steps(self, member_id: int) -> list[PathStep]:
        require(self.actor, *STAFF_ROLES)
        record(self.db, self.actor, "read", "path_step", f"member {member_id}")
        with self.db.session(write=False) as session:
            return list(session.scalars(select(PathStep).where(
                col(PathStep.member_id) == member_id).order_by(col(PathStep.started_on).desc())))

    def add_cover(self, step_id: int, on: date, covered_by: str) -> TransitionalCover:
        """A transitional job covered on a day the member was absent (Clubhouse practice)."""
        require(self.actor, *STAFF_ROLES)
        if not covered_by.strip():
            raise ValidationError("covered_by", "Dites qui a remplacé la personne.")
        check_date(on)
        with self.db.session(actor=self.actor) as session:
            step = session.get(PathStep, step_id)
            if step is None:
                raise NotFoundError("Aucune étape n'a le numéro {step_id}.",
                                    step_id=step_id)
            if step.kind != "employment" or step.category != "transitional":
                raise ValidationError("step", "Un remplacement ne concerne qu'un emploi de "
                                              "transition.")
            if on < step.started_on or (step.ended_on is not None and on > step.ended_on):
                raise ValidationError("date", "Cette date est en dehors de l'emploi.")
            cover = TransitionalCover(path_step_id=step_id, date=on,
                                      covered_by=covered_by.strip())
            session.add(cover)
            return cover

    def covers(self, step_id: int) -> list[TransitionalCover]:
        require(self.actor, *STAFF_ROLES)
        record(self.db, self.actor, "read", "transitional_cover", f"step {step_id}")
        with self.db.session(write=False) as session:
            return list(session.scalars(select(TransitionalCover).where(
                col(TransitionalCover.path_step_id) == step_id)
                .order_by(col(TransitionalCover.date))))

    def set_module(self, member_id: int, module: str, started_on: date,
                   ended_on: date | None = None) -> SupportedEmployment:
        """Emploi accompagné (§5): the only place where RQTH is required."""
        require(self.actor, *STAFF_ROLES)
        check_choice(module, SUPPORTED_MODULES, "module", Term("Module"))
        check_order(started_on, ended_on, "ended_on", Term("Module d'emploi accompagné"))
        with self.db.session(actor=self.actor) as session:
            member = session.get(Member, member_id)
            if member is None:
                raise NotFoundError("Aucun membre n'a le numéro {member_id}.",
                                    member_id=member_id)
            if member.rqth != "yes":
                raise ValidationError(
                    "rqth", "L'emploi accompagné demande une RQTH (reconnaissance de la "
                            "qualité de travailleur handicapé) : notez d'abord « RQTH : oui » "
                            "dans la fiche du membre.")
            row = session.scalars(select(SupportedEmployment).where(
                col(SupportedEmployment.member_id) == member_id,
                col(SupportedEmployment.module) == module)).first()
            row = row or SupportedEmployment(member_id=member_id, module=module,
                                             started_on=started_on)
            row.started_on, row.ended_on = started_on, ended_on
            session.add(row)
            return row

    def modules(self, member_id: int) -> list[SupportedEmployment]:
        require(self.actor, *STAFF_ROLES)
        record(self.db, self.actor, "read", "supported_employment", f"member {member_id}")
        with self.db.session(write=False) as session:
            rows = list(session.scalars(select(SupportedEmployment).where(
                col(SupportedEmployment.member_id) == member_id)))
        return sorted(rows, key=lambda r: SUPPORTED_MODULES.index(r.module))
