"""Pre-insertion (Le Cheval Bleu, issue 20 item 2): the trial month, the contracts, the
prepared exit and the contacts after it, travel costs refunded and meals taken.

Periods and their end dates
- ``add_months(day, n)``: the same day number ``n`` months later, clamped to the last day
  of that month when it has fewer days (31 January + 1 month = 28 February, or 29 in a
  leap year).
- A period of N months is counted « de date à date », as French labour law counts a trial
  period: started on S, it ends the day before the same day number N months later, or on
  the last day of that month when it has no such day. ``boundary(S, N)``, the day after
  the end, is that same day, or the 1st of the next month. A one-month trial from 1 March
  ends on 31 March; from 15 March on 14 April; from 31 January (or 29, 30 January in a
  common year) on 28 February.
- A renewal continues a chain: the k-th renewal of a chain whose first period started on A
  (its ``anchor_on``) covers [boundary(A, kN), boundary(A, (k+1)N)). So the next period
  always starts the day after the previous one ends, and a chain never drifts across
  short months: six 6-month contracts back to back cover exactly 36 months (they end the
  day before boundary(A, 36)).
- The trial (« mois d'essai ») lasts one month and may be renewed once (one more month).
  The contract lasts 6 months and may be renewed any number of times (6 months each).

Decisions
- A contract follows a trial: by default it starts the day after the trial's (last) end.
  A contract without a trial before it is refused unless ``without_trial=True`` (a person
  admitted before the club used clubdesk, or coming from another structure whose trial
  counted); the screen and the command line say so.
- Two periods of the same person never overlap (their days, up to an early end).
- Only the last period of a person may be renewed or ended early, and a period ended early
  is not renewed (a new trial or contract is started instead).
- ``ending_within(days, today)``: the periods whose last day falls between today and today +
  days, not already followed by another period, by end date: what the staff must decide.
- Exit plan: one per person (set again to change it), temporary or definitive, a planned
  date, a destination from EXIT_DESTINATIONS. Contacts after exit need a plan and are dated
  from its planned date to today; their note is staff-only (model.access).
- Travel refunds are integer cents (``parse_euros`` reads « 12,50 » exactly); meals a count.
- Rights: staff only (équipe, direction), reads and writes; every write is in the audit
  trail. Erasure: the periods, refunds and meals stay (dates and amounts, for the counts);
  the free texts (end reason, contact notes) are emptied (model.erasure).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from clubdesk.model import clock
from clubdesk.model.access import STAFF_ROLES, Actor, require
from clubdesk.model.errors import NotFoundError, Term, ValidationError
from clubdesk.model.storage.db import Database
from clubdesk.model.tables import (
    EXIT_CONTACT_CHANNELS,
    EXIT_DESTINATIONS,
    EXIT_KINDS,
    ContractPeriod,
    ExitContact,
    ExitPlan,
    MealTaken,
    Member,
    TravelRefund,
)
from clubdesk.model.validation import check_choice, check_date, check_year

TRIAL_MONTHS, CONTRACT_MONTHS, TRIAL_RENEWALS = 1, 6, 1
MONTHS = {"trial": TRIAL_MONTHS, "contract": CONTRACT_MONTHS}
KIND_LABELS = {"trial": Term("mois d'essai"), "contract": Term("contrat")}
EXIT_KIND_LABELS = {"temporary": Term("temporaire"), "definitive": Term("définitive")}
DESTINATION_LABELS = {
    "ordinary_job": Term("emploi en milieu ordinaire"),
    "adapted_company": Term("entreprise adaptée"), "esat": Term("ESAT"),
    "training": Term("formation"), "other_insertion": Term("autre structure d'insertion"),
    "care": Term("soins"), "no_solution": Term("sans solution"), "other": Term("autre"),
}
CHANNEL_LABELS = {"phone": Term("téléphone"), "visit": Term("visite"), "mail": Term("courrier")}
REASON_MAX, NOTE_MAX = 300, 300
MAX_CENTS = 10_000_00  # 10 000 € for one refund: more is a typing error
MAX_MEALS = 10


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def boundary(start: date, months: int) -> date:
    """The day after a period of ``months`` months started on ``start`` (date à date): the
    same day number ``months`` later, or the 1st of the following month when that month
    has no such day."""
    same = add_months(start, months)
    return same if same.day == start.day else same + timedelta(days=1)


def period_bounds(anchor: date, kind: str, renewal: int) -> tuple[date, date]:
    """(first day, last day) of the ``renewal``-th period of a chain anchored on ``anchor``."""
    n = MONTHS[kind]
    start = anchor if renewal == 0 else boundary(anchor, n * renewal)
    return start, boundary(anchor, n * (renewal + 1)) - timedelta(days=1)


def parse_euros(text: str) -> int:
    """« 12,50 », « 12.5 », « 12 € » -> cents, exactly (no float on the way)."""
    cleaned = text.strip().replace("€", "").replace(" ", "").replace("\u202f", "")
    m = re.fullmatch(r"(\d{1,7})(?:[.,](\d{1,2}))?", cleaned)
    if not m:
        raise ValidationError("amount", "« {text} » n'est pas un montant en euros.", text=text)
    return int(m.group(1)) * 100 + int((m.group(2) or "0").ljust(2, "0"))


def euros(cents: int) -> str:
    """1250 -> « 12,50 € »."""
    return f"{cents // 100},{cents % 100:02d} €"


def _fr(day: date) -> str:
    return f"{day:%d/%m/%Y}"


@dataclass(frozen=True)
class PeriodRow:
    id: int
    member_id: int
    name: str
    kind: str
    renewal: int
    started_on: date
    ends_on: date
    ended_early_on: date | None
    end_reason: str

    @property
    def last_day(self) -> date:
        return self.ended_early_on or self.ends_on


@dataclass(frozen=True)
class CostLine:
    """One travel refund or one day's meals of a person, as it was entered (to check a
    month's entries and take back one typed by mistake)."""

    kind: str  # "refund" or "meals"
    id: int
    day: date
    cents: int = 0
    meals: int = 0


