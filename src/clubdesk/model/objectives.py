"""The objectives grid of pre-insertion (issue 20 item 2, Le Cheval Bleu).

Decisions
- Each person (a member of the register) has work objectives in three domains: « savoir »,
  « savoir-faire », « savoir-être » (the seed document's words). An objective is a short
  text set on a date; it is closed on a date once over (reached, or replaced by another).
- A review (« bilan ») with the coordinator: its date, who held it (a staff member, a name,
  or both), the person's own words (kept beside the staff's comment, never merged into it)
  and a level for the objectives reviewed, on a fixed scale of four: « non acquis »,
  « en cours », « acquis », « maîtrisé ». A review gives at least one level; each objective
  is the person's own and was open on the review's day (set on or before it, not closed
  before it). A review is never dated before the person's previous one.
- A review is due two months after the person's previous review (or after their first
  objective when there is none yet), or three: the club's setting
  ``objectives_review_months`` (2 or 3; the direction sets it). Months are added exactly,
  the day clamped to the month's last day (31 January + 1 month = 28 or 29 February).
  Only people with at least one open objective are due.
- Rights: staff (équipe, direction) read and write; the reception reads none of it
  (model.access: the three tables are staff-only). Every write is in the audit trail.
- Erasure deletes the person's objectives and reviews (model.erasure).
"""

from __future__ import annotations

import calendar
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import DIRECTION, STAFF_ROLES, Actor, require
from clubdesk.model.errors import NotFoundError, Term, ValidationError
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import (
    OBJECTIVE_DOMAINS,
    OBJECTIVE_LEVELS,
    Member,
    Objective,
    ObjectiveLevel,
    ObjectiveReview,
    Setting,
    Staff,
)
from clubdesk.model.validation import check_date

DOMAIN_LABELS = {"savoir": Term("Savoir"), "savoir_faire": Term("Savoir-faire"),
                 "savoir_etre": Term("Savoir-être")}
LEVEL_LABELS = {"not_acquired": Term("non acquis"), "in_progress": Term("en cours"),
                "acquired": Term("acquis"), "mastered": Term("maîtrisé")}
SETTING_KEY = "objectives_review_months"
REVIEW_MONTHS = (2, 3)
DEFAULT_MONTHS = 2
TEXT_MAX, NAME_MAX, WORDS_MAX = 500, 200, 2000


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, the day clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace(" ", "_")


def parse_domain(text: str) -> str:
    """A domain from its code or its French words (accents, case, dash or space ignored)."""
    folded = _fold(text).replace("-", "_")
    if folded in OBJECTIVE_DOMAINS:
        return folded
    raise ValidationError("domain", "Domaine inconnu « {value} » : savoir, savoir-faire ou "
                                    "savoir-être.", value=text)


def parse_level(text: str) -> str:
    """A level from its code or its French words (« en cours », « maitrise »...)."""
    folded = _fold(text).replace("-", "_")
    for code, label in LEVEL_LABELS.items():
        if folded in (code, _fold(label)):
            return code
    raise ValidationError("level", "Niveau inconnu « {value} » : non acquis, en cours, "
                                   "acquis ou maîtrisé.", value=text)


@dataclass(frozen=True)
class ObjectiveRow:
    id: int
    member_id: int
    domain: str
    text: str
    set_on: date
    closed_on: date | None


@dataclass(frozen=True)
class ReviewRow:
    id: int
    member_id: int
    held_on: date
    staff_id: int | None
    coordinator: str  # as shown: the staff member's name, the name typed, or both
    coordinator_name: str
    own_words: str
    comment: str
    levels: dict[int, str] = field(default_factory=dict)  # objective id -> level code


@dataclass(frozen=True)
class Grid:
    member_id: int
    person: str
    objectives: list[ObjectiveRow]
    reviews: list[ReviewRow]  # by date, oldest first


@dataclass(frozen=True)
class DueRow:
    member_id: int
    person: str
    due_on: date
    last_review: date | None


