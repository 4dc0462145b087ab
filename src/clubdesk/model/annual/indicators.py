"""The annual indicators for the ARS (§11), computed exactly: the built-in entries of the
registry (clubdesk.model.annual.registry), each with its computation, and the service.

Adding an indicator: one ``register(Indicator(...))`` with a function of :class:`YearData`;
the PDF, the workbook, the JSON and the report screen show it without other change.
Every person-based figure keeps the ids behind it (``People``), for the « why » of the screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from clubdesk.model import clock
from clubdesk.model.access import Actor, require
from clubdesk.model.annual import registry as registry
from clubdesk.model.annual.activity_sources import (
    ActivitySource,
    activities_done,
    activities_planned,
    register_source,
)
from clubdesk.model.annual.registry import (
    Cell,
    Column,
    Counting,
    Indicator,
    Kind,
    People,
    PeopleByPart,
    RecordField,
    Section,
    Translate,
    register,
)
from clubdesk.model.annual.reminder import ReportReminder, report_reminder, sent_years
from clubdesk.model.annual.year_data import (
    YearData,
    compute_flows,
    member_at_end_of,
    member_on,
    overlaps_year,
    round_half_up,
)
from clubdesk.model.audit.trail import record
from clubdesk.model.career_paths import CATEGORY_LABELS as EMPLOYMENT_LABELS
from clubdesk.model.errors import Term, ValidationError
from clubdesk.model.exit_reasons import EXIT_REASON_LABELS, NOT_SAID
from clubdesk.model.partners import CATEGORY_LABELS as PARTNER_LABELS
from clubdesk.model.storage.db import Database
from clubdesk.model.structure import INFO_FIELDS
from clubdesk.model.validation import check_year

__all__ = ["FORMAT_VERSION", "SPEC_MEMBERS_PER_FTE", "IndicatorService", "Indicators",
           "compute_flows", "describe_hours", "member_at_end_of", "overlaps_year", "round_half_up"]

PROFESSIONAL_KINDS = ("employment", "internship", "apprenticeship", "volunteering")
SPEC_MEMBERS_PER_FTE = 20
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
PREMISES_PREFIXES = ("premises_", "lease_", "rent_", "inventory_")
_CELL_OF_INFO = {"number": Cell.NUMBER, "date": Cell.DATE}
EXIT_PARTS: dict[str, str] = {**EXIT_REASON_LABELS, "not_said": NOT_SAID}


# The JSON document of the report: its header, then the indicators in the order of §11.
# 2: the header (format_version, year, club, generated_at) before the indicators.
FORMAT_VERSION = 2


def _generated_now() -> str:
    """The club's clock, local time with its offset, to the second (ISO 8601)."""
    return clock.now().astimezone().isoformat(timespec="seconds")


@dataclass
class Indicators:
    year: int
    values: dict[str, Any]
    persons: dict[str, set[int]] = field(default_factory=dict)  # key -> member ids ("why")
    generated_at: str = field(default_factory=_generated_now)  # when they were computed
    table: str = registry.CLUBHOUSE  # or registry.GEM: the GEM's yearly table

    def as_json(self) -> dict[str, Any]:
        """The figures only, keyed by indicator, in the order of the table."""
        return {key: self.values[key] for key in registry.indicator_keys(self.table)}

    def as_document(self, club: str) -> dict[str, Any]:
        """The report's JSON (the file and ``report --json``): ``format_version``, ``year``,
        ``club`` (the club's name), ``generated_at``, then every indicator (:meth:`as_json`)."""
        head: dict[str, Any] = {"format_version": FORMAT_VERSION, "year": self.year,
                                "club": club, "generated_at": self.generated_at}
        if self.table != registry.CLUBHOUSE:
            head["kind"] = self.table  # the GEM's table: kind "gem"
        return {**head, **self.as_json()}


