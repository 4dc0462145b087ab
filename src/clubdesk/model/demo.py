"""A realistic, reproducible demo club (small for trying the app, large for benchmarks).

Same seed and same end date, same club. Names carry French accents, apostrophes and
hyphens on purpose: search must cope with them.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

from sqlalchemy import delete, func, insert, select
from sqlmodel import Session, SQLModel, col

from clubdesk.model import clock
from clubdesk.model.access import STAFF_ROLES, Actor, require
from clubdesk.model.audit.chain import append
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.search_folding import search_key
from clubdesk.model.storage import dialect
from clubdesk.model.storage.db import Database
from clubdesk.model.structure_kinds import (
    CLUBHOUSE,
    GEM,
    PRE_INSERTION,
    WORK_INSERTION,
    check_kinds,
    store_kinds,
)
from clubdesk.model.tables import (
    Activity,
    AdmissionCommission,
    Application,
    ApplicationEvent,
    Attendance,
    CharterSignature,
    CommissionPartner,
    ContractPeriod,
    ExitContact,
    ExitPlan,
    Followup,
    FundingLine,
    GovernanceBody,
    GovernanceSeat,
    InteractionMember,
    MealTaken,
    Member,
    MemberAvailability,
    MembershipPeriod,
    MemberSkill,
    MemberWish,
    Objective,
    ObjectiveLevel,
    ObjectiveReview,
    OpeningHours,
    Outing,
    OutingSignup,
    Partner,
    PartnerContact,
    PartnerInteraction,
    Partnership,
    PathStep,
    ProductionSession,
    ProductionWorker,
    ReachOut,
    SatisfactionSurvey,
    Setting,
    Staff,
    StaffPeriod,
    StaffSkill,
    StructureDocument,
    StructureInfo,
    SupportedEmployment,
    Task,
    TransitionalCover,
    TravelRefund,
    UserAccount,
    Volunteer,
    WorkOrder,
    WorkshopAttendee,
    WorkshopSession,
)
from clubdesk.model.tasks import DEFAULT_TASKS

Size = Literal["small", "large"]

FIRST_NAMES = (
    "Émilie", "Loïc", "Jean-Édouard", "Chloé", "Hélène", "Noémie", "Jérôme", "Anaïs",
    "François", "Zoé", "Gaëlle", "Benoît", "Céline", "Mathéo", "Léa", "Raphaël", "Inès",
    "Théo", "Maëlle", "Joël", "Agnès", "Grégoire", "Éric", "Amélie", "Sébastien", "Clémence",
    "Marie-Thérèse", "Jean-Luc", "Anne-Sophie", "Pierre-Yves", "Fatoumata", "Mamadou",
    "Yasmine", "Karim", "Nadia", "Moussa", "Aïcha", "Thuy", "Ngoc", "Paulo", "Ioana",
    "Bérénice", "Gérard", "Françoise", "Stéphane", "Delphine", "Hervé", "Yannick", "Solène",
    "Maxime", "Camille", "Lucas", "Manon", "Hugo", "Sarah", "Nathan", "Julie", "Thomas",
    "Laura", "Antoine", "Pauline", "Kévin", "Élodie", "Rémi", "Océane", "Quentin", "Aurélie",
)
LAST_NAMES = (
    "N'Diaye", "Lefèvre", "Durand", "Moreau", "D'Almeida", "Le Goff", "Bénard", "Dupré",
    "Martin-Lévêque", "Fournier", "Girard", "L'Hôte", "Mercier", "Bonnaré", "Faure", "Rousseau",
    "Blanchard", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin",
    "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin",
    "Masson", "Sanchez", "Dufour", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier",
    "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Pérez",
    "Marchand", "Dufresne", "Brun", "Caron", "Diallo", "Traoré", "Nguyen", "Benali",
    "Saint-Martin", "Le Béhec", "O'Neill", "D'Aubigné", "Costa", "Pereira", "Kowalski",
    "Œuvray", "Lacroix-Dubreuil", "Vasseur", "Hoarau", "Payet",
)
PREFERRED = ("Mimi", "Jo", "Loulou", "Ben", "Titi", "Doudou", "Max", "Nono", "Kiki", "Fanfan")
# Exit reason codes (model/exit_reasons.py): the codes of the six reasons the demo always
# drew (same number of choices, so the random draws of the rest of the demo stay the same).
LEAVE_REASONS = ("job", "moved", "personal", "training", "no_news", "other_structure")
# Functions named by their field, not by a gendered job title: the demo's staff names are
# drawn at random, and « Directrice » once went to a Nathan.
STAFF_FUNCTIONS = (
    ("Direction", "Master en action sociale"),
    ("Cogestion et insertion", "Diplôme d'État de conseiller en économie sociale"),
    ("Cogestion et insertion", "Licence de psychologie"),
    ("Pair-aidance", "Licence sciences sanitaires et sociales, parcours pair-aidance"),
    ("Insertion professionnelle", "Titre de conseiller en insertion professionnelle"),
)


@dataclass(frozen=True)
class DemoSpec:
    members: int
    visitors: int
    staff: int
    partners: int
    followups: int
    years: int
    attendance_years: int
    daily_presence: float  # chance that a current member comes on an opening day


SPECS: dict[str, DemoSpec] = {
    "small": DemoSpec(members=60, visitors=3, staff=4, partners=12, followups=400, years=3,
                      attendance_years=1, daily_presence=0.32),
    "large": DemoSpec(members=10_000, visitors=40, staff=40, partners=300,
                      followups=200_000, years=10, attendance_years=10,
                      daily_presence=0.07),
}


@dataclass(frozen=True)
class DemoSummary:
    members: int
    current_members: int
    staff: int
    attendance: int


def _opening_days(start: date, end: date) -> list[date]:
    days = []
    d = start
    while d <= end:
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return days


def _periods(rng: random.Random, start: date, end: date) -> list[tuple[date, date | None]]:
    """Membership periods of one person: many stay, some leave, a few come back."""
    span = (end - start).days
    joined = start + timedelta(days=rng.randrange(max(span, 1)))
    periods: list[tuple[date, date | None]] = []
    while True:
        if rng.random() < 0.45:
            periods.append((joined, None))
            break
        stay = timedelta(days=rng.randint(30, 900))
        left = joined + stay
        if left > end:
            periods.append((joined, None))
            break
        periods.append((joined, left))
        if rng.random() < 0.5:
            break
        joined = left + timedelta(days=rng.randint(20, 400))
        if joined > end:
            break
    return periods


# The demo's parts of each kind of structure (issue 20): module names, each exposing
# ``add_demo(session, rng, today)``, called in this order after the common club is written,
# for each kind on (a module listed under two kinds on is called once).
DEMO_PARTS: dict[str, tuple[str, ...]] = {
    CLUBHOUSE: (),
    GEM: ("clubdesk.model.demo_gem", "clubdesk.model.demo_outings"),
    PRE_INSERTION: ("clubdesk.model.demo_admissions", "clubdesk.model.demo_contracts",
                    "clubdesk.model.demo_objectives"),
    WORK_INSERTION: ("clubdesk.model.demo_production", "clubdesk.model.demo_contracts",
                     "clubdesk.model.demo_objectives"),
}


def _demo_parts(kinds: tuple[str, ...]) -> list[str]:
    modules: list[str] = []
    for kind in kinds:
        modules.extend(m for m in DEMO_PARTS.get(kind, ()) if m not in modules)
    return modules


def add_kinds(db: Database, actor: Actor, kinds: Sequence[str], *, seed: int = 1,
              today: date | None = None) -> None:
    """Turn the kinds ``kinds`` on in a demo club already generated, with their demo parts
    (tests and screenshots walk every screen of every kind on the common demo)."""
    require(actor, *STAFF_ROLES)
    chosen = check_kinds(list(kinds))
    rng = random.Random(f"{seed}-kinds-{'-'.join(chosen)}")
    with db.session(actor=actor) as session:
        store_kinds(session, chosen)
        for module in _demo_parts(chosen):
            importlib.import_module(module).add_demo(session, rng, today or clock.today())
            session.flush()
        dialect.reset_sequences(session.connection(), SQLModel.metadata.sorted_tables)


def generate(
    db: Database,
    actor: Actor,
    *,
    size: Size = "small",
    seed: int = 1,
    today: date | None = None,
    force: bool = False,
    kinds: Sequence[str] = (CLUBHOUSE,),
) -> DemoSummary:
    """Fill ``db`` with the demo club of the ``kinds`` of structure (stored as the kinds on,
    then each kind's parts of :data:`DEMO_PARTS` added); refuses a club that has members
    unless ``force``."""
    require(actor, *STAFF_ROLES)
    chosen = check_kinds(list(kinds))
    spec = SPECS[size]
    today = today or clock.today()
    rng = random.Random(f"{seed}-{size}")
    start = today.replace(year=today.year - spec.years, day=1)
    # From January 1st, so that last year's annual report has twelve full months.
    attendance_start = date(today.year - spec.attendance_years, 1, 1)
    opening = _opening_days(attendance_start, today)

    with db.session(actor=actor) as session:
        existing = session.execute(select(func.count()).select_from(Member)).scalar_one()
        if existing and not force:
            raise ClubdeskError(
                "La base « {database} » contient déjà {count} personnes : la démo n'a rien "
                "écrit (ajoutez --force pour tout remplacer par la démo).",
                database=db.display_name, count=existing)
        for table in (Volunteer,  # the GEM's volunteers (demo_gem)
                      OutingSignup, Outing,  # the GEM's outings (demo_outings)
                      ObjectiveLevel, ObjectiveReview, Objective,  # demo_objectives
                      ApplicationEvent, CommissionPartner, AdmissionCommission,  # demo_admissions
                      Application,
                      ContractPeriod, ExitPlan, ExitContact, TravelRefund, MealTaken,  # contracts
                      ProductionWorker, ProductionSession, WorkOrder,  # demo_production
                      WorkshopAttendee, WorkshopSession,
                      UserAccount, GovernanceSeat, GovernanceBody, SatisfactionSurvey, Activity,
                      FundingLine, OpeningHours, StructureInfo, StructureDocument,
                      TransitionalCover,
                      SupportedEmployment, InteractionMember,
                      PartnerInteraction, Partnership, PartnerContact, Followup, PathStep,
                      Partner, ReachOut, MemberWish, MemberSkill, MemberAvailability, Attendance,
                      MembershipPeriod, Member, StaffSkill, StaffPeriod, Staff, Task):
            session.execute(delete(table))
        task_ids = []
        for values in DEFAULT_TASKS:
            task = Task(**values)
            session.add(task)
            session.flush()
            task_ids.append(task.id)

        members: list[dict[str, Any]] = []
        periods: list[dict[str, Any]] = []
        signatures: list[dict[str, Any]] = []
        for i in range(spec.members):
            if i == 0:
                first, last = "Émilie", "Durand"
            elif i == 1:
                first, last = "Loïc", "N'Diaye"
            elif i == 2:
                first, last = "Jean-Édouard", "Lefèvre"
            else:
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            preferred = rng.choice(PREFERRED) if rng.random() < 0.08 else ""
            phone = f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} " \
                    f"{rng.randint(10, 99)}" if rng.random() < 0.85 else ""
            email = (
                f"{search_key(first).replace(' ', '.')}.{i}@exemple.fr"
                if rng.random() < 0.5 else ""
            )
            member_periods: list[tuple[date, date | None]]
            if i < 3:
                member_periods = [(start + timedelta(days=rng.randrange(60)), None)]
            elif i >= spec.members - spec.visitors:
                member_periods = []  # first-time visitors: no charter signed yet
            else:
                member_periods = _periods(rng, start, today - timedelta(days=1))
            signed = member_periods[0][0] if member_periods else None
            members.append({
                "id": i + 1,
                "first_name": first,
                "last_name": last,
                "preferred_name": preferred,
                "phone": phone,
                "email": email,
                "address": "",
                "contact_preference": rng.choice(("phone", "sms", "sms", "email", "post")),
                "rqth": rng.choice((None, None, "yes", "no")),
                "referent_partner": "",
                "other_peer_places": rng.choice(("", "", "", "GEM Le Lien", "GEM L'Escale")),
                "search_key": search_key(first, last, preferred),
                "created_at": datetime.combine(signed or today, time(9), tzinfo=UTC),
            })
            for joined, _left in member_periods:  # each return: the charter signed again
                signatures.append({"member_id": i + 1, "signed_on": joined,
                                   "version": "2022" if joined.year < 2024 else "2024"})
                # most members present when the 2024 charter came signed it (not every 6th)
                renewal = date(2024, 3, 1)
                if joined < renewal and (_left is None or _left > renewal) and i % 6:
                    signatures.append({"member_id": i + 1, "signed_on": renewal,
                                       "version": "2024"})
            for joined, left in member_periods:
                periods.append({
                    "member_id": i + 1,
                    "joined_on": joined,
                    "left_on": left,
                    "leave_reason": rng.choice(LEAVE_REASONS) if left else "",
                })
        session.execute(insert(Member), members)
        session.execute(insert(MembershipPeriod), periods)
        if signatures:
            session.execute(insert(CharterSignature), signatures)
        session.merge(Setting(key="charter_version", value="2024"))

        attendance = _attendance(rng, spec, periods, opening)
        for chunk in range(0, len(attendance), 50_000):
            session.execute(insert(Attendance), attendance[chunk:chunk + 50_000])

        _profiles(session, rng, len(members), task_ids)
        _reach_outs(session, rng, periods, today)

        staff_rows, staff_periods = _staff(rng, spec, start)
        session.execute(insert(Staff), staff_rows)
        session.execute(insert(StaffPeriod), staff_periods)
        staff_skills = _staff_skills(len(staff_rows), task_ids)
        if staff_skills:
            session.execute(insert(StaffSkill), staff_skills)

        _staff_desk(session, rng, spec, periods, len(staff_rows), start, today)
        _structure(session, rng, start, today)
        _workshops(session, today)

        _accounts(session)
        append(session.connection(), actor.name, "demo", "club", size)
        # rows were written with their ids: the next new row follows them
        dialect.reset_sequences(session.connection(), SQLModel.metadata.sorted_tables)
        store_kinds(session, chosen)
        if CLUBHOUSE not in chosen:  # a GEM or a workshop next door is not called a club-house
            row = session.scalars(
                select(StructureInfo).where(col(StructureInfo.key) == "name")).first()
            if row is not None:
                row.value = DEMO_NAMES[chosen[0]]
                session.add(row)
        parts = _demo_parts(chosen)
        for module in parts:
            importlib.import_module(module).add_demo(session, rng, today)
            session.flush()
        if parts:  # their rows may carry ids too
            dialect.reset_sequences(session.connection(), SQLModel.metadata.sorted_tables)

        current = sum(1 for p in periods if p["left_on"] is None)
    return DemoSummary(
        members=len(members), current_members=current, staff=len(staff_rows),
        attendance=len(attendance),
    )


def _attendance(
    rng: random.Random, spec: DemoSpec, periods: list[dict[str, Any]], opening: list[date]
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    if not opening:
        return rows
    first_day = opening[0]
    index = {d: n for n, d in enumerate(opening)}
    for p in periods:
        lo = max(p["joined_on"], first_day)
        hi = p["left_on"] - timedelta(days=1) if p["left_on"] else opening[-1]
        if lo > hi:
            continue
        # Each person has their own rhythm: some come daily, some once a week.
        chance = min(0.95, spec.daily_presence * rng.choice((0.3, 0.6, 1.0, 1.5, 2.5)))
        start_i = index.get(lo)
        if start_i is None:
            start_i = next((n for n, d in enumerate(opening) if d >= lo), len(opening))
        for d in opening[start_i:]:
            if d > hi:
                break
            if rng.random() >= chance:
                continue
            half = rng.choices(("am", "pm", "day"), weights=(4, 2, 3))[0]
            arrival = time(9 if half != "pm" else 13, rng.randrange(0, 60, 5))
            rows.append({
                "member_id": p["member_id"],
                "date": d,
                "half_day": half,
                "mode": "remote" if rng.random() < 0.07 else "onsite",
                "checked_in_at": datetime.combine(d, arrival).astimezone(UTC),
            })
    return rows


def _staff(
    rng: random.Random, spec: DemoSpec, start: date
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows: list[dict[str, Any]] = []
    periods: list[dict[str, Any]] = []
    for i in range(spec.staff):
        function, qualification = STAFF_FUNCTIONS[0] if i == 0 else rng.choice(STAFF_FUNCTIONS[1:])
        rows.append({
            "id": i + 1,
            "first_name": rng.choice(FIRST_NAMES),
            "last_name": rng.choice(LAST_NAMES),
            "function": function,
            "qualification": qualification,
            "peer_worker": function == "Médiateur pair",
        })
        hired = start + timedelta(days=rng.randrange(0, 200) if i else 0)
        fte = 1.0 if i == 0 else rng.choice((1.0, 1.0, 0.8, 0.5))
        if i % 7 == 6:  # a few left and were replaced: a closed period
            periods.append({"staff_id": i + 1, "started_on": hired,
                            "ended_on": hired + timedelta(days=rng.randint(200, 500)), "fte": fte})
        else:
            periods.append({"staff_id": i + 1, "started_on": hired, "ended_on": None, "fte": fte})
    return rows, periods


# What the staff know, by task name (DEFAULT_TASKS), one pattern per staff member in turn: a
# fixed rule, not the random stream, so the rest of the demo is the same as before.
STAFF_SKILLS: tuple[dict[str, str], ...] = (
    {"Accueil": "can_teach", "Comptabilité": "can_teach"},
    {"Cuisine": "can_teach", "Accueil": "practising"},
    {"Standard téléphonique": "practising", "Communication": "can_teach"},
    {"Cuisine": "practising", "Journal du club": "can_teach"},
)


def _staff_skills(staff_count: int, task_ids: list[Any]) -> list[dict[str, Any]]:
    by_name = {values["name"]: task_id
               for values, task_id in zip(DEFAULT_TASKS, task_ids, strict=True)}
    return [{"staff_id": staff_id, "task_id": by_name[name], "level": level}
            for staff_id in range(1, staff_count + 1)
            for name, level in STAFF_SKILLS[(staff_id - 1) % len(STAFF_SKILLS)].items()]


SKILL_NAMES = ("Cuisine", "Comptabilité", "Accueil", "Informatique", "Rédaction", "Photo")


def _profiles(session: Session, rng: random.Random, count: int, task_ids: list[Any]) -> None:
    skills, wishes, availability = [], [], []
    for member_id in range(1, count + 1):
        for name in rng.sample(SKILL_NAMES, rng.randint(0, 3)):
            level = rng.choice(("discovering", "discovering", "practising", "can_teach"))
            skills.append({"member_id": member_id, "name": name, "level": level})
        picked = rng.sample(task_ids, min(len(task_ids), rng.randint(0, 3)))
        for n, task_id in enumerate(picked):
            wishes.append({"member_id": member_id, "task_id": task_id,
                           "kind": "avoid" if n == 2 else "like"})
        for weekday in range(1, 6):
            for half in ("am", "pm"):
                if rng.random() < 0.45:
                    availability.append({"member_id": member_id, "weekday": weekday,
                                         "half_day": half})
    for table, rows in ((MemberSkill, skills), (MemberWish, wishes),
                        (MemberAvailability, availability)):
        if rows:
            session.execute(insert(table), rows)


def _reach_outs(session: Session, rng: random.Random, periods: list[dict[str, Any]],
                today: date) -> None:
    rows = []
    for p in periods:
        if p["left_on"] is None and rng.random() < 0.15:
            rows.append({
                "member_id": p["member_id"],
                "date": today - timedelta(days=rng.randint(20, 200)),
                "channel": rng.choice(("phone", "sms", "visit")),
                "done_by": rng.choice(("Hervé", "Léa", "Émilie")),
                "note": "",
            })
    if rows:
        session.execute(insert(ReachOut), rows)


PARTNERS = (
    ("Boulangerie Au Bon Pain", "firm"), ("Imprimerie Lefranc", "firm"),
    ("Mairie — service des espaces verts", "local_authority"), ("France Travail", "spie"),
    ("Cap emploi", "spie"), ("Mission locale", "spie"), ("CMP Adultes", "health"),
    ("Centre de réhabilitation psychosociale", "health"), ("SAVS L'Étape", "medico_social"),
    ("GEM L'Escale", "peer_structure"),
    ("Plateforme emploi accompagné", "supported_employment_platform"),
    ("AFPA", "training_body"), ("Supermarché Coop'Éco", "firm"),
    ("ESAT Les Ateliers", "medico_social"),
)
NOTES = (
    "Point sur la recherche d'emploi : CV mis à jour ensemble.",
    "Préparation de l'entretien d'embauche, simulation avec un membre.",
    "Bilan du stage : très bon retour de l'employeur.",
    "Démarches pour la formation, dossier envoyé.",
    "Échange sur le rythme de travail souhaité.",
)


def _staff_desk(session: Session, rng: random.Random, spec: DemoSpec,
                periods: list[dict[str, Any]], staff_count: int, start: date,
                today: date) -> None:
    """Partners, professional paths and follow-ups (nothing medical, ever)."""
    partners = []
    for n in range(spec.partners):
        name, category = PARTNERS[n % len(PARTNERS)]
        if n >= len(PARTNERS):
            name = f"{name} ({n // len(PARTNERS) + 1})"
        partners.append({"id": n + 1, "name": name, "category": category,
                         "address": "", "city": rng.choice(("Caen", "Rouen", "Lisieux")),
                         "archived": False})
    session.execute(insert(Partner), partners)
    session.execute(insert(PartnerContact), [
        {"partner_id": p["id"], "name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
         "role": "Contact référent", "phone": f"02 31 {rng.randint(10, 99)} {rng.randint(10, 99)} "
         f"{rng.randint(10, 99)}", "email": ""} for p in partners])
    session.execute(insert(Partnership), [
        {"partner_id": p["id"], "kind": "Convention de partenariat",
         "started_on": start + timedelta(days=rng.randrange(300)), "ended_on": None,
         "agreement_signed": True, "agreement_signed_on": start + timedelta(days=300)}
        for p in partners if rng.random() < 0.6])
    firms = [p["id"] for p in partners if p["category"] == "firm"] or [1]
    steps = []
    for p in periods:
        if rng.random() > 0.3:
            continue
        begin = p["joined_on"] + timedelta(days=rng.randint(30, 300))
        if begin >= today:
            continue
        kind = rng.choice(("employment", "internship", "volunteering", "training",
                           "apprenticeship"))
        end = begin + timedelta(days=rng.randint(20, 400))
        steps.append({
            "member_id": p["member_id"], "kind": kind, "started_on": begin,
            "ended_on": end if end < today and rng.random() < 0.7 else None,
            "partner_id": rng.choice(firms) if kind != "training" else None,
            "hours_per_week": rng.choice((15.0, 20.0, 24.0, 35.0)),
            "category": rng.choice(("transitional", "supported", "independent"))
            if kind == "employment" else None,
            "contract": rng.choice(("cdd", "cdi", "contrat_aide")) if kind == "employment"
            else None,
            "title": "",
        })
    if steps:
        session.execute(insert(PathStep), steps)
    current = [p for p in periods if p["left_on"] is None] or periods
    rows = []
    for _ in range(spec.followups):
        p = rng.choice(current)
        low = max(p["joined_on"], start)
        span = max((today - low).days, 1)
        day = low + timedelta(days=rng.randrange(span))
        due = day + timedelta(days=rng.randint(3, 30)) if rng.random() < 0.35 else None
        rows.append({
            "member_id": p["member_id"], "date": day,
            "staff_id": rng.randint(1, staff_count) if staff_count else None,
            "kind": rng.choice(("interview", "job_search", "job_support", "employer_contact",
                                "workshop", "administrative", "referral")),
            "note": rng.choice(NOTES), "next_step": "Rappeler l'employeur" if due else "",
            "due_on": due, "done_on": due if due and due < today - timedelta(days=7) else None,
            "partner_id": rng.choice(firms) if rng.random() < 0.2 else None,
            "read_with_member_on": day if rng.random() < 0.5 else None,
        })
    for chunk in range(0, len(rows), 50_000):
        session.execute(insert(Followup), rows[chunk:chunk + 50_000])


# The demo's premises: the club moved on 1 November 2023 (a bigger place, a new lease), and
# opens on Saturday mornings since 1 September 2024, so that a past year's report differs
# from today's. Fixed data, no random draw (the draws of the rest of the demo stay as they
# were).
DEMO_MOVE = date(2023, 11, 1)
# the demo's name when the club-house is not among its kinds (the first kind on names it)
DEMO_NAMES = {GEM: "GEM Le Phare (démonstration)",
              PRE_INSERTION: "Atelier de pré-insertion Le Phare (démonstration)",
              WORK_INSERTION: "Ateliers d'insertion Le Phare (démonstration)"}
DEMO_SATURDAY = date(2024, 9, 1)
DEMO_PREMISES_BEFORE = {
    "name": "Club-house Le Phare (démonstration)", "address": "5 impasse du Moulin, 14000 Caen",
    "legal_form": "Association loi 1901", "premises_address": "5 impasse du Moulin, 14000 Caen",
    "premises_accessibility": "Premier étage sans ascenseur",
    "premises_surface_m2": "110", "lease_start": "2018-03-01", "lease_end": "",
    "rent_eur": "950", "inventory_date": "2018-03-01",
    "premises_notes": "Une salle commune et un bureau ; cuisine partagée avec l'immeuble.",
}
DEMO_PREMISES_NOW = {
    "address": "12 rue des Lilas, 14000 Caen", "premises_address": "12 rue des Lilas, 14000 Caen",
    "premises_accessibility": "Plain-pied, accessible en fauteuil roulant",
    "premises_surface_m2": "240", "lease_start": "2023-11-01",
    "rent_eur": "1850", "inventory_date": "2023-11-01",
    "premises_notes": "Cuisine collective, deux bureaux, une salle d'activité.",
}


def _structure(session: Session, rng: random.Random, start: date, today: date) -> None:
    """The club's profile, opening hours, funding, activities, governance, surveys."""
    for key, value in DEMO_PREMISES_BEFORE.items():  # from before the history was kept
        session.add(StructureInfo(key=key, value=value))
    for key, value in DEMO_PREMISES_NOW.items():
        session.add(StructureInfo(key=key, value=value, valid_from=DEMO_MOVE))
    week = [(day, opens, closes) for day in range(1, 6)
            for opens, closes in (("09:00", "12:30"), ("13:30", "17:00"))]
    for weekday, opens, closes in week:
        session.add(OpeningHours(weekday=weekday, opens=opens, closes=closes))
    for weekday, opens, closes in [*week, (6, "10:00", "13:00")]:
        session.add(OpeningHours(weekday=weekday, opens=opens, closes=closes,
                                 valid_from=DEMO_SATURDAY))
    for year in range(start.year, today.year + 1):
        session.add(FundingLine(year=year, funder="ARS — fonds d'intervention régional",
                                amount_eur=250_000, kind="fir"))
        session.add(FundingLine(year=year, funder="Conseil départemental",
                                amount_eur=float(rng.randrange(15_000, 40_000, 500)),
                                kind="complementary"))
        session.add(FundingLine(year=year, funder="Mairie — mise à disposition d'une salle",
                                amount_eur=6_000, kind="complementary", in_kind=True))
        session.add(Activity(year=year, title="Atelier de recherche d'emploi", kind="atelier",
                             status="done", description="Chaque mardi après-midi."))
        session.add(Activity(year=year, title="Sortie annuelle à la mer", kind="sortie",
                             status="done"))
        session.add(Activity(year=year, title="Journée portes ouvertes avec les entreprises",
                             kind="partenariat", status="planned"))
        session.add(SatisfactionSurvey(date=date(year, 6, 15), audience="members",
                                       answers=rng.randint(20, 45),
                                       summary="Les membres apprécient l'accueil."))
    session.flush()
    body = GovernanceBody(name="Conseil d'administration")
    session.add(body)
    session.flush()
    for n in range(9):
        session.add(GovernanceSeat(body_id=body.id or 0, holder=f"Siège {n + 1}",
                                   elected_member=n < 5))


WORKSHOP_TITLES = ("Atelier CV et lettre de motivation", "Atelier informatique",
                   "Groupe de parole sur l'emploi", "Atelier cuisine collective")


def _workshops(session: Session, today: date) -> None:
    """The demo's collective workshops (the follow-ups of kind « workshop ») are also
    sessions: one a week, on the week's first such day, with every member of that week's
    follow-ups as attendees, led by the first one's staff member; the title follows the
    week. Plus a few planned sessions, this year's and next year's."""
    weeks: dict[tuple[int, int], list[tuple[date, int, int | None]]] = {}
    for day, member_id, staff_id in session.execute(
            select(col(Followup.date), col(Followup.member_id), col(Followup.staff_id))
            .where(col(Followup.kind) == "workshop")
            .order_by(col(Followup.date), col(Followup.id))):
        iso = day.isocalendar()
        weeks.setdefault((iso.year, iso.week), []).append((day, member_id, staff_id))
    attendees = []
    for (_year, week), rows in sorted(weeks.items()):
        held_on, _member, staff_id = rows[0]
        session_id = session.execute(insert(WorkshopSession).values(
            title=WORKSHOP_TITLES[week % len(WORKSHOP_TITLES)], held_on=held_on,
            status="done", led_by_staff_id=staff_id, leader_name="", notes="")
            .returning(col(WorkshopSession.id))).scalar_one()
        for member_id in dict.fromkeys(m for _d, m, _s in rows):
            attendees.append({"session_id": session_id, "member_id": member_id})
    for chunk in range(0, len(attendees), 50_000):
        session.execute(insert(WorkshopAttendee), attendees[chunk:chunk + 50_000])
    planned = [today + timedelta(days=14), date(today.year + 1, 1, 20),
               date(today.year + 1, 3, 17)]
    for n, day in enumerate(planned):
        session.add(WorkshopSession(title=WORKSHOP_TITLES[n % len(WORKSHOP_TITLES)],
                                    held_on=day, status="planned",
                                    leader_name="Conseillère de France Travail" if n else "",
                                    notes=""))


# One demo account per role (listed in the README). Demo only: a real club creates its own.
DEMO_ACCOUNTS = (
    ("accueil", "Accueil-demo-2026", "accueil", "Accueil (démo)"),
    ("equipe", "Equipe-demo-2026", "equipe", "Équipe (démo)"),
    ("direction", "Direction-demo-2026", "direction", "Direction (démo)"),
)


def _accounts(session: Session) -> None:
    from argon2 import PasswordHasher

    hasher = PasswordHasher()
    for username, password, role, name in DEMO_ACCOUNTS:
        session.add(UserAccount(username=username, display_name=name, role=role,
                                password_hash=hasher.hash(password)))
