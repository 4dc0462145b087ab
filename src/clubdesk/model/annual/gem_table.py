"""The GEM's yearly table for the ARS (arrêté of 27 June 2019, cahier des charges des GEM),
in the order the specification lists it: the GEM's name and place; members at 31 December
and members who joined during the year; the premises (lease, état des lieux); salaried
animators in FTE with functions and qualifications; volunteer animators with functions and
qualifications; opening days and hours; activities done and planned.

Entries of the one registry (clubdesk.model.annual.registry, table GEM); a figure the
club-house table also has is read from its entry (``d.value(...)``), computed once.
"""

from __future__ import annotations

from typing import Any

from clubdesk.model.annual.activity_sources import activities_done, activities_planned
from clubdesk.model.annual.registry import (
    GEM,
    Cell,
    Column,
    Counting,
    Indicator,
    Kind,
    RecordField,
    Section,
    register,
)
from clubdesk.model.annual.year_data import YearData
from clubdesk.model.errors import Term
from clubdesk.model.volunteers import active_during

IDENTITY_FIELDS = (
    RecordField("name", Term("Nom du GEM")),
    RecordField("address", Term("Adresse")),
    RecordField("premises_address", Term("Adresse des locaux")),
    RecordField("sponsor_name", Term("Parrain")),
    RecordField("managing_association", Term("Association gestionnaire")),
)


def _identity(d: YearData) -> dict[str, str]:
    return {f.key: d.info.get(f.key, "") for f in IDENTITY_FIELDS}


def _volunteers(d: YearData) -> list[dict[str, Any]]:
    """The volunteer animators active at some time in the year (one line per period)."""
    return [{"name": v.name, "functions": v.functions, "qualifications": v.qualifications,
             "started_on": v.started_on.isoformat(),
             "ended_on": v.ended_on.isoformat() if v.ended_on else None}
            for v in active_during(d.volunteers, d.jan1, d.dec31)]


def _from(key: str) -> Any:
    return lambda d: d.value(key)


def _copy(key: str, new_key: str, section: Section, position: int, **changes: Any) -> None:
    """A GEM entry showing the figure of the club-house entry ``key``."""
    from dataclasses import replace

    from clubdesk.model.annual.registry import entry

    compute = changes.pop("compute", _from(key))
    register(replace(entry(key), key=new_key, section=section, position=position,
                     compute=compute, footer_of="", **changes))


register(Indicator(
    "gem_identity", Term("Le GEM : nom et lieu"),
    Term("Nom du GEM, adresse, lieu de ses locaux, parrain et association gestionnaire "
         "en vigueur au 31 décembre."),
    Kind.RECORD, Section.GEM_IDENTITY, 0, _identity, sheet=Term("Le GEM"),
    fields=IDENTITY_FIELDS, empty=Term("Aucune information.")))
register(Indicator(
    "gem_members_dec31", Term("Adhérents au 31 décembre"),
    Term("Adhérents à la fin du 31 décembre de l'année."),
    Kind.COUNT, Section.GEM_MEMBERS, 0, _from("caseload_dec31"), cover=True))
register(Indicator(
    "gem_new_members", Term("Nouveaux adhérents dans l'année"),
    Term("Personnes qui n'étaient pas adhérentes au 31 décembre précédent et dont une "
         "adhésion commence dans l'année."),
    Kind.COUNT, Section.GEM_MEMBERS, 1, _from("entries"), cover=True))


def _load() -> None:
    """The entries copied from the club-house's (after its built-in entries exist)."""
    import clubdesk.model.annual.indicators  # noqa: F401

    _copy("premises", "gem_premises", Section.GEM_PREMISES, 0)
    _copy("staff", "gem_salaried", Section.GEM_SALARIED, 0,
          label=Term("Animateurs salariés au 31 décembre"),
          sheet=Term("Animateurs salariés"))
    _copy("staff_fte_dec31", "gem_salaried_fte_dec31", Section.GEM_SALARIED, 1)
    _copy("staff_fte_average", "gem_salaried_fte_average", Section.GEM_SALARIED, 2)
    _copy("opening_hours", "gem_opening_hours", Section.GEM_HOURS, 0)
    # the GEM's activities: its own sources (the outings) beside the shared ones
    _copy("activities_done", "gem_activities_done", Section.GEM_ACTIVITIES, 0,
          compute=lambda d: activities_done(d, table=GEM))
    _copy("activities_planned", "gem_activities_planned", Section.GEM_ACTIVITIES, 1,
          compute=lambda d: activities_planned(d, table=GEM))


register(Indicator(
    "gem_volunteers", Term("Animateurs bénévoles"),
    Term("Animateurs bénévoles actifs à un moment de l'année : fonctions et "
         "qualifications."),
    Kind.TABLE, Section.GEM_VOLUNTEERS, 0, _volunteers, sheet=Term("Animateurs bénévoles"),
    columns=(Column("name", Term("Nom"), width=0.22),
             Column("functions", Term("Fonctions"), width=0.25),
             Column("qualifications", Term("Qualifications"), width=0.25),
             Column("started_on", Term("Début"), Cell.DATE, 0.14, in_line=False),
             Column("ended_on", Term("Fin"), Cell.DATE, 0.14, blank=Term("en cours"),
                    in_line=False)),
    counting=Counting(Term("1 animateur bénévole"), Term("{count} animateurs bénévoles"),
                      Term("aucun animateur bénévole")),
    empty=Term("Aucun animateur bénévole dans l'année.")))