class IndicatorService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def compute(self, year: int, table: str = registry.CLUBHOUSE) -> Indicators:
        """The figures of ``table`` (the club-house's §11 table, or the GEM's) for ``year``."""
        require(self.actor, "direction")  # the annual report is the direction's
        check_year(year)
        if table not in registry.TABLES:
            raise ValidationError("table", "Tableau inconnu : {table}.", table=table)
        record(self.db, self.actor, "read", "indicators", year)
        generated_at = _generated_now()
        with self.db.session(write=False) as session:
            data = YearData.read(session, year)
        for key in registry.indicator_keys(table):
            data.value(key)
        return Indicators(year=year, values=data.values, persons=data.persons,
                          generated_at=generated_at, table=table)

    def reminder(self, today: date | None = None) -> ReportReminder | None:
        """What the direction's first screen says about the table of the year just ended
        (due before 28 February; clubdesk.model.annual.reminder). None for a structure
        without the club-house: its table is the only one marked as sent, so a GEM (or a
        pre-insertion workshop) alone would be told « en retard » for ever."""
        require(self.actor, "direction")
        from clubdesk.model.structure_kinds import CLUBHOUSE, stored_kinds

        with self.db.session(write=False) as session:
            if CLUBHOUSE not in stored_kinds(session):
                return None
        return report_reminder(today or clock.today(), sent_years(self.db))


# -- the members and their coming to the club -----------------------------------------------


def _flow(name: str) -> Any:
    return lambda d: People(frozenset(d.flows()[name]))


def _seen(d: YearData) -> People:
    return People(frozenset(set().union(*d.months)))


def _active_months(d: YearData) -> list[set[int]]:
    """Per month, the members active in it (§7): a check-in, a follow-up entry (individual
    support or a collective workshop) or a collective workshop session attended, on a day
    the person was a member."""

    def work() -> list[set[int]]:
        months: list[set[int]] = [set() for _ in range(12)]
        contacts = [(m, day) for m, day in d.checkins] + [(m, day) for m, day, _k in d.supports]
        contacts += [(m, s.held_on) for s in d.workshops
                     if s.status == "done" and s.held_on.year == d.year
                     for m in d.workshop_people.get(s.id or 0, ())]
        for member_id, day in contacts:
            if member_on(d.periods.get(member_id, []), day):
                months[day.month - 1].add(member_id)
        return months

    return d.shared("active_months", work)


def _average(d: YearData) -> float:
    return round_half_up(sum(len(m) for m in _active_months(d)) / 12, 1)


# -- professional trajectories --------------------------------------------------------------


def _paths(d: YearData) -> dict[str, set[int]]:
    def work() -> dict[str, set[int]]:
        during = d.flows()["members_during_year"]
        found: dict[str, set[int]] = {"trajectory": set(), "started": set(), "training": set(),
                                       "entered": set()}
        found.update({category: set() for category in EMPLOYMENT_LABELS})
        first_step: dict[int, Any] = {}  # member -> the start of their first professional step
        for member_id, kind, start, _end, _category in d.steps:
            if kind in PROFESSIONAL_KINDS and (member_id not in first_step
                                               or start < first_step[member_id]):
                first_step[member_id] = start
        found["entered"] = {m for m, start in first_step.items()
                            if m in during and d.jan1 <= start <= d.dec31}
        for member_id, kind, start, end, category in d.steps:
            if not overlaps_year(start, end, d.year):
                continue
            if kind in PROFESSIONAL_KINDS and member_id in during:
                found["trajectory"].add(member_id)
                if start >= d.jan1:
                    found["started"].add(member_id)
            if kind == "training":
                found["training"].add(member_id)
            if kind == "employment" and category in EMPLOYMENT_LABELS:
                found[category].add(member_id)
        return found

    return d.shared("paths", work)


def _trajectory_share(d: YearData) -> float:
    during = d.flows()["members_during_year"]
    return round_half_up(len(_paths(d)["trajectory"]) / len(during), 3) if during else 0


def _entered_share(d: YearData) -> float:
    during = d.flows()["members_during_year"]
    return round_half_up(len(_paths(d)["entered"]) / len(during), 3) if during else 0


def _employment(d: YearData) -> PeopleByPart:
    return PeopleByPart({c: frozenset(_paths(d)[c]) for c in EMPLOYMENT_LABELS})


# -- staff ------------------------------------------------------------------------------------