class ObjectiveService:
    """Objectives, reviews and their levels. Staff only (équipe, direction)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- the setting --------------------------------------------------------------------

    def review_months(self) -> int:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            return _months(session)

    def set_review_months(self, months: int) -> None:
        require(self.actor, DIRECTION)
        if months not in REVIEW_MONTHS:
            raise ValidationError("months", "Un bilan tous les 2 ou 3 mois, pas {months}.",
                                  months=months)
        with self.db.session(actor=self.actor) as session:
            row = session.get(Setting, SETTING_KEY) or Setting(key=SETTING_KEY)
            row.value = str(months)
            session.add(row)

    # -- writing ------------------------------------------------------------------------

    def add(self, member_id: int, domain: str, text: str,
            set_on: date | None = None) -> ObjectiveRow:
        require(self.actor, *STAFF_ROLES)
        domain = parse_domain(domain)
        set_on = check_date(set_on or clock.today(), "set_on")
        check_objective_text(text)
        with self.db.session(actor=self.actor) as session:
            _member(session, member_id)
            row = Objective(member_id=member_id, domain=domain, text=text.strip(),
                            set_on=set_on)
            session.add(row)
            session.flush()
            return _objective_row(row)

    def close(self, objective_id: int, closed_on: date | None = None) -> None:
        require(self.actor, *STAFF_ROLES)
        closed_on = check_date(closed_on or clock.today(), "closed_on")
        with self.db.session(actor=self.actor) as session:
            row = _objective(session, objective_id)
            if closed_on < row.set_on:
                raise ValidationError("closed_on", "Un objectif ne peut pas être clos avant "
                                                   "d'avoir été fixé.")
            row.closed_on = closed_on
            session.add(row)

    def record_review(self, member_id: int, held_on: date, levels: Mapping[int, str], *,
                      staff_id: int | None = None, coordinator_name: str = "",
                      own_words: str = "", comment: str = "") -> ReviewRow:
        """A review with a level for each objective in ``levels`` (objective id -> level,
        code or French words). Every refusal is checked before anything is written."""
        require(self.actor, *STAFF_ROLES)
        check_date(held_on, "held_on")
        codes = {objective_id: parse_level(level) for objective_id, level in levels.items()}
        if not codes:
            raise ValidationError("levels", "Un bilan donne le niveau d'au moins un objectif.")
        check_review_texts(coordinator_name, own_words, comment)
        with self.db.session(actor=self.actor) as session:
            _member(session, member_id)
            if staff_id is not None and session.get(Staff, staff_id) is None:
                raise NotFoundError("Aucun salarié n'a le numéro {staff_id}.",
                                    staff_id=staff_id)
            previous = session.scalars(select(col(ObjectiveReview.held_on)).where(
                col(ObjectiveReview.member_id) == member_id)
                .order_by(col(ObjectiveReview.held_on).desc()).limit(1)).first()
            if previous is not None and held_on < previous:
                raise ValidationError("held_on", "Ce bilan serait daté avant le précédent, du "
                                                 "{previous} : un bilan suit le précédent.",
                                      previous=previous.strftime("%d/%m/%Y"))
            for objective_id in codes:
                check_reviewable(session, objective_id, member_id, held_on)
            review = ObjectiveReview(member_id=member_id, held_on=held_on, staff_id=staff_id,
                                     coordinator_name=coordinator_name.strip(),
                                     own_words=own_words.strip(), comment=comment.strip())
            session.add(review)
            session.flush()
            for objective_id, code in codes.items():
                session.add(ObjectiveLevel(review_id=review.id or 0,
                                           objective_id=objective_id, level=code))
            session.flush()
            return _review_rows(session, [review])[0]

    # -- reading ------------------------------------------------------------------------

    def objectives(self, member_id: int) -> list[ObjectiveRow]:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            _member(session, member_id)
            return _objectives(session, member_id)

    def reviews(self, member_id: int) -> list[ReviewRow]:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            _member(session, member_id)
            return _review_rows(session, list(session.scalars(
                select(ObjectiveReview).where(col(ObjectiveReview.member_id) == member_id)
                .order_by(col(ObjectiveReview.held_on), col(ObjectiveReview.id)))))

    def review(self, review_id: int) -> ReviewRow:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            row = session.get(ObjectiveReview, review_id)
            if row is None:
                raise NotFoundError("Ce bilan n'existe plus.")
            return _review_rows(session, [row])[0]

    def grid(self, member_id: int) -> Grid:
        """The person's objectives (by domain, then date) and reviews (oldest first)."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            member = _member(session, member_id)
            reviews = _review_rows(session, list(session.scalars(
                select(ObjectiveReview).where(col(ObjectiveReview.member_id) == member_id)
                .order_by(col(ObjectiveReview.held_on), col(ObjectiveReview.id)))))
            return Grid(member_id, person_name(member), _objectives(session, member_id),
                        reviews)

    def due(self, today: date | None = None) -> list[DueRow]:
        """The people whose review is due or overdue on ``today``, the most overdue first."""
        require(self.actor, *STAFF_ROLES)
        today = today or clock.today()
        with self.db.session(write=False) as session:
            months = _months(session)
            first: dict[int, date] = {}
            for member_id, set_on in session.execute(
                    select(col(Objective.member_id), col(Objective.set_on))
                    .where(col(Objective.closed_on).is_(None) |
                           (col(Objective.closed_on) > today))):
                if member_id not in first or set_on < first[member_id]:
                    first[member_id] = set_on
            last: dict[int, date] = {}
            for member_id, held_on in session.execute(
                    select(col(ObjectiveReview.member_id), col(ObjectiveReview.held_on))):
                if member_id not in last or held_on > last[member_id]:
                    last[member_id] = held_on
            out = []
            for member_id, set_on in first.items():
                due_on = add_months(last.get(member_id, set_on), months)
                if due_on <= today:
                    member = session.get(Member, member_id)
                    out.append(DueRow(member_id, person_name(member) if member else "",
                                      due_on, last.get(member_id)))
        return sorted(out, key=lambda r: (r.due_on, r.person, r.member_id))