COST_KINDS = ("refund", "meals")


@dataclass
class Totals:
    cents: int = 0
    meals: int = 0


@dataclass
class MonthTotals:
    """``people[member_id][month]`` and ``structure[month]`` (months 1-12 with rows)."""

    people: dict[int, dict[int, Totals]] = field(default_factory=dict)
    structure: dict[int, Totals] = field(default_factory=dict)


class ContractService:
    """Trial, contracts, exit, travel refunds and meals. Staff only (équipe, direction)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- periods --------------------------------------------------------------------------

    def start_trial(self, member_id: int, start: date) -> PeriodRow:
        require(self.actor, *STAFF_ROLES)
        check_date(start, "started_on")
        with self.db.session(actor=self.actor) as session:
            _member(session, member_id)
            return self._add(session, member_id, "trial", 0, start)

    def start_contract(self, member_id: int, start: date | None = None, *,
                       without_trial: bool = False) -> PeriodRow:
        """The contract after the trial: from the day after the trial's end by default."""
        require(self.actor, *STAFF_ROLES)
        if start is not None:
            check_date(start, "started_on")
        with self.db.session(actor=self.actor) as session:
            _member(session, member_id)
            trials = [p for p in _periods(session, member_id) if p.kind == "trial"]
            if not trials and not without_trial:
                raise ValidationError("kind", "Un contrat suit un mois d'essai : commencez "
                                              "par le mois d'essai, ou indiquez que la "
                                              "personne n'en a pas besoin.")
            if start is None:
                if not trials:
                    raise ValidationError("started_on", "Sans mois d'essai, la date de "
                                                        "début du contrat est obligatoire.")
                last = trials[-1]
                start = (last.ended_early_on or last.ends_on) + timedelta(days=1)
            elif trials and start < trials[-1].started_on:
                raise ValidationError("started_on", "Le contrat ne peut pas commencer avant "
                                                    "le mois d'essai (le {day}).",
                                      day=_fr(trials[-1].started_on))
            return self._add(session, member_id, "contract", 0, start)

    def renew(self, period_id: int) -> PeriodRow:
        """The next period of the chain: one more month of trial (once), or 6 more months
        of contract, from the day after its end."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(actor=self.actor) as session:
            row = _get(session, period_id)
            later = [p for p in _periods(session, row.member_id)
                     if p.started_on > row.started_on]
            if later:
                raise ValidationError("renewal", "Seule la dernière période d'une personne "
                                                 "peut être renouvelée.")
            if row.ended_early_on is not None:
                raise ValidationError("renewal", "Cette période a pris fin le {day} : elle "
                                                 "ne peut plus être renouvelée.",
                                      day=_fr(row.ended_early_on))
            if row.kind == "trial" and row.renewal >= TRIAL_RENEWALS:
                raise ValidationError("renewal", "Le mois d'essai ne se renouvelle qu'une "
                                                 "fois : il faut maintenant commencer le "
                                                 "contrat ou mettre fin à l'accompagnement.")
            return self._add(session, row.member_id, row.kind, row.renewal + 1,
                             row.anchor_on)

    def end_early(self, period_id: int, on: date, reason: str = "") -> PeriodRow:
        """The period's last day is ``on`` (before its planned end)."""
        require(self.actor, *STAFF_ROLES)
        check_date(on, "ended_early_on")
        if len(reason.strip()) > REASON_MAX:
            raise ValidationError("end_reason", "Le motif dépasse {limit} caractères.",
                                  limit=REASON_MAX)
        with self.db.session(actor=self.actor) as session:
            row = _get(session, period_id)
            if on < row.started_on:
                raise ValidationError("ended_early_on", "La fin ({end}) ne peut pas précéder "
                                                        "le début de la période ({start}).",
                                      end=_fr(on), start=_fr(row.started_on))
            if on >= row.ends_on:
                raise ValidationError("ended_early_on", "La période finit déjà le {day} : "
                                                        "une fin anticipée est avant cette "
                                                        "date.", day=_fr(row.ends_on))
            if any(p.started_on > row.started_on for p in _periods(session, row.member_id)):
                raise ValidationError("ended_early_on", "Une autre période suit celle-ci : "
                                                        "mettez fin à la dernière.")
            row.ended_early_on, row.end_reason = on, reason.strip()
            session.add(row)
            session.flush()
            return _rows(session, [row])[0]

    def _add(self, session: Session, member_id: int, kind: str, renewal: int,
             anchor: date) -> PeriodRow:
        start, end = period_bounds(anchor, kind, renewal)
        for p in _periods(session, member_id):
            if p.started_on <= end and start <= (p.ended_early_on or p.ends_on):
                raise ValidationError("started_on", "Cette période ({start} – {end}) "
                                                    "chevauche une autre période de la "
                                                    "personne ({other_start} – {other_end}).",
                                      start=_fr(start), end=_fr(end),
                                      other_start=_fr(p.started_on),
                                      other_end=_fr(p.ended_early_on or p.ends_on))
        row = ContractPeriod(member_id=member_id, kind=kind, renewal=renewal, anchor_on=anchor,
                             started_on=start, ends_on=end)
        session.add(row)
        session.flush()
        return _rows(session, [row])[0]

    def periods(self, member_id: int | None = None) -> list[PeriodRow]:
        """Every period (of one person, or of all), by person then start."""
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            stmt = select(ContractPeriod)
            if member_id is not None:
                _member(session, member_id)
                stmt = stmt.where(col(ContractPeriod.member_id) == member_id)
            return _rows(session, list(session.scalars(stmt.order_by(
                col(ContractPeriod.member_id), col(ContractPeriod.started_on)))))

    def ending_within(self, days: int, today: date | None = None) -> list[PeriodRow]:
        require(self.actor, *STAFF_ROLES)
        if days < 0 or days > 3660:
            raise ValidationError("days", "Le nombre de jours va de 0 à 3660.")
        today = today or clock.today()
        until = today + timedelta(days=days)
        with self.db.session(write=False) as session:
            found = list(session.scalars(select(ContractPeriod)))
            starts = {(p.member_id, p.started_on) for p in found}
            due = [p for p in found
                   if today <= (p.ended_early_on or p.ends_on) <= until
                   and (p.member_id, (p.ended_early_on or p.ends_on) + timedelta(days=1))
                   not in starts]
            due.sort(key=lambda p: (p.ended_early_on or p.ends_on, p.member_id))
            return _rows(session, due)

    # -- exit ------------------------------------------------------------------------------

    def set_exit_plan(self, member_id: int, kind: str, planned_on: date,
                      destination: str) -> ExitPlan:
        require(self.actor, *STAFF_ROLES)
        check_choice(kind, EXIT_KINDS, "kind", Term("Type de sortie"))
        check_choice(destination, EXIT_DESTINATIONS, "destination", Term("Orientation"))
        check_date(planned_on, "planned_on")
        with self.db.session(actor=self.actor) as session:
            _member(session, member_id)
            row = session.scalars(select(ExitPlan).where(
                col(ExitPlan.member_id) == member_id)).first() or ExitPlan(
                member_id=member_id, kind=kind, planned_on=planned_on, destination=destination)
            row.kind, row.planned_on, row.destination = kind, planned_on, destination
            session.add(row)
            session.flush()
            return row

    def exit_plan(self, member_id: int) -> ExitPlan | None:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            _member(session, member_id)
            return session.scalars(select(ExitPlan).where(
                col(ExitPlan.member_id) == member_id)).first()

    def add_exit_contact(self, member_id: int, on: date, channel: str, note: str = "",
                         today: date | None = None) -> ExitContact:
        require(self.actor, *STAFF_ROLES)
        today = today or clock.today()
        check_date(on, "contacted_on")
        check_choice(channel, EXIT_CONTACT_CHANNELS, "channel", Term("Moyen"))
        if len(note.strip()) > NOTE_MAX:
            raise ValidationError("note", "La note dépasse {limit} caractères.",
                                  limit=NOTE_MAX)
        if on > today:
            raise ValidationError("contacted_on", "Un contact ne peut pas être daté dans le "
                                                  "futur.")
        with self.db.session(actor=self.actor) as session:
            _member(session, member_id)
            plan = session.scalars(select(ExitPlan).where(
                col(ExitPlan.member_id) == member_id)).first()
            if plan is None:
                raise ValidationError("contacted_on", "Préparez d'abord la sortie de la "
                                                      "personne : les contacts la suivent.")
            if on < plan.planned_on:
                raise ValidationError("contacted_on", "Un contact après la sortie est daté à "
                                                      "partir du {day} (la sortie).",
                                      day=_fr(plan.planned_on))
            row = ExitContact(member_id=member_id, contacted_on=on, channel=channel,
                              note=note.strip())
            session.add(row)
            session.flush()
            return row

    def exit_contacts(self, member_id: int) -> list[ExitContact]:
        require(self.actor, *STAFF_ROLES)
        with self.db.session(write=False) as session:
            _member(session, member_id)
            return list(session.scalars(select(ExitContact).where(
                col(ExitContact.member_id) == member_id)
                .order_by(col(ExitContact.contacted_on), col(ExitContact.id))))

    # -- travel costs and meals -------------------------------------------------------------

    def add_refund(self, member_id: int, on: date, cents: int) -> TravelRefund:
        require(self.actor, *STAFF_ROLES)
        check_date(on, "paid_on")
        if not 0 < cents <= MAX_CENTS:
            raise ValidationError("amount_cents", "Le montant va de 0,01 € à {limit}.",
                                  limit=euros(MAX_CENTS))
        with self.db.session(actor=self.actor) as session:
            _member(session, member_id)
            row = TravelRefund(member_id=member_id, paid_on=on, amount_cents=cents)
            session.add(row)
            session.flush()
            return row

    def add_meals(self, member_id: int, on: date, count: int = 1) -> MealTaken:
        require(self.actor, *STAFF_ROLES)
        check_date(on, "served_on")
        if not 0 < count <= MAX_MEALS:
            raise ValidationError("count", "Le nombre de repas va de 1 à {limit}.",
                                  limit=MAX_MEALS)
        with self.db.session(actor=self.actor) as session:
            _member(session, member_id)
            row = MealTaken(member_id=member_id, served_on=on, count=count)
            session.add(row)
            session.flush()
            return row

    def month_costs(self, member_id: int, year: int, month: int) -> list[CostLine]:
        """The person's refunds and meals of the month, by date, refunds first on a day."""
        require(self.actor, *STAFF_ROLES)
        check_year(year)
        if not 1 <= month <= 12:
            raise ValidationError("month", "Le mois va de 1 à 12.")
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        with self.db.session(write=False) as session:
            _member(session, member_id)
            lines = [CostLine("refund", r.id or 0, r.paid_on, cents=r.amount_cents)
                     for r in session.scalars(select(TravelRefund).where(
                         col(TravelRefund.member_id) == member_id,
                         col(TravelRefund.paid_on) >= first, col(TravelRefund.paid_on) <= last))]
            lines += [CostLine("meals", m.id or 0, m.served_on, meals=m.count)
                      for m in session.scalars(select(MealTaken).where(
                          col(MealTaken.member_id) == member_id,
                          col(MealTaken.served_on) >= first, col(MealTaken.served_on) <= last))]
        return sorted(lines, key=lambda line: (line.day, COST_KINDS.index(line.kind), line.id))

    def delete_cost(self, kind: str, line_id: int) -> CostLine:
        """Take back a refund or a day's meals entered by mistake; returns what it was."""
        require(self.actor, *STAFF_ROLES)
        check_choice(kind, COST_KINDS, "kind", Term("Type de ligne"))
        with self.db.session(actor=self.actor) as session:
            if kind == "refund":
                refund = session.get(TravelRefund, line_id)
                if refund is None:
                    raise NotFoundError("Ce remboursement n'existe pas ou plus.")
                gone = CostLine(kind, line_id, refund.paid_on, cents=refund.amount_cents)
                session.delete(refund)
            else:
                meal = session.get(MealTaken, line_id)
                if meal is None:
                    raise NotFoundError("Cette ligne de repas n'existe pas ou plus.")
                gone = CostLine(kind, line_id, meal.served_on, meals=meal.count)
                session.delete(meal)
        return gone

    def month_totals(self, year: int) -> MonthTotals:
        """Refunds (cents) and meals per person and month, and for the structure."""
        require(self.actor, *STAFF_ROLES)
        check_year(year)
        first, last = date(year, 1, 1), date(year, 12, 31)
        out = MonthTotals()

        def cell(member_id: int, month: int) -> tuple[Totals, Totals]:
            return (out.people.setdefault(member_id, {}).setdefault(month, Totals()),
                    out.structure.setdefault(month, Totals()))

        with self.db.session(write=False) as session:
            for mid, day, cents in session.execute(select(
                    col(TravelRefund.member_id), col(TravelRefund.paid_on),
                    col(TravelRefund.amount_cents)).where(
                    col(TravelRefund.paid_on) >= first, col(TravelRefund.paid_on) <= last)):
                for t in cell(mid, day.month):
                    t.cents += cents
            for mid, day, count in session.execute(select(
                    col(MealTaken.member_id), col(MealTaken.served_on),
                    col(MealTaken.count)).where(
                    col(MealTaken.served_on) >= first, col(MealTaken.served_on) <= last)):
                for t in cell(mid, day.month):
                    t.meals += count
        return out


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFoundError("Aucune personne n'a le numéro {member_id}.", member_id=member_id)
    return member


def _get(session: Session, period_id: int) -> ContractPeriod:
    row = session.get(ContractPeriod, period_id)
    if row is None:
        raise NotFoundError("Aucune période n'a le numéro {period_id}.", period_id=period_id)
    return row


def _periods(session: Session, member_id: int) -> list[ContractPeriod]:
    return list(session.scalars(select(ContractPeriod).where(
        col(ContractPeriod.member_id) == member_id).order_by(col(ContractPeriod.started_on))))


def _rows(session: Session, found: list[ContractPeriod]) -> list[PeriodRow]:
    ids = {p.member_id for p in found}
    names = {m.id: f"{m.preferred_name or m.first_name} {m.last_name}".strip()
             for m in session.scalars(select(Member).where(col(Member.id).in_(ids)))}
    return [PeriodRow(id=p.id or 0, member_id=p.member_id, name=names.get(p.member_id, ""),
                      kind=p.kind, renewal=p.renewal, started_on=p.started_on,
                      ends_on=p.ends_on, ended_early_on=p.ended_early_on,
                      end_reason=p.end_reason) for p in found]