def _staff(d: YearData) -> tuple[list[dict[str, Any]], float]:
    """(the staff at Dec 31 with their FTE, the sum of FTE x days worked in the year)."""

    def work() -> tuple[list[dict[str, Any]], float]:
        at_dec31: dict[int, dict[str, Any]] = {}
        fte_days = 0.0
        for staff_id, function, qualification, start, end, fte in d.staff_rows:
            if start <= d.dec31 and (end is None or end >= d.dec31):
                entry = at_dec31.setdefault(staff_id, {
                    "function": function, "qualification": qualification, "fte": 0.0})
                entry["fte"] = round(entry["fte"] + fte, 4)
            first, last = max(start, d.jan1), min(end or d.dec31, d.dec31)
            if last >= first:
                fte_days += fte * ((last - first).days + 1)
        return list(at_dec31.values()), fte_days

    return d.shared("staff", work)


def _fte_average(d: YearData) -> float:
    days_in_year = (d.dec31 - d.jan1).days + 1
    return round_half_up(_staff(d)[1] / days_in_year, 2)


def _members_per_fte(d: YearData) -> float | None:
    fte = d.value("staff_fte_average")
    return round_half_up(d.value("active_monthly_average") / fte, 1) if fte > 0 else None


# -- premises, hours, partnerships, activities, funding -------------------------------------


def _hours(d: YearData) -> list[dict[str, Any]]:
    return [{"weekday": h.weekday, "opens": h.opens, "closes": h.closes} for h in d.hours]


def _premises(d: YearData) -> dict[str, str]:
    return {f.key: d.info.get(f.key, "") for f in INFO_FIELDS
            if f.key.startswith(PREMISES_PREFIXES)}


CHANGE_SUBJECTS = {f.key: f.label for f in INFO_FIELDS if f.key.startswith(PREMISES_PREFIXES)
                   } | {"opening_hours": Term("Horaires d'ouverture")}


def _structure_changes(d: YearData) -> list[dict[str, Any]]:
    """Premises and opening hours changed during the year (issue 19), in date order."""
    return [{"date": c.on.isoformat(), "subject": c.key if c.what == "premises"
             else "opening_hours", "before": c.before, "after": c.after}
            for c in d.changes if c.what in ("premises", "hours")]


def _partnerships(d: YearData) -> list[dict[str, Any]]:
    return [{
        "partner": partner.name, "category": partner.category, "kind": p.kind,
        "started_on": p.started_on.isoformat(),
        "ended_on": p.ended_on.isoformat() if p.ended_on else None,
        "agreement_signed": p.agreement_signed,
    } for p, partner in d.partnerships if overlaps_year(p.started_on, p.ended_on, d.year)]


WORKSHOP_KIND = "atelier collectif"


def _typed_done(d: YearData) -> list[dict[str, Any]]:
    """The year's done activities typed by hand."""
    return [{"title": a.title, "kind": a.kind, "sessions": None, "participants": None,
             "description": a.description}
            for a in d.activities if a.status == "done" and a.year == d.year]


def _typed_planned(d: YearData) -> list[dict[str, Any]]:
    """Planned activities of the year or the next."""
    return [{"title": a.title, "kind": a.kind, "year": str(a.year), "held_on": None,
             "sessions": None, "description": a.description}
            for a in d.activities if a.status == "planned"]


def _workshops_done(d: YearData) -> list[dict[str, Any]]:
    """The year's held workshop sessions grouped by title: how many sessions, how many
    distinct people came."""
    rows: list[dict[str, Any]] = []
    groups: dict[str, list[int]] = {}
    for w in d.workshops:
        if w.status == "done" and w.held_on.year == d.year:
            groups.setdefault(w.title, []).append(w.id or 0)
    for title, ids in groups.items():
        people = set().union(*(d.workshop_people.get(i, set()) for i in ids))
        rows.append({"title": title, "kind": WORKSHOP_KIND, "sessions": len(ids),
                     "participants": len(people), "description": ""})
    return rows


def _workshops_planned(d: YearData) -> list[dict[str, Any]]:
    """Planned workshop sessions dated in the year or the next, grouped by title (first
    date, number of sessions)."""
    rows: list[dict[str, Any]] = []
    groups: dict[str, list[Any]] = {}
    for w in d.workshops:
        if w.status == "planned":
            groups.setdefault(w.title, []).append(w)
    for title, found in groups.items():
        years = sorted({w.held_on.year for w in found})
        rows.append({"title": title, "kind": WORKSHOP_KIND,
                     "year": "–".join(str(y) for y in years),
                     "held_on": found[0].held_on.isoformat(), "sessions": len(found),
                     "description": ""})
    return rows