# -- checks (shared with the import) -------------------------------------------------------

def check_objective_text(text: str) -> None:
    if not text.strip():
        raise ValidationError("text", "Le texte de l'objectif est obligatoire.")
    if len(text.strip()) > TEXT_MAX:
        raise ValidationError("text", "Le texte de l'objectif dépasse {limit} caractères.",
                              limit=TEXT_MAX)


def check_review_texts(coordinator_name: str, own_words: str, comment: str) -> None:
    if len(coordinator_name.strip()) > NAME_MAX:
        raise ValidationError("coordinator_name", "Le nom du coordinateur dépasse {limit} "
                                                  "caractères.", limit=NAME_MAX)
    if len(own_words.strip()) > WORDS_MAX:
        raise ValidationError("own_words", "Les mots de la personne dépassent {limit} "
                                           "caractères.", limit=WORDS_MAX)
    if len(comment.strip()) > WORDS_MAX:
        raise ValidationError("comment", "Le commentaire dépasse {limit} caractères.",
                              limit=WORDS_MAX)


def check_reviewable(session: Session, objective_id: int, member_id: int,
                     held_on: date) -> None:
    objective = session.get(Objective, objective_id)
    if objective is None:
        raise NotFoundError("Aucun objectif n'a le numéro {objective_id}.",
                            objective_id=objective_id)
    if objective.member_id != member_id:
        raise ValidationError("levels", "L'objectif n° {objective_id} est celui d'une autre "
                                        "personne : un bilan ne porte que sur les objectifs "
                                        "de la personne.", objective_id=objective_id)
    if objective.set_on > held_on or (objective.closed_on is not None
                                      and objective.closed_on < held_on):
        raise ValidationError("levels", "L'objectif n° {objective_id} n'était pas en cours le "
                                        "jour de ce bilan.", objective_id=objective_id)


def person_name(member: Member) -> str:
    return f"{member.preferred_name or member.first_name} {member.last_name}".strip()


def _months(session: Session) -> int:
    row = session.get(Setting, SETTING_KEY)
    if row is not None and row.value.strip() in ("2", "3"):
        return int(row.value)
    return DEFAULT_MONTHS


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFoundError("Aucune personne n'a le numéro {member_id}.", member_id=member_id)
    return member


def _objective(session: Session, objective_id: int) -> Objective:
    row = session.get(Objective, objective_id)
    if row is None:
        raise NotFoundError("Aucun objectif n'a le numéro {objective_id}.",
                            objective_id=objective_id)
    return row


def _objective_row(o: Objective) -> ObjectiveRow:
    return ObjectiveRow(o.id or 0, o.member_id, o.domain, o.text, o.set_on, o.closed_on)


def _objectives(session: Session, member_id: int) -> list[ObjectiveRow]:
    found = session.scalars(select(Objective).where(col(Objective.member_id) == member_id)
                            .order_by(col(Objective.set_on), col(Objective.id)))
    return sorted((_objective_row(o) for o in found),
                  key=lambda o: OBJECTIVE_DOMAINS.index(o.domain))


def _review_rows(session: Session, found: list[ObjectiveReview]) -> list[ReviewRow]:
    levels: dict[int, dict[int, str]] = {}
    for review_id, objective_id, level in session.execute(
            select(col(ObjectiveLevel.review_id), col(ObjectiveLevel.objective_id),
                   col(ObjectiveLevel.level))
            .where(col(ObjectiveLevel.review_id).in_([r.id for r in found]))
            .order_by(col(ObjectiveLevel.id))):
        levels.setdefault(review_id, {})[objective_id] = level
    staff_ids = {r.staff_id for r in found if r.staff_id is not None}
    names = {s.id: f"{s.first_name} {s.last_name}".strip() for s in session.scalars(
        select(Staff).where(col(Staff.id).in_(staff_ids)))}
    out = []
    for r in found:
        shown = ", ".join(n for n in (names.get(r.staff_id or 0, ""), r.coordinator_name) if n)
        out.append(ReviewRow(r.id or 0, r.member_id, r.held_on, r.staff_id, shown,
                             r.coordinator_name, r.own_words, r.comment,
                             levels.get(r.id or 0, {})))
    return out


__all__ = ["OBJECTIVE_LEVELS", "ObjectiveService", "add_months"]
