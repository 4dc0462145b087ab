"""The annual indicators for the ARS (cahier des charges §11), computed exactly.

Definitions (issue "annual report", kept in DEFINITIONS for the documents):
"member at the end of day D" = a membership period with joined_on <= D and (left_on empty or
left_on > D). Staff periods and path steps include both their start and end dates.
Every person-based figure also keeps the ids behind it, for the "why" of the report screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from clubdesk.model.access import Actor, require
from clubdesk.model.audit import record
from clubdesk.model.db import Database
from clubdesk.model.structure import INFO_FIELDS
from clubdesk.model.tables import (
    Activity,
    Attendance,
    FundingLine,
    GovernanceBody,
    GovernanceSeat,
    MembershipPeriod,
    OpeningHours,
    Partner,
    Partnership,
    PathStep,
    SatisfactionSurvey,
    Staff,
    StaffPeriod,
    StructureInfo,
)
from clubdesk.model.validation import check_year

PROFESSIONAL_KINDS = ("employment", "internship", "apprenticeship", "volunteering")
SPEC_MEMBERS_PER_FTE = 20

# key -> (French label, French definition), in the order of §11 of the specification.
DEFINITIONS: dict[str, tuple[str, str]] = {
    "caseload_start": ("File active au 1er janvier",
                       "Membres à la fin du 31 décembre de l'année précédente."),
    "caseload_dec31": ("File active au 31 décembre",
                       "Membres à la fin du 31 décembre de l'année."),
    "entries": ("Entrées dans l'année",
                "Personnes qui n'étaient pas membres au 31 décembre précédent et dont une "
                "adhésion commence dans l'année."),
    "exits": ("Sorties dans l'année",
              "Personnes membres à un moment de l'année et qui ne le sont plus à la fin du "
              "31 décembre."),
    "members_during_year": ("Membres accompagnés dans l'année",
                            "File active au 1er janvier + entrées."),
    "seen_during_year": ("Personnes venues dans l'année",
                         "Personnes distinctes avec au moins une présence dans l'année "
                         "(membres ou non)."),
    "active_by_month": ("Personnes actives par mois",
                        "Pour chaque mois, personnes distinctes avec au moins une présence."),
    "active_monthly_average": ("Moyenne mensuelle des personnes actives",
                               "Moyenne des 12 mois, arrondie à une décimale."),
    "professional_trajectory": ("Membres en trajectoire professionnelle",
                                "Membres accompagnés dans l'année avec un emploi, un stage, un "
                                "apprentissage ou du bénévolat en cours pendant l'année."),
    "professional_trajectory_started": ("Trajectoires professionnelles commencées",
                                        "Parmi eux, ceux dont une telle étape a commencé dans "
                                        "l'année."),
    "professional_trajectory_share": ("Part des membres en trajectoire professionnelle",
                                      "Membres en trajectoire ÷ membres accompagnés (3 "
                                      "décimales ; 0 s'il n'y a personne)."),
    "training": ("Personnes en formation",
                 "Personnes avec une formation en cours pendant l'année."),
    "employment_by_category": ("Emplois par catégorie",
                               "Personnes avec un emploi en cours pendant l'année : de "
                               "transition, accompagné, indépendant."),
    "staff": ("Salariés au 31 décembre", "Fonction, qualification et ETP."),
    "staff_fte_dec31": ("ETP au 31 décembre",
                        "Somme des équivalents temps plein des salariés au 31 décembre."),
    "staff_fte_average": ("ETP moyen de l'année",
                          "Somme des ETP × jours travaillés dans l'année ÷ jours de l'année "
                          "(2 décimales)."),
    "members_per_fte": ("Membres actifs par ETP",
                        "Moyenne mensuelle des personnes actives ÷ ETP moyen (1 décimale ; "
                        "vide sans salarié). Repère : environ 20."),
    "opening_hours": ("Jours et heures d'ouverture", "Plages d'ouverture de la semaine."),
    "premises": ("Locaux", "Adresse, accessibilité, surface, bail, loyer, état des lieux."),
    "partnerships": ("Partenariats",
                     "Partenariats en cours pendant l'année, avec le partenaire et sa "
                     "catégorie."),
    "activities_done": ("Activités réalisées", "Activités de l'année marquées réalisées."),
    "activities_planned": ("Activités prévues", "Activités de l'année marquées prévues."),
    "funding_total": ("Financement total (euros)", "Somme des financements de l'année."),
    "funding_complementary": ("Financements complémentaires (euros)",
                              "Financements de l'année autres que le FIR de l'ARS."),
    "complementary_funding_share": ("Part des financements complémentaires",
                                    "Complémentaires ÷ total (3 décimales ; 0 sans "
                                    "financement)."),
    "compliance": ("Points d'attention", "Constats au regard du cahier des charges."),
}
KEYS = tuple(DEFINITIONS)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def round_half_up(value: float, digits: int) -> float:
    quantum = Decimal(1).scaleb(-digits)
    return float(Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def member_at_end_of(periods: list[tuple[date, date | None]], day: date) -> bool:
    return any(j <= day and (left is None or left > day) for j, left in periods)


def overlaps_year(start: date, end: date | None, year: int) -> bool:
    """Inclusive periods (path steps, staff, partnerships) overlapping Jan 1..Dec 31."""
    return start <= date(year, 12, 31) and (end is None or end >= date(year, 1, 1))


@dataclass
class Indicators:
    year: int
    values: dict[str, Any]
    persons: dict[str, set[int]] = field(default_factory=dict)  # key -> member ids ("why")

    def as_json(self) -> dict[str, Any]:
        return {key: self.values[key] for key in KEYS}


def compute_flows(periods_by_member: dict[int, list[tuple[date, date | None]]],
                  year: int) -> dict[str, set[int]]:
    """caseload_start, caseload_dec31, entries, exits and members_during_year as id sets."""
    jan1, dec31 = date(year, 1, 1), date(year, 12, 31)
    before = jan1 - timedelta(days=1)
    start, end, entries, during = set(), set(), set(), set()
    for member_id, periods in periods_by_member.items():
        if member_at_end_of(periods, before):
            start.add(member_id)
        if member_at_end_of(periods, dec31):
            end.add(member_id)
        if any(jan1 <= j <= dec31 for j, _ in periods):
            entries.add(member_id)
        if any(j <= dec31 and (left is None or left >= jan1) for j, left in periods):
            during.add(member_id)
    entries -= start
    return {"caseload_start": start, "caseload_dec31": end, "entries": entries,
            "exits": during - end, "members_during_year": start | entries}


class IndicatorService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def compute(self, year: int) -> Indicators:
        require(self.actor, "direction")  # the annual report is the direction's
        check_year(year)
        record(self.db, self.actor, "read", "indicators", year)
        jan1, dec31 = date(year, 1, 1), date(year, 12, 31)
        days_in_year = (dec31 - jan1).days + 1
        values: dict[str, Any] = {}
        persons: dict[str, set[int]] = {}
        with self.db.session(write=False) as session:
            periods: dict[int, list[tuple[date, date | None]]] = {}
            for member_id, joined, left in session.execute(
                select(col(MembershipPeriod.member_id), col(MembershipPeriod.joined_on),
                       col(MembershipPeriod.left_on))
                .where(col(MembershipPeriod.joined_on) <= dec31)
            ):
                periods.setdefault(member_id, []).append((joined, left))
            flows = compute_flows(periods, year)
            persons.update(flows)
            during = flows["members_during_year"]

            months: list[set[int]] = []
            for month in range(1, 13):
                first = date(year, month, 1)
                nxt = date(year + (month == 12), month % 12 + 1, 1)
                months.append(set(session.scalars(
                    select(col(Attendance.member_id)).distinct().where(
                        col(Attendance.date) >= first, col(Attendance.date) < nxt))))
            seen = set().union(*months)

            steps = list(session.execute(
                select(col(PathStep.member_id), col(PathStep.kind), col(PathStep.started_on),
                       col(PathStep.ended_on), col(PathStep.category))
                .where(col(PathStep.started_on) <= dec31)))
            staff_rows = list(session.execute(
                select(col(Staff.id), col(Staff.function), col(Staff.qualification),
                       col(StaffPeriod.started_on), col(StaffPeriod.ended_on),
                       col(StaffPeriod.fte))
                .join(StaffPeriod, col(StaffPeriod.staff_id) == col(Staff.id))
                .order_by(col(Staff.id))))
            info = {r.key: r.value for r in session.scalars(select(StructureInfo))}
            hours = list(session.scalars(select(OpeningHours).order_by(
                col(OpeningHours.weekday), col(OpeningHours.opens))))
            partnerships = list(session.execute(
                select(Partnership, Partner).join(Partner, col(Partner.id) ==
                                                  col(Partnership.partner_id))
                .order_by(col(Partner.name), col(Partnership.started_on))))
            activities = list(session.scalars(select(Activity).where(
                col(Activity.year) == year).order_by(col(Activity.id))))
            funding = list(session.scalars(select(FundingLine).where(
                col(FundingLine.year) == year)))
            bodies = [(b, list(session.scalars(select(GovernanceSeat).where(
                col(GovernanceSeat.body_id) == b.id))))
                for b in session.scalars(select(GovernanceBody).order_by(
                    col(GovernanceBody.name)))]
            surveys = list(session.scalars(select(SatisfactionSurvey).where(
                col(SatisfactionSurvey.date) >= jan1, col(SatisfactionSurvey.date) <= dec31)))

        for key in ("caseload_start", "caseload_dec31", "entries", "exits",
                    "members_during_year"):
            values[key] = len(flows[key])
        values["seen_during_year"] = len(seen)
        persons["seen_during_year"] = seen
        values["active_by_month"] = [len(m) for m in months]
        values["active_monthly_average"] = round_half_up(sum(len(m) for m in months) / 12, 1)

        trajectory, started, training = set(), set(), set()
        by_category: dict[str, set[int]] = {"transitional": set(), "supported": set(),
                                            "independent": set()}
        for member_id, kind, start, end, category in steps:
            if not overlaps_year(start, end, year):
                continue
            if kind in PROFESSIONAL_KINDS and member_id in during:
                trajectory.add(member_id)
                if start >= jan1:
                    started.add(member_id)
            if kind == "training":
                training.add(member_id)
            if kind == "employment" and category in by_category:
                by_category[category].add(member_id)
        values["professional_trajectory"] = len(trajectory)
        values["professional_trajectory_started"] = len(started)
        values["professional_trajectory_share"] = (
            round_half_up(len(trajectory) / len(during), 3) if during else 0)
        values["training"] = len(training)
        values["employment_by_category"] = {k: len(v) for k, v in by_category.items()}
        persons.update({"professional_trajectory": trajectory,
                        "professional_trajectory_started": started, "training": training})
        for category, ids in by_category.items():
            persons[f"employment_by_category.{category}"] = ids

        staff_dec31: dict[int, dict[str, Any]] = {}
        fte_days = 0.0
        for staff_id, function, qualification, start, end, fte in staff_rows:
            if start <= dec31 and (end is None or end >= dec31):
                entry = staff_dec31.setdefault(staff_id, {
                    "function": function, "qualification": qualification, "fte": 0.0})
                entry["fte"] = round(entry["fte"] + fte, 4)
            first, last = max(start, jan1), min(end or dec31, dec31)
            if last >= first:
                fte_days += fte * ((last - first).days + 1)
        values["staff"] = list(staff_dec31.values())
        values["staff_fte_dec31"] = round_half_up(sum(s["fte"] for s in staff_dec31.values()), 2)
        values["staff_fte_average"] = round_half_up(fte_days / days_in_year, 2)
        values["members_per_fte"] = (
            round_half_up(values["active_monthly_average"] / values["staff_fte_average"], 1)
            if values["staff_fte_average"] > 0 else None)

        values["opening_hours"] = [{"weekday": h.weekday, "opens": h.opens, "closes": h.closes}
                                   for h in hours]
        values["premises"] = {f.key: info.get(f.key, "") for f in INFO_FIELDS
                              if f.key.startswith(("premises_", "lease_", "rent_",
                                                   "inventory_"))}
        values["partnerships"] = [{
            "partner": partner.name, "category": partner.category, "kind": p.kind,
            "started_on": p.started_on.isoformat(),
            "ended_on": p.ended_on.isoformat() if p.ended_on else None,
            "agreement_signed": p.agreement_signed,
        } for p, partner in partnerships if overlaps_year(p.started_on, p.ended_on, year)]
        for status in ("done", "planned"):
            values[f"activities_{status}"] = [
                {"title": a.title, "kind": a.kind, "description": a.description}
                for a in activities if a.status == status]
        total = round_half_up(sum(f.amount_eur for f in funding), 2)
        complementary = round_half_up(sum(f.amount_eur for f in funding
                                          if f.kind == "complementary"), 2)
        values["funding_total"] = total
        values["funding_complementary"] = complementary
        values["complementary_funding_share"] = (
            round_half_up(complementary / total, 3) if total else 0)
        values["compliance"] = _compliance(values, bodies, surveys, info, year)
        return Indicators(year=year, values=values, persons=persons)


def _compliance(values: dict[str, Any], bodies: list[tuple[GovernanceBody,
                list[GovernanceSeat]]], surveys: list[SatisfactionSurvey],
                info: dict[str, str], year: int) -> list[str]:
    findings = []
    ratio = values["members_per_fte"]
    if ratio is not None and ratio > SPEC_MEMBERS_PER_FTE:
        findings.append(f"Il y a {str(ratio).replace('.', ',')} membres actifs par salarié à "
                        f"temps plein : c'est plus que le repère d'environ "
                        f"{SPEC_MEMBERS_PER_FTE}.")
    if ratio is None:
        findings.append("Aucun salarié n'est enregistré pour l'année.")
    for body, seats in bodies:
        elected = sum(1 for s in seats if s.elected_member)
        if seats and 2 * elected < len(seats):
            findings.append(f"{body.name} : {elected} siège(s) sur {len(seats)} sont tenus par "
                            "des membres élus, moins de la moitié.")
    if not surveys:
        findings.append(f"Aucune enquête de satisfaction n'est notée en {year}.")
    if not info.get("lease_start"):
        findings.append("Le bail des locaux n'est pas renseigné.")
    if not values["opening_hours"]:
        findings.append("Les horaires d'ouverture ne sont pas renseignés.")
    return findings


def describe_hours(hours: list[dict[str, Any]]) -> list[str]:
    """'lundi : 09:00–12:30, 13:30–17:00' lines for documents."""
    by_day: dict[int, list[str]] = {}
    for h in hours:
        by_day.setdefault(h["weekday"], []).append(f"{h['opens']}–{h['closes']}")
    return [f"{WEEKDAYS[d - 1]} : {', '.join(r)}" for d, r in sorted(by_day.items())]