# The built-in activity sources (the GEM's outings add theirs: annual/activity_sources.py)
register_source(ActivitySource("activities", _typed_done, _typed_planned))
register_source(ActivitySource("workshops", _workshops_done, _workshops_planned))


def _read_outings(session: Any, year: int) -> Any:
    from clubdesk.model.outings import yearly_activities

    return yearly_activities(session, year)


register_source(ActivitySource("outings", lambda d: list(d.extra["outings"][0]),
                               lambda d: list(d.extra["outings"][1]), _read_outings,
                               tables=frozenset({"gem"})))


def _activities_done(d: YearData) -> list[dict[str, Any]]:
    """Every source's done activities: the typed ones, then the held workshop sessions
    grouped by title, then those of any other registered source."""
    return activities_done(d)


def _activities_planned(d: YearData) -> list[dict[str, Any]]:
    return activities_planned(d)


def _funding(complementary_only: bool) -> Any:
    return lambda d: round_half_up(sum(f.amount_eur for f in d.funding
                                       if not complementary_only
                                       or f.kind == "complementary"), 2)


def _funding_share(d: YearData) -> float:
    total = d.value("funding_total")
    return round_half_up(d.value("funding_complementary") / total, 3) if total else 0


def _compliance(d: YearData) -> list[str]:
    findings = []
    ratio = d.value("members_per_fte")
    if ratio is not None and ratio > SPEC_MEMBERS_PER_FTE:
        findings.append(f"Il y a {str(ratio).replace('.', ',')} membres actifs par salarié à "
                        f"temps plein : c'est plus que le repère d'environ "
                        f"{SPEC_MEMBERS_PER_FTE}.")
    if ratio is None:
        findings.append("Aucun salarié n'est enregistré pour l'année.")
    for body, seats in d.bodies:
        elected = sum(1 for s in seats if s.elected_member)
        if seats and 2 * elected < len(seats) and elected <= 1:
            findings.append(f"{body.name} : {elected} siège sur {len(seats)} est tenu par un "
                            "membre élu, moins de la moitié.")
        elif seats and 2 * elected < len(seats):
            findings.append(f"{body.name} : {elected} sièges sur {len(seats)} sont tenus par "
                            "des membres élus, moins de la moitié.")
    findings.extend(_survey_findings(d))
    if not d.info.get("lease_start"):
        findings.append("Le bail des locaux n'est pas renseigné.")
    if not d.value("opening_hours"):
        findings.append("Les horaires d'ouverture ne sont pas renseignés.")
    return findings


def _survey_findings(d: YearData) -> list[str]:
    """§9: a satisfaction survey of the members and one of the partners, every year."""
    audiences = {s.audience for s in d.surveys}
    if not audiences:
        return [f"Aucune enquête de satisfaction n'est notée en {d.year} : ni auprès des "
                "membres, ni auprès des partenaires."]
    if "members" not in audiences:
        return [f"Aucune enquête de satisfaction auprès des membres n'est notée en {d.year} "
                "(celle des partenaires l'est)."]
    if "partners" not in audiences:
        return [f"Aucune enquête de satisfaction auprès des partenaires n'est notée en "
                f"{d.year} (celle des membres l'est)."]
    return []


def _exits_by_reason(d: YearData) -> PeopleByPart:
    """The year's exits, each under the reason of the last period that ended in the year."""
    found: dict[str, set[int]] = {part: set() for part in EXIT_PARTS}
    for member_id in d.flows()["exits"]:
        ended = [(left, reason) for left, reason in d.exit_reasons.get(member_id, [])
                 if d.jan1 <= left <= d.dec31]
        reason = max(ended)[1] if ended else ""
        found[reason if reason in EXIT_REASON_LABELS else "not_said"].add(member_id)
    return PeopleByPart({part: frozenset(ids) for part, ids in found.items()})


def describe_hours(hours: list[dict[str, Any]], _translate: Translate = str) -> list[str]:
    """'lundi : 09:00–12:30, 13:30–17:00' lines."""
    by_day: dict[int, list[str]] = {}
    for h in hours:
        by_day.setdefault(h["weekday"], []).append(f"{h['opens']}–{h['closes']}")
    return [f"{WEEKDAYS[d - 1]} : {', '.join(r)}" for d, r in sorted(by_day.items())]


def _hours_in_a_line(hours: list[dict[str, Any]], translate: Translate) -> str:
    if not hours:
        return translate(Term("non renseignés"))
    days = len({h["weekday"] for h in hours})
    ranges = (translate(Term("1 plage")) if len(hours) == 1
              else translate(Term("{count} plages")).format(count=len(hours)))
    on = (translate(Term("sur 1 jour")) if days == 1
          else translate(Term("sur {count} jours")).format(count=days))
    return f"{ranges} {on}"


# -- the table of §11 ---------------------------------------------------------------------------

M, T, P, S = Section.MEMBERS, Section.TRAJECTORIES, Section.PREMISES, Section.STAFF
for position, (key, label, definition) in enumerate((
    ("caseload_start", Term("File active au 1er janvier"),
     Term("Membres à la fin du 31 décembre de l'année précédente.")),
    ("caseload_dec31", Term("File active au 31 décembre"),
     Term("Membres à la fin du 31 décembre de l'année.")),
    ("entries", Term("Entrées dans l'année"),
     Term("Personnes qui n'étaient pas membres au 31 décembre précédent et dont une adhésion "
          "commence dans l'année.")),
    ("exits", Term("Sorties dans l'année"),
     Term("Personnes membres à un moment de l'année et qui ne le sont plus à la fin du 31 "
          "décembre.")),
    ("members_during_year", Term("Membres accompagnés dans l'année"),
     Term("File active au 1er janvier + entrées.")),
)):
    register(Indicator(key, label, definition, Kind.COUNT, M, position, _flow(key),
                       cover=key in ("caseload_dec31", "members_during_year")))
register(Indicator(
    "seen_during_year", Term("Personnes venues dans l'année"),
    Term("Personnes distinctes avec au moins une présence dans l'année (membres ou non)."),
    Kind.COUNT, M, 5, _seen))
register(Indicator(
    "active_by_month", Term("Personnes actives par mois"),
    Term("Pour chaque mois, membres distincts (pas les visiteurs) venus au moins une fois au "
         "club, ou ayant eu un suivi individuel ou un atelier collectif noté dans leurs "
         "suivis, un jour où ils étaient membres (§7 du cahier des charges)."),
    Kind.MONTHS, M, 6, lambda d: [len(m) for m in _active_months(d)],
    sheet=Term("Activité mensuelle"),
    columns=(Column("month", Term("Mois")),
             Column("count", Term("Personnes actives"), Cell.NUMBER))))
register(Indicator(
    "active_monthly_average", Term("Moyenne mensuelle des personnes actives"),
    Term("Moyenne des 12 mois des personnes actives (membres venus au club ou accompagnés "
         "dans le mois), arrondie à une décimale."), Kind.DECIMAL, M, 7, _average,
    decimals=1, cover=True, footer_of="active_by_month",
    footer_label=Term("Moyenne mensuelle")))
register(Indicator(
    "exits_by_reason", Term("Sorties par motif"),
    Term("Les sorties de l'année, chacune sous le motif choisi pour la dernière adhésion "
         "terminée dans l'année (une liste fixe, jamais un détail de santé)."),
    Kind.BREAKDOWN, M, 8, _exits_by_reason, parts=EXIT_PARTS))

register(Indicator(
    "professional_trajectory", Term("Membres en trajectoire professionnelle"),
    Term("Membres accompagnés dans l'année avec un emploi, un stage, un apprentissage ou du "
         "bénévolat en cours pendant l'année."),
    Kind.COUNT, T, 0, lambda d: People(frozenset(_paths(d)["trajectory"]))))
register(Indicator(
    "professional_trajectory_started", Term("Trajectoires professionnelles commencées"),
    Term("Parmi eux, ceux dont une telle étape a commencé dans l'année."),
    Kind.COUNT, T, 1, lambda d: People(frozenset(_paths(d)["started"]))))
register(Indicator(
    "professional_trajectory_share", Term("Part des membres en trajectoire professionnelle"),
    Term("Membres en trajectoire ÷ membres accompagnés (3 décimales ; 0 s'il n'y a "
         "personne)."),
    Kind.SHARE, T, 2, _trajectory_share))
register(Indicator(
    "professional_trajectory_entered",
    Term("Entrées dans une trajectoire professionnelle dans l'année"),
    Term("Membres accompagnés dans l'année dont la toute première étape professionnelle "
         "(emploi, stage, apprentissage ou bénévolat ; la formation n'en est pas une) "
         "commence entre le 1er janvier et le 31 décembre de l'année."),
    Kind.COUNT, T, 3, lambda d: People(frozenset(_paths(d)["entered"]))))
register(Indicator(
    "professional_trajectory_entered_share",
    Term("Part des membres entrés dans une trajectoire professionnelle"),
    Term("Entrées dans une trajectoire professionnelle dans l'année ÷ membres accompagnés "
         "dans l'année (3 décimales ; 0 s'il n'y a personne)."),
    Kind.SHARE, T, 4, _entered_share))
register(Indicator(
    "training", Term("Personnes en formation"),
    Term("Personnes avec une formation en cours pendant l'année."),
    Kind.COUNT, T, 5, lambda d: People(frozenset(_paths(d)["training"]))))
register(Indicator(
    "employment_by_category", Term("Emplois par catégorie"),
    Term("Personnes avec un emploi en cours pendant l'année : de transition, accompagné, "
         "indépendant."),
    Kind.BREAKDOWN, T, 6, _employment, parts=EMPLOYMENT_LABELS))

register(Indicator(
    "premises", Term("Locaux"),
    Term("Adresse, accessibilité, surface, bail, loyer, état des lieux."),
    Kind.RECORD, P, 0, _premises, sheet=Term("Locaux"),
    fields=tuple(RecordField(f.key, f.label, _CELL_OF_INFO.get(f.kind, Cell.TEXT))
                 for f in INFO_FIELDS if f.key.startswith(PREMISES_PREFIXES)),
    empty=Term("Aucune information sur les locaux.")))
register(Indicator(
    "opening_hours", Term("Jours et heures d'ouverture"), Term("Plages d'ouverture de la semaine."),
    Kind.TABLE, Section.HOURS, 0, _hours, sheet=Term("Horaires"),
    columns=(Column("weekday", Term("Jour"), Cell.WEEKDAY, 0.25),
             Column("opens", Term("Ouverture"), width=0.375),
             Column("closes", Term("Fermeture"), width=0.375)),
    empty=Term("Les horaires d'ouverture ne sont pas renseignés."),
    summarise=_hours_in_a_line, describe=describe_hours))
register(Indicator(
    "structure_changes", Term("Changements dans l'année (locaux, horaires)"),
    Term("Valeurs des locaux et horaires d'ouverture qui ont changé pendant l'année, à la "
         "date du changement ; le reste du rapport donne celles en vigueur au 31 décembre."),
    Kind.TABLE, P, 2, _structure_changes, sheet=Term("Changements"),
    columns=(Column("date", Term("À partir du"), Cell.DATE, 0.15),
             Column("subject", Term("Quoi"), Cell.LABEL, 0.25, CHANGE_SUBJECTS),
             Column("before", Term("Avant"), width=0.3),
             Column("after", Term("Après"), width=0.3)),
    counting=Counting(Term("1 changement"), Term("{count} changements"),
                      Term("aucun changement")),
    empty=Term("Aucun changement des locaux ni des horaires pendant l'année.")))

register(Indicator(
    "staff", Term("Salariés au 31 décembre"), Term("Fonction, qualification et ETP."),
    Kind.TABLE, S, 0, lambda d: _staff(d)[0], sheet=Term("Salariés"),
    columns=(Column("function", Term("Fonction"), width=0.38),
             Column("qualification", Term("Qualification"), width=0.47),
             Column("fte", Term("ETP"), Cell.FTE, 0.15)),
    counting=Counting(Term("1 salarié"), Term("{count} salariés"), Term("aucun salarié")),
    empty=Term("Aucun salarié au 31 décembre.")))
register(Indicator(
    "staff_fte_dec31", Term("ETP au 31 décembre"),
    Term("Somme des équivalents temps plein des salariés au 31 décembre."),
    Kind.DECIMAL, S, 1, lambda d: round_half_up(sum(s["fte"] for s in _staff(d)[0]), 2),
    decimals=2))
register(Indicator(
    "staff_fte_average", Term("ETP moyen de l'année"),
    Term("Somme des ETP × jours travaillés dans l'année ÷ jours de l'année (2 décimales)."),
    Kind.DECIMAL, S, 2, _fte_average, decimals=2, cover=True))
register(Indicator(
    "members_per_fte", Term("Membres actifs par ETP"),
    Term("Moyenne mensuelle des personnes actives ÷ ETP moyen (1 décimale ; vide sans "
         "salarié). Repère : environ 20."),
    Kind.DECIMAL, S, 3, _members_per_fte, decimals=1,
    empty=Term("non calculable (aucun salarié)")))

register(Indicator(
    "partnerships", Term("Partenariats"),
    Term("Partenariats en cours pendant l'année, avec le partenaire et sa catégorie."),
    Kind.TABLE, Section.PARTNERSHIPS, 0, _partnerships, sheet=Term("Partenariats"),
    columns=(Column("partner", Term("Partenaire"), width=0.22),
             Column("category", Term("Catégorie"), Cell.LABEL, 0.2, PARTNER_LABELS),
             Column("kind", Term("Type de partenariat"), width=0.19),
             Column("started_on", Term("Début"), Cell.DATE, 0.125, in_line=False),
             Column("ended_on", Term("Fin"), Cell.DATE, 0.125, blank=Term("en cours"),
                    in_line=False),
             Column("agreement_signed", Term("Convention signée"), Cell.YES_NO, 0.14,
                    in_line=False)),
    counting=Counting(Term("1 partenariat"), Term("{count} partenariats"),
                      Term("aucun partenariat")),
    empty=Term("Aucun partenariat en cours pendant l'année.")))

F = Section.FUNDING
register(Indicator(
    "funding_total", Term("Financement total (euros)"),
    Term("Somme des financements de l'année."), Kind.EUROS, F, 0, _funding(False)))
register(Indicator(
    "funding_complementary", Term("Financements complémentaires (euros)"),
    Term("Financements de l'année autres que le FIR de l'ARS."), Kind.EUROS, F, 1,
    _funding(True)))
register(Indicator(
    "complementary_funding_share", Term("Part des financements complémentaires"),
    Term("Complémentaires ÷ total (3 décimales ; 0 sans financement)."), Kind.SHARE, F, 2,
    _funding_share))

DONE_COLUMNS = (Column("title", Term("Activité"), width=0.32),
                Column("kind", Term("Type"), width=0.15, in_line=False),
                Column("sessions", Term("Séances"), Cell.NUMBER, 0.1),
                Column("participants", Term("Participants"), Cell.NUMBER, 0.12),
                Column("description", Term("Description"), width=0.31))
PLANNED_COLUMNS = (Column("title", Term("Activité"), width=0.3),
                   Column("kind", Term("Type"), width=0.14, in_line=False),
                   Column("year", Term("Année"), width=0.1),
                   Column("held_on", Term("Première date"), Cell.DATE, 0.13, in_line=False),
                   Column("sessions", Term("Séances"), Cell.NUMBER, 0.09, in_line=False),
                   Column("description", Term("Description"), width=0.24))
ACTIVITIES = Counting(Term("1 activité"), Term("{count} activités"), Term("aucune activité"))
for position, (status, label, definition, sheet, compute, columns) in enumerate((
    ("done", Term("Activités réalisées"),
     Term("Activités de l'année marquées réalisées, et les ateliers collectifs tenus dans "
          "l'année, regroupés par titre : nombre de séances et de participants distincts."),
     Term("Activités réalisées"), _activities_done, DONE_COLUMNS),
    ("planned", Term("Activités prévues"),
     Term("Activités envisagées : celles marquées prévues pour l'année ou la suivante, et "
          "les séances d'ateliers collectifs prévues datées de l'année ou de la suivante."),
     Term("Activités prévues"), _activities_planned, PLANNED_COLUMNS),
)):
    register(Indicator(f"activities_{status}", label, definition, Kind.TABLE,
                       Section.ACTIVITIES, position, compute, sheet=sheet,
                       columns=columns, counting=ACTIVITIES,
                       empty=Term("Aucune activité.")))

register(Indicator(
    "compliance", Term("Points d'attention"), Term("Constats au regard du cahier des charges."),
    Kind.FINDINGS, Section.FINDINGS, 0, _compliance, sheet=Term("Constats"),
    columns=(Column("finding", Term("Constat")),),
    counting=Counting(Term("1 point d'attention"), Term("{count} points d'attention"),
                      Term("aucun point d'attention")),
    empty=Term("Aucun point d'attention au regard du cahier des charges.")))
